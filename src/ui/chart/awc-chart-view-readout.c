/* awc-chart-view-readout.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-util.h"
#include "render/awc-palette.h"

#include "awc-chart-view-private.h"

/* The cursor readout of AwcChartView: as text ("2023-05-04 17:25:14 ·
 * +00:30 · TPS 48 /s · …", with the pixel column's min – max in brackets
 * when zoomed out) for the accessible description, and as rows for an
 * AwcCursorReadout; then the accessible description itself. */

void
_awc_chart_view_format_elapsed (GString *string,
                                double   seconds)
{
  guint64 s = (guint64) llround (MAX (seconds, 0.));

  if (s >= 3600)
    g_string_append_printf (string, "+%u:%02u:%02u",
                            (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  else
    g_string_append_printf (string, "+%02u:%02u", (guint) (s / 60), (guint) (s % 60));
}

static char *
build_description (AwcChartView *self)
{
  g_autoptr(GString) string = g_string_new (NULL);
  GListModel *list;
  const char *group = NULL;
  guint n, i;

  if (self->report == NULL)
    return g_strdup (_("No report loaded"));

  /* "Throughput: TPS, Failed. Response time: Average response time." */
  list = awc_report_get_series (self->report);
  n = g_list_model_get_n_items (list);
  for (i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

      if (!awc_series_is_drawn (series))
        continue;

      if (g_strcmp0 (group, awc_series_get_group (series)) != 0)
        {
          const char *group_title = awc_series_get_group_title (series);

          if (group != NULL)
            g_string_append (string, ". ");
          group = awc_series_get_group (series);
          g_string_append_printf (string, "%s: ",
                                  group_title != NULL && *group_title ? _(group_title) : group);
        }
      else
        g_string_append (string, ", ");
      g_string_append (string, awc_series_get_display_title (series));
    }

  if (string->len == 0)
    g_string_append (string, _("Nothing is plotted"));
  g_string_append (string, ".");

  if (self->readout != NULL && *self->readout != '\0')
    g_string_append_printf (string, " %s %s", _("Cursor:"), self->readout);

  return g_string_free (g_steal_pointer (&string), FALSE);
}

void
_awc_chart_view_update_accessible (AwcChartView *self)
{
  g_autofree char *description = build_description (self);

  if (g_strcmp0 (description, self->description) == 0)
    return;

  g_free (self->description);
  self->description = g_steal_pointer (&description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

/* More than this many samples in one pixel column on average: the
 * readout adds the column's min – max to the value at the cursor. */
#define RANGE_SAMPLES_PER_COLUMN 2.0

gboolean
_awc_chart_view_column_is_wide (AwcChartView *self)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);
  guint first, last;
  double width;

  if (layout == NULL || !_awc_chart_view_visible_indices (self, &first, &last))
    return FALSE;
  width = layout->plot_x1 - layout->plot_x0;
  return width > 0 && (last - first + 1) / width >= RANGE_SAMPLES_PER_COLUMN;
}

/* The samples [*first, *last) drawn in the pixel column of sample @idx. */
static gboolean
column_samples (AwcChartView *self,
                guint         idx,
                guint        *first,
                guint        *last)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);
  const double *ts;
  double x, k, ta, tb;
  guint n;

  if (layout == NULL || layout->plot_x1 <= layout->plot_x0 || layout->t1 <= layout->t0)
    return FALSE;
  ts = awc_report_get_timestamps (self->report, &n);
  k = (layout->t1 - layout->t0) / (layout->plot_x1 - layout->plot_x0);
  x = floor (awc_render_layout_time_to_x (layout, ts[idx]));
  ta = layout->t0 + (x - layout->plot_x0) * k;
  tb = ta + k;
  *first = MIN (awc_report_lower_bound (self->report, ta), idx);
  *last = MAX (awc_report_lower_bound (self->report, tb), idx + 1);
  *last = MIN (*last, n);
  return TRUE;
}

static char *
series_range (AwcSeries *series,
              guint      first,
              guint      last)
{
  double min, max;

  if (last <= first + 1 || last > awc_series_get_n_values (series)
      || !awc_minmax_pyramid_query (awc_series_get_pyramid (series), first, last, &min, &max))
    return NULL;
  return awc_readout_format_range (awc_series_get_unit (series), min, max);
}

static guint
cursor_index (AwcChartView *self)
{
  guint n;

  if (self->report == NULL || isnan (self->cursor_time))
    return G_MAXUINT;
  awc_report_get_timestamps (self->report, &n);
  if (n == 0)
    return G_MAXUINT;
  return MIN (awc_report_index_at_time (self->report, self->cursor_time), n - 1);
}

static char *
build_readout (AwcChartView *self)
{
  g_autoptr(GString) string = NULL;
  g_autofree char *stamp = NULL;
  const double *ts;
  GListModel *list;
  guint n, n_series, idx, i, first = 0, last = 0;
  gboolean ranges;

  idx = cursor_index (self);
  if (idx == G_MAXUINT)
    return g_strdup ("");
  ts = awc_report_get_timestamps (self->report, &n);

  stamp = awc_report_format_time (self->report, ts[idx], "%Y-%m-%d %H:%M:%S");
  string = g_string_new (stamp);
  g_string_append (string, " · ");
  _awc_chart_view_format_elapsed (string, ts[idx] - ts[0]);
  ranges = _awc_chart_view_column_is_wide (self) && column_samples (self, idx, &first, &last);

  list = awc_report_get_series (self->report);
  n_series = g_list_model_get_n_items (list);
  for (i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;
      g_autofree char *range = NULL;
      const double *values;
      guint n_values;

      if (!awc_series_is_drawn (series))
        continue;
      values = awc_series_get_values (series, &n_values);

      value = awc_unit_format_value (awc_series_get_unit (series),
                                     idx < n_values ? values[idx] : NAN);
      g_string_append_printf (string, " · %s %s", awc_series_get_display_title (series), value);
      if (ranges && (range = series_range (series, first, last)) != NULL)
        g_string_append_printf (string, " (%s)", range);
    }

  return g_string_free (g_steal_pointer (&string), FALSE);
}

void
awc_chart_view_fill_readout (AwcChartView     *self,
                             AwcCursorReadout *readout)
{
  g_autoptr(GPtrArray) rows = NULL;
  GListModel *list;
  guint idx, n_series, first = 0, last = 0;
  gboolean wide, ranges;
  AwcTheme theme;

  g_return_if_fail (AWC_IS_CHART_VIEW (self));
  g_return_if_fail (AWC_IS_CURSOR_READOUT (readout));

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_readout_row_free);
  if (self->report == NULL)
    {
      awc_cursor_readout_set_header (readout, NULL, NULL);
      awc_cursor_readout_set_rows (readout, rows);
      return;
    }

  idx = cursor_index (self);
  wide = _awc_chart_view_column_is_wide (self);
  ranges = wide && idx != G_MAXUINT && column_samples (self, idx, &first, &last);
  if (idx == G_MAXUINT)
    awc_cursor_readout_set_header (readout, NULL, NULL);
  else
    {
      guint n;
      const double *ts = awc_report_get_timestamps (self->report, &n);
      g_autofree char *stamp = awc_report_format_time (self->report, ts[idx], "%Y-%m-%d %H:%M:%S");
      g_autoptr(GString) elapsed = g_string_new (NULL);

      _awc_chart_view_format_elapsed (elapsed, ts[idx] - ts[0]);
      awc_cursor_readout_set_header (readout, stamp, elapsed->str);
    }

  theme = self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  list = awc_report_get_series (self->report);
  n_series = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      g_autofree char *title = NULL;
      g_autofree char *group_title = NULL;
      AwcReadoutRow *row;
      double rgba[4];

      if (!awc_series_is_drawn (series))
        continue;

      group_title = awc_readout_group_title (series);
      title = awc_escape_text (awc_series_get_display_title (series));
      row = awc_readout_row_new (awc_series_get_group (series), group_title, title);
      awc_palette_get_color (theme, awc_series_get_color_index (series), rgba);
      row->color = (GdkRGBA) { rgba[0], rgba[1], rgba[2], 1 };
      if (idx != G_MAXUINT)
        {
          const double *values;
          guint n_values;

          values = awc_series_get_values (series, &n_values);
          row->value[0] = awc_unit_format_value (awc_series_get_unit (series),
                                                 idx < n_values ? values[idx] : NAN);
          if (ranges)
            row->range[0] = series_range (series, first, last);
        }
      g_ptr_array_add (rows, row);
    }

  awc_cursor_readout_set_show_ranges (readout, wide);
  awc_cursor_readout_set_rows (readout, rows);
}

/* Returns TRUE when the text changed; the caller notifies. */
gboolean
_awc_chart_view_update_readout (AwcChartView *self)
{
  g_autofree char *readout = build_readout (self);

  if (g_strcmp0 (readout, self->readout) == 0)
    return FALSE;

  g_free (self->readout);
  self->readout = g_steal_pointer (&readout);
  return TRUE;
}
