/* awc-cli-summary.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "awc-cli-private.h"
#include "awc-util.h"
#include "model/awc-report-range.h"
#include "model/awc-time-range-spec.h"

#define TIME_FORMAT "%Y-%m-%d %H:%M:%S"

static const double percentiles[] = { 0.50, 0.90, 0.95, 0.99 };

/* Text from the report, with control characters escaped (a terminal
 * would run them); the copy lives as long as @pool. */
static const char *
esc (GPtrArray  *pool,
     const char *text)
{
  char *copy = awc_escape_text (text);

  g_ptr_array_add (pool, copy);
  return copy;
}

static char *
format_duration (double seconds)
{
  guint64 s;

  if (!isfinite (seconds) || seconds < 0)
    return g_strdup ("—");
  s = (guint64) llround (seconds);
  if (s < 60)
    return g_strdup_printf (_("%u s"), (guint) s);
  if (s < 3600)
    return g_strdup_printf (_("%u min %02u s"), (guint) (s / 60), (guint) (s % 60));
  if (s < 86400)
    return g_strdup_printf (_("%u h %02u min %02u s"),
                            (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  return g_strdup_printf (_("%u d %02u h %02u min"),
                          (guint) (s / 86400), (guint) (s / 3600 % 24), (guint) (s / 60 % 60));
}

static char *
format_time (AwcReport *report,
             double     t)
{
  if (!isfinite (t))
    return g_strdup ("—");
  return awc_report_format_time (report, t, TIME_FORMAT);
}

static char *
format_ms (double ms)
{
  return awc_unit_format_value (AWC_UNIT_MILLISECONDS, ms);
}

/* "p90: 200 ms – 500 ms, ≈ 312 ms" or "p99: ≥ 5 s". */
static char *
format_percentile (const AwcPercentile *pc)
{
  g_autofree char *range = NULL;
  g_autofree char *estimate = NULL;

  if (!pc->valid)
    return g_strdup ("—");
  range = awc_bucket_dup_range_text (pc->bucket);
  /* The range already reads "≥ 5 s": no estimate beyond the lower bound. */
  if (pc->open_top)
    return g_strdup_printf (_("%s (open top bucket: only a lower bound)"), range);
  estimate = format_ms (pc->estimate_ms);
  return g_strdup_printf (_("%s, ≈ %s"), range, estimate);
}

/* The samples [*first, *last) of [start, end] (ends inclusive, like the
 * chart's); the whole run for NaN. */
static void
range_indices (AwcReport *report,
               double     start,
               double     end,
               guint     *first,
               guint     *last)
{
  guint n_points;
  const double *t = awc_report_get_timestamps (report, &n_points);

  *first = 0;
  *last = n_points;
  if (isnan (start) || isnan (end))
    return;
  *first = awc_report_lower_bound (report, start);
  *last = awc_report_lower_bound (report, end);
  while (*last < n_points && t[*last] <= end)
    (*last)++;
}

static void
series_stats (AwcSeries *s,
              guint      first,
              guint      last,
              gboolean   ranged,
              AwcStats  *stats)
{
  if (ranged)
    {
      awc_series_compute_stats (s, first, last, stats);
      return;
    }
  stats->min = awc_series_get_min (s);
  stats->mean = awc_series_get_mean (s);
  stats->max = awc_series_get_max (s);
  stats->last = awc_series_get_last (s);
}

/* "Label:" padded to @width columns, then the value: the labels are
 * translated whole and the padding is done here. */
static void
append_field (GString    *out,
              const char *label,
              gsize       width,
              const char *value)
{
  gsize used = awc_text_width (label);

  g_string_append (out, label);
  for (gsize i = used; i < width; i++)
    g_string_append_c (out, ' ');
  g_string_append_printf (out, "%s\n", value);
}

char *
_awc_cli_summary_text (AwcReport   *report,
                       AwcInsights *insights)
{
  return _awc_cli_summary_text_range (report, NAN, NAN, insights);
}

char *
_awc_cli_summary_json (AwcReport   *report,
                       AwcInsights *insights)
{
  return _awc_cli_summary_json_range (report, NAN, NAN, insights);
}

char *
_awc_cli_summary_text_range (AwcReport   *report,
                             double       range_start,
                             double       range_end,
                             AwcInsights *insights)
{
  GString *out = g_string_new (NULL);
  GListModel *series = awc_report_get_series (report);
  GListModel *buckets = awc_report_get_buckets (report);
  const char * const *warnings = awc_report_get_warnings (report);
  double start = awc_report_get_start_time (report);
  double end = awc_report_get_end_time (report);
  g_autofree char *start_text = format_time (report, start);
  g_autofree char *end_text = format_time (report, end);
  g_autofree char *duration = format_duration (end - start);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  guint n_series = g_list_model_get_n_items (series);
  guint n_buckets = g_list_model_get_n_items (buckets);
  gboolean ranged = !isnan (range_start) && !isnan (range_end);
  guint first, last;

  const char *title = awc_report_get_title (report);
  const char *source = awc_report_get_source (report);
  const char *labels[6];
  gsize label_width = 0;
  g_autofree char *points = NULL;
  g_autofree char *n_requests = NULL;

  if (title != NULL && *title != '\0')
    g_string_append_printf (out, "%s\n", esc (pool, title));
  labels[0] = _("Source:");
  labels[1] = _("Points:");
  labels[2] = _("Start:");
  labels[3] = _("End:");
  labels[4] = _("Duration:");
  labels[5] = _("Range:");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    label_width = MAX (label_width, awc_text_width (labels[i]));
  label_width += 2;

  points = g_strdup_printf ("%u", awc_report_get_n_points (report));
  if (source != NULL && g_strcmp0 (source, title) != 0)
    append_field (out, labels[0], label_width, esc (pool, source));
  append_field (out, labels[1], label_width, points);
  append_field (out, labels[2], label_width, start_text);
  append_field (out, labels[3], label_width, end_text);
  append_field (out, labels[4], label_width, duration);
  range_indices (report, range_start, range_end, &first, &last);
  if (ranged)
    {
      g_autofree char *range = awc_report_format_range (report, range_start, range_end);
      g_autofree char *from = awc_time_range_format_duration (range_start - start);
      g_autofree char *to = awc_time_range_format_duration (range_end - start);
      /* Translators: the --range, then its elapsed times since the run's start */
      g_autofree char *value = g_strdup_printf (_("%s, elapsed %s..%s"), range, from, to);

      append_field (out, labels[5], label_width, value);
    }

  g_string_append_printf (out, "\n%s\n",
                          ranged ? _("Series over the range (id, title: min / mean / max / last)")
                                 : _("Series (id, title: min / mean / max / last)"));
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);
      AwcUnit unit = awc_series_get_unit (s);
      g_autofree char *min = NULL, *mean = NULL, *max = NULL, *last_text = NULL;
      AwcStats stats;
      const char *shown_title;

      /* Empty arrays mean "not measured": nothing to report. */
      if (awc_series_get_n_values (s) == 0)
        continue;
      series_stats (s, first, last, ranged, &stats);
      min = awc_unit_format_value (unit, stats.min);
      mean = awc_unit_format_value (unit, stats.mean);
      max = awc_unit_format_value (unit, stats.max);
      last_text = awc_unit_format_value (unit, stats.last);
      shown_title = esc (pool, awc_series_get_title (s));
      if (!awc_series_get_visible (s))
        {
          /* TRANSLATORS: a series' title in --summary when it is hidden in the chart */
          shown_title = g_strdup_printf (_("%s (hidden)"), shown_title);
          g_ptr_array_add (pool, (char *) shown_title);
        }
      g_string_append_printf (out, "  %-34s %s: %s / %s / %s / %s\n",
                              esc (pool, awc_series_get_id (s)), shown_title,
                              min, mean, max, last_text);
    }

  g_string_append_printf (out, "\n");
  n_requests = g_strdup_printf ("%" G_GUINT64_FORMAT, awc_report_get_total_requests (report));
  /* The API counts buckets over the whole run: a range cannot narrow them. */
  if (ranged)
    /* TRANSLATORS: %s is the number of requests */
    g_string_append_printf (out, _("Response-time buckets, whole run (%s requests: count, share, cumulative)\n"),
                            n_requests);
  else
    /* TRANSLATORS: %s is the number of requests */
    g_string_append_printf (out, _("Response-time buckets (%s requests: count, share, cumulative)\n"),
                            n_requests);
  if (n_buckets == 0)
    g_string_append_printf (out, "  %s\n", _("none"));
  for (guint i = 0; i < n_buckets; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);
      g_autofree char *range = awc_bucket_dup_range_text (b);

      g_string_append_printf (out, "  %-18s %12" G_GUINT64_FORMAT "  %6.2f %%  %6.2f %%\n",
                              esc (pool, range), awc_bucket_get_count (b),
                              100 * awc_bucket_get_share (b),
                              100 * awc_bucket_get_cumulative_share (b));
    }

  g_string_append_printf (out, "\n%s\n", ranged ? _("Percentile estimates (from the buckets, whole run)")
                                                 : _("Percentile estimates (from the buckets)"));
  for (guint i = 0; i < G_N_ELEMENTS (percentiles); i++)
    {
      AwcPercentile pc = { 0 };
      g_autofree char *text = NULL;

      if (!awc_report_estimate_percentile (report, percentiles[i], &pc))
        pc.valid = FALSE;
      text = format_percentile (&pc);
      g_string_append_printf (out, "  p%-3d %s\n", (int) lround (percentiles[i] * 100),
                              esc (pool, text));
    }

  if (insights != NULL)
    _awc_cli_insights_text (out, insights);

  if (warnings != NULL && warnings[0] != NULL)
    {
      g_string_append_printf (out, "\n%s\n", _("Warnings"));
      for (guint i = 0; warnings[i] != NULL; i++)
        g_string_append_printf (out, "  %s\n", esc (pool, warnings[i]));
    }

  return g_string_free (out, FALSE);
}

char *
_awc_cli_summary_json_range (AwcReport   *report,
                             double       range_start,
                             double       range_end,
                             AwcInsights *insights)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *series = awc_report_get_series (report);
  GListModel *buckets = awc_report_get_buckets (report);
  const char * const *warnings = awc_report_get_warnings (report);
  double start = awc_report_get_start_time (report);
  double end = awc_report_get_end_time (report);
  g_autofree char *start_text = isfinite (start) ? format_time (report, start) : NULL;
  g_autofree char *end_text = isfinite (end) ? format_time (report, end) : NULL;
  guint n_series = g_list_model_get_n_items (series);
  guint n_buckets = g_list_model_get_n_items (buckets);
  gboolean ranged = !isnan (range_start) && !isnan (range_end);
  guint first, last;

  range_indices (report, range_start, range_end, &first, &last);
  json_builder_begin_object (builder);
  _awc_cli_json_add_string (builder, "title", awc_report_get_title (report));
  _awc_cli_json_add_string (builder, "source", awc_report_get_source (report));
  _awc_cli_json_add_int (builder, "points", awc_report_get_n_points (report));
  _awc_cli_json_add_string (builder, "start", start_text);
  _awc_cli_json_add_string (builder, "end", end_text);
  _awc_cli_json_add_number (builder, "start_epoch", start);
  _awc_cli_json_add_number (builder, "end_epoch", end);
  _awc_cli_json_add_number (builder, "duration_s", end - start);
  /* What the series statistics cover; buckets are always the whole run. */
  json_builder_set_member_name (builder, "range");
  if (!ranged)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *from = format_time (report, range_start);
      g_autofree char *to = format_time (report, range_end);
      g_autofree char *text = awc_report_format_range (report, range_start, range_end);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "start", from);
      _awc_cli_json_add_string (builder, "end", to);
      _awc_cli_json_add_number (builder, "start_epoch", range_start);
      _awc_cli_json_add_number (builder, "end_epoch", range_end);
      _awc_cli_json_add_number (builder, "start_elapsed_s", range_start - start);
      _awc_cli_json_add_number (builder, "end_elapsed_s", range_end - start);
      _awc_cli_json_add_number (builder, "duration_s", range_end - range_start);
      _awc_cli_json_add_string (builder, "text", text);
      json_builder_end_object (builder);
    }
  _awc_cli_json_add_string (builder, "series_scope", ranged ? "range" : "run");
  _awc_cli_json_add_string (builder, "buckets_scope", "run");

  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);
      AwcStats stats;

      if (awc_series_get_n_values (s) == 0)
        continue;
      series_stats (s, first, last, ranged, &stats);
      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "id", awc_series_get_id (s));
      _awc_cli_json_add_string (builder, "key", awc_series_get_key (s));
      _awc_cli_json_add_string (builder, "title", awc_series_get_title (s));
      _awc_cli_json_add_string (builder, "group", awc_series_get_group (s));
      _awc_cli_json_add_string (builder, "unit", awc_unit_to_string (awc_series_get_unit (s)));
      _awc_cli_json_add_boolean (builder, "visible", awc_series_get_visible (s));
      _awc_cli_json_add_number (builder, "min", stats.min);
      _awc_cli_json_add_number (builder, "mean", stats.mean);
      _awc_cli_json_add_number (builder, "max", stats.max);
      _awc_cli_json_add_number (builder, "last", stats.last);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  _awc_cli_json_add_int (builder, "total_requests", (gint64) awc_report_get_total_requests (report));
  json_builder_set_member_name (builder, "buckets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_buckets; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);
      g_autofree char *range = awc_bucket_dup_range_text (b);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "label", awc_bucket_get_label (b));
      _awc_cli_json_add_string (builder, "range", range);
      _awc_cli_json_add_number (builder, "lower_ms", awc_bucket_get_lower_ms (b));
      _awc_cli_json_add_number (builder, "upper_ms", awc_bucket_get_upper_ms (b));
      _awc_cli_json_add_int (builder, "count", (gint64) awc_bucket_get_count (b));
      _awc_cli_json_add_number (builder, "share", awc_bucket_get_share (b));
      _awc_cli_json_add_number (builder, "cumulative_share", awc_bucket_get_cumulative_share (b));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "percentiles");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (percentiles); i++)
    {
      g_autofree char *name = g_strdup_printf ("p%d", (int) lround (percentiles[i] * 100));
      g_autofree char *range = NULL;
      AwcPercentile pc = { 0 };

      json_builder_set_member_name (builder, name);
      if (!awc_report_estimate_percentile (report, percentiles[i], &pc) || !pc.valid)
        {
          json_builder_add_null_value (builder);
          continue;
        }
      range = awc_bucket_dup_range_text (pc.bucket);
      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "bucket", awc_bucket_get_label (pc.bucket));
      _awc_cli_json_add_string (builder, "range", range);
      _awc_cli_json_add_number (builder, "lower_ms", pc.lower_ms);
      _awc_cli_json_add_number (builder, "upper_ms", pc.upper_ms);
      _awc_cli_json_add_number (builder, "estimate_ms", pc.estimate_ms);
      _awc_cli_json_add_boolean (builder, "open_top", pc.open_top);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  if (insights != NULL)
    _awc_cli_insights_json (builder, insights);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    json_builder_add_string_value (builder, warnings[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return _awc_cli_json_to_data (builder);
}

int
_awc_cli_summary (AwcReport        *report,
                  const AwcCliArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcInsights) insights = awc_insights_new_for_report (report, args->thresholds, &error);
  g_autofree char *text = NULL;

  if (insights == NULL)
    {
      /* A threshold naming no series of this report, or a wrong unit */
      _awc_cli_print_error (NULL, error->message);
      return 2;
    }
  /* The insights always cover the whole run; the series statistics the range. */
  text = args->json ? _awc_cli_summary_json_range (report, args->range_start, args->range_end, insights)
                    : _awc_cli_summary_text_range (report, args->range_start, args->range_end, insights);
  return _awc_cli_print_output (text, args->json);
}
