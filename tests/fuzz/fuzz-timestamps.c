/* fuzz-timestamps.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "fuzz-target.h"
#include "io/awc-json-scan.h"
#include "io/awc-report-loader-private.h"

/* A commonTimestamps array ("[\"2023-05-04 17:24:44\", …]" or epoch
 * numbers).  The input must be valid JSON, as the loader's scanner checks
 * it before anything reads a timestamp; a flat array then goes through
 * both readers, the raw-byte one and the json-glib one, which must agree:
 * same values, or the same error. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_target_init ();
  return 0;
}

static void
check_array (const char *data,
             gsize       len)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GArray) raw = NULL;
  g_autoptr(GArray) node = NULL;
  g_autoptr(GError) raw_error = NULL;
  g_autoptr(GError) node_error = NULL;
  gboolean raw_wall = FALSE, node_wall = FALSE;
  JsonNode *root;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, len, NULL))
    return;
  root = json_parser_get_root (parser);
  g_assert (JSON_NODE_HOLDS_ARRAY (root));

  raw = _awc_loader_parse_timestamps (data, len,
                                      "result.commonTimestamps", &raw_wall, NULL, &raw_error);
  node = _awc_loader_parse_timestamps_node (json_node_get_array (root), "result.commonTimestamps",
                                            &node_wall, NULL, &node_error);

  g_assert ((raw == NULL) != (raw_error == NULL));
  g_assert ((node == NULL) != (node_error == NULL));
  if (raw != NULL)
    {
      g_assert_nonnull (node);
      g_assert_cmpuint (raw->len, ==, node->len);
      g_assert (raw_wall == node_wall);
      for (guint i = 0; i < raw->len; i++)
        {
          double a = g_array_index (raw, double, i);
          double b = g_array_index (node, double, i);

          g_assert (isfinite (a));
          g_assert (a == b);
          g_assert (i == 0 || a >= g_array_index (raw, double, i - 1));
        }
    }
  else
    {
      g_assert_nonnull (node_error);
      g_assert_cmpint (raw_error->code, ==, node_error->code);
      g_assert_cmpstr (raw_error->message, ==, node_error->message);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  AwcJsonScan scan = { NULL };

  /* Only an input that is one flat array as a whole (the scanner records
   * flat arrays, the outermost one with an empty path). */
  if (awc_json_scan ((const char *) data, size, 0, &scan, NULL, NULL)
      && scan.ranges != NULL && scan.ranges->len == 1)
    {
      const AwcJsonRange *range = &g_array_index (scan.ranges, AwcJsonRange, 0);

      if (range->path != NULL && *range->path == '\0')
        check_array ((const char *) data + range->offset, range->len);
    }
  awc_json_scan_clear (&scan);
  return 0;
}
