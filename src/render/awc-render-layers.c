/* awc-render-layers.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The snapshot's overlay layers (AwcChartLayer): shaded spans under the
 * series; markers, threshold lines and notes over them.  Everything stays
 * inside the plot area, so no layer hides an axis label.  A new kind of
 * layer gets a case here (see docs/architecture.md). */
#include "config.h"

#include <math.h>

#include "awc-render-private.h"

/* The panel a snapshot series is drawn in, or NULL when it is not drawn. */
static const AwcRenderPanel *
series_panel (const AwcRenderLayout *layout,
              GArray                *drawn,
              guint                  series)
{
  for (guint i = 0; i < drawn->len; i++)
    {
      const AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);

      if (d->index == series)
        return d->panel < layout->n_panels ? &layout->panels[d->panel] : NULL;
    }
  return NULL;
}

static guint
series_color (GArray *drawn,
              guint   series)
{
  for (guint i = 0; i < drawn->len; i++)
    if (g_array_index (drawn, AwcDrawnSeries, i).index == series)
      return g_array_index (drawn, AwcDrawnSeries, i).color_index;
  return 0;
}

void
_awc_render_layer_ranges (AwcChartData *data,
                          GArray       *drawn,
                          double       *mins,
                          double       *maxs)
{
  guint n = awc_chart_data_get_n_layers (data);

  /* A threshold is always in view: it widens its panel's value range. */
  for (guint i = 0; i < n; i++)
    {
      const AwcChartLayer *layer = awc_chart_data_get_layer (data, i);

      if (layer->kind != AWC_CHART_LAYER_THRESHOLD || !isfinite (layer->value))
        continue;
      for (guint k = 0; k < drawn->len; k++)
        {
          const AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, k);

          if (d->index != layer->series)
            continue;
          mins[d->panel] = isnan (mins[d->panel]) ? layer->value : MIN (mins[d->panel], layer->value);
          maxs[d->panel] = isnan (maxs[d->panel]) ? layer->value : MAX (maxs[d->panel], layer->value);
          break;
        }
    }
}

/* A small label on the background colour, right-aligned at @x_right. */
static void
draw_label (AwcRenderText         *text,
            const char            *label,
            double                 x_right,
            double                 y_top,
            const double          *rgb)
{
  cairo_t *cr = text->cr;
  double w, h;

  _awc_render_text_measure (text, AWC_FONT_SMALL, label, &w, &h);
  cairo_set_source_rgba (cr, text->colors->background[0], text->colors->background[1],
                         text->colors->background[2], 0.85);
  cairo_rectangle (cr, x_right - w - 4, y_top, w + 4, h);
  cairo_fill (cr);
  _awc_render_text_draw (text, AWC_FONT_SMALL, label, x_right - 2, y_top, 1, rgb);
}

static void
draw_threshold (AwcRenderText         *text,
                const AwcRenderLayout *layout,
                GArray                *drawn,
                const AwcChartLayer   *layer)
{
  static const double dash[] = { 5, 3 };
  const AwcRenderPanel *panel = series_panel (layout, drawn, layer->series);
  cairo_t *cr = text->cr;
  double rgba[4], y, h;

  if (panel == NULL || !(panel->v1 > panel->v0) || !isfinite (layer->value))
    return;

  y = panel->y1 - (layer->value - panel->v0) * (panel->y1 - panel->y0) / (panel->v1 - panel->v0);
  if (y < panel->y0 - 0.5 || y > panel->y1 + 0.5)
    return;
  y = _awc_render_snap (CLAMP (y, panel->y0, panel->y1), text->scale);

  awc_palette_get_color (text->theme, series_color (drawn, layer->series), rgba);
  cairo_save (cr);
  cairo_set_source_rgb (cr, rgba[0], rgba[1], rgba[2]);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, layout->plot_x0, y);
  cairo_line_to (cr, layout->plot_x1, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (layer->label != NULL)
    {
      /* Above the line, or below it when it runs along the panel's top. */
      _awc_render_text_measure (text, AWC_FONT_SMALL, layer->label, NULL, &h);
      draw_label (text, layer->label, layout->plot_x1, y - h - 1 >= panel->y0 ? y - h - 1 : y + 2, rgba);
    }
  cairo_restore (cr);
}

static void
draw_span (AwcRenderText         *text,
           const AwcRenderLayout *layout,
           const AwcChartLayer   *layer)
{
  cairo_t *cr = text->cr;
  const double *fg = text->colors->text;
  double x0 = CLAMP (awc_render_layout_time_to_x (layout, layer->t0), layout->plot_x0, layout->plot_x1);
  double x1 = CLAMP (awc_render_layout_time_to_x (layout, layer->t1), layout->plot_x0, layout->plot_x1);

  if (!(x1 > x0))
    return;
  cairo_save (cr);
  cairo_set_source_rgba (cr, fg[0], fg[1], fg[2], 0.08);
  for (guint p = 0; p < layout->n_panels; p++)
    cairo_rectangle (cr, x0, layout->panels[p].y0, x1 - x0,
                     layout->panels[p].y1 - layout->panels[p].y0);
  cairo_fill (cr);
  if (layer->label != NULL)
    _awc_render_text_draw (text, AWC_FONT_SMALL, layer->label, x0 + 3, layout->panels[0].y0 + 2, 0,
                           text->colors->text_dim);
  cairo_restore (cr);
}

static void
draw_marker (AwcRenderText         *text,
             const AwcRenderLayout *layout,
             const AwcChartLayer   *layer,
             gboolean               line)
{
  cairo_t *cr = text->cr;
  double x = awc_render_layout_time_to_x (layout, layer->t0);

  if (x < layout->plot_x0 || x > layout->plot_x1)
    return;
  x = _awc_render_snap (x, text->scale);
  cairo_save (cr);
  if (line)
    {
      cairo_set_source_rgb (cr, text->colors->axis[0], text->colors->axis[1], text->colors->axis[2]);
      cairo_set_line_width (cr, 1);
      for (guint p = 0; p < layout->n_panels; p++)
        {
          cairo_move_to (cr, x, layout->panels[p].y0);
          cairo_line_to (cr, x, layout->panels[p].y1);
        }
      cairo_stroke (cr);
    }
  if (layer->label != NULL)
    {
      double w;

      _awc_render_text_measure (text, AWC_FONT_SMALL, layer->label, &w, NULL);
      /* Left of the line near the right edge, so the text stays inside */
      draw_label (text, layer->label, x + 3 + w + 4 <= layout->plot_x1 ? x + 3 + w + 4 : x - 3,
                  layout->panels[0].y0 + 2, text->colors->text);
    }
  cairo_restore (cr);
}

/* A load phase: ramps as a quiet band, steady phases every other one a
 * fainter band, so that steps stay apart; the label when it fits. */
static void
draw_phase (AwcRenderText         *text,
            const AwcRenderLayout *layout,
            const AwcChartLayer   *layer,
            guint                  nth_steady)
{
  cairo_t *cr = text->cr;
  const double *fg = text->colors->text;
  double x0 = CLAMP (awc_render_layout_time_to_x (layout, layer->t0), layout->plot_x0, layout->plot_x1);
  double x1 = CLAMP (awc_render_layout_time_to_x (layout, layer->t1), layout->plot_x0, layout->plot_x1);
  double alpha = layer->tone == 1 ? 0.07 : (nth_steady % 2 ? 0.03 : 0);
  double w;

  if (!(x1 > x0))
    return;
  cairo_save (cr);
  if (alpha > 0)
    {
      cairo_set_source_rgba (cr, fg[0], fg[1], fg[2], alpha);
      for (guint p = 0; p < layout->n_panels; p++)
        cairo_rectangle (cr, x0, layout->panels[p].y0, x1 - x0,
                         layout->panels[p].y1 - layout->panels[p].y0);
      cairo_fill (cr);
    }
  if (layer->label != NULL)
    {
      _awc_render_text_measure (text, AWC_FONT_SMALL, layer->label, &w, NULL);
      if (w + 6 <= x1 - x0)
        _awc_render_text_draw (text, AWC_FONT_SMALL, layer->label, x0 + 3, layout->panels[0].y0 + 2, 0,
                               text->colors->text_dim);
    }
  cairo_restore (cr);
}

/* An event as a coloured mark along the bottom of the lowest plot: its
 * kind by colour, the same in both themes (AwcEventKind order). */
static void
draw_event (AwcRenderText         *text,
            const AwcRenderLayout *layout,
            const AwcChartLayer   *layer)
{
  static const double colors[][3] = {
    { 0.86, 0.20, 0.18 },   /* error burst */
    { 0.93, 0.52, 0.07 },   /* response-time spike */
    { 0.16, 0.45, 0.85 },   /* throughput drop */
    { 0.50, 0.50, 0.50 },   /* load change */
    { 0.62, 0.28, 0.80 },   /* target broken */
  };
  const AwcRenderPanel *panel = &layout->panels[layout->n_panels - 1];
  const double *rgb = colors[MIN (layer->tone, G_N_ELEMENTS (colors) - 1)];
  double x0 = awc_render_layout_time_to_x (layout, layer->t0);
  double x1 = awc_render_layout_time_to_x (layout, layer->t1);
  double h = 5;

  if (x1 < layout->plot_x0 || x0 > layout->plot_x1)
    return;
  x0 = CLAMP (x0, layout->plot_x0, layout->plot_x1);
  x1 = CLAMP (MAX (x1, x0 + 3), layout->plot_x0, layout->plot_x1);
  cairo_save (text->cr);
  cairo_set_source_rgba (text->cr, rgb[0], rgb[1], rgb[2], 0.9);
  cairo_rectangle (text->cr, x0, panel->y1 - h, x1 - x0, h);
  cairo_fill (text->cr);
  cairo_restore (text->cr);
}

void
_awc_render_layers_draw (AwcRenderText         *text,
                         AwcChartData          *data,
                         const AwcRenderLayout *layout,
                         GArray                *drawn,
                         gboolean               over)
{
  guint n = awc_chart_data_get_n_layers (data), nth_steady = 0;

  if (layout->n_panels == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const AwcChartLayer *layer = awc_chart_data_get_layer (data, i);

      switch (layer->kind)
        {
        case AWC_CHART_LAYER_SPAN:
          if (!over)
            draw_span (text, layout, layer);
          break;
        case AWC_CHART_LAYER_MARKER:
        case AWC_CHART_LAYER_NOTE:
          if (over)
            draw_marker (text, layout, layer, layer->kind == AWC_CHART_LAYER_MARKER);
          break;
        case AWC_CHART_LAYER_THRESHOLD:
          if (over)
            draw_threshold (text, layout, drawn, layer);
          break;
        case AWC_CHART_LAYER_PHASE:
          if (!over)
            draw_phase (text, layout, layer, nth_steady);
          nth_steady += layer->tone == 0;
          break;
        case AWC_CHART_LAYER_EVENT:
          if (over)
            draw_event (text, layout, layer);
          break;
        default:
          break;
        }
    }
}
