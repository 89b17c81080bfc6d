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

/* Series of the CSV: the snapshot's selected series (named or visible,
 * decided when it was built); unlike the chart, series without data keep
 * their column. */
static GPtrArray *
csv_series (AwcChartData *data)
{
  GPtrArray *out = g_ptr_array_new ();
  guint n = awc_chart_data_get_n_series (data);

  for (guint i = 0; i < n; i++)
    {
      const AwcChartDataSeries *series = awc_chart_data_get_series (data, i);

      if (series->selected)
        g_ptr_array_add (out, (gpointer) series);
    }

  return out;
}

/* The time column in the report's display zone (as
 * awc_chart_data_format_time () shows it): UTC for wall-clock strings, else the local
 * zone, looked up once for the whole export. */
static AwcCsvTime *
csv_time_new (AwcChartData *data)
{
  g_autoptr(GTimeZone) zone = NULL;

  if (awc_chart_data_get_wall_clock (data))
    zone = g_time_zone_new_utc ();
  else
    zone = g_time_zone_new_local ();
  return awc_csv_time_new (zone, awc_chart_data_get_wall_clock (data));
}

/* Hands the text so far to @file (if any) once it passes FLUSH_SIZE; the
 * atomic file checks the cancellable on each write. */
#define FLUSH_SIZE (256 * 1024)

static gboolean
flush_out (GString        *out,
           AwcAtomicFile  *file,
           gsize           min_len,
           GCancellable   *cancellable,
           GError        **error)
{
  if (file == NULL || out->len < min_len)
    return TRUE;
  if (!awc_atomic_file_write (file, out->str, out->len, cancellable, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}

/* The CSV into @out, or through @out into @file. */
static gboolean
build_csv (AwcChartData           *data,
           const AwcRenderOptions *options,
           GString                *out,
           AwcAtomicFile          *file,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autoptr(GPtrArray) series = csv_series (data);
  g_autoptr(AwcCsvTime) clock = csv_time_new (data);
  gboolean ok = TRUE;
  const double **values;
  guint *lengths;
  const double *ts;
  guint n_ts, lo = 0, hi;

  /* What was exported, as a comment line before the column names. */
  if (options->header != NULL && *options->header != '\0')
    {
      g_autofree char *line = g_strdup (options->header);

      g_strdelimit (line, "\r\n", ' ');
      g_string_append_printf (out, "# %s\n", line);
    }
  g_string_append (out, "timestamp");
  ts = awc_chart_data_get_timestamps (data, &n_ts);
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
      const AwcChartDataSeries *item = g_ptr_array_index (series, s);

      values[s] = item->values;
      lengths[s] = item->n_values;
      g_string_append_c (out, ',');
      append_field (out, item->id);
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
      if (!(ok = flush_out (out, file, FLUSH_SIZE, cancellable, error)))
        break;
    }
  if (ok)
    ok = flush_out (out, file, 0, cancellable, error);

  g_free (values);
  g_free (lengths);

  return ok;
}

GBytes *
_awc_export_csv (AwcChartData           *data,
                 const AwcRenderOptions *options)
{
  g_autoptr(GString) out = g_string_new (NULL);

  build_csv (data, options, out, NULL, NULL, NULL);
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
_awc_export_csv_to_file (AwcChartData           *data,
                         const AwcRenderOptions *options,
                         AwcAtomicFile          *file,
                         GCancellable           *cancellable,
                         GError                **error)
{
  g_autoptr(GString) out = g_string_sized_new (FLUSH_SIZE + 4096);

  return build_csv (data, options, out, file, cancellable, error);
}
