/* awc-render-cursor.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-render-private.h"
#include "awc-time-ticks.h"

/* The time axis labels that the cursor's label box at [x0, x1] would cut:
 * widens [x0, x1] to cover them whole, so no half label peeks out beside
 * the box.  Same ticks and placement as the axis (awc-render-axes.c). */
static void
cover_tick_labels (AwcRenderText          *text,
                   AwcChartData           *data,
                   const AwcRenderLayout  *layout,
                   const AwcRenderOptions *options,
                   double                 *x0,
                   double                 *x1)
{
  g_autoptr(GArray) ticks = _awc_render_time_ticks (text, data, layout, options);

  for (guint i = 0; i < ticks->len; i++)
    {
      const AwcTimeTick *tick = &g_array_index (ticks, AwcTimeTick, i);
      double x = awc_render_layout_time_to_x (layout, tick->t);
      double w, lx;

      _awc_render_text_measure (text, AWC_FONT_SMALL, tick->label, &w, NULL);
      lx = CLAMP (x - w / 2, 2, layout->width - 2 - w);
      if (lx < *x1 && lx + w > *x0)
        {
          *x0 = MIN (*x0, lx - 1);
          *x1 = MAX (*x1, lx + w + 1);
        }
    }
}

/* "2026-03-02 09:14:59 · +14:59": the same elapsed form as the chart
 * view's readout line. */
static char *
format_full_time (AwcChartData *data,
                  double        t,
                  double        elapsed)
{
  g_autofree char *stamp = awc_chart_data_format_time (data, t, "%Y-%m-%d %H:%M:%S");
  guint64 s = (guint64) llround (MAX (elapsed, 0.));

  if (s >= 3600)
    return g_strdup_printf ("%s · +%u:%02u:%02u", stamp,
                            (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  return g_strdup_printf ("%s · +%02u:%02u", stamp, (guint) (s / 60), (guint) (s % 60));
}

void
awc_render_cursor (cairo_t                *cr,
                   AwcChartData           *data,
                   const AwcRenderLayout  *layout,
                   const AwcRenderOptions *options,
                   double                  t)
{
  g_autoptr(GArray) drawn = NULL;
  g_autofree char *time_label = NULL;
  AwcRenderText text;
  const double *ts;
  guint n_ts, idx;
  double x, w, ty;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (options != NULL);

  ts = awc_chart_data_get_timestamps (data, &n_ts);
  if (n_ts == 0 || layout->n_panels == 0 || !isfinite (t))
    return;

  idx = awc_chart_data_index_at_time (data, t);
  if (ts[idx] < layout->t0 || ts[idx] > layout->t1)
    return;

  drawn = g_array_new (FALSE, FALSE, sizeof (AwcDrawnSeries));
  _awc_render_collect (data, drawn);
  _awc_render_text_init (&text, cr, options->theme);

  cairo_save (cr);
  x = _awc_render_snap (awc_render_layout_time_to_x (layout, ts[idx]), text.scale);

  cairo_set_line_width (cr, 1 / text.scale);
  cairo_set_source_rgb (cr, text.colors->cursor[0], text.colors->cursor[1], text.colors->cursor[2]);
  /* Through each panel's plot, not across the title and legend rows. */
  for (guint p = 0; p < layout->n_panels; p++)
    {
      cairo_move_to (cr, x, layout->panels[p].y0);
      cairo_line_to (cr, x, layout->panels[p].y1);
    }
  cairo_stroke (cr);

  /* A point marker per series; the values themselves are in the
   * window's readout table, so nothing here hides the data. */
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const AwcRenderPanel *panel = &layout->panels[p];
      double k = (panel->y1 - panel->y0) / (panel->v1 - panel->v0);

      for (guint i = 0; i < drawn->len; i++)
        {
          AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
          double v, y, rgba[4];

          if (d->panel != p || idx >= d->n_values || !isfinite (d->values[idx]))
            continue;

          v = d->values[idx];
          y = CLAMP (panel->y1 - (v - panel->v0) * k, panel->y0, panel->y1);
          awc_palette_get_color (text.theme, d->color_index, rgba);
          cairo_set_source_rgb (cr, rgba[0], rgba[1], rgba[2]);
          cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, text.colors->background[0], text.colors->background[1],
                                text.colors->background[2]);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
    }

  /* Time label on the axis, over the tick labels: the date, time and
   * elapsed time when the plot is wide enough, else the time alone.  On a
   * comparison's elapsed axis the label is elapsed time only. */
  if (options->elapsed_axis)
    time_label = awc_time_format_elapsed (ts[idx] - options->time_origin);
  else
    {
      time_label = format_full_time (data, ts[idx], ts[idx] - ts[0]);
      _awc_render_text_measure (&text, AWC_FONT_SMALL, time_label, &w, NULL);
      if (w + 6 > (layout->plot_x1 - layout->plot_x0) / 2)
        {
          g_free (time_label);
          time_label = awc_chart_data_format_time (data, ts[idx], "%H:%M:%S");
        }
    }
  _awc_render_text_measure (&text, AWC_FONT_SMALL, time_label, &w, NULL);
  ty = layout->panels[layout->n_panels - 1].y1 + AWC_RENDER_TICK_LEN + 1;
  x = CLAMP (x - w / 2 - 3, 0, layout->width - w - 6);
  {
    double x0 = x, x1 = x + w + 6;

    cover_tick_labels (&text, data, layout, options, &x0, &x1);
    cairo_set_source_rgb (cr, text.colors->background[0], text.colors->background[1],
                          text.colors->background[2]);
    cairo_rectangle (cr, x0, ty, x1 - x0, text.line_h[AWC_FONT_SMALL] + 2);
    cairo_fill (cr);
  }
  cairo_set_source_rgb (cr, text.colors->cursor[0], text.colors->cursor[1], text.colors->cursor[2]);
  cairo_rectangle (cr, x, ty, w + 6, text.line_h[AWC_FONT_SMALL] + 2);
  cairo_fill (cr);
  _awc_render_text_draw (&text, AWC_FONT_SMALL, time_label, x + 3, ty + 1, 0,
                         text.colors->background);

  cairo_restore (cr);
  _awc_render_text_clear (&text);
}
