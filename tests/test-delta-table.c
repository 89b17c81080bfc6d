/* test-delta-table.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "compare-fixtures.h"
#include "model/awc-delta.h"
#include "ui/compare/awc-delta-table.h"

/* The compare window's delta table says at the top when the runs' load
 * differs, and only then. */

static AwcDeltaSummary *
summary_for (double vusers_b)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  CfRun run;

  cf_run_init (&run);
  a = cf_make_report (&run);
  run.seed = 5;
  run.vusers = vusers_b;
  b = cf_make_report (&run);
  comparison = awc_comparison_new (a, b);
  return awc_delta_summary_compute (comparison, NULL, NULL);
}

static void
test_load_warning (void)
{
  GtkWidget *table = g_object_ref_sink (awc_delta_table_new ());
  g_autoptr(AwcDeltaSummary) same = summary_for (100);
  g_autoptr(AwcDeltaSummary) more = summary_for (200);
  const char *text;

  awc_delta_table_set_summary (AWC_DELTA_TABLE (table), more);
  text = awc_delta_table_get_load_text (AWC_DELTA_TABLE (table));
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Load differs: virtual users peak A 100, B 200"));
  g_assert_nonnull (strstr (text, "“load differs”"));
  g_assert_cmpint (awc_delta_summary_find_row (more, "tps")->verdict, ==, AWC_DELTA_LOAD_DIFFERS);
  g_assert_cmpuint (awc_delta_table_get_n_rows (AWC_DELTA_TABLE (table)), >, 0);

  awc_delta_table_set_summary (AWC_DELTA_TABLE (table), same);
  g_assert_null (awc_delta_table_get_load_text (AWC_DELTA_TABLE (table)));

  g_assert_finalize_object (table);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/awc/ui/delta-table/load-warning", test_load_warning);

  return g_test_run ();
}
