/* awc-chart-data-builder.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Report → snapshot.  Everything the renderer used to look up in the
 * report while drawing (which series, their titles and colours, the
 * bucket table, percentiles) is decided here, once, on the main thread. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-chart-data-builder.h"
#include "awc-chart-data-private.h"

void
awc_chart_data_options_init (AwcChartDataOptions *options)
{
  g_return_if_fail (options != NULL);
  memset (options, 0, sizeof *options);
}

static gboolean
series_selected (AwcSeries                 *series,
                 const AwcChartDataOptions *options)
{
  if (options->series_ids == NULL)
    return awc_series_get_visible (series);

  for (guint i = 0; options->series_ids[i] != NULL; i++)
    {
      const char *id = options->series_ids[i];

      if (g_strcmp0 (id, awc_series_get_id (series)) == 0 ||
          g_strcmp0 (id, awc_series_get_key (series)) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_buckets (AwcChartData *data,
             AwcReport    *report)
{
  static const double ps[AWC_CHART_DATA_N_PERCENTILES] = { 0.5, 0.9, 0.95, 0.99 };
  GListModel *buckets = awc_report_get_buckets (report);
  guint n = g_list_model_get_n_items (buckets);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);
      AwcChartDataBucket row;

      row.range_text = awc_bucket_dup_range_text (b);
      row.count = awc_bucket_get_count (b);
      row.share = awc_bucket_get_share (b);
      row.cumulative_share = awc_bucket_get_cumulative_share (b);
      g_array_append_val (data->buckets, row);
    }
  data->total_requests = awc_report_get_total_requests (report);

  for (guint i = 0; i < AWC_CHART_DATA_N_PERCENTILES; i++)
    {
      AwcChartDataPercentile *out = &data->percentiles[i];
      AwcPercentile pc;

      out->p = ps[i];
      if (!awc_report_estimate_percentile (report, ps[i], &pc) || !pc.valid)
        continue;
      out->valid = TRUE;
      out->open_top = pc.open_top;
      out->estimate_ms = pc.estimate_ms;
      out->range_text = pc.bucket ? awc_bucket_dup_range_text (pc.bucket) : g_strdup ("");
    }
}

static gboolean
add_thresholds (AwcChartData              *data,
                const AwcChartDataOptions *options,
                GError                   **error)
{
  if (options->thresholds == NULL)
    return TRUE;

  for (guint i = 0; i < options->thresholds->len; i++)
    {
      const AwcThreshold *rule = g_ptr_array_index (options->thresholds, i);
      int index = awc_chart_data_find_series (data, rule->series);
      const AwcChartDataSeries *s;
      AwcChartLayer layer = { 0, };
      g_autofree char *label = NULL;

      if (index < 0)
        {
          g_autofree char *text = awc_threshold_format (rule);

          g_set_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_PARSE,
                       _("--threshold '%s': no series '%s' (see --summary)"), text, rule->series);
          return FALSE;
        }
      s = awc_chart_data_get_series (data, index);
      layer.kind = AWC_CHART_LAYER_THRESHOLD;
      layer.series = index;
      layer.op = rule->op;
      layer.t0 = layer.t1 = NAN;
      if (!awc_threshold_resolve (rule, s->unit, &layer.value, error))
        return FALSE;
      label = awc_threshold_format_label (rule->op, s->unit, layer.value);
      layer.label = label;
      _awc_chart_data_append_layer (data, &layer);
    }
  return TRUE;
}

/* Phases as quiet bands labelled with their load, events as marks on the
 * time axis (their details are in the readout, the list and --summary). */
static void
add_insights (AwcChartData              *data,
              const AwcChartDataOptions *options)
{
  AwcInsights *insights = options->insights;

  if (insights == NULL)
    return;
  for (guint i = 0; i < awc_insights_get_n_phases (insights); i++)
    {
      const AwcPhase *p = awc_insights_get_phase (insights, i);
      AwcChartLayer layer = { 0, };
      g_autofree char *label = NULL;

      if (p->kind == AWC_PHASE_STEADY)
        /* TRANSLATORS: the label of a steady load phase in the charts */
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f user", "%.0f users",
                                              (gulong) MAX (p->vusers, 0)), p->vusers);
      else
        label = g_strdup (awc_phase_kind_to_title (p->kind));
      layer.kind = AWC_CHART_LAYER_PHASE;
      layer.t0 = p->t_start + options->time_shift;
      layer.t1 = p->t_end + options->time_shift;
      layer.tone = p->kind == AWC_PHASE_STEADY ? 0 : 1;
      layer.label = label;
      _awc_chart_data_append_layer (data, &layer);
    }
  for (guint i = 0; i < awc_insights_get_n_events (insights); i++)
    {
      const AwcEvent *e = awc_insights_get_event (insights, i);
      AwcChartLayer layer = { 0, };

      layer.kind = AWC_CHART_LAYER_EVENT;
      layer.t0 = e->t_start + options->time_shift;
      layer.t1 = e->t_end + options->time_shift;
      layer.tone = e->kind;
      _awc_chart_data_append_layer (data, &layer);
    }
}

AwcChartData *
awc_chart_data_new_from_report (AwcReport                  *report,
                                const AwcChartDataOptions  *options,
                                GError                    **error)
{
  g_autoptr(AwcChartData) data = NULL;
  g_autoptr(GArray) timestamps = NULL;
  AwcChartDataOptions defaults;
  GListModel *list;
  guint n;

  g_return_val_if_fail (AWC_IS_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      awc_chart_data_options_init (&defaults);
      options = &defaults;
    }

  timestamps = _awc_report_ref_timestamps (report);
  data = _awc_chart_data_new (awc_report_get_title (report), timestamps,
                              awc_report_get_wall_clock (report), options->time_shift);

  list = awc_report_get_series (report);
  if (options->align_to != NULL)
    {
      n = awc_chart_data_get_n_series (options->align_to);
      for (guint i = 0; i < n; i++)
        {
          const AwcChartDataSeries *main = awc_chart_data_get_series (options->align_to, i);
          AwcSeries *series = main->id ? awc_report_find_series (report, main->id) : NULL;

          /* Only where the main run draws the series, like its panels. */
          /* series_ids NULL means every matching series here: the main
           * run's selection already decided which panels exist. */
          _awc_chart_data_add_series (data, main->drawn ? series : NULL,
                                      series != NULL && (options->series_ids == NULL ||
                                                         series_selected (series, options)));
        }
    }
  else
    {
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

          _awc_chart_data_add_series (data, series, series_selected (series, options));
        }
    }

  add_buckets (data, report);
  if (!add_thresholds (data, options, error))
    return NULL;
  add_insights (data, options);

  return g_steal_pointer (&data);
}

gboolean
awc_chart_pair_init_from_comparison (AwcChartPair              *pair,
                                     AwcComparison             *comparison,
                                     const AwcChartDataOptions *options,
                                     gboolean                   overlay,
                                     const char * const        *overlay_ids,
                                     GError                   **error)
{
  AwcChartDataOptions side_options;

  g_return_val_if_fail (pair != NULL, FALSE);
  g_return_val_if_fail (AWC_IS_COMPARISON (comparison), FALSE);

  memset (pair, 0, sizeof *pair);
  if (options != NULL)
    side_options = *options;
  else
    awc_chart_data_options_init (&side_options);
  side_options.time_shift = 0;
  side_options.align_to = NULL;

  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = awc_comparison_get_report (comparison, s);

      pair->origin[s] = awc_comparison_time_at (comparison, s, 0);
      pair->duration[s] = awc_comparison_get_duration (comparison, s);
      if (report == NULL)
        continue;
      if (!(pair->runs[s] = awc_chart_data_new_from_report (report, &side_options, error)))
        {
          awc_chart_pair_clear (pair);
          return FALSE;
        }
    }
  pair->offset = awc_comparison_get_offset (comparison);
  pair->linked = awc_comparison_get_linked (comparison);

  if (overlay && pair->runs[0] != NULL && pair->runs[1] != NULL)
    {
      AwcChartDataOptions o;

      awc_chart_data_options_init (&o);
      o.series_ids = overlay_ids;
      o.align_to = pair->runs[0];
      /* B's wall time + shift = A's wall time at the same A-elapsed time */
      o.time_shift = pair->origin[0] - pair->origin[1];
      pair->overlay = awc_chart_data_new_from_report (awc_comparison_get_report_b (comparison), &o, NULL);
    }
  return TRUE;
}
