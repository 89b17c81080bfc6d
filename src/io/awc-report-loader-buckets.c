/* awc-report-loader-buckets.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-report-loader-private.h"

/* result.resp_time_range: response-time bucket label → count, the counts
 * strings or numbers; a bad count is skipped with a warning. */

static void G_GNUC_PRINTF (2, 3)
warn (GPtrArray  *warnings,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
parse_count (AwcJsonKind  kind,
             double       number,
             const char  *str,
             guint64     *count)
{
  if (kind == AWC_JSON_KIND_STRING)
    {
      const char *p = str;

      while (g_ascii_isspace (*p))
        p++;
      str = p;
      if (!awc_json_parse_number (&p, str + strlen (str), &number))
        return FALSE;
      while (g_ascii_isspace (*p))
        p++;
      if (*p != '\0')
        return FALSE;
    }
  else if (kind != AWC_JSON_KIND_NUMBER)
    return FALSE;

  if (!isfinite (number) || number < 0 || number >= 1.8e19)
    return FALSE;
  *count = (guint64) llround (number);
  return TRUE;
}

GPtrArray *
_awc_loader_load_buckets (JsonObject *result,
                          const char *prefix,
                          GPtrArray  *warnings)
{
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *node = json_object_get_member (result, "resp_time_range");
  JsonObjectIter iter;
  const char *label;
  JsonNode *child;
  const char *str0 = NULL;
  double number0 = 0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_steal_pointer (&buckets);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      warn (warnings, _("%sresp_time_range: skipped (expected an object, got %s)"), prefix,
            awc_json_kind_noun (_awc_loader_node_kind (node, &number0, &str0)));
      return g_steal_pointer (&buckets);
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &label, &child))
    {
      const char *str = NULL;
      double number = 0;
      AwcJsonKind kind = _awc_loader_node_kind (child, &number, &str);
      guint64 count;

      if (!parse_count (kind, number, str, &count))
        {
          g_autofree char *what = awc_json_describe (kind, str, str != NULL ? strlen (str) : 0);

          warn (warnings, _("%sresp_time_range.%s: skipped (the count is %s, not a number)"),
                prefix, label, what);
          continue;
        }
      g_ptr_array_add (buckets, awc_bucket_new (label, count));
    }

  return g_steal_pointer (&buckets);
}
