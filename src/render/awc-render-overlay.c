/* awc-render-overlay.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-decimate.h"
#include "awc-render-private.h"

/* The overlay run of AwcRenderOptions.overlay: for each series the main
 * run draws, the overlay run's series at the same index (its snapshot is
 * aligned to the main one) goes in the same panel, in the same colour,
 * on top, in a style of its own: dashed, wider and half transparent, so
 * it is paler than the main run on a light background and dimmer on a
 * dark one.  On one-second noise a zoomed-out line is a band of vertical
 * strokes where no dash pattern shows; the lightness still tells the two
 * runs apart there, and the main run shows through.  Its timestamps are
 * shifted by its snapshot's time shift onto the main run's axis. */

/* The overlay's series paired with a drawn series, or NULL. */
static const AwcChartDataSeries *
overlay_series (AwcChartData         *overlay,
                const AwcDrawnSeries *d)
{
  const AwcChartDataSeries *s;

  if (d->index >= awc_chart_data_get_n_series (overlay))
    return NULL;
  s = awc_chart_data_get_series (overlay, d->index);
  return s->drawn ? s : NULL;
}

void
_awc_render_overlay_ranges (const AwcRenderOptions *options,
                            GArray                 *drawn,
                            double                  t0,
                            double                  t1,
                            double                 *mins,
                            double                 *maxs)
{
  AwcChartData *overlay = options->overlay ? options->overlay->data : NULL;
  const double *ts;
  double shift;
  guint n_ts, lo, hi;

  if (overlay == NULL)
    return;

  ts = awc_chart_data_get_timestamps (overlay, &n_ts);
  shift = awc_chart_data_get_time_shift (overlay);
  _awc_render_visible_range (ts, n_ts, t0 - shift, t1 - shift, &lo, &hi);

  for (guint i = 0; i < drawn->len; i++)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
      const AwcChartDataSeries *series = overlay_series (overlay, d);
      guint n_values;
      double min, max;

      if (series == NULL)
        continue;
      n_values = series->n_values;
      if (MIN (hi, n_values) <= lo)
        continue;
      if (!awc_minmax_pyramid_query (awc_chart_data_get_pyramid (overlay, d->index),
                                     lo, MIN (hi, n_values), &min, &max))
        continue;
      mins[d->panel] = isnan (mins[d->panel]) ? min : MIN (mins[d->panel], min);
      maxs[d->panel] = isnan (maxs[d->panel]) ? max : MAX (maxs[d->panel], max);
    }
}

void
_awc_render_overlay_draw (AwcRenderText          *text,
                          const AwcRenderLayout  *layout,
                          const AwcRenderOptions *options,
                          GArray                 *drawn)
{
  static const double dash[] = { 7, 4 };
  double rgba[4];
  AwcChartData *overlay = options->overlay ? options->overlay->data : NULL;
  cairo_t *cr = text->cr;
  g_autofree double *shifted = NULL;
  const double *ts;
  double shift;
  AwcColumns cols;
  guint n_ts;

  if (overlay == NULL || layout->n_panels == 0)
    return;

  ts = awc_chart_data_get_timestamps (overlay, &n_ts);
  if (n_ts == 0)
    return;
  shift = awc_chart_data_get_time_shift (overlay);
  shifted = g_new (double, n_ts);
  for (guint i = 0; i < n_ts; i++)
    shifted[i] = ts[i] + shift;
  awc_columns_init (&cols, layout, shifted, n_ts, text->scale);

  cairo_save (cr);
  cairo_set_line_width (cr, AWC_RENDER_OVERLAY_LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);

  for (guint i = drawn->len; i-- > 0;)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
      const AwcRenderPanel *panel = &layout->panels[d->panel];
      const AwcChartDataSeries *series = overlay_series (overlay, d);
      const double *values;
      guint n_values;

      if (series == NULL)
        continue;
      values = series->values;
      n_values = series->n_values;

      cairo_save (cr);
      cairo_rectangle (cr, layout->plot_x0, panel->y0 - 2,
                       layout->plot_x1 - layout->plot_x0, panel->y1 - panel->y0 + 4);
      cairo_clip (cr);
      awc_decimate_path (cr, &cols, layout, panel, shifted, values, n_values,
                         cols.direct ? NULL : awc_chart_data_get_pyramid (overlay, d->index), FALSE);
      awc_palette_get_color (text->theme, d->color_index, rgba);
      cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], AWC_RENDER_OVERLAY_ALPHA);
      /* Always dashed, whatever the palette says about this colour */
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  cairo_restore (cr);
  awc_columns_clear (&cols);
}
