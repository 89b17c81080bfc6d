/* awc-cli-compare.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>

#include "awc-cli-compare.h"
#include "awc-cli-private.h"
#include "awc-fail-if.h"
#include "model/awc-comparison.h"
#include "model/awc-delta.h"
#include "render/awc-render-compare.h"

/* `awchart --summary [--json] A B` and `awchart --export OUT A B`.
 * Both compare over the default window (each run's steady phase) with
 * the runs' starts lined up (offset 0), and both honour --fail-if. */

#define EXIT_USAGE  2
#define EXIT_BROKEN 3

static const char *
window_source_to_string (AwcWindowSource source)
{
  switch (source)
    {
    case AWC_WINDOW_STEADY:     return "steady";
    case AWC_WINDOW_USER:       return "range";
    case AWC_WINDOW_WHOLE_RUN:
    default:                    return "whole-run";
    }
}

static const char *
direction_to_string (AwcDeltaDirection direction)
{
  switch (direction)
    {
    case AWC_DELTA_HIGHER_IS_BETTER: return "higher-is-better";
    case AWC_DELTA_LOWER_IS_BETTER:  return "lower-is-better";
    case AWC_DELTA_NEUTRAL:
    default:                         return "neutral";
    }
}

static void
add_side (JsonBuilder     *builder,
          const char      *name,
          AwcReport       *report,
          AwcDeltaSummary *summary,
          guint            side)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  _awc_cli_json_add_string (builder, "title", side == 0 ? summary->title_a : summary->title_b);
  _awc_cli_json_add_string (builder, "source", awc_report_get_source (report));
  _awc_cli_json_add_int (builder, "points", awc_report_get_n_points (report));
  _awc_cli_json_add_int (builder, "window_first", summary->window.first[side]);
  _awc_cli_json_add_int (builder, "window_last", summary->window.last[side]);
  /* In the run's own elapsed seconds */
  _awc_cli_json_add_number (builder, "window_start_s", summary->window.start[side] - (side == 1 ? summary->offset : 0));
  _awc_cli_json_add_number (builder, "window_end_s", summary->window.end[side] - (side == 1 ? summary->offset : 0));
  _awc_cli_json_add_string (builder, "window_note", summary->window.note[side]);
  _awc_cli_json_add_int (builder, "bootstrap_block_samples", summary->block_len[side]);
  json_builder_end_object (builder);
}

static void
add_strings (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *lines)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (lines, i));
  json_builder_end_array (builder);
}

static char *
summary_json (AwcComparison   *comparison,
              AwcDeltaSummary *summary,
              AwcFailIf       *fail_if,
              GPtrArray       *broken,
              GPtrArray       *skipped)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *method = awc_delta_summary_dup_method (summary);
  g_autofree char *load = awc_delta_summary_dup_load_text (summary);

  json_builder_begin_object (builder);
  add_side (builder, "a", awc_comparison_get_report_a (comparison), summary, 0);
  add_side (builder, "b", awc_comparison_get_report_b (comparison), summary, 1);
  _awc_cli_json_add_string (builder, "window", window_source_to_string (summary->window.source));
  _awc_cli_json_add_number (builder, "offset_s", summary->offset);

  /* Before the metrics: it changes how to read them */
  json_builder_set_member_name (builder, "load");
  json_builder_begin_object (builder);
  _awc_cli_json_add_boolean (builder, "differs", summary->load_differs);
  _awc_cli_json_add_number (builder, "tolerance", AWC_DELTA_LOAD_TOLERANCE);
  _awc_cli_json_add_number (builder, "peak_vusers_a", summary->peak_vusers[0]);
  _awc_cli_json_add_number (builder, "peak_vusers_b", summary->peak_vusers[1]);
  _awc_cli_json_add_number (builder, "plateau_vusers_a", summary->plateau_vusers[0]);
  _awc_cli_json_add_number (builder, "plateau_vusers_b", summary->plateau_vusers[1]);
  _awc_cli_json_add_string (builder, "text", load);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "method");
  json_builder_begin_object (builder);
  _awc_cli_json_add_string (builder, "test", "circular block bootstrap of per-second means");
  _awc_cli_json_add_int (builder, "resamples", summary->n_resamples);
  _awc_cli_json_add_int (builder, "confidence_percent", 95);
  _awc_cli_json_add_string (builder, "percentiles", "whole-run buckets (the API has no per-window histogram)");
  _awc_cli_json_add_string (builder, "text", method);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_array (builder);
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const AwcDeltaRow *row = awc_delta_summary_get_row (summary, m);
      g_autofree char *title = g_strstrip (g_strdup (row->title));

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "key", row->key);
      _awc_cli_json_add_string (builder, "title", title);
      _awc_cli_json_add_string (builder, "unit", row->is_share ? "share" : awc_unit_to_string (row->unit));
      _awc_cli_json_add_string (builder, "direction", direction_to_string (row->direction));
      /* The smallest meaningful |diff|: absolute, or relative to the larger of a and b */
      _awc_cli_json_add_number (builder, "min_change", row->min_change);
      _awc_cli_json_add_boolean (builder, "min_change_relative", row->min_is_relative);
      _awc_cli_json_add_number (builder, "a", row->a);
      _awc_cli_json_add_number (builder, "b", row->b);
      _awc_cli_json_add_number (builder, "diff", row->abs_diff);
      _awc_cli_json_add_number (builder, "relative", row->rel_diff);
      _awc_cli_json_add_number (builder, "ci_low", row->ci_low);
      _awc_cli_json_add_number (builder, "ci_high", row->ci_high);
      _awc_cli_json_add_string (builder, "verdict", awc_delta_verdict_to_string (row->verdict));
      _awc_cli_json_add_string (builder, "note", row->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "buckets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->buckets->len; i++)
    {
      const AwcDeltaBucket *bucket = &g_array_index (summary->buckets, AwcDeltaBucket, i);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "label", bucket->label);
      _awc_cli_json_add_string (builder, "range", bucket->range_text);
      _awc_cli_json_add_int (builder, "count_a", (gint64) bucket->count_a);
      _awc_cli_json_add_int (builder, "count_b", (gint64) bucket->count_b);
      _awc_cli_json_add_number (builder, "share_a", bucket->share_a);
      _awc_cli_json_add_number (builder, "share_b", bucket->share_b);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "shifts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->shifts->len; i++)
    {
      const AwcDeltaShift *shift = &g_array_index (summary->shifts, AwcDeltaShift, i);
      g_autofree char *text = awc_delta_shift_describe (summary, shift);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "from", g_array_index (summary->buckets, AwcDeltaBucket, shift->from).label);
      _awc_cli_json_add_string (builder, "to", g_array_index (summary->buckets, AwcDeltaBucket, shift->to).label);
      _awc_cli_json_add_string (builder, "from_range", g_array_index (summary->buckets, AwcDeltaBucket, shift->from).range_text);
      _awc_cli_json_add_string (builder, "to_range", g_array_index (summary->buckets, AwcDeltaBucket, shift->to).range_text);
      _awc_cli_json_add_number (builder, "share", shift->share);
      _awc_cli_json_add_string (builder, "text", text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (fail_if != NULL)
    {
      json_builder_set_member_name (builder, "fail_if");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rules");
      json_builder_begin_array (builder);
      for (guint i = 0; i < awc_fail_if_get_n_rules (fail_if); i++)
        json_builder_add_string_value (builder, awc_fail_if_get_rule (fail_if, i));
      json_builder_end_array (builder);
      add_strings (builder, "broken", broken);
      add_strings (builder, "skipped", skipped);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  return _awc_cli_json_to_data (builder);
}

/* Parses --fail-if; FALSE (after printing) on a bad expression. */
static gboolean
parse_fail_if (const char  *expr,
               AwcFailIf  **out)
{
  g_autoptr(GError) error = NULL;

  *out = NULL;
  if (expr == NULL)
    return TRUE;
  if (!(*out = awc_fail_if_parse (expr, &error)))
    {
      _awc_cli_print_error (NULL, error->message);
      return FALSE;
    }
  return TRUE;
}

static AwcDeltaSummary *
compute_summary (AwcComparison *comparison)
{
  g_autoptr(GError) error = NULL;
  AwcDeltaSummary *summary;

  if (!(summary = awc_delta_summary_compute (comparison, NULL, &error)))
    _awc_cli_print_error (NULL, error->message);
  return summary;
}

/* Prints skipped and broken rules on stderr; the exit status. */
static int
report_fail_if (GPtrArray *broken,
                GPtrArray *skipped)
{
  for (guint i = 0; skipped != NULL && i < skipped->len; i++)
    _awc_cli_print_error ("--fail-if", g_ptr_array_index (skipped, i));
  for (guint i = 0; broken != NULL && i < broken->len; i++)
    _awc_cli_print_error ("--fail-if", g_ptr_array_index (broken, i));
  return broken != NULL && broken->len > 0 ? EXIT_BROKEN : EXIT_SUCCESS;
}

int
awc_cli_compare_summary (AwcReport  *a,
                         AwcReport  *b,
                         gboolean    json,
                         const char *fail_if)
{
  g_autoptr(AwcFailIf) rules = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (AWC_IS_REPORT (a) && AWC_IS_REPORT (b), EXIT_FAILURE);

  if (!parse_fail_if (fail_if, &rules))
    return EXIT_USAGE;

  comparison = awc_comparison_new (a, b);
  if (!(summary = compute_summary (comparison)))
    return EXIT_FAILURE;
  if (rules != NULL)
    awc_fail_if_evaluate (rules, summary, &broken, &skipped);

  text = json ? summary_json (comparison, summary, rules, broken, skipped)
              : awc_delta_summary_to_text (summary);
  if (_awc_cli_print_output (text, json) != EXIT_SUCCESS)
    return EXIT_FAILURE;

  return report_fail_if (broken, skipped);
}

typedef struct
{
  const AwcChartPair            *pair;
  AwcDeltaSummary               *summary;
  const char                    *path;
  int                            width, height;
  double                         scale;
  const AwcRenderCompareOptions *options;
} CompareExport;

static void
start_compare (GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             callback_data,
               gpointer             user_data)
{
  CompareExport *e = user_data;

  awc_render_compare_async (e->pair, e->summary, e->path, AWC_EXPORT_PNG, e->width, e->height,
                            e->scale, e->options, cancellable, callback, callback_data);
}

int
awc_cli_compare_export (AwcReport              *a,
                        AwcReport              *b,
                        const char             *out_path,
                        int                     width,
                        int                     height,
                        double                  scale,
                        const AwcChartDataOptions *data_options,
                        const AwcRenderOptions *options,
                        gboolean                overlay,
                        const char             *fail_if)
{
  g_autoptr(AwcFailIf) rules = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  AwcRenderCompareOptions compare_options;
  AwcChartPair pair;
  int status;

  g_return_val_if_fail (AWC_IS_REPORT (a) && AWC_IS_REPORT (b), EXIT_FAILURE);
  g_return_val_if_fail (out_path != NULL, EXIT_FAILURE);

  if (!parse_fail_if (fail_if, &rules))
    return EXIT_USAGE;

  comparison = awc_comparison_new (a, b);
  awc_comparison_set_overlay (comparison, overlay);
  if (!(summary = compute_summary (comparison)))
    return EXIT_FAILURE;

  awc_render_compare_options_init (&compare_options);
  compare_options.run_headers = TRUE;
  if (options != NULL)
    compare_options.base = *options;
  compare_options.overlay = overlay;
  compare_options.show_delta = TRUE;
  /* The series ids must exist in A; B's overlay lines pair with A's */
  if (!awc_chart_pair_init_from_comparison (&pair, comparison, data_options, overlay, NULL, &error))
    {
      _awc_cli_print_error (NULL, error->message);
      return EXIT_USAGE;
    }
  status = _awc_cli_run_export (out_path, start_compare,
                                &(CompareExport) { &pair, summary, out_path, width, height,
                                                   scale, &compare_options });
  awc_chart_pair_clear (&pair);
  if (status != EXIT_SUCCESS)
    return status;

  if (rules == NULL)
    return EXIT_SUCCESS;
  awc_fail_if_evaluate (rules, summary, &broken, &skipped);
  return report_fail_if (broken, skipped);
}
