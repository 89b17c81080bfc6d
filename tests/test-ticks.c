/* test-ticks.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "render/awc-ticks.h"
#include "render/awc-time-ticks.h"
#include "test-render-util.h"

static void
test_nice_steps (void)
{
  static const struct { double range; guint max_ticks; double step; } cases[] = {
    { 10, 5, 2 },      { 1, 5, 0.2 },      { 100, 10, 10 },   { 7, 5, 2 },
    { 0.03, 3, 0.01 }, { 50.4, 4, 20 },    { 1e6, 5, 2e5 },   { 3, 3, 1 },
    { 9, 10, 1 },      { 0.7, 7, 0.1 },    { 0.3, 3, 0.1 },   { 420, 6, 100 },
    { 1.5e9, 4, 5e8 }, { 12, 2, 10 },      { 25, 5, 5 },      { 0.0042, 4, 0.002 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double step = awc_ticks_nice_step (cases[i].range, cases[i].max_ticks);
      double mant = step / pow (10, floor (log10 (step) + 1e-9));

      g_assert_cmpfloat_with_epsilon (step, cases[i].step, cases[i].step * 1e-9);
      /* Always 1, 2 or 5 times a power of ten. */
      g_assert_true (fabs (mant - 1) < 1e-9 || fabs (mant - 2) < 1e-9 || fabs (mant - 5) < 1e-9);
      /* Never more intervals than asked for. */
      g_assert_cmpfloat (cases[i].range / step, <=, cases[i].max_ticks + 1e-9);
    }

  /* Degenerate input falls back to a usable step. */
  g_assert_cmpfloat (awc_ticks_nice_step (0, 5), >, 0);
  g_assert_cmpfloat (awc_ticks_nice_step (NAN, 5), >, 0);
}

static void
test_tick_positions (void)
{
  double first, step;
  guint n;

  n = awc_ticks_compute (0, 50.4, 4, &first, &step);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (first, ==, 0);
  g_assert_cmpfloat (step, ==, 20);

  n = awc_ticks_compute (-1.2, 3.7, 5, &first, &step);
  g_assert_cmpfloat (step, ==, 1);
  g_assert_cmpfloat (first, ==, -1);
  g_assert_cmpuint (n, ==, 5);

  /* Ticks land exactly on the range ends when they are multiples. */
  n = awc_ticks_compute (0, 1, 5, &first, &step);
  g_assert_cmpfloat_with_epsilon (step, 0.2, 1e-12);
  g_assert_cmpuint (n, ==, 6);

  n = awc_ticks_compute (95.3, 104.1, 4, &first, &step);
  g_assert_cmpfloat (first, >=, 95.3);
  g_assert_cmpfloat (first + (n - 1) * step, <=, 104.1);
  g_assert_cmpuint (n, >=, 2);
}

/* Whole counts (failures, users) never get fractional ticks: an all-zero
 * count panel shows 0 and 1, and small ranges step by whole numbers, on
 * any panel height (max_ticks). */
static void
test_count_ticks (void)
{
  static const double maxima[] = { 0, 1, 2, 3, 4, 7 };

  for (guint m = 0; m < G_N_ELEMENTS (maxima); m++)
    for (guint max_ticks = 1; max_ticks <= 12; max_ticks++)
      {
        double v0, v1, first, step;
        guint n;

        awc_ticks_value_range (0, maxima[m], TRUE, &v0, &v1);
        n = awc_ticks_compute_full (v0, v1, max_ticks, 1, &first, &step);
        g_assert_cmpuint (n, >=, 2);
        g_assert_cmpfloat (step, >=, 1);
        g_assert_cmpfloat (step, ==, round (step));
        g_assert_cmpfloat (first, ==, round (first));
        if (maxima[m] == 0)
          {
            g_assert_cmpfloat (v0, ==, 0);
            g_assert_cmpfloat (v1, ==, 1);
            g_assert_cmpfloat (first, ==, 0);
            g_assert_cmpfloat (step, ==, 1);
            g_assert_cmpuint (n, ==, 2);
          }
      }

  /* Without the floor the same range would get 0, 0.5, 1. */
  {
    double first, step;

    awc_ticks_compute_full (0, 1, 2, 0, &first, &step);
    g_assert_cmpfloat (step, ==, 0.5);
  }
}

static void
test_value_range (void)
{
  double v0, v1;

  /* Counts include zero and get 5 % head room. */
  awc_ticks_value_range (40, 48, TRUE, &v0, &v1);
  g_assert_cmpfloat (v0, ==, 0);
  g_assert_cmpfloat_with_epsilon (v1, 50.4, 1e-9);

  /* Response times do not need zero. */
  awc_ticks_value_range (200, 300, FALSE, &v0, &v1);
  g_assert_cmpfloat_with_epsilon (v0, 195, 1e-9);
  g_assert_cmpfloat_with_epsilon (v1, 305, 1e-9);

  /* A flat series still has a range with the line inside it. */
  awc_ticks_value_range (20, 20, FALSE, &v0, &v1);
  g_assert_cmpfloat (v0, <, 20);
  g_assert_cmpfloat (v1, >, 20);
  awc_ticks_value_range (0, 0, TRUE, &v0, &v1);
  g_assert_cmpfloat (v0, ==, 0);
  g_assert_cmpfloat (v1, >, 0);
  awc_ticks_value_range (NAN, NAN, TRUE, &v0, &v1);
  g_assert_cmpfloat (v1, >, v0);
}

static void
test_time_steps (void)
{
  static const struct { double span, width, spacing, step; } cases[] = {
    { 10, 1000, 60, 1 },
    { 60, 1000, 60, 5 },
    { 300, 1000, 80, 30 },
    { 1800, 1500, 80, 120 },
    { 3600, 1500, 80, 300 },
    { 86400, 1500, 80, 7200 },
    { 604800, 1500, 80, 43200 },
    { 2 * 604800, 1500, 80, 86400 },
    { 86400, 300, 80, 12 * 3600 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double step = awc_time_ticks_choose_step (cases[i].span, cases[i].width, cases[i].spacing);

      g_assert_cmpfloat (step, ==, cases[i].step);
      /* Labels fit: ticks are at least the asked spacing apart. */
      g_assert_cmpfloat (step * cases[i].width / cases[i].span, >=, cases[i].spacing);
    }
}

static AwcReport *
report_spanning (double t0,
                 double span)
{
  AwcReport *report = awc_report_new ();

  test_report_set_times (report, t0, span, 2, TRUE);
  return report;
}

static void
test_time_ticks_aligned (void)
{
  /* 10:07:13 to 10:37:13 on one day. */
  g_autoptr(AwcReport) report = report_spanning (TEST_T0 - 13 * 3600 - 33 * 60 + 13, 1800);
  double t0 = awc_report_get_start_time (report);
  double t1 = awc_report_get_end_time (report);
  g_autoptr(GArray) ticks = NULL;
  gboolean midnight = TRUE;

  ticks = awc_time_ticks_compute (test_data (report), t0, t1, 1500, 80, &midnight);
  g_assert_false (midnight);
  g_assert_cmpuint (ticks->len, >=, 10);
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 0).label, ==, "10:08");
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 1).label, ==, "10:10");
  for (guint i = 0; i < ticks->len; i++)
    {
      const AwcTimeTick *tick = &g_array_index (ticks, AwcTimeTick, i);

      g_assert_cmpfloat (tick->t, >=, t0);
      g_assert_cmpfloat (tick->t, <=, t1);
      g_assert_cmpfloat (fmod (tick->t, 120), ==, 0);
      /* No date on a run inside one day. */
      g_assert_null (tick->date);
    }

  /* Seconds show when the step is below a minute. */
  g_clear_pointer (&ticks, g_array_unref);
  ticks = awc_time_ticks_compute (test_data (report), t0, t0 + 40, 1500, 80, NULL);
  g_assert_cmpuint (ticks->len, >=, 4);
  g_assert_cmpuint (strlen (g_array_index (ticks, AwcTimeTick, 0).label), ==, 8);
}

static void
test_time_ticks_midnight (void)
{
  /* 23:40 to 00:10 the next day. */
  g_autoptr(AwcReport) report = report_spanning (TEST_T0, 1800);
  double t0 = awc_report_get_start_time (report);
  double t1 = awc_report_get_end_time (report);
  g_autoptr(GArray) ticks = NULL;
  gboolean midnight = FALSE;
  gboolean saw_midnight = FALSE;
  guint n_dates = 0;

  ticks = awc_time_ticks_compute (test_data (report), t0, t1, 1500, 80, &midnight);
  g_assert_true (midnight);
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 0).date, ==, "2026-05-03");
  for (guint i = 0; i < ticks->len; i++)
    {
      const AwcTimeTick *tick = &g_array_index (ticks, AwcTimeTick, i);

      if (tick->date != NULL)
        n_dates++;
      if (g_strcmp0 (tick->label, "00:00") == 0)
        {
          saw_midnight = TRUE;
          g_assert_cmpstr (tick->date, ==, "2026-05-04");
        }
    }
  g_assert_true (saw_midnight);
  g_assert_cmpuint (n_dates, ==, 2);

  /* A week at one day per tick labels the dates themselves. */
  g_clear_pointer (&ticks, g_array_unref);
  ticks = awc_time_ticks_compute (test_data (report), t0, t0 + 7 * 86400, 1500, 200, NULL);
  g_assert_cmpuint (ticks->len, ==, 7);
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 0).label, ==, "05-04");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/render/ticks/nice-steps", test_nice_steps);
  g_test_add_func ("/awc/render/ticks/positions", test_tick_positions);
  g_test_add_func ("/awc/render/ticks/value-range", test_value_range);
  g_test_add_func ("/awc/render/ticks/counts", test_count_ticks);
  g_test_add_func ("/awc/render/ticks/time-steps", test_time_steps);
  g_test_add_func ("/awc/render/ticks/time-aligned", test_time_ticks_aligned);
  g_test_add_func ("/awc/render/ticks/midnight", test_time_ticks_midnight);

  return g_test_run ();
}
