/* awc-render-common.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by layout, plot and cursor: which series are drawn, the
 * time range, ticks, snapping and sample search. */
#include "config.h"

#include <math.h>

#include "awc-render-private.h"
#include "awc-ticks.h"

guint
_awc_render_collect (AwcChartData *data,
                     GArray       *drawn)
{
  guint n = awc_chart_data_get_n_series (data);
  guint n_panels = 0;
  const char *prev_group = NULL;

  /* Which series are drawn was decided when the snapshot was built. */
  for (guint i = 0; i < n; i++)
    {
      const AwcChartDataSeries *s = awc_chart_data_get_series (data, i);
      AwcDrawnSeries d;

      if (!s->drawn)
        continue;

      d.index = i;
      d.group = s->group;
      d.group_title = s->group_title;
      d.values = s->values;
      d.n_values = s->n_values;
      d.unit = s->unit;
      d.color_index = s->color_index;
      d.title = s->title;

      if (n_panels == 0 || g_strcmp0 (s->group, prev_group) != 0)
        {
          if (n_panels == AWC_RENDER_MAX_PANELS)
            break;
          n_panels++;
        }
      prev_group = s->group;
      d.panel = n_panels - 1;
      g_array_append_val (drawn, d);
    }

  return n_panels;
}

void
_awc_render_time_range (AwcChartData           *data,
                        const AwcRenderOptions *options,
                        double                 *t0,
                        double                 *t1)
{
  double start = awc_chart_data_get_start_time (data);
  double end = awc_chart_data_get_end_time (data);

  *t0 = isfinite (options->t0) ? options->t0 : start;
  *t1 = isfinite (options->t1) ? options->t1 : end;
  if (!isfinite (*t0) || !isfinite (*t1))
    {
      *t0 = 0;
      *t1 = 1;
    }
  else if (*t1 <= *t0)
    {
      /* One sample: give it a second either side. */
      double mid = *t0;

      *t0 = mid - 1;
      *t1 = mid + 1;
    }
}

gboolean
_awc_render_unit_includes_zero (AwcUnit unit)
{
  return unit != AWC_UNIT_MILLISECONDS;
}

guint
_awc_render_max_y_ticks (double height,
                         double line_h)
{
  return (guint) CLAMP (height / (line_h * 1.8), 1, 10);
}

/* Labels closer than this many lines would touch. */
#define MIN_TICK_GAP_LINES 1.15

guint
_awc_render_y_ticks (const AwcRenderPanel *panel,
                     AwcUnit               unit,
                     double                line_h,
                     double               *first,
                     double               *step)
{
  /* Users and failure counts are whole numbers: no "0.5" ticks. */
  double min_step = (unit == AWC_UNIT_COUNT || unit == AWC_UNIT_USERS) ? 1 : 0;
  double h = panel->y1 - panel->y0;
  guint max_ticks = _awc_render_max_y_ticks (h, line_h);
  guint n = awc_ticks_compute_full (panel->v0, panel->v1, max_ticks, min_step, first, step);

  /* A coarse 1-2-5 step can leave two or three labels on a panel with
   * room for more: take a finer step while labels stay apart. */
  for (guint m = max_ticks + 1;
       n < AWC_RENDER_MIN_Y_TICKS && m <= 3 * AWC_RENDER_MIN_Y_TICKS && panel->v1 > panel->v0;
       m++)
    {
      double f2, s2;
      guint n2 = awc_ticks_compute_full (panel->v0, panel->v1, m, min_step, &f2, &s2);

      if (n2 <= n)
        continue;
      if (s2 * h / (panel->v1 - panel->v0) < line_h * MIN_TICK_GAP_LINES)
        break;
      n = n2;
      *first = f2;
      *step = s2;
    }
  return n;
}

void
_awc_render_fit_y_ticks (AwcRenderPanel *panel,
                         double          line_h)
{
  double first, step;
  guint n = _awc_render_y_ticks (panel, panel->unit, line_h, &first, &step);
  gboolean room = panel->y1 - panel->y0
                  >= (AWC_RENDER_MIN_Y_TICKS - 1) * line_h * MIN_TICK_GAP_LINES;

  /* Too few: raise the top to the next ticks (the bottom stays, where
   * zero or the data start). */
  for (guint tries = 0; room && n < AWC_RENDER_MIN_Y_TICKS && tries < 4; tries++)
    {
      panel->v1 = MAX (ceil (panel->v1 / step - 1e-9) * step,
                       first + (AWC_RENDER_MIN_Y_TICKS - 1) * step);
      n = _awc_render_y_ticks (panel, panel->unit, line_h, &first, &step);
    }
  /* A short panel may fit a single tick, which gives no scale: widen
   * the range to the neighbouring multiples of the step instead. */
  if (n < 2)
    {
      panel->v0 = floor (panel->v0 / step) * step;
      panel->v1 = ceil (panel->v1 / step) * step;
      if (panel->v1 <= panel->v0)
        panel->v1 = panel->v0 + step;
      n = _awc_render_y_ticks (panel, panel->unit, line_h, &first, &step);
    }
  panel->n_y_ticks = n;
}

double
_awc_render_snap (double v,
                  double scale)
{
  return (floor (v * scale) + 0.5) / scale;
}

void
_awc_render_visible_range (const double *ts,
                           guint         n,
                           double        t0,
                           double        t1,
                           guint        *lo,
                           guint        *hi)
{
  *lo = awc_lower_bound (ts, n, t0);
  /* Upper bound: the first sample after t1. */
  *hi = awc_lower_bound (ts, n, t1);
  while (*hi < n && ts[*hi] <= t1)
    (*hi)++;
}

void
_awc_render_series_rgba (AwcTheme  theme,
                         guint     color_index,
                         cairo_t  *cr)
{
  static const double dash[] = { 6, 3 };
  double rgba[4];

  awc_palette_get_color (theme, color_index, rgba);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  if (awc_palette_is_dashed (color_index))
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);
}
