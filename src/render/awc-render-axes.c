/* awc-render-axes.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-render-private.h"
#include "awc-ticks.h"
#include "awc-time-ticks.h"

#define LEGEND_GAP 14.0

double
_awc_render_panel_header (AwcRenderText *text,
                          GArray        *drawn,
                          guint          panel,
                          gboolean       show_legend,
                          double         x,
                          double         y,
                          double         width,
                          gboolean       draw)
{
  const double line_h = text->line_h[AWC_FONT_NORMAL];
  const char *group_title = NULL;
  double cx, cy, w;

  for (guint i = 0; i < drawn->len && group_title == NULL; i++)
    {
      AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);

      if (d->panel == panel)
        group_title = d->group_title;
    }
  if (group_title == NULL)
    return 0;

  _awc_render_text_measure (text, AWC_FONT_BOLD, group_title, &w, NULL);
  if (draw)
    _awc_render_text_draw (text, AWC_FONT_BOLD, group_title, x, y, 0, text->colors->text);
  cx = x + w + 2 * LEGEND_GAP;
  cy = y;

  if (show_legend)
    {
      for (guint i = 0; i < drawn->len; i++)
        {
          AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);
          double item_w;

          if (d->panel != panel)
            continue;

          _awc_render_text_measure (text, AWC_FONT_NORMAL, d->title, &w, NULL);
          item_w = AWC_RENDER_SWATCH + 5 + w;
          /* Wrap to a new row under the first item's start. */
          if (cx + item_w > x + width && cx > x + 1)
            {
              cx = x;
              cy += line_h;
            }
          if (draw)
            {
              double sy = _awc_render_snap (cy + line_h / 2, text->scale);

              cairo_save (text->cr);
              cairo_set_line_width (text->cr, 3);
              _awc_render_series_rgba (text->theme, d->color_index, text->cr);
              cairo_move_to (text->cr, cx, sy);
              cairo_line_to (text->cr, cx + AWC_RENDER_SWATCH, sy);
              cairo_stroke (text->cr);
              cairo_restore (text->cr);
              _awc_render_text_draw (text, AWC_FONT_NORMAL, d->title,
                                     cx + AWC_RENDER_SWATCH + 5, cy, 0, text->colors->text);
            }
          cx += item_w + LEGEND_GAP;
        }
    }

  return cy - y + line_h + 4;
}

static void
draw_y_axis (AwcRenderText          *text,
             const AwcRenderLayout  *layout,
             const AwcRenderPanel   *panel,
             AwcUnit                 unit)
{
  cairo_t *cr = text->cr;
  const double small_h = text->line_h[AWC_FONT_SMALL];
  double first, step, k;
  guint n;

  n = _awc_render_y_ticks (panel, unit, small_h, &first, &step);
  k = (panel->y1 - panel->y0) / (panel->v1 - panel->v0);

  /* Grid first, all in one path. */
  cairo_set_line_width (cr, 1 / text->scale);
  cairo_set_source_rgb (cr, text->colors->grid[0], text->colors->grid[1], text->colors->grid[2]);
  for (guint i = 0; i < n; i++)
    {
      double y = _awc_render_snap (panel->y1 - (first + i * step - panel->v0) * k, text->scale);

      cairo_move_to (cr, layout->plot_x0, y);
      cairo_line_to (cr, layout->plot_x1, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double v = first + i * step;
      double y = _awc_render_snap (panel->y1 - (v - panel->v0) * k, text->scale);
      g_autofree char *label = awc_unit_format_tick (unit, v, step);
      double ty = y - small_h / 2;

      /* Keep the top label off the legend row above the panel. */
      ty = CLAMP (ty, panel->y0 - 2, panel->y1 - small_h / 2);
      _awc_render_text_draw (text, AWC_FONT_SMALL, label,
                             layout->plot_x0 - AWC_RENDER_TICK_LEN - 3, ty, 1.0,
                             text->colors->text_dim);
    }

  /* Left axis and baseline. */
  cairo_set_source_rgb (cr, text->colors->axis[0], text->colors->axis[1], text->colors->axis[2]);
  cairo_move_to (cr, _awc_render_snap (layout->plot_x0, text->scale), panel->y0);
  cairo_line_to (cr, _awc_render_snap (layout->plot_x0, text->scale), panel->y1);
  cairo_move_to (cr, layout->plot_x0, _awc_render_snap (panel->y1, text->scale));
  cairo_line_to (cr, layout->plot_x1, _awc_render_snap (panel->y1, text->scale));
  cairo_stroke (cr);
}

GArray *
_awc_render_time_ticks (AwcRenderText          *text,
                        AwcChartData           *data,
                        const AwcRenderLayout  *layout,
                        const AwcRenderOptions *options)
{
  double label_w;

  _awc_render_text_measure (text, AWC_FONT_SMALL, "00:00:00", &label_w, NULL);
  if (options->elapsed_axis)
    return awc_time_ticks_compute_elapsed (layout->t0, layout->t1, options->time_origin,
                                           layout->plot_x1 - layout->plot_x0, label_w + 24);
  return awc_time_ticks_compute (data, layout->t0, layout->t1,
                                 layout->plot_x1 - layout->plot_x0, label_w + 24, NULL);
}

static void
draw_time_axis (AwcRenderText          *text,
                AwcChartData           *data,
                const AwcRenderLayout  *layout,
                const AwcRenderOptions *options)
{
  cairo_t *cr = text->cr;
  const AwcRenderPanel *last = &layout->panels[layout->n_panels - 1];
  const double small_h = text->line_h[AWC_FONT_SMALL];
  g_autoptr(GArray) ticks = _awc_render_time_ticks (text, data, layout, options);
  double y_axis;

  y_axis = _awc_render_snap (last->y1, text->scale);

  /* Vertical grid through every panel at each tick. */
  cairo_set_line_width (cr, 1 / text->scale);
  cairo_set_source_rgb (cr, text->colors->grid[0], text->colors->grid[1], text->colors->grid[2]);
  for (guint i = 0; i < ticks->len; i++)
    {
      double x = _awc_render_snap (awc_render_layout_time_to_x (layout, g_array_index (ticks, AwcTimeTick, i).t),
                                   text->scale);

      for (guint p = 0; p < layout->n_panels; p++)
        {
          cairo_move_to (cr, x, layout->panels[p].y0);
          cairo_line_to (cr, x, layout->panels[p].y1);
        }
    }
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, text->colors->axis[0], text->colors->axis[1], text->colors->axis[2]);
  for (guint i = 0; i < ticks->len; i++)
    {
      double x = _awc_render_snap (awc_render_layout_time_to_x (layout, g_array_index (ticks, AwcTimeTick, i).t),
                                   text->scale);

      cairo_move_to (cr, x, y_axis);
      cairo_line_to (cr, x, y_axis + AWC_RENDER_TICK_LEN);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < ticks->len; i++)
    {
      const AwcTimeTick *tick = &g_array_index (ticks, AwcTimeTick, i);
      double x = awc_render_layout_time_to_x (layout, tick->t);
      double w, lx, ty = y_axis + AWC_RENDER_TICK_LEN + 3;

      /* Centred under the tick but never past the image edges. */
      _awc_render_text_measure (text, AWC_FONT_SMALL, tick->label, &w, NULL);
      lx = CLAMP (x - w / 2, 2, layout->width - 2 - w);
      _awc_render_text_draw (text, AWC_FONT_SMALL, tick->label, lx, ty, 0, text->colors->text_dim);
      if (tick->date != NULL)
        {
          _awc_render_text_measure (text, AWC_FONT_SMALL, tick->date, &w, NULL);
          lx = CLAMP (x - w / 2, 2, layout->width - 2 - w);
          _awc_render_text_draw (text, AWC_FONT_SMALL, tick->date, lx, ty + small_h, 0,
                                 text->colors->text);
        }
    }
}

void
_awc_render_axes (AwcRenderText          *text,
                  AwcChartData           *data,
                  const AwcRenderLayout  *layout,
                  const AwcRenderOptions *options,
                  GArray                 *drawn)
{
  cairo_t *cr = text->cr;

  cairo_save (cr);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      AwcUnit unit = AWC_UNIT_COUNT;

      for (guint i = 0; i < drawn->len; i++)
        {
          AwcDrawnSeries *d = &g_array_index (drawn, AwcDrawnSeries, i);

          if (d->panel == p)
            {
              unit = d->unit;
              break;
            }
        }

      _awc_render_panel_header (text, drawn, p, options->show_legend,
                                AWC_RENDER_PAD, layout->panels[p].header_y,
                                (options->show_buckets ? layout->buckets_x0 - 2 * AWC_RENDER_PAD
                                                       : layout->width - AWC_RENDER_PAD)
                                - AWC_RENDER_PAD,
                                TRUE);
      draw_y_axis (text, layout, &layout->panels[p], unit);
    }
  draw_time_axis (text, data, layout, options);
  cairo_restore (cr);
}
