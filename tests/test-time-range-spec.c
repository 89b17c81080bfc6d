/* test-time-range-spec.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The START..END notation of --range and the compact durations. */
#include "config.h"

#include <math.h>

#include "model/awc-time-range-spec.h"

/* 2024-05-01 10:00:00 UTC, a one-hour run. */
#define RUN_START 1714557600.0
#define RUN_END   (RUN_START + 3600)

static void
parse_ok (const char *spec,
          double      want_start,
          double      want_end)
{
  g_autoptr(GError) error = NULL;
  double start = NAN, end = NAN;

  g_test_message ("%s", spec);
  g_assert_true (awc_time_range_spec_parse (spec, RUN_START, RUN_END, NULL, &start, &end, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (start, want_start, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, want_end, 1e-6);
}

static void
parse_bad (const char            *spec,
           AwcTimeRangeSpecError  code)
{
  g_autoptr(GError) error = NULL;
  double start = 1, end = 2;

  g_test_message ("%s", spec);
  g_assert_false (awc_time_range_spec_parse (spec, RUN_START, RUN_END, NULL, &start, &end, &error));
  g_assert_error (error, AWC_TIME_RANGE_SPEC_ERROR, (int) code);
  /* One line, for "awchart: --range '…': reason". */
  g_assert_null (strchr (error->message, '\n'));
  /* Failing leaves the outputs alone. */
  g_assert_cmpfloat (start, ==, 1);
  g_assert_cmpfloat (end, ==, 2);
}

static void
test_elapsed (void)
{
  parse_ok ("90s..5m", RUN_START + 90, RUN_START + 300);
  parse_ok ("90..300", RUN_START + 90, RUN_START + 300);
  parse_ok ("1.5..2.5", RUN_START + 1.5, RUN_START + 2.5);
  parse_ok ("1m30s..1h", RUN_START + 90, RUN_START + 3600);
  parse_ok ("0h2m..0h2m1s", RUN_START + 120, RUN_START + 121);
  parse_ok (" 5m .. 10m ", RUN_START + 300, RUN_START + 600);
  /* Past the end: clamped to the run. */
  parse_ok ("50m..2h", RUN_START + 3000, RUN_END);
}

static void
test_open_sides (void)
{
  parse_ok ("..5m", RUN_START, RUN_START + 300);
  parse_ok ("90s..", RUN_START + 90, RUN_END);
  parse_ok ("..", RUN_START, RUN_END);
}

static void
test_wall_clock (void)
{
  parse_ok ("10:01:30..10:05:00", RUN_START + 90, RUN_START + 300);
  parse_ok ("10:01..10:05", RUN_START + 60, RUN_START + 300);
  parse_ok ("2024-05-01 10:01:30..2024-05-01T10:05:00", RUN_START + 90, RUN_START + 300);
  /* Mixed: a wall-clock start, an elapsed end. */
  parse_ok ("10:30:00..50m", RUN_START + 1800, RUN_START + 3000);
}

static void
test_over_midnight (void)
{
  g_autoptr(GError) error = NULL;
  double run_start = RUN_START + 13 * 3600 + 1800;   /* 23:30 */
  double run_end = run_start + 3600;                 /* 00:30 the next day */
  double start, end;

  /* "00:10:00" is the next morning, inside the run. */
  g_assert_true (awc_time_range_spec_parse ("23:45:00..00:10:00", run_start, run_end, NULL,
                                            &start, &end, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (start, run_start + 900, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, run_start + 2400, 1e-6);
}

static void
test_zone (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (8 * 3600);
  double start, end;

  /* Shown as 18:00 in UTC+8: the same instant as 10:00 UTC. */
  g_assert_nonnull (zone);
  g_assert_true (awc_time_range_spec_parse ("18:01:30..18:05", RUN_START, RUN_END, zone,
                                            &start, &end, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (start, RUN_START + 90, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, RUN_START + 300, 1e-6);
}

static void
test_bad (void)
{
  parse_bad ("5m", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("x..y", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("5x..10m", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("2m1h..3h", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("-5s..1m", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("25:00:00..", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("10:61..", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("2024-13-01 10:00:00..", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("1m..2m..3m", AWC_TIME_RANGE_SPEC_ERROR_SYNTAX);
  parse_bad ("5m..5m", AWC_TIME_RANGE_SPEC_ERROR_EMPTY);
  parse_bad ("5m..1m", AWC_TIME_RANGE_SPEC_ERROR_EMPTY);
  parse_bad ("2h..3h", AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE);
  parse_bad ("1h..", AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE);
  parse_bad ("09:00:00..09:30:00", AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE);
  parse_bad ("2024-05-02 10:00:00..", AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE);
}

static void
test_format_duration (void)
{
  static const struct { double s; const char *text; } cases[] = {
    { 0, "0s" }, { 45, "45s" }, { 90, "1m30s" }, { 210, "3m30s" }, { 300, "5m" },
    { 3720, "1h2m" }, { 3603, "1h3s" }, { 90000, "1d1h" }, { 59.6, "1m" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_time_range_format_duration (cases[i].s);
      double back = NAN;

      g_assert_cmpstr (text, ==, cases[i].text);
      /* What is shown can be typed back. */
      g_assert_true (awc_time_range_spec_parse_point (text, 0, 1e6, NULL, &back));
      g_assert_cmpfloat_with_epsilon (back, round (cases[i].s), 1e-9);
    }
  {
    g_autofree char *none = awc_time_range_format_duration (NAN);

    g_assert_cmpstr (none, ==, "—");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/time-range-spec/elapsed", test_elapsed);
  g_test_add_func ("/awc/model/time-range-spec/open-sides", test_open_sides);
  g_test_add_func ("/awc/model/time-range-spec/wall-clock", test_wall_clock);
  g_test_add_func ("/awc/model/time-range-spec/over-midnight", test_over_midnight);
  g_test_add_func ("/awc/model/time-range-spec/zone", test_zone);
  g_test_add_func ("/awc/model/time-range-spec/bad", test_bad);
  g_test_add_func ("/awc/model/time-range-spec/format-duration", test_format_duration);

  return g_test_run ();
}
