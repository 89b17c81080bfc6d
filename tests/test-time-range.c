/* test-time-range.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zoom/pan arithmetic both views use: no display needed. */
#include "config.h"

#include <math.h>

#include "ui/chart/awc-time-range.h"

static void
test_ensure_span (void)
{
  double s = 50, e = 40;

  /* Reversed ends are ordered; a wide range is kept. */
  awc_time_range_ensure_span (&s, &e, 4);
  g_assert_cmpfloat (s, ==, 40);
  g_assert_cmpfloat (e, ==, 50);

  /* A narrow one grows around its middle. */
  s = 10, e = 11;
  awc_time_range_ensure_span (&s, &e, 4);
  g_assert_cmpfloat_with_epsilon (s, 8.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 12.5, 1e-9);
}

static void
test_slide_into (void)
{
  double s = -5, e = 15;

  /* Past the start: moved right, span kept. */
  g_assert_true (awc_time_range_slide_into (&s, &e, 0, 100));
  g_assert_cmpfloat (s, ==, 0);
  g_assert_cmpfloat (e, ==, 20);

  /* Past the end: moved left. */
  s = 90, e = 110;
  g_assert_true (awc_time_range_slide_into (&s, &e, 0, 100));
  g_assert_cmpfloat (s, ==, 80);
  g_assert_cmpfloat (e, ==, 100);

  /* As wide as the run: untouched, the caller shows the whole run. */
  s = -10, e = 100;
  g_assert_false (awc_time_range_slide_into (&s, &e, 0, 100));
  g_assert_cmpfloat (s, ==, -10);
  g_assert_cmpfloat (e, ==, 100);
}

static void
test_clamp (void)
{
  double s = 120, e = 30;

  /* Either order; cut to the run. */
  g_assert_true (awc_time_range_clamp (&s, &e, 0, 100, 2));
  g_assert_cmpfloat (s, ==, 30);
  g_assert_cmpfloat (e, ==, 100);

  /* Narrower than the minimum span at the edge: widened inside the run. */
  s = 99.5, e = 100;
  g_assert_true (awc_time_range_clamp (&s, &e, 0, 100, 2));
  g_assert_cmpfloat_with_epsilon (s, 98, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 100, 1e-9);

  /* Entirely outside: the minimum span at the nearest edge. */
  s = 200, e = 300;
  g_assert_true (awc_time_range_clamp (&s, &e, 0, 100, 2));
  g_assert_cmpfloat_with_epsilon (s, 98, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 100, 1e-9);

  /* Covering the run: FALSE (whole run). */
  s = -1, e = 101;
  g_assert_false (awc_time_range_clamp (&s, &e, 0, 100, 2));
}

static void
test_zoom (void)
{
  double s = 0, e = 100;

  /* Zoom in 2x around 20: 20 stays where it was in the range. */
  g_assert_true (awc_time_range_zoom (&s, &e, 0.5, 20));
  g_assert_cmpfloat_with_epsilon (s, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 60, 1e-9);

  /* No anchor: the middle; an anchor outside is clamped to the edge. */
  s = 0, e = 100;
  g_assert_true (awc_time_range_zoom (&s, &e, 2, NAN));
  g_assert_cmpfloat_with_epsilon (s, -50, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 150, 1e-9);
  s = 0, e = 100;
  g_assert_true (awc_time_range_zoom (&s, &e, 0.5, 500));
  g_assert_cmpfloat_with_epsilon (s, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 100, 1e-9);

  /* Nothing to zoom: untouched. */
  s = NAN, e = NAN;
  g_assert_false (awc_time_range_zoom (&s, &e, 0.5, 1));
  g_assert_true (isnan (s) && isnan (e));
  s = 0, e = 100;
  g_assert_false (awc_time_range_zoom (&s, &e, 0, 1));
  g_assert_cmpfloat (s, ==, 0);
  g_assert_cmpfloat (e, ==, 100);
}

static void
test_pan (void)
{
  double s = 10, e = 30;

  awc_time_range_pan (&s, &e, 0.1);
  g_assert_cmpfloat_with_epsilon (s, 12, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 32, 1e-9);
  awc_time_range_pan (&s, &e, -0.5);
  g_assert_cmpfloat_with_epsilon (s, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (e, 22, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/ui/time-range/ensure-span", test_ensure_span);
  g_test_add_func ("/awc/ui/time-range/slide-into", test_slide_into);
  g_test_add_func ("/awc/ui/time-range/clamp", test_clamp);
  g_test_add_func ("/awc/ui/time-range/zoom", test_zoom);
  g_test_add_func ("/awc/ui/time-range/pan", test_pan);

  return g_test_run ();
}
