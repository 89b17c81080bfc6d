/* awc-render-buckets.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-render-private.h"

#define COL_GAP 10.0

static char *
format_percent (double share)
{
  if (!isfinite (share))
    return g_strdup ("—");
  if (share > 0 && share < 0.001)
    return g_strdup ("<0.1%");
  return g_strdup_printf ("%.1f%%", share * 100);
}

static char *
format_ms (double ms)
{
  return awc_unit_format_value (AWC_UNIT_MILLISECONDS, ms);
}

static char *
format_percentile (const AwcPercentile *pc)
{
  g_autofree char *estimate = format_ms (pc->estimate_ms);
  g_autofree char *range = NULL;

  if (pc->open_top)
    /* Only a lower bound: the top bucket has no upper edge. */
    return g_strdup_printf ("≥ %s", estimate);

  range = pc->bucket ? awc_bucket_dup_range_text (pc->bucket) : g_strdup ("");
  return g_strdup_printf ("≈ %s  (%s)", estimate, range);
}

void
awc_render_buckets (cairo_t   *cr,
                    AwcReport *report,
                    double     x,
                    double     y,
                    double     width,
                    double     height,
                    AwcTheme   theme)
{
  static const double ps[] = { 0.5, 0.9, 0.95, 0.99 };
  GListModel *buckets;
  AwcRenderText text;
  double row_h, range_w = 0, count_w = 0, pct_w = 0, bar_x, bar_w, max_share = 0, cy;
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (AWC_IS_REPORT (report));

  buckets = awc_report_get_buckets (report);
  n = g_list_model_get_n_items (buckets);

  _awc_render_text_init (&text, cr, theme);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);

  row_h = text.line_h[AWC_FONT_SMALL] + 4;
  _awc_render_text_draw (&text, AWC_FONT_BOLD, _("Response times"), x, y, 0, text.colors->text);
  cy = y + text.line_h[AWC_FONT_BOLD] + 6;

  if (n == 0 || awc_report_get_total_requests (report) == 0)
    {
      _awc_render_text_draw (&text, AWC_FONT_SMALL, _("No response-time buckets"), x, cy, 0,
                             text.colors->text_dim);
      goto out;
    }

  /* Column widths from the widest cell of each column. */
  _awc_render_text_measure (&text, AWC_FONT_SMALL, "100.0%", &pct_w, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);
      g_autofree char *range = awc_bucket_dup_range_text (b);
      g_autofree char *count = awc_format_count (awc_bucket_get_count (b), ",");
      double w;

      _awc_render_text_measure (&text, AWC_FONT_SMALL, range, &w, NULL);
      range_w = MAX (range_w, w);
      _awc_render_text_measure (&text, AWC_FONT_SMALL, count, &w, NULL);
      count_w = MAX (count_w, w);
      max_share = MAX (max_share, awc_bucket_get_share (b));
    }
  _awc_render_text_measure (&text, AWC_FONT_SMALL, _("Count"), &bar_w, NULL);
  count_w = MAX (count_w, bar_w);

  bar_x = x + range_w + count_w + 2 * pct_w + 4 * COL_GAP;
  bar_w = MAX (x + width - bar_x, 20);

  /* Header row. */
  _awc_render_text_draw (&text, AWC_FONT_SMALL, _("Range"), x, cy, 0, text.colors->text_dim);
  _awc_render_text_draw (&text, AWC_FONT_SMALL, _("Count"), x + range_w + COL_GAP + count_w, cy, 1,
                         text.colors->text_dim);
  _awc_render_text_draw (&text, AWC_FONT_SMALL, _("Share"),
                         x + range_w + count_w + pct_w + 2 * COL_GAP, cy, 1, text.colors->text_dim);
  _awc_render_text_draw (&text, AWC_FONT_SMALL, _("Cum."),
                         x + range_w + count_w + 2 * pct_w + 3 * COL_GAP, cy, 1,
                         text.colors->text_dim);
  cy += row_h;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);
      g_autofree char *range = awc_bucket_dup_range_text (b);
      g_autofree char *count = awc_format_count (awc_bucket_get_count (b), ",");
      g_autofree char *share = format_percent (awc_bucket_get_share (b));
      g_autofree char *cum = format_percent (awc_bucket_get_cumulative_share (b));
      double share_v = awc_bucket_get_share (b);

      _awc_render_text_draw (&text, AWC_FONT_SMALL, range, x, cy, 0, text.colors->text);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, count, x + range_w + COL_GAP + count_w, cy, 1,
                             text.colors->text);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, share,
                             x + range_w + count_w + pct_w + 2 * COL_GAP, cy, 1, text.colors->text);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, cum,
                             x + range_w + count_w + 2 * pct_w + 3 * COL_GAP, cy, 1,
                             text.colors->text_dim);

      /* Bars to scale: the largest bucket fills the column. */
      cairo_set_source_rgb (cr, text.colors->grid[0], text.colors->grid[1], text.colors->grid[2]);
      cairo_rectangle (cr, bar_x, cy + 2, bar_w, row_h - 6);
      cairo_fill (cr);
      if (max_share > 0 && share_v > 0)
        {
          cairo_set_source_rgb (cr, text.colors->bar[0], text.colors->bar[1], text.colors->bar[2]);
          cairo_rectangle (cr, bar_x, cy + 2, MAX (1, bar_w * share_v / max_share), row_h - 6);
          cairo_fill (cr);
        }
      cy += row_h;
    }

  cy += row_h / 2;
  for (guint i = 0; i < G_N_ELEMENTS (ps); i++)
    {
      AwcPercentile pc;
      g_autofree char *name = g_strdup_printf ("p%g", ps[i] * 100);
      g_autofree char *value = NULL;

      if (!awc_report_estimate_percentile (report, ps[i], &pc) || !pc.valid)
        continue;

      value = format_percentile (&pc);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, name, x, cy, 0, text.colors->text_dim);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, value, x + pct_w, cy, 0, text.colors->text);
      cy += row_h;
    }

  {
    g_autofree char *count = awc_format_count (awc_report_get_total_requests (report), ",");
    g_autofree char *total = g_strdup_printf (_("%s requests in all"), count);

    _awc_render_text_draw (&text, AWC_FONT_SMALL, total, x, cy, 0, text.colors->text_dim);
  }

out:
  cairo_restore (cr);
  _awc_render_text_clear (&text);
}
