/* fuzz-loader.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-target.h"
#include "io/awc-report-loader-private.h"

/* The chart body (a report file or a CPTS chart answer), see
 * tests/README.md.  Besides crashes and leaks it checks that the fast path
 * (raw-byte array reader) and json-glib alone agree on every input. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_target_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) fast_error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_bytes (bytes, "fuzz.json", NULL, &error);
  g_autoptr(AwcReport) fast = _awc_report_load_data ((const char *) data, size, "fuzz.json",
                                                     AWC_REPORT_LOAD_FAST, NULL, &fast_error);

  g_assert ((report == NULL) != (error == NULL));
  g_assert ((fast == NULL) != (fast_error == NULL));
  if (report != NULL)
    {
      g_assert_nonnull (fast);
      g_assert_cmpuint (awc_report_get_n_points (report), ==, awc_report_get_n_points (fast));
      g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (report)), ==,
                        g_list_model_get_n_items (awc_report_get_series (fast)));
    }
  else
    {
      g_assert_nonnull (fast_error);
      g_assert_cmpint (error->code, ==, fast_error->code);
      g_assert_cmpstr (error->message, ==, fast_error->message);
    }

  return 0;
}
