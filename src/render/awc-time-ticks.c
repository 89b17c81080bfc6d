/* awc-time-ticks.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "awc-time-ticks.h"

#define DAY (24 * 3600.0)

static const double steps[] = {
  1, 2, 5, 10, 15, 30,
  60, 2 * 60, 5 * 60, 10 * 60, 15 * 60, 30 * 60,
  3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600,
  DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY,
};

double
awc_time_ticks_choose_step (double span,
                            double width_px,
                            double min_spacing_px)
{
  double px_per_s;

  if (!(span > 0) || !(width_px > 0))
    return steps[0];

  px_per_s = width_px / span;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (steps[i] * px_per_s >= min_spacing_px)
        return steps[i];
    }

  /* Longer than anyone tests: whole multiples of four weeks. */
  return ceil (min_spacing_px / px_per_s / (28 * DAY)) * 28 * DAY;
}

/* Offset of the display zone from UTC in seconds, as the report formats
 * times (UTC for wall-clock strings, local for epoch numbers). */
static double
zone_offset (AwcChartData *data,
             double        t)
{
  g_autofree char *z = awc_chart_data_format_time (data, t, "%z");
  long v;

  if (z == NULL || (z[0] != '+' && z[0] != '-'))
    return 0;

  v = strtol (z + 1, NULL, 10);
  return (z[0] == '-' ? -1 : 1) * ((v / 100) * 3600.0 + (v % 100) * 60.0);
}

static void
clear_tick (gpointer data)
{
  AwcTimeTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
  g_clear_pointer (&tick->date, g_free);
}

GArray *
awc_time_ticks_compute (AwcChartData *data,
                        double     t0,
                        double     t1,
                        double     width_px,
                        double     min_spacing_px,
                        gboolean  *crosses_midnight)
{
  g_autofree char *day0 = NULL;
  g_autofree char *day1 = NULL;
  g_autofree char *prev_day = NULL;
  GArray *ticks;
  const char *format;
  double step, offset, t;
  gboolean midnight;

  ticks = g_array_new (FALSE, TRUE, sizeof (AwcTimeTick));
  g_array_set_clear_func (ticks, clear_tick);

  if (!(t1 > t0) || !isfinite (t0) || !isfinite (t1))
    {
      if (crosses_midnight)
        *crosses_midnight = FALSE;
      return ticks;
    }

  day0 = awc_chart_data_format_time (data, t0, "%Y-%m-%d");
  day1 = awc_chart_data_format_time (data, t1, "%Y-%m-%d");
  midnight = g_strcmp0 (day0, day1) != 0;
  if (crosses_midnight)
    *crosses_midnight = midnight;

  step = awc_time_ticks_choose_step (t1 - t0, width_px, min_spacing_px);
  if (step >= DAY)
    format = "%m-%d";
  else if (step >= 60)
    format = "%H:%M";
  else
    format = "%H:%M:%S";

  /* Align ticks to round times of the display zone, not of UTC. */
  offset = zone_offset (data, t0);
  t = ceil ((t0 + offset) / step - 1e-9) * step - offset;

  for (; t <= t1 + 1e-9 * step; t += step)
    {
      AwcTimeTick tick = { t, NULL, NULL };

      tick.label = awc_chart_data_format_time (data, t, format);
      if (midnight && step < DAY)
        {
          g_autofree char *day = awc_chart_data_format_time (data, t, "%Y-%m-%d");

          if (g_strcmp0 (day, prev_day) != 0)
            {
              tick.date = g_strdup (day);
              g_free (prev_day);
              prev_day = g_steal_pointer (&day);
            }
        }
      g_array_append_val (ticks, tick);
    }

  return ticks;
}

char *
awc_time_format_elapsed (double seconds)
{
  gint64 s;
  gboolean negative;

  if (!isfinite (seconds))
    return g_strdup ("—");
  s = (gint64) llround (seconds);
  negative = s < 0;
  s = ABS (s);
  if (s >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02d:%02d", negative ? "-" : "",
                            s / 3600, (int) (s / 60 % 60), (int) (s % 60));
  return g_strdup_printf ("%s%d:%02d", negative ? "-" : "", (int) (s / 60), (int) (s % 60));
}

GArray *
awc_time_ticks_compute_elapsed (double t0,
                                double t1,
                                double origin,
                                double width_px,
                                double min_spacing_px)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (AwcTimeTick));
  double step, e;

  g_array_set_clear_func (ticks, clear_tick);
  if (!(t1 > t0) || !isfinite (t0) || !isfinite (t1) || !isfinite (origin))
    return ticks;

  step = awc_time_ticks_choose_step (t1 - t0, width_px, min_spacing_px);
  for (e = ceil ((t0 - origin) / step - 1e-9) * step; origin + e <= t1 + 1e-9 * step; e += step)
    {
      AwcTimeTick tick = { origin + e, awc_time_format_elapsed (e), NULL };

      g_array_append_val (ticks, tick);
    }

  return ticks;
}
