/* test-comparison.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-test-util.h"
#include "compare-fixtures.h"
#include "model/awc-comparison.h"

static AwcReport *
make_run (double   ramp_s,
          guint    n,
          guint32  seed)
{
  CfRun run;

  cf_run_init (&run);
  run.ramp_s = ramp_s;
  run.n = n;
  run.down_s = n - 60;
  run.seed = seed;
  return cf_make_report (&run);
}

static void
test_properties (void)
{
  g_autoptr(AwcReport) a = make_run (120, 600, 1);
  g_autoptr(AwcReport) b = make_run (60, 600, 2);
  AwcComparison *comparison = awc_comparison_new (a, b);
  guint n_offset = 0, n_linked = 0, n_start = 0, n_end = 0;
  double start, end;
  gboolean linked;

  g_assert_true (awc_comparison_get_report_a (comparison) == a);
  g_assert_true (awc_comparison_get_report_b (comparison) == b);
  g_assert_true (awc_comparison_get_linked (comparison));
  g_assert_false (awc_comparison_get_overlay (comparison));
  g_assert_true (isnan (awc_comparison_get_window_start (comparison)));

  g_signal_connect (comparison, "notify::offset", G_CALLBACK (awc_test_count_notify), &n_offset);
  g_signal_connect (comparison, "notify::linked", G_CALLBACK (awc_test_count_notify), &n_linked);
  g_signal_connect (comparison, "notify::window-start", G_CALLBACK (awc_test_count_notify), &n_start);
  g_signal_connect (comparison, "notify::window-end", G_CALLBACK (awc_test_count_notify), &n_end);

  g_object_set (comparison, "offset", 12.5, "linked", FALSE, NULL);
  g_object_set (comparison, "offset", 12.5, "linked", FALSE, NULL);
  g_assert_cmpuint (n_offset, ==, 1);
  g_assert_cmpuint (n_linked, ==, 1);

  awc_comparison_set_window (comparison, 10, 100);
  awc_comparison_set_window (comparison, 10, 100);
  g_assert_cmpuint (n_start, ==, 1);
  g_assert_cmpuint (n_end, ==, 1);
  awc_comparison_set_window (comparison, NAN, NAN);
  awc_comparison_set_window (comparison, NAN, NAN);
  g_assert_cmpuint (n_start, ==, 2);
  g_assert_cmpuint (n_end, ==, 2);

  g_object_set (comparison, "window-start", 5.0, NULL);
  g_object_get (comparison, "window-start", &start, "window-end", &end, "linked", &linked, NULL);
  g_assert_cmpfloat (start, ==, 5.0);
  g_assert_true (isnan (end));
  g_assert_false (linked);

  g_assert_finalize_object (comparison);
}

static void
test_elapsed_and_index (void)
{
  g_autoptr(AwcReport) a = make_run (120, 600, 1);
  g_autoptr(AwcReport) b = make_run (60, 300, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  gboolean in_range;
  guint index;

  awc_comparison_set_offset (comparison, 30);
  g_assert_cmpfloat (awc_comparison_elapsed_at (comparison, AWC_SIDE_A, 10), ==, 10);
  /* B's sample 10 is at its own 10 s + 30 s offset */
  g_assert_cmpfloat (awc_comparison_elapsed_at (comparison, AWC_SIDE_B, 10), ==, 40);
  g_assert_true (isnan (awc_comparison_elapsed_at (comparison, AWC_SIDE_B, 300)));

  index = awc_comparison_index_at (comparison, AWC_SIDE_B, 40.2, &in_range);
  g_assert_cmpuint (index, ==, 10);
  g_assert_true (in_range);
  index = awc_comparison_index_at (comparison, AWC_SIDE_B, 10, &in_range);
  g_assert_cmpuint (index, ==, 0);
  g_assert_false (in_range);
  index = awc_comparison_index_at (comparison, AWC_SIDE_B, 400, &in_range);
  g_assert_cmpuint (index, ==, 299);
  g_assert_false (in_range);

  g_assert_cmpfloat (awc_comparison_time_at (comparison, AWC_SIDE_B, 40), ==, CF_START_EPOCH + 10);
  g_assert_cmpfloat (awc_comparison_get_duration (comparison, AWC_SIDE_B), ==, 299);
}

static void
test_align_on_plateau (void)
{
  /* A ramps for 300 s, B for 120 s: aligning moves B by about 180 s */
  g_autoptr(AwcReport) a = make_run (300, 900, 1);
  g_autoptr(AwcReport) b = make_run (120, 900, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  g_autoptr(GError) error = NULL;
  AwcComparisonWindow window;
  guint n_offset = 0;

  g_signal_connect (comparison, "notify::offset", G_CALLBACK (awc_test_count_notify), &n_offset);
  g_assert_true (awc_comparison_align_on_plateau (comparison, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_offset, ==, 1);
  g_assert_cmpfloat (fabs (awc_comparison_get_offset (comparison) - 180), <=, 15);

  /* The default window is each run's steady phase, now starting together */
  g_assert_true (awc_comparison_resolve_window (comparison, &window, NULL));
  g_assert_cmpint (window.source, ==, AWC_WINDOW_STEADY);
  g_assert_cmpfloat (window.start[AWC_SIDE_A], ==, window.start[AWC_SIDE_B]);
  /* The ramp-down starts at 840 s and falls below 95 % two samples later */
  g_assert_cmpuint (window.last[AWC_SIDE_A], >=, 838);
  g_assert_cmpuint (window.last[AWC_SIDE_A], <=, 846);
}

static void
test_align_fails (void)
{
  g_autoptr(AwcReport) a = make_run (120, 600, 1);
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  AwcComparisonWindow window;
  CfRun run;

  cf_run_init (&run);
  run.no_vusers = run.no_tps = TRUE;
  b = cf_make_report (&run);
  comparison = awc_comparison_new (a, b);
  awc_comparison_set_offset (comparison, 5);
  g_assert_false (awc_comparison_align_on_plateau (comparison, &error));
  g_assert_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NO_SERIES);
  g_assert_true (g_str_has_prefix (error->message, "B: "));
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, 5);

  /* Then the default window is the whole of both runs, with the reason */
  g_assert_true (awc_comparison_resolve_window (comparison, &window, NULL));
  g_assert_cmpint (window.source, ==, AWC_WINDOW_WHOLE_RUN);
  g_assert_cmpuint (window.first[AWC_SIDE_A], ==, 0);
  g_assert_cmpuint (window.last[AWC_SIDE_A], ==, 600);
  g_assert_null (window.note[AWC_SIDE_A]);
  g_assert_nonnull (window.note[AWC_SIDE_B]);
}

static void
test_user_window (void)
{
  g_autoptr(AwcReport) a = make_run (120, 600, 1);
  g_autoptr(AwcReport) b = make_run (60, 600, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  g_autoptr(GError) error = NULL;
  AwcComparisonWindow window;

  awc_comparison_set_offset (comparison, 20);
  awc_comparison_set_window (comparison, 100, 200);
  g_assert_true (awc_comparison_resolve_window (comparison, &window, NULL));
  g_assert_cmpint (window.source, ==, AWC_WINDOW_USER);
  g_assert_cmpuint (window.first[AWC_SIDE_A], ==, 100);
  g_assert_cmpuint (window.last[AWC_SIDE_A], ==, 201);
  g_assert_cmpuint (window.first[AWC_SIDE_B], ==, 80);
  g_assert_cmpuint (window.last[AWC_SIDE_B], ==, 181);
  g_assert_cmpfloat (window.start[AWC_SIDE_B], ==, 100);

  awc_comparison_set_window (comparison, 5000, 6000);
  g_assert_false (awc_comparison_resolve_window (comparison, &window, &error));
  g_assert_error (error, AWC_COMPARISON_ERROR, AWC_COMPARISON_ERROR_EMPTY_WINDOW);
}

static void
test_swap (void)
{
  g_autoptr(AwcReport) a = make_run (120, 600, 1);
  g_autoptr(AwcReport) b = make_run (60, 600, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  guint n_a = 0, n_b = 0, n_offset = 0;
  double before, after;

  awc_comparison_set_offset (comparison, 25);
  awc_comparison_set_window (comparison, 100, 300);
  before = awc_comparison_elapsed_at (comparison, AWC_SIDE_B, 50) - awc_comparison_elapsed_at (comparison, AWC_SIDE_A, 50);

  g_signal_connect (comparison, "notify::report-a", G_CALLBACK (awc_test_count_notify), &n_a);
  g_signal_connect (comparison, "notify::report-b", G_CALLBACK (awc_test_count_notify), &n_b);
  g_signal_connect (comparison, "notify::offset", G_CALLBACK (awc_test_count_notify), &n_offset);
  awc_comparison_swap (comparison);
  g_assert_cmpuint (n_a, ==, 1);
  g_assert_cmpuint (n_b, ==, 1);
  g_assert_cmpuint (n_offset, ==, 1);

  g_assert_true (awc_comparison_get_report_a (comparison) == b);
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, -25);
  /* The same samples stay lined up, and the window covers the same ones */
  after = awc_comparison_elapsed_at (comparison, AWC_SIDE_A, 50) - awc_comparison_elapsed_at (comparison, AWC_SIDE_B, 50);
  g_assert_cmpfloat (before, ==, after);
  g_assert_cmpfloat (awc_comparison_get_window_start (comparison), ==, 75);
  g_assert_cmpfloat (awc_comparison_get_window_end (comparison), ==, 275);

  awc_comparison_swap (comparison);
  g_assert_true (awc_comparison_get_report_a (comparison) == a);
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, 25);
  g_assert_cmpfloat (awc_comparison_get_window_start (comparison), ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/comparison/properties", test_properties);
  g_test_add_func ("/awc/compare/comparison/elapsed", test_elapsed_and_index);
  g_test_add_func ("/awc/compare/comparison/align", test_align_on_plateau);
  g_test_add_func ("/awc/compare/comparison/align-fails", test_align_fails);
  g_test_add_func ("/awc/compare/comparison/user-window", test_user_window);
  g_test_add_func ("/awc/compare/comparison/swap", test_swap);

  return g_test_run ();
}
