/* awc-render-overlay.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-decimate.h"
#include "awc-render-private.h"

/* The overlay run of AwcRenderOptions.overlay (issue 5): for each series
 * the main run draws, the overlay run's series of the same id goes in the
 * same panel, in the same colour, dashed and on top.  Its timestamps are
 * shifted by time_shift onto the main run's axis. */

static gboolean
overlay_wants (const AwcRenderOverlay *overlay,
               const char             *id)
{
  if (overlay->series_ids == NULL)
    return TRUE;
  for (guint i = 0; overlay->series_ids[i] != NULL; i++)
    if (g_str_equal (overlay->series_ids[i], id))
      return TRUE;
  return FALSE;
}

/* The overlay's series matching a drawn series, or NULL. */
static AwcSeries *
overlay_series (const AwcRenderOverlay *overlay,
                const AwcDrawnSeries   *d)
{
  const char *id = awc_series_get_id (d->series);

  if (!overlay_wants (overlay, id))
    return NULL;
  return awc_report_find_series (overlay->report, id);
}

void
_awc_render_overlay_ranges (const AwcRenderOptions *options,
                            GArray                 *drawn,
                            double                  t0,
                            double                  t1,
                            double                 *mins,
                            double                 *maxs)
{
  const AwcRenderOverlay *overlay = options->overlay;
  const double *ts;
  guint n_ts, lo, hi;

  if (overlay == NULL || overlay->report == NULL)
    return;

  ts = awc_report_get_timestamps (overlay->report, &n_ts);
  _awc_render_visible_range (ts, n_ts, t0 - overlay->time_shift, t1 - overlay->time_shift, &lo, &hi);

  for (guint i = 0; i < drawn->len; i++)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
      AwcSeries *series = overlay_series (overlay, d);
      guint n_values;
      double min, max;

      if (series == NULL)
        continue;
      n_values = MIN (awc_series_get_n_values (series), n_ts);
      if (MIN (hi, n_values) <= lo)
        continue;
      if (!awc_minmax_pyramid_query (awc_series_get_pyramid (series), lo, MIN (hi, n_values), &min, &max))
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
  const AwcRenderOverlay *overlay = options->overlay;
  cairo_t *cr = text->cr;
  g_autofree double *shifted = NULL;
  const double *ts;
  AwcColumns cols;
  guint n_ts;

  if (overlay == NULL || overlay->report == NULL || layout->n_panels == 0)
    return;

  ts = awc_report_get_timestamps (overlay->report, &n_ts);
  if (n_ts == 0)
    return;
  shifted = g_new (double, n_ts);
  for (guint i = 0; i < n_ts; i++)
    shifted[i] = ts[i] + overlay->time_shift;
  awc_columns_init (&cols, layout, shifted, n_ts, text->scale);

  cairo_save (cr);
  cairo_set_line_width (cr, AWC_RENDER_LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);

  for (guint i = drawn->len; i-- > 0;)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
      const AwcRenderPanel *panel = &layout->panels[d->panel];
      AwcSeries *series = overlay_series (overlay, d);
      const double *values;
      guint n_values;

      if (series == NULL)
        continue;
      values = awc_series_get_values (series, &n_values);
      n_values = MIN (n_values, n_ts);
      if (n_values == 0)
        continue;

      cairo_save (cr);
      cairo_rectangle (cr, layout->plot_x0, panel->y0 - 2,
                       layout->plot_x1 - layout->plot_x0, panel->y1 - panel->y0 + 4);
      cairo_clip (cr);
      awc_decimate_path (cr, &cols, layout, panel, shifted, values, n_values,
                         cols.direct ? NULL : awc_series_get_pyramid (series), FALSE);
      _awc_render_series_rgba (text->theme, d->color_index, cr);
      /* Always dashed, whatever the palette says about this colour */
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  cairo_restore (cr);
  awc_columns_clear (&cols);
}
