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
format_percentile (const AwcChartDataPercentile *pc)
{
  g_autofree char *estimate = format_ms (pc->estimate_ms);

  if (pc->open_top)
    /* Only a lower bound: the top bucket has no upper edge. */
    return g_strdup_printf ("≥ %s", estimate);

  return g_strdup_printf ("≈ %s  (%s)", estimate, pc->range_text ? pc->range_text : "");
}

void
awc_render_buckets (cairo_t      *cr,
                    AwcChartData *data,
                    double        x,
                    double        y,
                    double        width,
                    double        height,
                    AwcTheme      theme)
{
  AwcRenderText text;
  double row_h, range_w = 0, count_w = 0, pct_w = 0, bar_x, bar_w, max_share = 0, cy;
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  n = awc_chart_data_get_n_buckets (data);

  _awc_render_text_init (&text, cr, theme);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);

  row_h = text.line_h[AWC_FONT_SMALL] + 4;
  _awc_render_text_draw (&text, AWC_FONT_BOLD, _("Response times"), x, y, 0, text.colors->text);
  cy = y + text.line_h[AWC_FONT_BOLD] + 6;

  if (n == 0 || awc_chart_data_get_total_requests (data) == 0)
    {
      _awc_render_text_draw (&text, AWC_FONT_SMALL, _("No response-time buckets"), x, cy, 0,
                             text.colors->text_dim);
      goto out;
    }

  /* Column widths from the widest cell of each column. */
  _awc_render_text_measure (&text, AWC_FONT_SMALL, "100.0%", &pct_w, NULL);
  for (guint i = 0; i < n; i++)
    {
      const AwcChartDataBucket *b = awc_chart_data_get_bucket (data, i);
      const char *range = b->range_text;
      g_autofree char *count = awc_format_count (b->count, ",");
      double w;

      _awc_render_text_measure (&text, AWC_FONT_SMALL, range, &w, NULL);
      range_w = MAX (range_w, w);
      _awc_render_text_measure (&text, AWC_FONT_SMALL, count, &w, NULL);
      count_w = MAX (count_w, w);
      max_share = MAX (max_share, b->share);
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
      const AwcChartDataBucket *b = awc_chart_data_get_bucket (data, i);
      const char *range = b->range_text;
      g_autofree char *count = awc_format_count (b->count, ",");
      g_autofree char *share = format_percent (b->share);
      g_autofree char *cum = format_percent (b->cumulative_share);
      double share_v = b->share;

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
  for (guint i = 0; i < AWC_CHART_DATA_N_PERCENTILES; i++)
    {
      const AwcChartDataPercentile *pc = awc_chart_data_get_percentile (data, i);
      g_autofree char *name = g_strdup_printf ("p%g", pc->p * 100);
      g_autofree char *value = NULL;

      if (!pc->valid)
        continue;

      value = format_percentile (pc);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, name, x, cy, 0, text.colors->text_dim);
      _awc_render_text_draw (&text, AWC_FONT_SMALL, value, x + pct_w, cy, 0, text.colors->text);
      cy += row_h;
    }

  {
    g_autofree char *count = awc_format_count (awc_chart_data_get_total_requests (data), ",");
    g_autofree char *total = g_strdup_printf (_("%s requests in all"), count);

    _awc_render_text_draw (&text, AWC_FONT_SMALL, total, x, cy, 0, text.colors->text_dim);
  }

out:
  cairo_restore (cr);
  _awc_render_text_clear (&text);
}
