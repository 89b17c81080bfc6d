/* awc-render-compare-table.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-render-compare-private.h"

/* The block under a comparison: the delta table and the bucket shares. */

/* Draws @str at (x, y) top-left, ellipsized to @max_width when > 0;
 * returns its width. @align: 0 left, 1 right (x is then the right edge). */
double
_awc_render_compare_text (AwcRenderText *text,
                          AwcFont        font,
                          const double  *rgb,
                          const char    *str,
                          double         x,
                          double         y,
                          double         max_width,
                          int            align)
{
  double w;

  if (max_width > 0)
    {
      pango_layout_set_width (text->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_END);
    }
  _awc_render_text_measure (text, font, str, &w, NULL);
  _awc_render_text_draw (text, font, str, x, y, align == 1 ? 1.0 : 0.0, rgb);
  if (max_width > 0)
    {
      pango_layout_set_width (text->layout, -1);
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_NONE);
    }
  return w;
}

/* Metrics at least one run has, in table order; returns how many. */
guint
_awc_render_compare_shown_metrics (AwcDeltaSummary *summary,
                                   AwcDeltaMetric   shown[AWC_DELTA_N_METRICS])
{
  guint n = 0;

  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const AwcDeltaRow *row = awc_delta_summary_get_row (summary, m);

      if (!isnan (row->a) || !isnan (row->b))
        shown[n++] = m;
    }
  return n;
}

static const double *
verdict_color (const Colors    *c,
               AwcDeltaVerdict  verdict)
{
  switch (verdict)
    {
    case AWC_DELTA_BETTER:        return c->better;
    case AWC_DELTA_WORSE:
    case AWC_DELTA_LOAD_DIFFERS:  return c->worse;
    default:                      return c->dim;
    }
}

static double
text_width (AwcRenderText *text,
            AwcFont        font,
            const char    *str)
{
  double w;

  _awc_render_text_measure (text, font, str, &w, NULL);
  return w;
}

/* A failure class, drawn indented under "Failed responses" */
static gboolean
is_sub_row (AwcDeltaMetric metric)
{
  return metric > AWC_DELTA_ERRORS && metric <= AWC_DELTA_OTHERS;
}

/* Where the second column group starts: as near the middle as possible,
 * but never between a parent row and its sub-rows. */
static guint
split_rows (const AwcDeltaMetric *shown,
            guint                 n_shown)
{
  guint best = n_shown, best_rows = n_shown;

  for (guint k = 0; k <= n_shown; k++)
    {
      guint rows = MAX (k, n_shown - k);

      if (k < n_shown && is_sub_row (shown[k]))
        continue;
      if (rows < best_rows)
        {
          best = k;
          best_rows = rows;
        }
    }
  return best;
}

guint
_awc_render_compare_delta_split (AwcDeltaSummary *summary,
                                  AwcDeltaMetric   shown[AWC_DELTA_N_METRICS],
                                  guint           *n_shown)
{
  *n_shown = _awc_render_compare_shown_metrics (summary, shown);
  return split_rows (shown, *n_shown);
}

guint
_awc_render_compare_delta_n_rows (AwcDeltaSummary *summary)
{
  AwcDeltaMetric shown[AWC_DELTA_N_METRICS];
  guint n_shown;
  guint split = _awc_render_compare_delta_split (summary, shown, &n_shown);

  /* The load warning, the header, the metrics, the method note */
  return (summary->load_differs ? 1 : 0) + 1 + MAX (split, n_shown - split) + 1;
}

#define N_CELLS  6
#define COL_GAP  12.0
#define MIN_GAP  6.0

/* Metrics in two column groups: Metric | A | B | Δ | Δ % | Verdict, the
 * columns as wide as their widest cell; slack goes after the metric
 * names and between the columns.  Names are never cut: a table that does
 * not fit its box is drawn smaller instead, as a whole. */
void
_awc_render_compare_delta_table (AwcRenderText   *text,
                                 AwcDeltaSummary *summary,
                                 double           x,
                                 double           y,
                                 double           w,
                                 double           h,
                                 const Colors    *c)
{
  const char *headers[N_CELLS] = { _("Metric"), "A", "B", "Δ", "Δ %", _("Verdict") };
  AwcDeltaMetric shown[AWC_DELTA_N_METRICS];
  guint n_shown = _awc_render_compare_shown_metrics (summary, shown);
  guint split = split_rows (shown, n_shown);
  guint n_rows = _awc_render_compare_delta_n_rows (summary);
  double widths[N_CELLS], xs[N_CELLS + 1];
  double total = 0, slack, gap, group_w, scale;
  guint n_groups;
  g_autofree char *method = NULL;
  g_autofree char *load = awc_delta_summary_dup_load_text (summary);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  cairo_t *cr = text->cr;

  for (guint col = 0; col < N_CELLS; col++)
    widths[col] = text_width (text, CMP_FONT_BOLD, headers[col]);
  for (guint k = 0; k < n_shown; k++)
    {
      const AwcDeltaRow *row = awc_delta_summary_get_row (summary, shown[k]);
      char *row_cells[N_CELLS] = {
        g_strstrip (g_strdup (row->title)),
        awc_delta_row_format_value (row, row->a),
        awc_delta_row_format_value (row, row->b),
        awc_delta_row_format_diff (row),
        awc_delta_row_format_rel (row),
        g_strdup (awc_delta_verdict_to_label (row->verdict)),
      };

      for (guint col = 0; col < N_CELLS; col++)
        {
          double cw = text_width (text, col == N_CELLS - 1 ? CMP_FONT_BOLD : CMP_FONT, row_cells[col]);

          if (col == 0 && is_sub_row (shown[k]))
            cw += 10;
          widths[col] = MAX (widths[col], cw);
          g_ptr_array_add (cells, row_cells[col]);
        }
    }
  for (guint col = 0; col < N_CELLS; col++)
    total += widths[col];

  /* Two column groups side by side, or one tall column when that can be
   * drawn larger; either way the whole table is shrunk when its width (at
   * the smallest gaps) or its rows do not fit. */
  {
    double rows2 = n_rows, rows1 = n_rows - MAX (split, n_shown - split) + n_shown;
    double scale2 = MIN (1.0, w / (2 * (total + (N_CELLS - 1) * MIN_GAP) + 2 * CMP_GAP));
    double scale1 = MIN (1.0, w / (total + (N_CELLS - 1) * MIN_GAP));

    scale2 = MIN (scale2, h / (rows2 * CMP_ROW_H));
    scale1 = MIN (scale1, h / (rows1 * CMP_ROW_H));
    n_groups = scale1 > scale2 + 1e-9 ? 1 : 2;
    scale = n_groups == 1 ? scale1 : scale2;
    if (n_groups == 1)
      split = n_shown;
  }
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  w /= scale;
  h /= scale;
  x = y = 0;

  group_w = n_groups == 2 ? (w - 2 * CMP_GAP) / 2 : w;
  slack = MAX (0, group_w - total - (N_CELLS - 1) * COL_GAP);
  widths[0] += 0.4 * slack;
  gap = MAX (MIN_GAP, MIN (COL_GAP + 0.6 * slack / (N_CELLS - 1),
                           (group_w - total) / (N_CELLS - 1)));
  xs[0] = 0;
  for (guint col = 0; col < N_CELLS; col++)
    xs[col + 1] = xs[col] + widths[col] + gap;

  if (load != NULL)
    {
      _awc_render_compare_text (text, CMP_FONT_BOLD, c->worse, load, x, y, w, 0);
      y += CMP_ROW_H;
    }

  for (guint g = 0; g < n_groups; g++)
    {
      double gx = x + g * (group_w + 2 * CMP_GAP);
      guint first = g == 0 ? 0 : split, last = g == 0 ? split : n_shown;

      for (guint col = 0; col < N_CELLS; col++)
        {
          /* Names and verdicts left-aligned, numbers right-aligned */
          if (col == 0 || col == N_CELLS - 1)
            _awc_render_compare_text (text, CMP_FONT_BOLD, c->dim, headers[col], gx + xs[col], y, 0, 0);
          else
            _awc_render_compare_text (text, CMP_FONT_BOLD, c->dim, headers[col], gx + xs[col] + widths[col], y, 0, 1);
        }

      for (guint k = first; k < last; k++)
        {
          const AwcDeltaRow *row = awc_delta_summary_get_row (summary, shown[k]);
          double ry = y + (k - first + 1) * CMP_ROW_H;
          char **row_cells = (char **) &cells->pdata[k * N_CELLS];
          double indent = is_sub_row (shown[k]) ? 10 : 0;

          _awc_render_compare_text (text, CMP_FONT, c->fg, row_cells[0], gx + indent, ry, 0, 0);
          for (guint col = 1; col < N_CELLS - 1; col++)
            _awc_render_compare_text (text, CMP_FONT, c->fg, row_cells[col], gx + xs[col] + widths[col], ry, 0, 1);
          _awc_render_compare_text (text,
                                    row->verdict == AWC_DELTA_WORSE || row->verdict == AWC_DELTA_BETTER ? CMP_FONT_BOLD : CMP_FONT,
                                    verdict_color (c, row->verdict), row_cells[N_CELLS - 1],
                                    gx + xs[N_CELLS - 1], ry, 0, 0);
        }
    }

  method = g_strdup_printf (_("Verdict: 95 %% block-bootstrap interval of B − A on the window's "
                              "per-second samples (%u resamples); within noise if it includes 0; "
                              "no meaningful change below 1 %% (0.05 pp for failures). "
                              "Bandwidth and virtual users: not judged. "
                              "Percentiles: whole-run buckets, not tested."),
                            summary->n_resamples);
  _awc_render_compare_text (text, CMP_FONT_NOTE, c->dim, method, x,
                            y + (MAX (split, n_shown - split) + 1) * CMP_ROW_H, w, 0);
  cairo_restore (cr);
}

/* Bucket shares of A and B as paired bars, then the largest shifts.  The
 * range and number columns are as wide as their texts ("200 – 500 ms"
 * is never cut); the bars take the rest, and a box too small for that is
 * filled by a smaller table. */
void
_awc_render_compare_bucket_table (AwcRenderText   *text,
                                  AwcDeltaSummary *summary,
                                  double           x,
                                  double           y,
                                  double           w,
                                  double           h,
                                  const Colors    *c)
{
  cairo_t *cr = text->cr;
  const char *title = _("Buckets (whole run)");
  guint n_shifts = MIN (summary->shifts->len, 2);
  double label_w = 0, num_w = text_width (text, CMP_FONT_BOLD, "B");
  double bar_x, bar_w, max_share = 0, scale = 1, needed;
  guint r;

  for (guint i = 0; i < summary->buckets->len; i++)
    {
      const AwcDeltaBucket *b = &g_array_index (summary->buckets, AwcDeltaBucket, i);
      g_autofree char *sa = g_strdup_printf ("%.1f %%", b->share_a * 100);
      g_autofree char *sb = g_strdup_printf ("%.1f %%", b->share_b * 100);

      label_w = MAX (label_w, text_width (text, CMP_FONT, b->range_text));
      num_w = MAX (num_w, MAX (text_width (text, CMP_FONT, sa), text_width (text, CMP_FONT, sb)));
      max_share = MAX (max_share, MAX (b->share_a, b->share_b));
    }
  label_w += 8;
  num_w += 8;
  label_w = MAX (label_w, text_width (text, CMP_FONT_BOLD, title) + 8);

  needed = label_w + 2 * num_w + 40;
  if (needed > w)
    scale = w / needed;
  if ((1 + summary->buckets->len + n_shifts) * CMP_ROW_H > h + 1)
    scale = MIN (scale, h / ((1 + summary->buckets->len + n_shifts) * CMP_ROW_H));
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  w /= scale;
  h /= scale;
  x = y = 0;
  bar_x = x + label_w + 2 * num_w + 4;
  bar_w = MAX (0, w - (bar_x - x));

  /* The bars: A grey above, B in the accent colour below */
  _awc_render_compare_text (text, CMP_FONT_BOLD, c->dim, title, x, y, 0, 0);
  _awc_render_compare_text (text, CMP_FONT_BOLD, c->dim, "A", x + label_w + num_w, y, 0, 1);
  _awc_render_compare_text (text, CMP_FONT_BOLD, c->bar_b, "B", x + label_w + 2 * num_w, y, 0, 1);

  for (r = 0; r < summary->buckets->len; r++)
    {
      const AwcDeltaBucket *b = &g_array_index (summary->buckets, AwcDeltaBucket, r);
      g_autofree char *sa = g_strdup_printf ("%.1f %%", b->share_a * 100);
      g_autofree char *sb = g_strdup_printf ("%.1f %%", b->share_b * 100);
      double ry = y + (r + 1) * CMP_ROW_H;

      _awc_render_compare_text (text, CMP_FONT, c->fg, b->range_text, x, ry, 0, 0);
      _awc_render_compare_text (text, CMP_FONT, c->fg, sa, x + label_w + num_w, ry, 0, 1);
      _awc_render_compare_text (text, CMP_FONT, c->fg, sb, x + label_w + 2 * num_w, ry, 0, 1);
      if (max_share > 0 && isfinite (b->share_a) && isfinite (b->share_b))
        {
          cairo_set_source_rgb (cr, c->dim[0], c->dim[1], c->dim[2]);
          cairo_rectangle (cr, bar_x, ry + 3, bar_w * b->share_a / max_share, 5);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, c->bar_b[0], c->bar_b[1], c->bar_b[2]);
          cairo_rectangle (cr, bar_x, ry + 9, bar_w * b->share_b / max_share, 5);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < n_shifts; i++)
    {
      g_autofree char *line = awc_delta_shift_describe (summary, &g_array_index (summary->shifts, AwcDeltaShift, i));
      double ry = y + (r + 1 + i) * CMP_ROW_H;

      _awc_render_compare_text (text, CMP_FONT, c->fg, line, x, ry, w, 0);
    }
  cairo_restore (cr);
}
