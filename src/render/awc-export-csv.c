/* awc-export-csv.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-csv-format.h"
#include "awc-export-private.h"
#include "awc-render-private.h"

static void
append_field (GString    *out,
              const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Series of the CSV: those named in the options (in report order) or the
 * visible ones; unlike the chart, series without data keep their column. */
static GPtrArray *
csv_series (AwcReport              *report,
            const AwcRenderOptions *options)
{
  GListModel *list = awc_report_get_series (report);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      gboolean selected = FALSE;

      if (options->series_ids == NULL)
        selected = awc_series_get_visible (series);
      else
        for (guint k = 0; options->series_ids[k] != NULL && !selected; k++)
          selected = g_strcmp0 (options->series_ids[k], awc_series_get_id (series)) == 0 ||
                     g_strcmp0 (options->series_ids[k], awc_series_get_key (series)) == 0;

      if (selected)
        g_ptr_array_add (out, g_steal_pointer (&series));
    }

  return out;
}

/* The time column in the report's display zone (see
 * awc_report_format_time ()): UTC for wall-clock strings, else the local
 * zone, looked up once for the whole export. */
static AwcCsvTime *
csv_time_new (AwcReport *report)
{
  g_autoptr(GTimeZone) zone = NULL;

  if (awc_report_get_wall_clock (report))
    zone = g_time_zone_new_utc ();
  else
    zone = g_time_zone_new_local ();
  return awc_csv_time_new (zone, awc_report_get_wall_clock (report));
}

GBytes *
_awc_export_csv (AwcReport              *report,
                 const AwcRenderOptions *options)
{
  g_autoptr(GPtrArray) series = csv_series (report, options);
  g_autoptr(GString) out = g_string_new ("timestamp");
  g_autoptr(AwcCsvTime) clock = csv_time_new (report);
  const double **values;
  guint *lengths;
  const double *ts;
  guint n_ts, lo = 0, hi;

  ts = awc_report_get_timestamps (report, &n_ts);
  hi = n_ts;
  if (isfinite (options->t0))
    lo = awc_lower_bound (ts, n_ts, options->t0);
  if (isfinite (options->t1))
    {
      hi = awc_lower_bound (ts, n_ts, options->t1);
      while (hi < n_ts && ts[hi] <= options->t1)
        hi++;
    }

  values = g_new (const double *, series->len);
  lengths = g_new (guint, series->len);
  for (guint s = 0; s < series->len; s++)
    {
      AwcSeries *item = g_ptr_array_index (series, s);

      values[s] = awc_series_get_values (item, &lengths[s]);
      g_string_append_c (out, ',');
      append_field (out, awc_series_get_id (item));
    }
  g_string_append (out, "\n");

  for (guint i = lo; i < hi; i++)
    {
      /* Never a comma, quote or line break: no quoting needed */
      awc_csv_time_append (clock, out, ts[i]);
      for (guint s = 0; s < series->len; s++)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_c (out, ',');
          /* Gaps stay empty; values round-trip exactly. */
          if (i < lengths[s] && isfinite (values[s][i]))
            g_string_append (out, awc_csv_format_value (buf, values[s][i]));
        }
      g_string_append (out, "\n");
    }

  g_free (values);
  g_free (lengths);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
