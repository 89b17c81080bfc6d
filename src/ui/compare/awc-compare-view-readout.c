/* awc-compare-view-readout.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-util.h"
#include "render/awc-palette.h"

#include "awc-compare-view-private.h"

/* The cursor readout of AwcCompareView:
 *   "+05:00 · A 2026-03-02 09:05:00 · B 2026-03-02 09:04:58"
 *   "TPS: A 200 /s · B 198 /s · Δ −2 /s    Average response time: …"
 * One line for the times, one line per drawn series. */

char *_awc_compare_view_build_readout (AwcCompareView *self);

static void
append_elapsed (GString *string,
                double   seconds)
{
  guint64 s = (guint64) llround (fabs (seconds));
  const char *sign = seconds < -0.5 ? "−" : "+";

  if (s >= 3600)
    g_string_append_printf (string, "%s%u:%02u:%02u", sign,
                            (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  else
    g_string_append_printf (string, "%s%02u:%02u", sign, (guint) (s / 60), (guint) (s % 60));
}

static double
value_at (AwcSeries *series,
          guint      index)
{
  const double *values;
  guint n;

  if (series == NULL || index == G_MAXUINT)
    return NAN;
  values = awc_series_get_values (series, &n);
  return index < n ? values[index] : NAN;
}

static void
append_value (GString *string,
              AwcUnit  unit,
              double   value)
{
  g_autofree char *text = NULL;

  if (!isfinite (value))
    {
      g_string_append (string, "—");
      return;
    }
  text = awc_unit_format_value (unit, value);
  g_string_append (string, text);
}

static void
append_series (GString   *string,
               AwcSeries *a,
               AwcSeries *b,
               guint      index_a,
               guint      index_b)
{
  AwcSeries *any = a != NULL ? a : b;
  AwcUnit unit = awc_series_get_unit (any);
  double va = value_at (a, index_a);
  double vb = value_at (b, index_b);

  g_string_append_printf (string, "\n%s: A ", awc_series_get_display_title (any));
  append_value (string, unit, va);
  g_string_append (string, " · B ");
  append_value (string, unit, vb);
  g_string_append (string, " · Δ ");
  if (isfinite (va) && isfinite (vb))
    {
      double diff = vb - va;

      /* The unit formatter knows no sign: add it, a real minus sign. */
      if (diff > 0)
        g_string_append (string, "+");
      else if (diff < 0)
        g_string_append (string, "−");
      append_value (string, unit, fabs (diff));
    }
  else
    g_string_append (string, "—");
}

static guint
side_index (AwcCompareView *self,
            AwcSide         side,
            GString        *string)
{
  AwcReport *report = awc_comparison_get_report (self->comparison, side);
  gboolean in_range = FALSE;
  const double *ts;
  guint i, n;

  g_string_append (string, side == AWC_SIDE_A ? " · A " : " · B ");
  i = report != NULL ? awc_comparison_index_at (self->comparison, side, self->cursor, &in_range)
                     : G_MAXUINT;
  if (i == G_MAXUINT || !in_range)
    {
      g_string_append (string, "—");
      return G_MAXUINT;
    }
  ts = awc_report_get_timestamps (report, &n);
  {
    g_autofree char *stamp = awc_report_format_time (report, ts[i], "%Y-%m-%d %H:%M:%S");

    g_string_append (string, stamp);
  }
  return i;
}

char *
_awc_compare_view_build_readout (AwcCompareView *self)
{
  g_autoptr(GString) string = NULL;
  g_autoptr(GHashTable) done = NULL;
  AwcReport *a, *b;
  guint ia, ib;

  if (self->comparison == NULL || isnan (self->cursor))
    return g_strdup ("");

  a = awc_comparison_get_report_a (self->comparison);
  b = awc_comparison_get_report_b (self->comparison);
  string = g_string_new (NULL);
  append_elapsed (string, self->cursor);
  ia = side_index (self, AWC_SIDE_A, string);
  ib = side_index (self, AWC_SIDE_B, string);

  /* A's drawn series with B's same-id series, then B's own extras (when
   * the sides are unlinked). */
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = s == 0 ? a : b;
      AwcReport *other = s == 0 ? b : a;
      GListModel *list;

      if (report == NULL)
        continue;
      list = awc_report_get_series (report);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
          AwcSeries *twin;
          const char *id = awc_series_get_id (series);

          if (!awc_series_is_drawn (series) || g_hash_table_contains (done, id))
            continue;
          g_hash_table_add (done, (gpointer) id);
          twin = other != NULL ? awc_report_find_series (other, id) : NULL;
          if (s == 0)
            append_series (string, series, twin, ia, ib);
          else
            append_series (string, twin, series, ia, ib);
        }
    }

  return g_string_free (g_steal_pointer (&string), FALSE);
}

/* More than this many samples of A in one pixel column on average: the
 * readout adds each run's min – max over the column at the cursor. */
#define RANGE_SAMPLES_PER_COLUMN 2.0

double
_awc_compare_view_column_span (AwcCompareView *self)
{
  const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (self);
  double width;

  if (layout == NULL || layout->n_sides == 0)
    return NAN;
  width = layout->sides[0].plot_x1 - layout->sides[0].plot_x0;
  if (!(width > 0) || !(layout->e1 > layout->e0))
    return NAN;
  return (layout->e1 - layout->e0) / width;
}

/* @side's samples [*first, *last) in the pixel column at A-elapsed
 * [@start, @start + @span), always holding sample @index. */
static void
side_column (AwcCompareView *self,
             AwcSide         side,
             guint           index,
             double          start,
             double          span,
             guint          *first,
             guint          *last)
{
  AwcReport *report = awc_comparison_get_report (self->comparison, side);
  guint n = awc_report_get_n_points (report);

  *first = awc_report_lower_bound (report, awc_comparison_time_at (self->comparison, side, start));
  *last = awc_report_lower_bound (report, awc_comparison_time_at (self->comparison, side, start + span));
  *first = MIN (*first, index);
  *last = MIN (MAX (*last, index + 1), n);
}

static char *
column_range (AwcSeries *series,
              guint      first,
              guint      last)
{
  double min, max;

  if (series == NULL || last <= first + 1 || last > awc_series_get_n_values (series)
      || !awc_minmax_pyramid_query (awc_series_get_pyramid (series), first, last, &min, &max))
    return NULL;
  return awc_readout_format_range (awc_series_get_unit (series), min, max);
}

static char *
format_value (AwcUnit unit,
              double  value)
{
  return isfinite (value) ? awc_unit_format_value (unit, value) : NULL;
}

static char *
format_delta (AwcUnit unit,
              double  va,
              double  vb)
{
  g_autofree char *text = NULL;
  double diff;

  if (!isfinite (va) || !isfinite (vb))
    return NULL;
  diff = vb - va;
  text = awc_unit_format_value (unit, fabs (diff));
  /* The unit formatter knows no sign: add it, a real minus sign. */
  return g_strconcat (diff > 0 ? "+" : diff < 0 ? "−" : "", text, NULL);
}

static AwcReadoutRow *
new_row (AwcCompareView *self,
         AwcSeries      *a,
         AwcSeries      *b,
         const guint    *index,
         const guint    *first,
         const guint    *last,
         gboolean        ranges)
{
  AwcSeries *any = a != NULL ? a : b;
  AwcUnit unit = awc_series_get_unit (any);
  g_autofree char *group_title = awc_readout_group_title (any);
  g_autofree char *title = awc_escape_text (awc_series_get_display_title (any));
  AwcReadoutRow *row = awc_readout_row_new (awc_series_get_group (any), group_title, title);
  double va = value_at (a, index[AWC_SIDE_A]);
  double vb = value_at (b, index[AWC_SIDE_B]);
  double rgba[4];

  awc_palette_get_color (self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT,
                         awc_series_get_color_index (any), rgba);
  row->color = (GdkRGBA) { rgba[0], rgba[1], rgba[2], 1 };
  row->value[0] = format_value (unit, va);
  row->value[1] = format_value (unit, vb);
  row->value[2] = format_delta (unit, va, vb);
  if (ranges)
    {
      if (a != NULL && index[AWC_SIDE_A] != G_MAXUINT)
        row->range[0] = column_range (a, first[AWC_SIDE_A], last[AWC_SIDE_A]);
      if (b != NULL && index[AWC_SIDE_B] != G_MAXUINT)
        row->range[1] = column_range (b, first[AWC_SIDE_B], last[AWC_SIDE_B]);
    }
  return row;
}

void
awc_compare_view_fill_readout (AwcCompareView   *self,
                               AwcCursorReadout *readout)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GString) times = NULL;
  g_autoptr(GString) elapsed = NULL;
  guint index[2] = { G_MAXUINT, G_MAXUINT }, first[2] = { 0, 0 }, last[2] = { 0, 0 };
  double span, start = NAN;
  gboolean wide;
  AwcReport *reports[2];

  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));
  g_return_if_fail (AWC_IS_CURSOR_READOUT (readout));

  awc_cursor_readout_set_compare (readout, TRUE);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_readout_row_free);
  if (self->comparison == NULL)
    {
      awc_cursor_readout_set_header (readout, NULL, NULL);
      awc_cursor_readout_set_rows (readout, rows);
      return;
    }

  reports[AWC_SIDE_A] = awc_comparison_get_report_a (self->comparison);
  reports[AWC_SIDE_B] = awc_comparison_get_report_b (self->comparison);
  span = _awc_compare_view_column_span (self);
  wide = isfinite (span) && span / _awc_compare_view_sample_step (self) >= RANGE_SAMPLES_PER_COLUMN;

  if (isnan (self->cursor))
    awc_cursor_readout_set_header (readout, NULL, NULL);
  else
    {
      const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (self);

      /* "A 2026-03-02 09:05:00 · B 2026-03-02 09:04:58", then "+05:00" */
      times = g_string_new (NULL);
      for (guint s = 0; s < 2; s++)
        index[s] = side_index (self, s, times);
      elapsed = g_string_new (NULL);
      append_elapsed (elapsed, self->cursor);
      awc_cursor_readout_set_header (readout, times->str + strlen (" · "), elapsed->str);
      if (wide && layout != NULL)
        {
          start = layout->e0 + floor ((self->cursor - layout->e0) / span) * span;
          for (guint s = 0; s < 2; s++)
            if (index[s] != G_MAXUINT)
              side_column (self, s, index[s], start, span, &first[s], &last[s]);
        }
    }

  /* A's drawn series with B's same-id series, then B's own extras (when
   * the sides are unlinked), as in the text readout. */
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = reports[s];
      AwcReport *other = reports[1 - s];
      GListModel *list;

      if (report == NULL)
        continue;
      list = awc_report_get_series (report);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
          AwcSeries *twin;
          const char *id = awc_series_get_id (series);

          if (!awc_series_is_drawn (series) || g_hash_table_contains (done, id))
            continue;
          g_hash_table_add (done, (gpointer) id);
          twin = other != NULL ? awc_report_find_series (other, id) : NULL;
          g_ptr_array_add (rows, new_row (self, s == 0 ? series : twin, s == 0 ? twin : series,
                                          index, first, last, isfinite (start)));
        }
    }

  awc_cursor_readout_set_show_ranges (readout, wide);
  awc_cursor_readout_set_rows (readout, rows);
}
