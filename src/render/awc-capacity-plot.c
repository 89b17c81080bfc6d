/* awc-capacity-plot.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-capacity-plot.h"
#include "awc-render-private.h"
#include "awc-ticks.h"

#define MAX_CLOUD 4000

typedef struct
{
  double x0, x1, y0, y1;      /* plot area */
  double u0, u1, v0, v1;      /* users and value ranges */
} Frame;

static double
fx (const Frame *f,
    double       users)
{
  return f->x0 + (users - f->u0) * (f->x1 - f->x0) / (f->u1 - f->u0);
}

static double
fy (const Frame *f,
    double       v)
{
  return f->y1 - (v - f->v0) * (f->y1 - f->y0) / (f->v1 - f->v0);
}

static double
usl (const AwcCapacityData *plot,
     double                 n)
{
  return plot->lambda * n / (1 + plot->sigma * (n - 1) + plot->kappa * n * (n - 1));
}

/* Axes, grid and tick labels of one panel. */
static void
draw_frame (AwcRenderText *text,
            const Frame   *f,
            AwcUnit        unit,
            const char    *heading)
{
  cairo_t *cr = text->cr;
  const AwcThemeColors *c = text->colors;
  double first, step, h;
  guint n;

  _awc_render_text_measure (text, AWC_FONT_BOLD, heading, NULL, &h);
  _awc_render_text_draw (text, AWC_FONT_BOLD, heading, f->x0, f->y0 - h - 6, 0, c->text);

  n = awc_ticks_compute (f->v0, f->v1, 5, &first, &step);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n; i++)
    {
      double v = first + i * step, y = _awc_render_snap (fy (f, v), text->scale);
      g_autofree char *label = awc_unit_format_tick (unit, v, step);

      cairo_set_source_rgb (cr, c->grid[0], c->grid[1], c->grid[2]);
      cairo_move_to (cr, f->x0, y);
      cairo_line_to (cr, f->x1, y);
      cairo_stroke (cr);
      _awc_render_text_measure (text, AWC_FONT_SMALL, label, NULL, &h);
      _awc_render_text_draw (text, AWC_FONT_SMALL, label, f->x0 - 6, y - h / 2, 1, c->text_dim);
    }
  n = awc_ticks_compute_full (f->u0, f->u1, 6, 1, &first, &step);
  for (guint i = 0; i < n; i++)
    {
      double u = first + i * step, x = _awc_render_snap (fx (f, u), text->scale);
      g_autofree char *label = g_strdup_printf ("%.0f", u);

      cairo_set_source_rgb (cr, c->grid[0], c->grid[1], c->grid[2]);
      cairo_move_to (cr, x, f->y0);
      cairo_line_to (cr, x, f->y1);
      cairo_stroke (cr);
      _awc_render_text_draw (text, AWC_FONT_SMALL, label, x, f->y1 + 4, 0.5, c->text_dim);
    }
  cairo_set_source_rgb (cr, c->axis[0], c->axis[1], c->axis[2]);
  cairo_move_to (cr, f->x0, f->y1);
  cairo_line_to (cr, f->x1, f->y1);
  cairo_stroke (cr);
  _awc_render_text_measure (text, AWC_FONT_SMALL, _("virtual users"), NULL, &h);
  _awc_render_text_draw (text, AWC_FONT_SMALL, _("virtual users"), f->x1, f->y1 + 4 + h, 1, c->text_dim);
}

/* The per-second points, thinned to at most MAX_CLOUD so vector output
 * stays small; faint, under everything else. */
static void
draw_cloud (cairo_t               *cr,
            const Frame           *f,
            const AwcCapacityData *plot,
            const double          *values,
            const double          *rgb)
{
  guint stride = MAX (1, plot->n_points / MAX_CLOUD);

  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], 0.18);
  for (guint i = 0; i < plot->n_points; i += stride)
    {
      if (!isfinite (plot->users[i]) || !isfinite (values[i]) || plot->users[i] <= 0)
        continue;
      if (values[i] < f->v0 || values[i] > f->v1)
        continue;
      cairo_rectangle (cr, fx (f, plot->users[i]) - 1, fy (f, values[i]) - 1, 2, 2);
    }
  cairo_fill (cr);
}

static void
draw_levels (cairo_t               *cr,
             const Frame           *f,
             const AwcCapacityData *plot,
             const double          *values,
             gboolean               bars,
             const double          *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, 1.5);
  for (guint l = 0; l < plot->n_levels; l++)
    {
      double x = fx (f, plot->level_users[l]);

      if (!isfinite (values[l]))
        continue;
      if (bars && isfinite (plot->level_lo[l]) && isfinite (plot->level_hi[l]))
        {
          cairo_move_to (cr, x, fy (f, plot->level_lo[l]));
          cairo_line_to (cr, x, fy (f, plot->level_hi[l]));
          cairo_move_to (cr, x - 4, fy (f, plot->level_lo[l]));
          cairo_line_to (cr, x + 4, fy (f, plot->level_lo[l]));
          cairo_move_to (cr, x - 4, fy (f, plot->level_hi[l]));
          cairo_line_to (cr, x + 4, fy (f, plot->level_hi[l]));
          cairo_stroke (cr);
        }
      cairo_arc (cr, x, fy (f, values[l]), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
value_range (const AwcCapacityData *plot,
             const double          *cloud,
             const double          *levels,
             const double          *levels_hi,
             double                 extra,
             double                *v0,
             double                *v1)
{
  double max = 0;

  for (guint i = 0; i < plot->n_points; i++)
    if (isfinite (cloud[i]) && plot->users[i] > 0)
      max = MAX (max, cloud[i]);
  for (guint l = 0; l < plot->n_levels; l++)
    {
      if (isfinite (levels[l]))
        max = MAX (max, levels[l]);
      if (levels_hi != NULL && isfinite (levels_hi[l]))
        max = MAX (max, levels_hi[l]);
    }
  if (isfinite (extra))
    max = MAX (max, extra);
  awc_ticks_value_range (0, max, TRUE, v0, v1);
}

void
awc_render_capacity (cairo_t               *cr,
                     int                    width,
                     int                    height,
                     const AwcCapacityData *plot,
                     AwcTheme               theme)
{
  AwcRenderText text;
  const AwcThemeColors *c;
  double rgba[4], rt_rgba[4], title_h, line_h, gap = 56, bottom, users_max = 1;
  Frame tps_frame, rt_frame;
  g_autofree char *explain = NULL;

  _awc_render_text_init (&text, cr, theme);
  c = text.colors;
  awc_palette_get_color (theme, 0, rgba);
  awc_palette_get_color (theme, 1, rt_rgba);
  cairo_set_source_rgb (cr, c->background[0], c->background[1], c->background[2]);
  cairo_paint (cr);

  _awc_render_text_measure (&text, AWC_FONT_TITLE, plot->title ? plot->title : "", NULL, &title_h);
  _awc_render_text_draw (&text, AWC_FONT_TITLE, plot->title ? plot->title : "", AWC_RENDER_PAD,
                         AWC_RENDER_PAD, 0, c->text);
  _awc_render_text_measure (&text, AWC_FONT_NORMAL, "Ag", NULL, &line_h);

  /* The explanation under the plots: what the fit says, or why none. */
  if (plot->has_fit && isfinite (plot->peak_users))
    explain = g_strdup_printf (_("Fit R² %.3f. σ = %.3f: %.1f %% of the work waits in line (contention). "
                                 "κ = %.5f: the cost of users keeping each other in step (coherency). "
                                 "Throughput peaks near %.0f users at %.0f /s; beyond that more users lower it."),
                               plot->r2, plot->sigma, 100 * plot->sigma, plot->kappa, plot->peak_users,
                               plot->peak_tps);
  else if (plot->has_fit)
    explain = g_strdup_printf (_("Fit R² %.3f. σ = %.3f: %.1f %% of the work waits in line (contention). "
                                 "κ = 0: no coherency cost measured, so no peak within sight."),
                               plot->r2, plot->sigma, 100 * plot->sigma);
  else
    explain = g_strdup_printf (_("No capacity curve: %s"), plot->reason ? plot->reason : "");
  bottom = height - AWC_RENDER_PAD - 2 * line_h - 6;

  for (guint i = 0; i < plot->n_points; i++)
    if (isfinite (plot->users[i]))
      users_max = MAX (users_max, plot->users[i]);
  if (plot->has_fit && isfinite (plot->peak_users))
    users_max = MAX (users_max, MIN (plot->peak_users * 1.1, 4 * users_max));

  tps_frame.x0 = AWC_RENDER_PAD + 64;
  tps_frame.x1 = width / 2.0 - gap / 2;
  rt_frame.x0 = width / 2.0 + gap / 2 + 40;
  rt_frame.x1 = width - AWC_RENDER_PAD;
  tps_frame.y0 = rt_frame.y0 = AWC_RENDER_PAD + title_h + line_h + 16;
  tps_frame.y1 = rt_frame.y1 = bottom - 2 * line_h - 8;
  tps_frame.u0 = rt_frame.u0 = 0;
  tps_frame.u1 = rt_frame.u1 = users_max * 1.05;
  value_range (plot, plot->tps, plot->level_tps, plot->level_hi,
               plot->has_fit ? plot->peak_tps : NAN, &tps_frame.v0, &tps_frame.v1);
  value_range (plot, plot->rt_ms, plot->level_rt, NULL, NAN, &rt_frame.v0, &rt_frame.v1);

  if (tps_frame.x1 - tps_frame.x0 > 40 && tps_frame.y1 - tps_frame.y0 > 40)
    {
      draw_frame (&text, &tps_frame, AWC_UNIT_PER_SECOND, _("Throughput against virtual users"));
      draw_frame (&text, &rt_frame, AWC_UNIT_MILLISECONDS, _("Response time against virtual users"));
      draw_cloud (cr, &tps_frame, plot, plot->tps, rgba);
      draw_cloud (cr, &rt_frame, plot, plot->rt_ms, rt_rgba);

      if (plot->has_fit)
        {
          static const double dash[] = { 6, 4 };

          cairo_save (cr);
          cairo_rectangle (cr, tps_frame.x0, tps_frame.y0, tps_frame.x1 - tps_frame.x0,
                           tps_frame.y1 - tps_frame.y0);
          cairo_clip (cr);
          cairo_set_source_rgb (cr, c->text[0], c->text[1], c->text[2]);
          cairo_set_line_width (cr, 1.5);
          for (int k = 0; k <= 200; k++)
            {
              double n = 1 + (tps_frame.u1 - 1) * k / 200.0;

              if (k == 0)
                cairo_move_to (cr, fx (&tps_frame, n), fy (&tps_frame, usl (plot, n)));
              else
                cairo_line_to (cr, fx (&tps_frame, n), fy (&tps_frame, usl (plot, n)));
            }
          cairo_stroke (cr);
          if (isfinite (plot->peak_users) && plot->peak_users <= tps_frame.u1)
            {
              double x = fx (&tps_frame, plot->peak_users);
              g_autofree char *label = g_strdup_printf (_("N* ≈ %.0f"), plot->peak_users);

              cairo_set_dash (cr, dash, 2, 0);
              cairo_move_to (cr, x, tps_frame.y0);
              cairo_line_to (cr, x, tps_frame.y1);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
              _awc_render_text_draw (&text, AWC_FONT_SMALL, label, x + 4, tps_frame.y0 + 2, 0, c->text);
            }
          cairo_restore (cr);
        }
      draw_levels (cr, &tps_frame, plot, plot->level_tps, TRUE, rgba);
      draw_levels (cr, &rt_frame, plot, plot->level_rt, FALSE, rt_rgba);
    }

  {
    PangoLayout *layout = text.layout;

    pango_layout_set_font_description (layout, text.fonts[AWC_FONT_NORMAL]);
    pango_layout_set_width (layout, (int) ((width - 2 * AWC_RENDER_PAD) * PANGO_SCALE));
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    pango_layout_set_text (layout, explain, -1);
    cairo_set_source_rgb (cr, c->text[0], c->text[1], c->text[2]);
    cairo_move_to (cr, AWC_RENDER_PAD, bottom);
    pango_cairo_show_layout (cr, layout);
    pango_layout_set_width (layout, -1);
  }
  _awc_render_text_clear (&text);
}
