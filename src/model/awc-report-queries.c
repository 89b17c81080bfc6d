/* awc-report-queries.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-report.h"
#include "awc-util.h"

/* Read-only questions about a loaded report, answered through its public
 * accessors only: time lookups, series lookup, percentile estimates. */

char *
awc_report_format_time (AwcReport  *self,
                        double      t,
                        const char *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) shown = NULL;
  double whole;
  char *text;

  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (!isfinite (t) || fabs (t) > 1e13)
    return g_strdup ("—");

  /* g_date_time_new_from_unix_utc() takes whole seconds: add the
   * fraction as microseconds. */
  whole = floor (t);
  if (!(utc = g_date_time_new_from_unix_utc ((gint64) whole)) ||
      !(exact = g_date_time_add (utc, (GTimeSpan) llround ((t - whole) * G_USEC_PER_SEC))))
    return g_strdup ("—");

  /* Wall-clock strings were stored as UTC seconds: show them in UTC so
   * they read exactly as given. */
  shown = awc_report_get_wall_clock (self) ? g_date_time_ref (exact) : g_date_time_to_local (exact);
  if (shown == NULL || !(text = g_date_time_format (shown, format)))
    return g_strdup ("—");

  return text;
}

guint
awc_report_lower_bound (AwcReport *self,
                        double     t)
{
  const double *ts;
  guint n;

  g_return_val_if_fail (AWC_IS_REPORT (self), 0);

  ts = awc_report_get_timestamps (self, &n);
  if (isnan (t))
    return 0;
  return awc_lower_bound (ts, n, t);
}

guint
awc_report_index_at_time (AwcReport *self,
                          double     t)
{
  const double *ts;
  guint n, i;

  g_return_val_if_fail (AWC_IS_REPORT (self), 0);

  ts = awc_report_get_timestamps (self, &n);
  if (n == 0 || isnan (t))
    return 0;

  i = awc_report_lower_bound (self, t);
  if (i >= n)
    return n - 1;
  if (i > 0 && t - ts[i - 1] <= ts[i] - t)
    return i - 1;

  return i;
}

AwcSeries *
awc_report_find_series (AwcReport  *self,
                        const char *id_or_key)
{
  GListModel *model;
  AwcSeries *by_key = NULL;
  guint n_by_key = 0;
  guint n;

  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  g_return_val_if_fail (id_or_key != NULL, NULL);

  model = awc_report_get_series (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (model, i);

      if (g_str_equal (awc_series_get_id (series), id_or_key))
        return series;   /* the store keeps its reference */
      if (g_str_equal (awc_series_get_key (series), id_or_key))
        {
          by_key = series;
          n_by_key++;
        }
    }

  /* A bare key only counts when it names exactly one series */
  return n_by_key == 1 ? by_key : NULL;
}

/* Percentiles come from the parsed buckets only: an unparsable label has
 * no bounds to interpolate in.  Such buckets still count in the total
 * requests and in the shares, which stay fractions of everything the
 * server counted; their cumulative share comes last since they sort last. */
gboolean
awc_report_estimate_percentile (AwcReport     *self,
                                double         p,
                                AwcPercentile *out)
{
  GListModel *model;
  guint64 parsed_total = 0;
  double target, before = 0;
  guint n;

  g_return_val_if_fail (AWC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->p = p;
  out->lower_ms = out->upper_ms = out->estimate_ms = NAN;

  model = awc_report_get_buckets (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) bucket = g_list_model_get_item (model, i);

      if (awc_bucket_get_parsed (bucket))
        parsed_total += awc_bucket_get_count (bucket);
    }

  if (parsed_total == 0 || !(p >= 0 && p <= 1))
    return FALSE;

  target = p * (double) parsed_total;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) bucket = g_list_model_get_item (model, i);
      guint64 count = awc_bucket_get_count (bucket);
      double after, lower, upper, fraction;

      if (!awc_bucket_get_parsed (bucket) || count == 0)
        continue;

      after = before + (double) count;
      /* Tolerate rounding in p * total so p90 of 100 lands in the bucket
       * that reaches 90, not the next one */
      if (after < target - 1e-9 * parsed_total && after < (double) parsed_total)
        {
          before = after;
          continue;
        }

      lower = awc_bucket_get_lower_ms (bucket);
      upper = awc_bucket_get_upper_ms (bucket);
      fraction = CLAMP ((target - before) / (double) count, 0.0, 1.0);

      out->valid = TRUE;
      out->bucket = bucket;
      out->lower_ms = lower;
      out->upper_ms = upper;
      out->open_top = isinf (upper);
      out->estimate_ms = out->open_top ? lower : lower + fraction * (upper - lower);
      return TRUE;
    }

  g_assert_not_reached ();
  return FALSE;
}
