/* awc-render.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-decimate.h"
#include "awc-render-private.h"
#include "awc-ticks.h"

void
awc_render_options_init (AwcRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->theme = AWC_THEME_LIGHT;
  options->t0 = NAN;
  options->t1 = NAN;
  options->show_title = TRUE;
  options->show_legend = TRUE;
}

static const char *
chart_title (AwcChartData           *data,
              const AwcRenderOptions *options)
{
  if (!options->show_title)
    return NULL;
  if (options->title != NULL)
    return options->title;
  return awc_chart_data_get_title (data);
}

/* Value range of each panel from the visible samples of its series. */
static void
compute_value_ranges (AwcChartData           *data,
                      const AwcRenderOptions *options,
                      GArray                 *drawn,
                      double                  line_h,
                      AwcRenderLayout        *layout)
{
  AwcUnit units[AWC_RENDER_MAX_PANELS];
  const double *ts;
  guint n_ts, lo, hi;
  double mins[AWC_RENDER_MAX_PANELS], maxs[AWC_RENDER_MAX_PANELS];
  gboolean zero[AWC_RENDER_MAX_PANELS] = { FALSE, };

  ts = awc_chart_data_get_timestamps (data, &n_ts);
  _awc_render_visible_range (ts, n_ts, layout->t0, layout->t1, &lo, &hi);

  for (guint p = 0; p < layout->n_panels; p++)
    mins[p] = maxs[p] = NAN;

  for (guint i = 0; i < drawn->len; i++)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
      guint p = d->panel;
      double min, max;

      units[p] = d->unit;
      if (_awc_render_unit_includes_zero (d->unit))
        zero[p] = TRUE;
      if (MIN (hi, d->n_values) <= lo)
        continue;
      if (!awc_minmax_pyramid_query (awc_chart_data_get_pyramid (data, d->index),
                                     lo, MIN (hi, d->n_values), &min, &max))
        continue;
      mins[p] = isnan (mins[p]) ? min : MIN (mins[p], min);
      maxs[p] = isnan (maxs[p]) ? max : MAX (maxs[p], max);
    }

  _awc_render_overlay_ranges (options, drawn, layout->t0, layout->t1, mins, maxs);
  _awc_render_layer_ranges (data, drawn, mins, maxs);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      AwcRenderPanel *panel = &layout->panels[p];

      awc_ticks_value_range (mins[p], maxs[p], zero[p], &panel->v0, &panel->v1);
      panel->unit = units[p];
      _awc_render_fit_y_ticks (panel, line_h);
    }
}

/* Widest y tick label over all panels, so every plot starts at one x. */
static double
y_label_width (AwcRenderText         *text,
               GArray                *drawn,
               const AwcRenderLayout *layout)
{
  double widest = 0;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const AwcRenderPanel *panel = &layout->panels[p];
      double first, step;
      AwcUnit unit = AWC_UNIT_COUNT;
      guint n;

      for (guint i = 0; i < drawn->len; i++)
        {
          AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);

          if (d->panel == p)
            {
              unit = d->unit;
              break;
            }
        }

      n = _awc_render_y_ticks (panel, unit, text->line_h[AWC_FONT_SMALL], &first, &step);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *label = awc_unit_format_tick (unit, first + i * step, step);
          double w;

          _awc_render_text_measure (text, AWC_FONT_SMALL, label, &w, NULL);
          widest = MAX (widest, w);
        }
    }

  return widest;
}

static void
layout_with_text (AwcRenderText          *text,
                  AwcChartData           *data,
                  int                     width,
                  int                     height,
                  const AwcRenderOptions *options,
                  GArray                 *drawn,
                  AwcRenderLayout        *layout)
{
  const char *title = chart_title (data, options);
  g_autofree char *day0 = NULL;
  g_autofree char *day1 = NULL;
  double top, bottom, right, axis_h, slot, y;
  double headers[AWC_RENDER_MAX_PANELS];
  double total_headers = 0;

  memset (layout, 0, sizeof *layout);
  layout->width = width;
  layout->height = height;
  layout->buckets_x0 = width;
  _awc_render_time_range (data, options, &layout->t0, &layout->t1);
  layout->n_panels = _awc_render_collect (data, drawn);

  top = AWC_RENDER_PAD;
  if (options->header != NULL && *options->header != '\0')
    top += text->line_h[AWC_FONT_SMALL] + 4;
  if (title != NULL && *title != '\0')
    top += text->line_h[AWC_FONT_TITLE] + 6;

  right = width - AWC_RENDER_PAD;
  if (options->show_buckets)
    {
      double bw = MAX (AWC_RENDER_BUCKETS_MIN, 0.3 * width);

      bw = MIN (bw, 0.6 * width);
      layout->buckets_x0 = width - AWC_RENDER_PAD - bw;
      right = layout->buckets_x0 - 2 * AWC_RENDER_PAD;
    }

  /* Time axis: ticks, one label line, and a date line across midnight. */
  day0 = awc_chart_data_format_time (data, layout->t0, "%Y-%m-%d");
  day1 = awc_chart_data_format_time (data, layout->t1, "%Y-%m-%d");
  axis_h = AWC_RENDER_TICK_LEN + 3 + text->line_h[AWC_FONT_SMALL];
  if (g_strcmp0 (day0, day1) != 0 && !options->elapsed_axis)
    axis_h += text->line_h[AWC_FONT_SMALL];
  bottom = height - AWC_RENDER_PAD - axis_h;

  layout->plot_x0 = AWC_RENDER_PAD;
  layout->plot_x1 = right;
  if (layout->n_panels == 0)
    return;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      headers[p] = _awc_render_panel_header (text, drawn, p, options->show_legend,
                                             AWC_RENDER_PAD, 0, right - AWC_RENDER_PAD, FALSE);
      total_headers += headers[p];
    }

  /* Equal plot heights; headers may differ when a legend wraps. */
  slot = (bottom - top - (layout->n_panels - 1) * AWC_RENDER_PANEL_GAP - total_headers)
         / layout->n_panels;
  slot = MAX (slot, 10);
  y = top;
  for (guint p = 0; p < layout->n_panels; p++)
    {
      AwcRenderPanel *panel = &layout->panels[p];
      AwcDrawnSeries *d = NULL;

      for (guint i = 0; i < drawn->len && d == NULL; i++)
        if (g_array_index (drawn, AwcDrawnSeries, i).panel == p)
          d = &g_array_index (drawn, AwcDrawnSeries, i);

      panel->group = d->group;
      panel->header_y = y;
      panel->y0 = y + headers[p];
      panel->y1 = panel->y0 + slot;
      y = panel->y1 + AWC_RENDER_PANEL_GAP;
    }

  compute_value_ranges (data, options, drawn, text->line_h[AWC_FONT_SMALL], layout);
  layout->plot_x0 = AWC_RENDER_PAD + y_label_width (text, drawn, layout) + AWC_RENDER_TICK_LEN + 4;
  /* Room for half a time label at the right end. */
  layout->plot_x1 = right - 16;
  layout->plot_x1 = MAX (layout->plot_x1, layout->plot_x0 + 10);
}

void
awc_render_compute_layout (cairo_t                *cr,
                           AwcChartData           *data,
                           int                     width,
                           int                     height,
                           const AwcRenderOptions *options,
                           AwcRenderLayout        *layout)
{
  g_autoptr(GArray) drawn = NULL;
  AwcRenderText text;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (layout != NULL);

  drawn = g_array_new (FALSE, FALSE, sizeof (AwcDrawnSeries));
  _awc_render_text_init (&text, cr, options->theme);
  layout_with_text (&text, data, width, height, options, drawn, layout);
  _awc_render_text_clear (&text);
}

int
awc_render_min_height (cairo_t                *cr,
                       AwcChartData           *data,
                       int                     width,
                       const AwcRenderOptions *options)
{
  g_autoptr(GArray) drawn = NULL;
  AwcRenderLayout layout;
  AwcRenderText text;
  const int tall = 100000;
  double fixed, plot;

  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  /* Lay out on a very tall target: everything but the plots keeps its
   * height (headers depend on the width only), so the rest is the plots'. */
  drawn = g_array_new (FALSE, FALSE, sizeof (AwcDrawnSeries));
  _awc_render_text_init (&text, cr, options->theme);
  layout_with_text (&text, data, MAX (width, 1), tall, options, drawn, &layout);
  plot = ceil (AWC_RENDER_MIN_PLOT_LINES * text.line_h[AWC_FONT_SMALL]);
  _awc_render_text_clear (&text);
  if (layout.n_panels == 0)
    return 0;
  fixed = tall - layout.n_panels * (layout.panels[0].y1 - layout.panels[0].y0);
  return (int) ceil (fixed + layout.n_panels * plot);
}

static void
draw_series (AwcRenderText         *text,
             AwcChartData          *data,
             const AwcRenderLayout *layout,
             GArray                *drawn)
{
  cairo_t *cr = text->cr;
  const double *ts;
  guint n_ts;
  AwcColumns cols;
  gboolean vector = FALSE;

  ts = awc_chart_data_get_timestamps (data, &n_ts);
  awc_columns_init (&cols, layout, ts, n_ts, text->scale);
  switch ((int) cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
      /* No pixels to centre on; "L 12 34" is 4 bytes shorter than
       * "L 12.5 34.5" on every point of the SVG. */
      cols.offset = 0;
      vector = TRUE;
      break;
    default:
      break;
    }

  cairo_save (cr);
  cairo_set_line_width (cr, AWC_RENDER_LINE_WIDTH);
  /* Round joins and caps cost more than the rest of the frame on dense
   * zigzags; bevel joins never overshoot a spike the way miters do.  The
   * 4×4-sample rasteriser is several times faster than the default and
   * looks the same on 1.5 px lines. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const AwcRenderPanel *panel = &layout->panels[p];

      cairo_save (cr);
      cairo_rectangle (cr, layout->plot_x0, panel->y0 - 2,
                       layout->plot_x1 - layout->plot_x0, panel->y1 - panel->y0 + 4);
      cairo_clip (cr);

      /* Later series draw on top: walk backwards so the first (the most
       * important, in catalog order) stays in front. */
      for (guint i = drawn->len; i-- > 0;)
        {
          AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
          /* Dashes need the polyline.  Dense views become bars on
           * pixels, filled min–max bands in a vector file (see
           * awc_decimate_path()). */
          gboolean bars = awc_decimate_uses_bars (&cols, !awc_palette_is_dashed (d->color_index));

          if (d->panel != p)
            continue;

          awc_decimate_path (cr, &cols, layout, panel, ts, d->values, d->n_values,
                             cols.direct ? NULL : awc_chart_data_get_pyramid (data, d->index), bars);
          _awc_render_series_rgba (text->theme, d->color_index, cr);
          /* Bars have no joins; miter lets cairo fill them as boxes. */
          cairo_set_line_join (cr, bars && !vector ? CAIRO_LINE_JOIN_MITER : CAIRO_LINE_JOIN_BEVEL);
          if (bars && vector)
            cairo_fill_preserve (cr);
          cairo_stroke (cr);
        }
      cairo_restore (cr);
    }

  cairo_restore (cr);
  awc_columns_clear (&cols);
}

static void
draw_empty (AwcRenderText         *text,
            const AwcRenderLayout *layout)
{
  double w, h;
  const char *msg = _("No data to draw");

  _awc_render_text_measure (text, AWC_FONT_TITLE, msg, &w, &h);
  _awc_render_text_draw (text, AWC_FONT_TITLE, msg,
                         layout->width / 2.0, (layout->height - h) / 2.0, 0.5,
                         text->colors->text_dim);
}

static void
plot_with_text (AwcRenderText          *text,
                AwcChartData           *data,
                const AwcRenderLayout  *layout,
                const AwcRenderOptions *options,
                GArray                 *drawn)
{
  cairo_t *cr = text->cr;
  const char *title = chart_title (data, options);

  cairo_save (cr);
  cairo_set_source_rgb (cr, text->colors->background[0], text->colors->background[1],
                        text->colors->background[2]);
  cairo_paint (cr);

  {
    double y = AWC_RENDER_PAD;

    /* Same order and heights as layout_with_text (). */
    if (options->header != NULL && *options->header != '\0')
      {
        _awc_render_text_draw (text, AWC_FONT_SMALL, options->header, AWC_RENDER_PAD, y, 0,
                               text->colors->text);
        y += text->line_h[AWC_FONT_SMALL] + 4;
      }
    if (title != NULL && *title != '\0')
      _awc_render_text_draw (text, AWC_FONT_TITLE, title, AWC_RENDER_PAD, y, 0,
                             text->colors->text);
  }

  if (layout->n_panels == 0)
    draw_empty (text, layout);
  else
    {
      _awc_render_axes (text, data, layout, options, drawn);
      _awc_render_layers_draw (text, data, layout, drawn, FALSE);
      draw_series (text, data, layout, drawn);
      _awc_render_overlay_draw (text, layout, options, drawn);
      _awc_render_layers_draw (text, data, layout, drawn, TRUE);
    }

  if (options->show_buckets)
    awc_render_buckets (cr, data, layout->buckets_x0,
                        layout->n_panels > 0 ? layout->panels[0].header_y : AWC_RENDER_PAD,
                        layout->width - AWC_RENDER_PAD - layout->buckets_x0,
                        layout->height - 2 * AWC_RENDER_PAD, options->theme);
  cairo_restore (cr);
}

void
awc_render_plot (cairo_t                *cr,
                 AwcChartData           *data,
                 const AwcRenderLayout  *layout,
                 const AwcRenderOptions *options)
{
  g_autoptr(GArray) drawn = NULL;
  AwcRenderText text;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (options != NULL);

  drawn = g_array_new (FALSE, FALSE, sizeof (AwcDrawnSeries));
  _awc_render_collect (data, drawn);
  _awc_render_text_init (&text, cr, options->theme);
  plot_with_text (&text, data, layout, options, drawn);
  _awc_render_text_clear (&text);
}

void
awc_render_chart (cairo_t                *cr,
                   AwcChartData           *data,
                   int                     width,
                   int                     height,
                   const AwcRenderOptions *options)
{
  g_autoptr(GArray) drawn = NULL;
  AwcRenderOptions defaults;
  AwcRenderLayout layout;
  AwcRenderText text;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  if (options == NULL)
    {
      awc_render_options_init (&defaults);
      options = &defaults;
    }

  /* One text state for layout and plot: fonts are loaded once. */
  drawn = g_array_new (FALSE, FALSE, sizeof (AwcDrawnSeries));
  _awc_render_text_init (&text, cr, options->theme);
  layout_with_text (&text, data, width, height, options, drawn, &layout);
  plot_with_text (&text, data, &layout, options, drawn);
  _awc_render_text_clear (&text);
}

double
awc_render_layout_x_to_time (const AwcRenderLayout *layout,
                             double                 x)
{
  g_return_val_if_fail (layout != NULL, NAN);

  if (!(layout->plot_x1 > layout->plot_x0))
    return layout->t0;
  return layout->t0 + (x - layout->plot_x0) * (layout->t1 - layout->t0)
                      / (layout->plot_x1 - layout->plot_x0);
}

double
awc_render_layout_time_to_x (const AwcRenderLayout *layout,
                             double                 t)
{
  g_return_val_if_fail (layout != NULL, NAN);

  if (!(layout->t1 > layout->t0))
    return layout->plot_x0;
  return layout->plot_x0 + (t - layout->t0) * (layout->plot_x1 - layout->plot_x0)
                           / (layout->t1 - layout->t0);
}
