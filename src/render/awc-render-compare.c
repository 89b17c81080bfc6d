/* awc-render-compare.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "awc-export.h"
#include "awc-render-compare-private.h"
#include "model/awc-time-range-spec.h"

/* A comparison image: a header naming A and B and the window, the two
 * runs (each drawn by the single-report renderer into its own box, on the
 * same elapsed range, or B on its own while unlinked), the delta window
 * shaded on both, and a block at the
 * bottom with the delta table and, optionally, the bucket comparison. */

static void
colors_for_theme (AwcTheme  theme,
                  Colors   *c)
{
  static const Colors light = {
    { 1, 1, 1 }, { 0.13, 0.13, 0.15 }, { 0.42, 0.42, 0.46 }, { 0.85, 0.85, 0.87 },
    { 0.21, 0.52, 0.89, 0.10 }, { 0.15, 0.55, 0.25 }, { 0.80, 0.18, 0.16 }, { 0.21, 0.52, 0.89 },
  };
  static const Colors dark = {
    { 0.12, 0.12, 0.13 }, { 0.92, 0.92, 0.93 }, { 0.62, 0.62, 0.66 }, { 0.28, 0.28, 0.30 },
    { 0.47, 0.68, 0.98, 0.14 }, { 0.45, 0.82, 0.50 }, { 1.00, 0.45, 0.40 }, { 0.47, 0.68, 0.98 },
  };

  *c = theme == AWC_THEME_DARK ? dark : light;
}

void
awc_render_compare_options_init (AwcRenderCompareOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  awc_render_options_init (&options->base);
  options->e0 = options->e1 = NAN;
  options->e0_b = options->e1_b = NAN;
  options->show_window = TRUE;
}

/* Wall time of @side at A-elapsed @elapsed; NaN when the side is empty. */
static double
time_at (const AwcChartPair *pair,
         guint               side,
         double              elapsed)
{
  return pair->origin[side] + elapsed;
}

/* The elapsed range both sides show. */
static void
elapsed_range (const AwcChartPair           *pair,
               const AwcRenderCompareOptions *options,
               double                        *e0,
               double                        *e1)
{
  double offset = pair->offset;
  double da = pair->duration[AWC_SIDE_A];
  double db = pair->duration[AWC_SIDE_B];

  *e0 = options->e0;
  *e1 = options->e1;
  if (isnan (*e0))
    *e0 = MIN (0, isnan (db) ? 0 : offset);
  if (isnan (*e1))
    *e1 = MAX (isnan (da) ? 0 : da, isnan (db) ? 0 : db + offset);
  if (!(*e1 > *e0))
    *e1 = *e0 + 1;
}

/* B's range: its own only while unlinked with two sets of panels. */
static void
elapsed_range_b (const AwcChartPair           *pair,
                 const AwcRenderCompareOptions *options,
                 AwcRenderCompareLayout        *layout)
{
  layout->e0_b = layout->e0;
  layout->e1_b = layout->e1;
  if (options->overlay || pair->linked
      || isnan (options->e0_b) || isnan (options->e1_b))
    return;
  layout->e0_b = MIN (options->e0_b, options->e1_b);
  layout->e1_b = MAX (options->e0_b, options->e1_b);
  if (!(layout->e1_b > layout->e0_b))
    layout->e1_b = layout->e0_b + 1;
}

/* What one side's renderer gets: the shared elapsed range and axis,
 * "A: title" (or both titles in overlay mode) and, in overlay mode, B as
 * the overlay of A.  @title and @overlay must outlive @out. */
/* "run 2024-05-01 10:00:00 – 11:00:00 (1h) · range 10:01:30 – 10:05:00
 * (3m30s)": what an exported side shows, on its title line. */
static char *
run_span_text (AwcChartData *data,
               double        t0,
               double        t1)
{
  double start = awc_chart_data_get_start_time (data);
  double end = awc_chart_data_get_end_time (data);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *length = NULL;
  char *text;

  if (!isfinite (start) || !isfinite (end))
    return NULL;
  from = awc_chart_data_format_time (data, start, "%Y-%m-%d %H:%M:%S");
  to = awc_chart_data_format_time (data, end, "%H:%M:%S");
  length = awc_time_range_format_duration (end - start);
  /* Translators: the run's span, as in the main window's exports */
  text = g_strdup_printf (_("run %s – %s (%s)"), from, to, length);
  if (isfinite (t0) && isfinite (t1) && (t0 > start || t1 < end))
    {
      g_autofree char *r0 = awc_chart_data_format_time (data, t0, "%H:%M:%S");
      g_autofree char *r1 = awc_chart_data_format_time (data, t1, "%H:%M:%S");
      g_autofree char *rl = awc_time_range_format_duration (t1 - t0);
      char *longer = g_strdup_printf (_("%s · range %s – %s (%s)"), text, r0, r1, rl);

      g_free (text);
      text = longer;
    }
  return text;
}

static void
side_options (const AwcChartPair           *pair,
              const AwcRenderCompareOptions *options,
              double                         e0,
              double                         e1,
              AwcSide                        side,
              char                         **title,
              AwcRenderOverlay              *overlay,
              AwcRenderOptions              *out)
{
  const char *report_title = awc_chart_data_get_title (pair->runs[side]);

  *out = options->base;
  out->t0 = time_at (pair, side, e0);
  out->t1 = time_at (pair, side, e1);
  out->elapsed_axis = TRUE;
  out->time_origin = time_at (pair, side, 0);
  out->show_title = TRUE;
  out->show_buckets = FALSE;
  out->overlay = NULL;

  if (options->overlay && pair->runs[AWC_SIDE_B] != NULL)
    {
      const char *b_title = awc_chart_data_get_title (pair->runs[AWC_SIDE_B]);

      /* B aligned to A and shifted onto its axis (awc-chart-data-builder.c) */
      overlay->data = pair->overlay;
      out->overlay = pair->overlay != NULL ? overlay : NULL;
      *title = g_strdup_printf (_("A: %s (solid)   B: %s (dashed, pale)"),
                                report_title != NULL ? report_title : "—",
                                b_title != NULL ? b_title : "—");
    }
  else
    /* Translators: a run's panel heading, "A: report title" */
    *title = g_strdup_printf (side == AWC_SIDE_A ? _("A: %s") : _("B: %s"),
                              report_title != NULL ? report_title : "—");
  if (options->run_headers)
    {
      g_autofree char *span = run_span_text (pair->runs[side], out->t0, out->t1);

      if (span != NULL)
        {
          char *longer = g_strdup_printf ("%s · %s", *title, span);

          g_free (*title);
          *title = longer;
        }
    }
  out->title = *title;
}

static guint
n_block_rows (AwcDeltaSummary               *summary,
              const AwcRenderCompareOptions *options)
{
  guint rows = 0;

  if (summary == NULL)
    return 0;
  if (options->show_delta)
    rows = _awc_render_compare_delta_n_rows (summary);
  if (options->base.show_buckets)
    rows = MAX (rows, 1 + summary->buckets->len + MIN (summary->shifts->len, 2));
  return rows;
}

/* Linked sides share each panel's value range, so equal heights mean
 * equal values: the union of both sides' ranges per panel group, widened
 * again so each axis keeps its AWC_RENDER_MIN_Y_TICKS labels. */
static void
share_value_ranges (cairo_t                *cr,
                    AwcTheme                theme,
                    AwcRenderCompareLayout *layout)
{
  AwcRenderLayout *a = &layout->sides[AWC_SIDE_A];
  AwcRenderLayout *b = &layout->sides[AWC_SIDE_B];
  AwcRenderText text;

  _awc_render_text_init (&text, cr, theme);
  for (guint p = 0; p < a->n_panels; p++)
    for (guint q = 0; q < b->n_panels; q++)
      if (g_strcmp0 (a->panels[p].group, b->panels[q].group) == 0)
        {
          double v0 = MIN (a->panels[p].v0, b->panels[q].v0);
          double v1 = MAX (a->panels[p].v1, b->panels[q].v1);
          double first, step;

          a->panels[p].v0 = b->panels[q].v0 = v0;
          a->panels[p].v1 = b->panels[q].v1 = v1;
          _awc_render_fit_y_ticks (&a->panels[p], text.line_h[AWC_FONT_SMALL]);
          _awc_render_fit_y_ticks (&b->panels[q], text.line_h[AWC_FONT_SMALL]);
          v0 = MIN (a->panels[p].v0, b->panels[q].v0);
          v1 = MAX (a->panels[p].v1, b->panels[q].v1);
          a->panels[p].v0 = b->panels[q].v0 = v0;
          a->panels[p].v1 = b->panels[q].v1 = v1;
          a->panels[p].n_y_ticks = _awc_render_y_ticks (&a->panels[p], a->panels[p].unit,
                                                        text.line_h[AWC_FONT_SMALL], &first, &step);
          b->panels[q].n_y_ticks = _awc_render_y_ticks (&b->panels[q], b->panels[q].unit,
                                                        text.line_h[AWC_FONT_SMALL], &first, &step);
        }
  _awc_render_text_clear (&text);
}

int
awc_render_compare_min_height (cairo_t                       *cr,
                               const AwcChartPair           *pair,
                               AwcDeltaSummary               *summary,
                               int                            width,
                               const AwcRenderCompareOptions *options)
{
  AwcRenderCompareLayout layout;
  guint rows, n_sides;
  int sides[2] = { 0, 0 };
  double side_w;

  g_return_val_if_fail (cr != NULL && pair != NULL && options != NULL, 0);

  /* For the elapsed ranges that side_options() needs. */
  memset (&layout, 0, sizeof layout);
  elapsed_range (pair, options, &layout.e0, &layout.e1);
  elapsed_range_b (pair, options, &layout);

  n_sides = options->overlay ? 1 : 2;
  side_w = n_sides == 2 && !options->stacked ? width / 2.0 : width;
  for (guint s = 0; s < n_sides; s++)
    {
      g_autofree char *title = NULL;
      AwcRenderOverlay overlay;
      AwcRenderOptions opts;

      if (pair->runs[s] == NULL)
        continue;
      side_options (pair, options,
                    s == AWC_SIDE_B ? layout.e0_b : layout.e0,
                    s == AWC_SIDE_B ? layout.e1_b : layout.e1,
                    s, &title, &overlay, &opts);
      sides[s] = awc_render_min_height (cr, pair->runs[s], (int) side_w, &opts);
    }

  rows = n_block_rows (summary, options);
  return (options->base.show_title ? CMP_HEADER_H : 0)
         + (n_sides == 2 && options->stacked ? sides[0] + sides[1] : MAX (sides[0], sides[1]))
         + (rows > 0 ? rows * CMP_ROW_H + 2 * CMP_BLOCK_PAD : 0);
}

void
awc_render_compare_compute_layout (cairo_t                       *cr,
                                   const AwcChartPair           *pair,
                                   AwcDeltaSummary               *summary,
                                   int                            width,
                                   int                            height,
                                   const AwcRenderCompareOptions *options,
                                   AwcRenderCompareLayout        *layout)
{
  guint rows;
  double top, bottom, inner_w;

  g_return_if_fail (pair != NULL);
  g_return_if_fail (options != NULL && layout != NULL);

  memset (layout, 0, sizeof *layout);
  layout->width = width;
  layout->height = height;
  elapsed_range (pair, options, &layout->e0, &layout->e1);
  elapsed_range_b (pair, options, layout);

  rows = n_block_rows (summary, options);
  /* The block never takes more than 40 % of the height */
  layout->block_y = rows > 0 ? height - MIN (rows * CMP_ROW_H + 2 * CMP_BLOCK_PAD, 0.4 * height) : height;
  top = options->base.show_title ? CMP_HEADER_H : 0;
  bottom = layout->block_y;
  inner_w = width;

  layout->n_sides = options->overlay ? 1 : 2;
  if (layout->n_sides == 1)
    {
      layout->side_x[0] = 0;
      layout->side_y[0] = top;
      layout->side_w[0] = inner_w;
      layout->side_h[0] = bottom - top;
    }
  else if (options->stacked)
    {
      double h = (bottom - top) / 2;

      for (guint s = 0; s < 2; s++)
        {
          layout->side_x[s] = 0;
          layout->side_y[s] = top + s * h;
          layout->side_w[s] = inner_w;
          layout->side_h[s] = h;
        }
    }
  else
    {
      double w = inner_w / 2;

      for (guint s = 0; s < 2; s++)
        {
          layout->side_x[s] = s * w;
          layout->side_y[s] = top;
          layout->side_w[s] = w;
          layout->side_h[s] = bottom - top;
        }
    }

  for (guint s = 0; s < layout->n_sides; s++)
    {
      AwcChartData *run = pair->runs[s];
      g_autofree char *title = NULL;
      AwcRenderOverlay overlay;
      AwcRenderOptions opts;

      if (run == NULL)
        continue;
      side_options (pair, options,
                    s == AWC_SIDE_B ? layout->e0_b : layout->e0,
                    s == AWC_SIDE_B ? layout->e1_b : layout->e1,
                    s, &title, &overlay, &opts);
      awc_render_compute_layout (cr, run, (int) layout->side_w[s], (int) layout->side_h[s],
                                 &opts, &layout->sides[s]);
    }

  if (layout->n_sides == 2 && pair->linked
      && pair->runs[AWC_SIDE_A] != NULL
      && pair->runs[AWC_SIDE_B] != NULL)
    {
      double x0 = MAX (layout->sides[0].plot_x0, layout->sides[1].plot_x0);

      share_value_ranges (cr, options->base.theme, layout);
      /* Plots start at the same x on both sides (when side by side, the
       * widths are equal too) */
      layout->sides[0].plot_x0 = layout->sides[1].plot_x0 = x0;
    }
}

/* Shades @window_side's delta window on the panels of @axis_side. */
static void
shade_window (cairo_t                      *cr,
              const AwcChartPair          *pair,
              AwcDeltaSummary              *summary,
              const AwcRenderLayout        *side_layout,
              AwcSide                       axis_side,
              AwcSide                       window_side,
              const Colors                 *c)
{
  double t0, t1, x0, x1, y0, y1;

  if (side_layout->n_panels == 0)
    return;
  t0 = time_at (pair, axis_side, summary->window.start[window_side]);
  t1 = time_at (pair, axis_side, summary->window.end[window_side]);
  x0 = CLAMP (awc_render_layout_time_to_x (side_layout, t0), side_layout->plot_x0, side_layout->plot_x1);
  x1 = CLAMP (awc_render_layout_time_to_x (side_layout, t1), side_layout->plot_x0, side_layout->plot_x1);
  y0 = side_layout->panels[0].y0;
  y1 = side_layout->panels[side_layout->n_panels - 1].y1;
  if (!(x1 > x0))
    return;

  cairo_save (cr);
  cairo_set_source_rgba (cr, c->shade[0], c->shade[1], c->shade[2], c->shade[3]);
  for (guint p = 0; p < side_layout->n_panels; p++)
    cairo_rectangle (cr, x0, side_layout->panels[p].y0, x1 - x0,
                     side_layout->panels[p].y1 - side_layout->panels[p].y0);
  cairo_fill (cr);
  /* Edges, so the window reads even where the shade is faint */
  cairo_set_source_rgba (cr, c->shade[0], c->shade[1], c->shade[2], 0.6);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_move_to (cr, floor (x0) + .5, y0);
  cairo_line_to (cr, floor (x0) + .5, y1);
  cairo_move_to (cr, floor (x1) + .5, y0);
  cairo_line_to (cr, floor (x1) + .5, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_window_shade (cairo_t               *cr,
                   const AwcChartPair   *pair,
                   AwcDeltaSummary       *summary,
                   const AwcRenderLayout *side_layout,
                   AwcSide                side,
                   const Colors          *c)
{
  shade_window (cr, pair, summary, side_layout, side, side, c);
}

/* B's window on A's panels (overlay mode), unless it is A's window */
static void
draw_window_shade_at (cairo_t               *cr,
                      const AwcChartPair   *pair,
                      AwcDeltaSummary       *summary,
                      const AwcRenderLayout *side_layout,
                      AwcSide                window_side,
                      const Colors          *c)
{
  if (fabs (summary->window.start[AWC_SIDE_A] - summary->window.start[window_side]) < 0.5
      && fabs (summary->window.end[AWC_SIDE_A] - summary->window.end[window_side]) < 0.5)
    return;
  shade_window (cr, pair, summary, side_layout, AWC_SIDE_A, window_side, c);
}


static void
draw_header (AwcRenderText                 *text,
             const AwcChartPair           *pair,
             AwcDeltaSummary               *summary,
             int                            width,
             const AwcRenderCompareOptions *options,
             const Colors                  *c)
{
  g_autofree char *title = NULL;
  g_autofree char *window = NULL;
  const char *ta = pair->runs[0] ? awc_chart_data_get_title (pair->runs[0]) : NULL;
  const char *tb = pair->runs[1] ? awc_chart_data_get_title (pair->runs[1]) : NULL;
  double x;

  if (options->base.title != NULL)
    title = g_strdup (options->base.title);
  else
    title = g_strdup_printf (_("A: %s   vs   B: %s"), ta != NULL ? ta : "—", tb != NULL ? tb : "—");
  x = CMP_MARGIN + _awc_render_compare_text (text, CMP_FONT_HEADER, c->fg, title, CMP_MARGIN, 7, width * 0.6, 0);
  if (summary != NULL)
    {
      g_autofree char *range = awc_delta_summary_dup_window_text (summary);

      window = g_strdup_printf (_("Shaded: %s · time: elapsed since each run's first sample"), range);
      _awc_render_compare_text (text, CMP_FONT_NOTE, c->dim, window, x + 24, 10, width - x - 24 - CMP_MARGIN, 0);
    }
}

void
awc_render_compare (cairo_t                       *cr,
                    const AwcChartPair           *pair,
                    AwcDeltaSummary               *summary,
                    int                            width,
                    int                            height,
                    const AwcRenderCompareOptions *options)
{
  AwcRenderCompareLayout layout;
  AwcRenderText text;
  Colors c;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (pair != NULL);
  g_return_if_fail (options != NULL);

  colors_for_theme (options->base.theme, &c);
  awc_render_compare_compute_layout (cr, pair, summary, width, height, options, &layout);
  _awc_render_text_init (&text, cr, options->base.theme);

  cairo_save (cr);
  cairo_set_source_rgb (cr, c.bg[0], c.bg[1], c.bg[2]);
  cairo_paint (cr);

  if (options->base.show_title)
    draw_header (&text, pair, summary, width, options, &c);

  for (guint s = 0; s < layout.n_sides; s++)
    {
      AwcChartData *run = pair->runs[s];
      g_autofree char *title = NULL;
      AwcRenderOverlay overlay;
      AwcRenderOptions opts;

      if (run == NULL)
        continue;
      side_options (pair, options,
                    s == AWC_SIDE_B ? layout.e0_b : layout.e0,
                    s == AWC_SIDE_B ? layout.e1_b : layout.e1,
                    s, &title, &overlay, &opts);

      cairo_save (cr);
      cairo_translate (cr, layout.side_x[s], layout.side_y[s]);
      cairo_rectangle (cr, 0, 0, layout.side_w[s], layout.side_h[s]);
      cairo_clip (cr);
      awc_render_plot (cr, run, &layout.sides[s], &opts);
      if (summary != NULL && options->show_window)
        {
          draw_window_shade (cr, pair, summary, &layout.sides[s], s, &c);
          /* One set of panels: B's window too, on A's axis */
          if (layout.n_sides == 1)
            draw_window_shade_at (cr, pair, summary, &layout.sides[s], AWC_SIDE_B, &c);
        }
      cairo_restore (cr);
    }

  /* A rule between the sides */
  if (layout.n_sides == 2)
    {
      cairo_set_source_rgb (cr, c.rule[0], c.rule[1], c.rule[2]);
      cairo_set_line_width (cr, 1);
      if (options->stacked)
        {
          cairo_move_to (cr, 0, floor (layout.side_y[1]) + .5);
          cairo_line_to (cr, width, floor (layout.side_y[1]) + .5);
        }
      else
        {
          cairo_move_to (cr, floor (layout.side_x[1]) + .5, layout.side_y[1]);
          cairo_line_to (cr, floor (layout.side_x[1]) + .5, layout.side_y[1] + layout.side_h[1]);
        }
      cairo_stroke (cr);
    }

  if (summary != NULL && layout.block_y < height)
    {
      double bx = CMP_MARGIN, by = layout.block_y + CMP_BLOCK_PAD;
      double bw = width - 2 * CMP_MARGIN, bh = height - layout.block_y - 2 * CMP_BLOCK_PAD;
      double delta_w = options->base.show_buckets && options->show_delta ? bw * 0.68 : bw;

      cairo_set_source_rgb (cr, c.rule[0], c.rule[1], c.rule[2]);
      cairo_move_to (cr, 0, floor (layout.block_y) + .5);
      cairo_line_to (cr, width, floor (layout.block_y) + .5);
      cairo_stroke (cr);

      if (options->show_delta)
        _awc_render_compare_delta_table (&text, summary, bx, by, delta_w, bh, &c);
      if (options->base.show_buckets)
        {
          double x = options->show_delta ? bx + delta_w + CMP_GAP : bx;

          _awc_render_compare_bucket_table (&text, summary, x, by, bx + bw - x, bh, &c);
        }
    }

  cairo_restore (cr);
  _awc_render_text_clear (&text);
}

/* What the export thread draws: its own references to immutable data. */
typedef struct
{
  AwcChartPair             pair;
  AwcDeltaSummary         *summary;
  AwcRenderCompareOptions  options;
  char                    *title;
} AsyncDraw;

static void
async_draw_free (gpointer p)
{
  AsyncDraw *d = p;

  awc_chart_pair_clear (&d->pair);
  g_clear_pointer (&d->summary, awc_delta_summary_unref);
  g_free (d->title);
  g_free (d);
}

static void
async_draw_cb (cairo_t  *cr,
               int       width,
               int       height,
               gpointer  user_data)
{
  AsyncDraw *d = user_data;

  awc_render_compare (cr, &d->pair, d->summary, width, height, &d->options);
}

void
awc_render_compare_async (const AwcChartPair            *pair,
                          AwcDeltaSummary               *summary,
                          const char                    *path,
                          AwcExportFormat                format,
                          int                            width,
                          int                            height,
                          double                         scale,
                          const AwcRenderCompareOptions *options,
                          GCancellable                  *cancellable,
                          GAsyncReadyCallback            callback,
                          gpointer                       user_data)
{
  AsyncDraw *d;

  g_return_if_fail (pair != NULL);
  g_return_if_fail (options != NULL);

  d = g_new0 (AsyncDraw, 1);
  awc_chart_pair_copy (pair, &d->pair);
  d->summary = summary != NULL ? awc_delta_summary_ref (summary) : NULL;
  d->options = *options;
  d->title = g_strdup (options->base.title);
  d->options.base.title = d->title;
  d->options.base.overlay = NULL;
  awc_export_render_async (path, format, width, height, scale, d->title,
                           async_draw_cb, d, async_draw_free, cancellable, callback, user_data);
}
