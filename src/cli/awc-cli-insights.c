/* awc-cli-insights.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The insights in --summary: the phase table, the events, the targets
 * and the capacity line, as text and as JSON (times in elapsed seconds
 * since the run's first sample). */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "awc-cli-private.h"
#include "awc-util.h"
#include "model/awc-catalog.h"

/* "+1:02:03" or "+12:34": elapsed time as the readout shows it. */
static char *
format_elapsed (double seconds)
{
  guint64 s;

  if (!isfinite (seconds))
    return g_strdup ("—");
  s = (guint64) llround (MAX (seconds, 0));
  if (s >= 3600)
    return g_strdup_printf ("+%u:%02u:%02u", (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  return g_strdup_printf ("+%u:%02u", (guint) (s / 60), (guint) (s % 60));
}

/* "1540 /s" or "1540 ± 12 /s": the mean and the half-width of its interval. */
static char *
format_with_interval (AwcUnit unit,
                      double  mean,
                      double  lo,
                      double  hi)
{
  g_autofree char *value = awc_unit_format_value (unit, mean);
  g_autofree char *half = NULL;

  if (!isfinite (lo) || !isfinite (hi) || !isfinite (mean))
    return g_steal_pointer (&value);
  half = awc_unit_format_value (unit, (hi - lo) / 2);
  /* TRANSLATORS: a mean and its 95 % interval's half-width, "1540 /s ± 12 /s" */
  return g_strdup_printf (_("%s ± %s"), value, half);
}

static char *
format_percent (double mean,
                double lo,
                double hi)
{
  if (!isfinite (mean))
    return g_strdup ("—");
  if (!isfinite (lo) || !isfinite (hi))
    return g_strdup_printf ("%.2f %%", mean);
  return g_strdup_printf (_("%.2f %% ± %.2f pp"), mean, (hi - lo) / 2);
}

static const char *
series_title (const char *id)
{
  const AwcCatalogEntry *entry;

  if (g_strcmp0 (id, AWC_EVENTS_ERROR_RATE_ID) == 0)
    return _("Error rate");
  entry = awc_catalog_lookup (id);
  return entry != NULL ? _(entry->title) : id;
}

static char *
format_event_value (const AwcEvent *e,
                    double          value)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (e->series_id);

  if (g_strcmp0 (e->series_id, AWC_EVENTS_ERROR_RATE_ID) == 0)
    return g_strdup_printf ("%.2f %%", value);
  return awc_unit_format_value (entry != NULL ? entry->unit : AWC_UNIT_COUNT, value);
}

/* @text and spaces to @width terminal columns (a Chinese character takes
 * two), then one more space: columns line up in every language. */
static void
append_padded (GString    *out,
               const char *text,
               gsize       width)
{
  gsize used = awc_text_width (text);

  g_string_append (out, text);
  for (gsize i = used; i < width; i++)
    g_string_append_c (out, ' ');
  g_string_append_c (out, ' ');
}

static void
phases_text (GString     *out,
             AwcInsights *insights)
{
  double origin = awc_insights_get_origin (insights);
  guint n = awc_insights_get_n_phases (insights);

  g_string_append_printf (out, "\n%s\n",
                          /* xgettext:no-c-format */
                          _("Phases (steady figures after the warm-up, ± half a 95 % interval)"));
  if (n == 0)
    {
      g_string_append_printf (out, "  %s\n", _("none: the report has no virtual users above zero"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const AwcPhase *p = awc_insights_get_phase (insights, i);
      g_autofree char *from = format_elapsed (p->t_start - origin);
      g_autofree char *to = format_elapsed (p->t_end - origin);
      g_autofree char *users = awc_unit_format_value (AWC_UNIT_USERS, p->vusers);
      g_autofree char *tps = format_with_interval (AWC_UNIT_PER_SECOND, p->tps, p->tps_lo, p->tps_hi);
      g_autofree char *rt = format_with_interval (AWC_UNIT_MILLISECONDS, p->rt_ms, p->rt_lo, p->rt_hi);
      g_autofree char *err = format_percent (p->error_pct, p->error_lo, p->error_hi);
      g_autofree char *span = g_strdup_printf ("%s – %s", from, to);

      g_string_append (out, "  ");
      append_padded (out, awc_phase_kind_to_title (p->kind), 10);
      append_padded (out, span, 21);
      append_padded (out, users, 10);
      g_string_append_printf (out, "%s: %s, %s: %s, %s: %s\n",
                              _("TPS"), tps, _("response time"), rt, _("errors"), err);
      if (p->kind == AWC_PHASE_STEADY && p->settled > p->start)
        {
          g_autofree char *settled = format_elapsed (p->t_settled - origin);

          g_string_append (out, "  ");
          append_padded (out, "", 10);
          /* TRANSLATORS: %s is an elapsed time, "+5:36" */
          g_string_append_printf (out, _("(figures from %s, after the warm-up)"), settled);
          g_string_append_c (out, '\n');
        }
    }
}

static void
events_text (GString     *out,
             AwcInsights *insights)
{
  double origin = awc_insights_get_origin (insights);
  guint n = awc_insights_get_n_events (insights);

  g_string_append_printf (out, "\n%s\n", _("Events"));
  if (n == 0)
    g_string_append_printf (out, "  %s\n", _("none"));
  for (guint i = 0; i < n; i++)
    {
      const AwcEvent *e = awc_insights_get_event (insights, i);
      g_autofree char *from = format_elapsed (e->t_start - origin);
      g_autofree char *to = format_elapsed (e->t_end - origin);
      g_autofree char *peak = format_event_value (e, e->peak);
      g_autofree char *base = format_event_value (e, e->baseline);
      g_autofree char *span = g_strdup_printf ("%s – %s", from, to);
      g_autofree char *detail = NULL;

      if (e->kind == AWC_EVENT_LOAD_CHANGE)
        detail = g_strdup_printf (_("from %s to %s"), base, peak);
      else if (e->kind == AWC_EVENT_THRESHOLD)
        detail = g_strdup_printf (_("worst %s, target %s"), peak, base);
      else if (e->kind == AWC_EVENT_TPS_DROP)
        detail = g_strdup_printf (_("lowest %s, baseline %s"), peak, base);
      else
        detail = g_strdup_printf (_("peak %s, baseline %s"), peak, base);
      g_string_append (out, "  ");
      append_padded (out, span, 21);
      append_padded (out, awc_event_kind_to_title (e->kind), 20);
      append_padded (out, series_title (e->series_id), 24);
      g_string_append_printf (out, "%s\n", detail);
    }
}

static void
targets_text (GString     *out,
              AwcInsights *insights)
{
  guint n = awc_insights_get_n_targets (insights);

  if (n == 0)
    return;
  g_string_append_printf (out, "\n%s\n", _("Targets"));
  for (guint i = 0; i < n; i++)
    {
      const AwcTargetSummary *t = awc_insights_get_target (insights, i);
      g_autofree char *rule = awc_escape_text (t->rule);

      g_string_append (out, "  ");
      append_padded (out, rule, 34);
      if (t->breached_s == 0)
        g_string_append (out, _("held for the whole run"));
      else if (t->steady_s > 0)
        g_string_append_printf (out, _("broken %u s in all; %.0f s of %.0f s steady time (%.1f %%)"),
                                t->breached_s, t->steady_breached_s, t->steady_s,
                                100 * t->steady_breached_s / t->steady_s);
      else
        g_string_append_printf (out, _("broken %u s (the run has no steady phase)"), t->breached_s);
      g_string_append_c (out, '\n');
    }
}

static void
capacity_text (GString     *out,
               AwcInsights *insights)
{
  const char *reason = NULL;
  const AwcUslFit *fit = awc_insights_get_capacity (insights, &reason);
  g_autofree char *lambda = NULL;

  g_string_append_printf (out, "\n%s\n", _("Capacity (Universal Scalability Law over the steady levels)"));
  if (fit == NULL)
    {
      g_string_append_printf (out, "  %s\n", reason);
      return;
    }
  lambda = awc_unit_format_value (AWC_UNIT_PER_SECOND, fit->lambda);
  g_string_append_printf (out, _("  %u levels, R² %.3f: λ %s per user, σ %.4f (contention), κ %.6f (coherency)\n"),
                          fit->levels, fit->r2, lambda, fit->sigma, fit->kappa);
  if (isfinite (fit->peak_users))
    {
      g_autofree char *peak = awc_unit_format_value (AWC_UNIT_PER_SECOND, fit->peak_tps);

      g_string_append_printf (out, _("  Throughput peaks at about %.0f users (≈ %s); more users lower it.\n"),
                              fit->peak_users, peak);
    }
  else
    g_string_append_printf (out, "  %s\n", _("No peak: κ is 0, throughput keeps rising (ever more slowly if σ > 0)."));
}

void
_awc_cli_insights_text (GString     *out,
                        AwcInsights *insights)
{
  phases_text (out, insights);
  events_text (out, insights);
  targets_text (out, insights);
  capacity_text (out, insights);
}

static void
add_interval (JsonBuilder *builder,
              const char  *name,
              double       lo,
              double       hi)
{
  json_builder_set_member_name (builder, name);
  if (!isfinite (lo) || !isfinite (hi))
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, lo);
  json_builder_add_double_value (builder, hi);
  json_builder_end_array (builder);
}

void
_awc_cli_insights_json (JsonBuilder *builder,
                        AwcInsights *insights)
{
  double origin = awc_insights_get_origin (insights);
  const char *reason = NULL;
  const AwcUslFit *fit = awc_insights_get_capacity (insights, &reason);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < awc_insights_get_n_phases (insights); i++)
    {
      const AwcPhase *p = awc_insights_get_phase (insights, i);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "kind", awc_phase_kind_to_string (p->kind));
      _awc_cli_json_add_number (builder, "start", p->t_start - origin);
      _awc_cli_json_add_number (builder, "end", p->t_end - origin);
      _awc_cli_json_add_number (builder, "settled", p->t_settled - origin);
      _awc_cli_json_add_number (builder, "vusers", p->vusers);
      _awc_cli_json_add_number (builder, "tps", p->tps);
      add_interval (builder, "tps_ci95", p->tps_lo, p->tps_hi);
      _awc_cli_json_add_number (builder, "response_time_ms", p->rt_ms);
      add_interval (builder, "response_time_ms_ci95", p->rt_lo, p->rt_hi);
      _awc_cli_json_add_number (builder, "error_rate_pct", p->error_pct);
      add_interval (builder, "error_rate_pct_ci95", p->error_lo, p->error_hi);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < awc_insights_get_n_events (insights); i++)
    {
      const AwcEvent *e = awc_insights_get_event (insights, i);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "kind", awc_event_kind_to_string (e->kind));
      _awc_cli_json_add_number (builder, "start", e->t_start - origin);
      _awc_cli_json_add_number (builder, "end", e->t_end - origin);
      _awc_cli_json_add_string (builder, "series", e->series_id);
      _awc_cli_json_add_number (builder, "peak", e->peak);
      _awc_cli_json_add_number (builder, "baseline", e->baseline);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < awc_insights_get_n_targets (insights); i++)
    {
      const AwcTargetSummary *t = awc_insights_get_target (insights, i);

      json_builder_begin_object (builder);
      _awc_cli_json_add_string (builder, "rule", t->rule);
      _awc_cli_json_add_string (builder, "series", t->series_id);
      _awc_cli_json_add_number (builder, "limit", t->limit);
      _awc_cli_json_add_int (builder, "breached_s", t->breached_s);
      _awc_cli_json_add_number (builder, "steady_s", t->steady_s);
      _awc_cli_json_add_number (builder, "steady_breached_s", t->steady_breached_s);
      _awc_cli_json_add_number (builder, "steady_breached_pct",
                                t->steady_s > 0 ? 100 * t->steady_breached_s / t->steady_s : NAN);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "capacity");
  json_builder_begin_object (builder);
  if (fit == NULL)
    {
      json_builder_set_member_name (builder, "model");
      json_builder_add_null_value (builder);
      _awc_cli_json_add_string (builder, "reason", reason);
    }
  else
    {
      _awc_cli_json_add_string (builder, "model", "usl");
      _awc_cli_json_add_number (builder, "lambda", fit->lambda);
      _awc_cli_json_add_number (builder, "sigma", fit->sigma);
      _awc_cli_json_add_number (builder, "kappa", fit->kappa);
      _awc_cli_json_add_number (builder, "peak_users", fit->peak_users);
      _awc_cli_json_add_number (builder, "peak_tps", fit->peak_tps);
      _awc_cli_json_add_number (builder, "r2", fit->r2);
      _awc_cli_json_add_int (builder, "levels", fit->levels);
    }
  json_builder_end_object (builder);
}
