/* awc-insights.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-insights.h"

typedef struct
{
  double users, tps, tps_lo, tps_hi, rt_ms, weight;
} Level;

struct _AwcInsights
{
  GArray    *phases;     /* AwcPhase */
  GArray    *events;     /* AwcEvent */
  GArray    *targets;    /* AwcTargetSummary */
  GArray    *levels;     /* Level */
  AwcUslFit  fit;
  gboolean   has_fit;
  char      *reason;
  double     origin;
  /* The per-second cloud of the capacity view. */
  guint      n;
  double    *users, *tps, *rt_ms;
};

G_DEFINE_BOXED_TYPE (AwcInsights, awc_insights, awc_insights_ref, awc_insights_unref)

static void
clear_target (gpointer data)
{
  g_free (((AwcTargetSummary *) data)->rule);
}

static void
insights_free (gpointer data)
{
  AwcInsights *self = data;

  g_array_unref (self->phases);
  g_array_unref (self->events);
  g_array_unref (self->targets);
  g_array_unref (self->levels);
  g_free (self->reason);
  g_free (self->users);
  g_free (self->tps);
  g_free (self->rt_ms);
}

AwcInsights *
awc_insights_ref (AwcInsights *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
awc_insights_unref (AwcInsights *self)
{
  g_atomic_rc_box_release_full (self, insights_free);
}

/* Steady phases at the same level (within half a user) are one point of
 * the capacity curve, each weighing by its length. */
static void
collect_levels (AwcInsights *self)
{
  for (guint p = 0; p < self->phases->len; p++)
    {
      const AwcPhase *phase = &g_array_index (self->phases, AwcPhase, p);
      double w = phase->t_end - phase->t_settled;
      Level *level = NULL;

      if (phase->kind != AWC_PHASE_STEADY || !isfinite (phase->tps) || !(w > 0))
        continue;
      for (guint l = 0; l < self->levels->len && level == NULL; l++)
        if (fabs (g_array_index (self->levels, Level, l).users - phase->vusers) < 0.5)
          level = &g_array_index (self->levels, Level, l);
      if (level == NULL)
        {
          Level fresh = { phase->vusers, phase->tps, phase->tps_lo, phase->tps_hi, phase->rt_ms, w };

          g_array_append_val (self->levels, fresh);
          continue;
        }
      /* Several phases at one level: their weighted mean; the interval
       * of the longest one stays (a conservative width). */
      if (w > level->weight)
        {
          level->tps_lo = phase->tps_lo + (level->tps * level->weight + phase->tps * w) / (level->weight + w) - phase->tps;
          level->tps_hi = phase->tps_hi + (level->tps * level->weight + phase->tps * w) / (level->weight + w) - phase->tps;
        }
      level->tps = (level->tps * level->weight + phase->tps * w) / (level->weight + w);
      level->rt_ms = (level->rt_ms * level->weight + phase->rt_ms * w) / (level->weight + w);
      level->weight += w;
    }
}

static void
fit_capacity (AwcInsights *self)
{
  g_autofree double *users = g_new (double, MAX (self->levels->len, 1));
  g_autofree double *tps = g_new (double, MAX (self->levels->len, 1));
  g_autoptr(GError) error = NULL;

  for (guint l = 0; l < self->levels->len; l++)
    {
      users[l] = g_array_index (self->levels, Level, l).users;
      tps[l] = g_array_index (self->levels, Level, l).tps;
    }
  self->has_fit = awc_usl_fit (users, tps, self->levels->len, &self->fit, &error);
  if (!self->has_fit)
    self->reason = g_strdup (error->message);
}

static double *
copy_or_nan (const double *v,
             guint         n)
{
  double *out = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    out[i] = v != NULL ? v[i] : NAN;
  return out;
}

AwcInsights *
awc_insights_new (const AwcRunData *data)
{
  AwcInsights *self = g_atomic_rc_box_new0 (AwcInsights);

  self->phases = awc_phases_detect (data);
  self->events = awc_events_detect (data, self->phases);
  self->targets = g_array_new (FALSE, TRUE, sizeof (AwcTargetSummary));
  g_array_set_clear_func (self->targets, clear_target);
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  self->origin = data->n > 0 ? data->t[0] : NAN;
  self->n = data->n;
  self->users = copy_or_nan (data->vusers, data->n);
  self->tps = copy_or_nan (data->tps, data->n);
  self->rt_ms = copy_or_nan (data->rt_ms, data->n);
  if (data->vusers == NULL)
    self->reason = g_strdup (_("The report has no virtual-users curve, so its load levels are unknown."));
  else
    {
      collect_levels (self);
      fit_capacity (self);
    }
  return self;
}

/* Breaches of @rule on @values; adds its summary and its events. */
static void
add_target (AwcInsights        *self,
            const AwcThreshold *rule,
            const char         *series_id,
            AwcUnit             unit,
            double              limit,
            const double       *t,
            const double       *values,
            guint               n)
{
  AwcTargetSummary target = { 0 };
  gboolean upper = rule->op == AWC_THRESHOLD_LE;

  target.rule = awc_threshold_format (rule);
  target.series_id = g_intern_string (series_id);
  target.op = rule->op;
  target.limit = limit;
  target.unit = unit;
  target.breached_s = awc_events_add_breaches (self->events, series_id, t, values, n, upper, limit);
  for (guint p = 0; p < self->phases->len; p++)
    {
      const AwcPhase *phase = &g_array_index (self->phases, AwcPhase, p);

      if (phase->kind != AWC_PHASE_STEADY)
        continue;
      target.steady_s += phase->end - phase->settled;
      for (guint i = phase->settled; i < MIN (phase->end, n); i++)
        if (isfinite (values[i]) && (upper ? values[i] > limit : values[i] < limit))
          target.steady_breached_s++;
    }
  g_array_append_val (self->targets, target);
}

AwcInsights *
awc_insights_new_for_report (AwcReport  *report,
                             GPtrArray  *thresholds,
                             GError    **error)
{
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(AwcInsights) self = NULL;

  awc_run_data_init_from_report (&data, report);
  self = awc_insights_new (&data);

  for (guint i = 0; thresholds != NULL && i < thresholds->len; i++)
    {
      const AwcThreshold *rule = g_ptr_array_index (thresholds, i);
      AwcSeries *series = awc_report_find_series (report, rule->series);
      const double *values;
      guint n_values = 0;
      double limit;

      if (series == NULL)
        {
          g_autofree char *text = awc_threshold_format (rule);

          g_set_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_PARSE,
                       _("--threshold '%s': no series '%s' (see --summary)"), text, rule->series);
          return NULL;
        }
      if (!awc_threshold_resolve (rule, awc_series_get_unit (series), &limit, error))
        return NULL;
      values = awc_series_get_values (series, &n_values);
      add_target (self, rule, awc_series_get_id (series), awc_series_get_unit (series), limit,
                  data.t, values, MIN (n_values, data.n));
    }
  awc_events_sort (self->events);
  return g_steal_pointer (&self);
}

guint
awc_insights_get_n_phases (AwcInsights *self)
{
  return self->phases->len;
}

const AwcPhase *
awc_insights_get_phase (AwcInsights *self,
                        guint        index)
{
  g_return_val_if_fail (index < self->phases->len, NULL);
  return &g_array_index (self->phases, AwcPhase, index);
}

guint
awc_insights_get_n_events (AwcInsights *self)
{
  return self->events->len;
}

const AwcEvent *
awc_insights_get_event (AwcInsights *self,
                        guint        index)
{
  g_return_val_if_fail (index < self->events->len, NULL);
  return &g_array_index (self->events, AwcEvent, index);
}

guint
awc_insights_get_n_targets (AwcInsights *self)
{
  return self->targets->len;
}

const AwcTargetSummary *
awc_insights_get_target (AwcInsights *self,
                         guint        index)
{
  g_return_val_if_fail (index < self->targets->len, NULL);
  return &g_array_index (self->targets, AwcTargetSummary, index);
}

const AwcUslFit *
awc_insights_get_capacity (AwcInsights  *self,
                           const char  **reason)
{
  if (reason != NULL)
    *reason = self->has_fit ? NULL : self->reason;
  return self->has_fit ? &self->fit : NULL;
}

guint
awc_insights_get_n_levels (AwcInsights *self)
{
  return self->levels->len;
}

void
awc_insights_get_level (AwcInsights *self,
                        guint        index,
                        double      *users,
                        double      *tps,
                        double      *tps_lo,
                        double      *tps_hi,
                        double      *rt_ms)
{
  const Level *level;

  g_return_if_fail (index < self->levels->len);
  level = &g_array_index (self->levels, Level, index);
  *users = level->users;
  *tps = level->tps;
  *tps_lo = level->tps_lo;
  *tps_hi = level->tps_hi;
  *rt_ms = level->rt_ms;
}

double
awc_insights_get_origin (AwcInsights *self)
{
  return self->origin;
}

AwcCapacityData *
awc_insights_dup_capacity_data (AwcInsights *self,
                                const char  *title)
{
  AwcCapacityData *plot = awc_capacity_data_new (self->n, self->levels->len);

  plot->title = g_strdup (title);
  memcpy (plot->users, self->users, self->n * sizeof (double));
  memcpy (plot->tps, self->tps, self->n * sizeof (double));
  memcpy (plot->rt_ms, self->rt_ms, self->n * sizeof (double));
  for (guint l = 0; l < self->levels->len; l++)
    awc_insights_get_level (self, l, &plot->level_users[l], &plot->level_tps[l], &plot->level_lo[l],
                            &plot->level_hi[l], &plot->level_rt[l]);
  plot->has_fit = self->has_fit;
  if (self->has_fit)
    {
      plot->lambda = self->fit.lambda;
      plot->sigma = self->fit.sigma;
      plot->kappa = self->fit.kappa;
      plot->peak_users = self->fit.peak_users;
      plot->peak_tps = self->fit.peak_tps;
      plot->r2 = self->fit.r2;
    }
  plot->reason = g_strdup (self->reason);
  return plot;
}
