/* awc-cli-summary.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "awc-cli-private.h"
#include "awc-util.h"

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
_awc_cli_summary_text (AwcReport *report)
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

  const char *title = awc_report_get_title (report);
  const char *source = awc_report_get_source (report);
  const char *labels[5];
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

  g_string_append_printf (out, "\n%s\n", _("Series (id, title: min / mean / max / last)"));
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);
      AwcUnit unit = awc_series_get_unit (s);
      g_autofree char *min = NULL, *mean = NULL, *max = NULL, *last = NULL;

      /* Empty arrays mean "not measured": nothing to report. */
      if (awc_series_get_n_values (s) == 0)
        continue;
      min = awc_unit_format_value (unit, awc_series_get_min (s));
      mean = awc_unit_format_value (unit, awc_series_get_mean (s));
      max = awc_unit_format_value (unit, awc_series_get_max (s));
      last = awc_unit_format_value (unit, awc_series_get_last (s));
      const char *shown_title = esc (pool, awc_series_get_title (s));

      if (!awc_series_get_visible (s))
        {
          /* TRANSLATORS: a series' title in --summary when it is hidden in the chart */
          shown_title = g_strdup_printf (_("%s (hidden)"), shown_title);
          g_ptr_array_add (pool, (char *) shown_title);
        }
      g_string_append_printf (out, "  %-34s %s: %s / %s / %s / %s\n",
                              esc (pool, awc_series_get_id (s)), shown_title,
                              min, mean, max, last);
    }

  g_string_append_printf (out, "\n");
  n_requests = g_strdup_printf ("%" G_GUINT64_FORMAT, awc_report_get_total_requests (report));
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

  g_string_append_printf (out, "\n%s\n", _("Percentile estimates (from the buckets)"));
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

  if (warnings != NULL && warnings[0] != NULL)
    {
      g_string_append_printf (out, "\n%s\n", _("Warnings"));
      for (guint i = 0; warnings[i] != NULL; i++)
        g_string_append_printf (out, "  %s\n", esc (pool, warnings[i]));
    }

  return g_string_free (out, FALSE);
}

char *
_awc_cli_summary_json (AwcReport *report)
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

  json_builder_begin_object (builder);
  _awc_cli_json_add_string (builder, "title", awc_report_get_title (report));
  _awc_cli_json_add_string (builder, "source", awc_report_get_source (report));
  _awc_cli_json_add_int (builder, "points", awc_report_get_n_points (report));
  _awc_cli_json_add_string (builder, "start", start_text);
  _awc_cli_json_add_string (builder, "end", end_text);
  _awc_cli_json_add_number (builder, "start_epoch", start);
  _awc_cli_json_add_number (builder, "end_epoch", end);
  _awc_cli_json_add_number (builder, "duration_s", end - start);

  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);

      if (awc_series_get_n_values (s) == 0)
        continue;
      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "id", awc_series_get_id (s));
      _awc_cli_json_add_string (builder, "key", awc_series_get_key (s));
      _awc_cli_json_add_string (builder, "title", awc_series_get_title (s));
      _awc_cli_json_add_string (builder, "group", awc_series_get_group (s));
      _awc_cli_json_add_string (builder, "unit", awc_unit_to_string (awc_series_get_unit (s)));
      _awc_cli_json_add_boolean (builder, "visible", awc_series_get_visible (s));
      _awc_cli_json_add_number (builder, "min", awc_series_get_min (s));
      _awc_cli_json_add_number (builder, "mean", awc_series_get_mean (s));
      _awc_cli_json_add_number (builder, "max", awc_series_get_max (s));
      _awc_cli_json_add_number (builder, "last", awc_series_get_last (s));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  _awc_cli_json_add_int (builder, "total_requests", (gint64) awc_report_get_total_requests (report));
  json_builder_set_member_name (builder, "buckets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_buckets; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "label", awc_bucket_get_label (b));
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
      AwcPercentile pc = { 0 };

      json_builder_set_member_name (builder, name);
      if (!awc_report_estimate_percentile (report, percentiles[i], &pc) || !pc.valid)
        {
          json_builder_add_null_value (builder);
          continue;
        }
      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "bucket", awc_bucket_get_label (pc.bucket));
      _awc_cli_json_add_number (builder, "lower_ms", pc.lower_ms);
      _awc_cli_json_add_number (builder, "upper_ms", pc.upper_ms);
      _awc_cli_json_add_number (builder, "estimate_ms", pc.estimate_ms);
      _awc_cli_json_add_boolean (builder, "open_top", pc.open_top);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    json_builder_add_string_value (builder, warnings[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return _awc_cli_json_to_data (builder);
}

int
_awc_cli_summary (AwcReport *report,
                  gboolean   json)
{
  g_autofree char *text = json ? _awc_cli_summary_json (report) : _awc_cli_summary_text (report);

  return _awc_cli_print_output (text, json);
}
