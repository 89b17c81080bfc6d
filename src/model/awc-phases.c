/* awc-phases.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-phases.h"
#include "awc-robust.h"

/* Phases from the virtual-users curve, which is the load setting itself
 * (integers the load generator holds), not a measurement:
 *
 * 1. Cut the curve into level runs: a run goes on while a sample stays
 *    within 2 % of the peak (at least half a user) of the run's first
 *    sample.  Missing samples (NaN) neither end nor extend a run.
 * 2. A run that holds for at least the minimum hold (2 % of the run's
 *    length, between 10 and 60 s, and at most half the run) above zero is
 *    a steady phase.  Two steady runs at the same level with a short
 *    interruption between (a dip, a gap) are one phase.
 * 3. What lies between steady phases is a ramp, up or down by the levels
 *    on either side; an instant step leaves no ramp.  Before the first
 *    steady phase the run ramps up, after the last one it ramps down.
 * 4. Warm-up: a steady phase's figures start where throughput settles:
 *    the first second whose 5-second running median of TPS lies within
 *    max(3 robust σ, 5 % of the level, 0.5/s) of the median TPS of the
 *    phase's second half; at most the first half of the phase is skipped. */

#define LEVEL_TOLERANCE   0.02
#define MIN_HOLD_FRACTION 0.02
#define MIN_HOLD_S        10.0
#define MAX_HOLD_S        60.0
#define SETTLE_WINDOW     5

typedef struct
{
  guint  start;
  guint  end;
  double level;
} Run;

const char *
awc_phase_kind_to_string (AwcPhaseKind kind)
{
  switch (kind)
    {
    case AWC_PHASE_RAMP_UP:   return "ramp-up";
    case AWC_PHASE_STEADY:    return "steady";
    case AWC_PHASE_RAMP_DOWN: return "ramp-down";
    default:                  g_return_val_if_reached ("steady");
    }
}

const char *
awc_phase_kind_to_title (AwcPhaseKind kind)
{
  switch (kind)
    {
    case AWC_PHASE_RAMP_UP:   return _("Ramp-up");
    case AWC_PHASE_STEADY:    return _("Steady");
    case AWC_PHASE_RAMP_DOWN: return _("Ramp-down");
    default:                  g_return_val_if_reached ("");
    }
}

static double
run_seconds (const AwcRunData *data,
             guint             start,
             guint             end)
{
  return data->t[end - 1] - data->t[start] + 1;
}

/* Level runs of the virtual-users curve (step 1). */
static GArray *
level_runs (const AwcRunData *data,
            double            tolerance)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  const double *v = data->vusers;
  Run run = { G_MAXUINT, 0, 0 };

  for (guint i = 0; i < data->n; i++)
    {
      if (!isfinite (v[i]))
        continue;
      if (run.start != G_MAXUINT && fabs (v[i] - run.level) <= tolerance)
        {
          run.end = i + 1;
          continue;
        }
      if (run.start != G_MAXUINT)
        g_array_append_val (runs, run);
      run.start = i;
      run.end = i + 1;
      run.level = v[i];
    }
  if (run.start != G_MAXUINT)
    g_array_append_val (runs, run);
  return runs;
}

/* The steady runs (step 2), merged across short interruptions. */
static GArray *
steady_runs (const AwcRunData *data,
             GArray           *runs,
             double            tolerance,
             double            hold)
{
  GArray *steady = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autofree double *scratch = g_new (double, MAX (data->n, 1));

  for (guint r = 0; r < runs->len; r++)
    {
      Run run = g_array_index (runs, Run, r);
      Run *last = steady->len > 0 ? &g_array_index (steady, Run, steady->len - 1) : NULL;

      if (run_seconds (data, run.start, run.end) < hold || run.level <= tolerance)
        continue;
      run.level = awc_robust_median (data->vusers + run.start, run.end - run.start, scratch);
      if (last != NULL && fabs (last->level - run.level) <= tolerance
          && data->t[run.start] - data->t[last->end - 1] <= hold)
        {
          last->end = run.end;
          continue;
        }
      g_array_append_val (steady, run);
    }
  return steady;
}

static double
last_level (const AwcRunData *data,
            guint             start,
            guint             end)
{
  for (guint i = end; i > start; i--)
    if (isfinite (data->vusers[i - 1]))
      return data->vusers[i - 1];
  return NAN;
}

static gboolean
has_level (const AwcRunData *data,
           guint             start,
           guint             end)
{
  return isfinite (last_level (data, start, end));
}

/* Where throughput settles in [start, end) (step 4). */
static guint
settle_point (const AwcRunData *data,
              guint             start,
              guint             end)
{
  guint mid = start + (end - start) / 2;
  g_autofree double *scratch = NULL;
  double ref, sigma, band;

  if (data->tps == NULL || end - start < 2 * SETTLE_WINDOW)
    return start;
  scratch = g_new (double, end - start);
  ref = awc_robust_median (data->tps + mid, end - mid, scratch);
  if (!isfinite (ref))
    return start;
  sigma = awc_robust_sigma (data->tps + mid, end - mid, ref, scratch);
  band = MAX (MAX (3 * sigma, 0.05 * fabs (ref)), 0.5);
  for (guint k = start; k < mid; k++)
    {
      double m = awc_robust_median (data->tps + k, SETTLE_WINDOW, scratch);

      if (isfinite (m) && fabs (m - ref) <= band)
        return k;
    }
  return mid;
}

static void
phase_figures (const AwcRunData *data,
               AwcPhase         *phase)
{
  guint from = phase->settled, n = phase->end - from;
  g_autofree double *num = g_new (double, MAX (n, 1));
  g_autofree double *den = g_new (double, MAX (n, 1));
  double ignore;
  gboolean steady = phase->kind == AWC_PHASE_STEADY;

  phase->tps = phase->tps_lo = phase->tps_hi = NAN;
  phase->rt_ms = phase->rt_lo = phase->rt_hi = NAN;
  phase->error_pct = phase->error_lo = phase->error_hi = NAN;

  if (data->tps != NULL)
    awc_robust_batch_means (data->tps + from, NULL, n, &phase->tps,
                            steady ? &phase->tps_lo : &ignore, steady ? &phase->tps_hi : &ignore);
  if (data->rt_ms != NULL)
    {
      double weight = 0;

      /* The mean over all responses: each second's average weighs by
       * the responses it had; unweighted when there were none. */
      for (guint i = 0; i < n; i++)
        {
          double tps = data->tps != NULL ? data->tps[from + i] : NAN;

          num[i] = isfinite (tps) ? data->rt_ms[from + i] * tps : NAN;
          den[i] = tps;
          if (isfinite (num[i]))
            weight += tps;
        }
      if (weight > 0)
        awc_robust_batch_means (num, den, n, &phase->rt_ms,
                                steady ? &phase->rt_lo : &ignore, steady ? &phase->rt_hi : &ignore);
      else
        awc_robust_batch_means (data->rt_ms + from, NULL, n, &phase->rt_ms,
                                steady ? &phase->rt_lo : &ignore, steady ? &phase->rt_hi : &ignore);
    }
  if (data->failed != NULL && data->responses != NULL)
    {
      for (guint i = 0; i < n; i++)
        num[i] = 100.0 * data->failed[from + i];
      awc_robust_batch_means (num, data->responses + from, n, &phase->error_pct,
                              steady ? &phase->error_lo : &ignore, steady ? &phase->error_hi : &ignore);
    }
  /* Counts and shares cannot go below 0 (or a share above 100 %). */
  if (phase->tps_lo < 0)
    phase->tps_lo = 0;
  if (phase->rt_lo < 0)
    phase->rt_lo = 0;
  if (phase->error_lo < 0)
    phase->error_lo = 0;
  if (phase->error_hi > 100)
    phase->error_hi = 100;
  if (!steady)
    {
      phase->tps_lo = phase->tps_hi = phase->rt_lo = phase->rt_hi = NAN;
      phase->error_lo = phase->error_hi = NAN;
    }
}

static void
append_phase (GArray           *phases,
              const AwcRunData *data,
              AwcPhaseKind      kind,
              guint             start,
              guint             end,
              double            level)
{
  AwcPhase phase = { 0 };

  phase.kind = kind;
  phase.start = start;
  phase.end = end;
  phase.settled = kind == AWC_PHASE_STEADY ? settle_point (data, start, end) : start;
  phase.t_start = data->t[start];
  phase.t_end = data->t[end - 1] + 1;
  phase.t_settled = data->t[phase.settled];
  phase.vusers = level;
  phase_figures (data, &phase);
  g_array_append_val (phases, phase);
}

/* The span [start, end) between two levels: a ramp, or, when it holds no
 * virtual-users sample at all (a gap), part of the phase before it. */
static void
append_between (GArray           *phases,
                const AwcRunData *data,
                guint             start,
                guint             end,
                double            before,
                double            after)
{
  if (start >= end)
    return;
  if (!has_level (data, start, end) && phases->len > 0)
    {
      AwcPhase *prev = &g_array_index (phases, AwcPhase, phases->len - 1);

      prev->end = end;
      prev->t_end = data->t[end - 1] + 1;
      phase_figures (data, prev);
      return;
    }
  append_phase (phases, data, after >= before ? AWC_PHASE_RAMP_UP : AWC_PHASE_RAMP_DOWN,
                start, end, isfinite (last_level (data, start, end)) ? last_level (data, start, end) : after);
}

GArray *
awc_phases_detect (const AwcRunData *data)
{
  GArray *phases = g_array_new (FALSE, FALSE, sizeof (AwcPhase));
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) steady = NULL;
  double peak = -INFINITY, tolerance, duration, hold, before = 0;
  guint cursor = 0, peak_at = 0;

  if (data->vusers == NULL || data->n == 0)
    return phases;
  for (guint i = 0; i < data->n; i++)
    if (isfinite (data->vusers[i]) && data->vusers[i] > peak)
      {
        peak = data->vusers[i];
        peak_at = i;
      }
  if (!(peak > 0))
    return phases;

  tolerance = MAX (0.5, LEVEL_TOLERANCE * peak);
  duration = run_seconds (data, 0, data->n);
  hold = MIN (CLAMP (MIN_HOLD_FRACTION * duration, MIN_HOLD_S, MAX_HOLD_S), 0.5 * duration);
  runs = level_runs (data, tolerance);
  steady = steady_runs (data, runs, tolerance, hold);

  if (steady->len == 0)
    {
      /* A run that never holds a level: up to its peak, then down. */
      append_phase (phases, data, AWC_PHASE_RAMP_UP, 0, peak_at + 1, peak);
      if (peak_at + 1 < data->n)
        append_phase (phases, data, AWC_PHASE_RAMP_DOWN, peak_at + 1, data->n,
                      last_level (data, peak_at + 1, data->n));
      return phases;
    }

  for (guint s = 0; s < steady->len; s++)
    {
      const Run *run = &g_array_index (steady, Run, s);

      guint start = run->start;

      /* Missing samples before the first level belong to it. */
      if (s == 0 && !has_level (data, 0, start))
        start = 0;
      append_between (phases, data, cursor, start, before, run->level);
      append_phase (phases, data, AWC_PHASE_STEADY, start, run->end, run->level);
      cursor = run->end;
      before = run->level;
    }
  if (cursor < data->n)
    {
      double after = last_level (data, cursor, data->n);

      append_between (phases, data, cursor, data->n, before, isfinite (after) ? after : before);
    }
  return phases;
}
