/* awc-chart-view-readout.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-chart-view-private.h"

/* The cursor readout ("2023-05-04 17:25:14 · +00:30 · TPS 48 /s · …")
 * and the accessible description of AwcChartView. */

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

static char *
build_readout (AwcChartView *self)
{
  g_autoptr(GString) string = NULL;
  g_autofree char *stamp = NULL;
  const double *ts;
  GListModel *list;
  guint n, n_series, idx, i;

  if (self->report == NULL || isnan (self->cursor_time))
    return g_strdup ("");
  ts = awc_report_get_timestamps (self->report, &n);
  if (n == 0)
    return g_strdup ("");

  idx = MIN (awc_report_index_at_time (self->report, self->cursor_time), n - 1);
  stamp = awc_report_format_time (self->report, ts[idx], "%Y-%m-%d %H:%M:%S");
  string = g_string_new (stamp);
  g_string_append (string, " · ");
  _awc_chart_view_format_elapsed (string, ts[idx] - ts[0]);

  list = awc_report_get_series (self->report);
  n_series = g_list_model_get_n_items (list);
  for (i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;
      const double *values;
      guint n_values;

      if (!awc_series_is_drawn (series))
        continue;
      values = awc_series_get_values (series, &n_values);

      value = awc_unit_format_value (awc_series_get_unit (series),
                                     idx < n_values ? values[idx] : NAN);
      g_string_append_printf (string, " · %s %s", awc_series_get_display_title (series), value);
    }

  return g_string_free (g_steal_pointer (&string), FALSE);
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
