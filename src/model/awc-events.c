/* awc-events.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-events.h"
#include "awc-phases.h"
#include "awc-robust.h"

/* Departures from a rolling baseline.
 *
 * The baseline at a second is the median of the previous 120 seconds and
 * its noise is 1.4826 × their median absolute deviation (a robust σ), both
 * refreshed every 30 seconds; seconds already inside an event are left
 * out, so a long event does not become its own baseline.  A second departs
 * when it lies beyond the baseline by more than all of: 6 σ, a relative
 * minimum (error rate: the baseline again; response time: +50 %;
 * throughput: −30 %) and an absolute minimum (1 percentage point, 1 ms,
 * 1/s).  An event is a run of departing seconds (holes of up to 2 s
 * inside) that lasts at least 5 seconds; its baseline stays the one it
 * departed from.  With 3 % noise, 6 σ and the relative minimums, a clean
 * run gives practically no events. */

#define WINDOW      120
#define MIN_WINDOW  20
#define STRIDE      30
#define K_SIGMA     6.0
#define MAX_HOLE    2
#define MIN_SECONDS 5.0
#define BREACH_JOIN 5.0

typedef struct
{
  AwcEventKind kind;
  const char  *series_id;
  gboolean     up;
  double       relative;
  double       absolute;
} Detector;

const char *
awc_event_kind_to_string (AwcEventKind kind)
{
  switch (kind)
    {
    case AWC_EVENT_ERROR_BURST: return "error-burst";
    case AWC_EVENT_RT_SPIKE:    return "rt-spike";
    case AWC_EVENT_TPS_DROP:    return "tps-drop";
    case AWC_EVENT_LOAD_CHANGE: return "load-change";
    case AWC_EVENT_THRESHOLD:   return "threshold";
    default:                    g_return_val_if_reached ("");
    }
}

const char *
awc_event_kind_to_title (AwcEventKind kind)
{
  switch (kind)
    {
    case AWC_EVENT_ERROR_BURST: return _("Error burst");
    case AWC_EVENT_RT_SPIKE:    return _("Response-time spike");
    case AWC_EVENT_TPS_DROP:    return _("Throughput drop");
    case AWC_EVENT_LOAD_CHANGE: return _("Load change");
    case AWC_EVENT_THRESHOLD:   return _("Target broken");
    default:                    g_return_val_if_reached ("");
    }
}

static gboolean
departs (const Detector *d,
         double          x,
         double          baseline,
         double          limit)
{
  if (!isfinite (x))
    return FALSE;
  return d->up ? x > baseline + limit : x < baseline - limit;
}

static void
append_event (GArray           *events,
              const AwcRunData *data,
              AwcEventKind      kind,
              const char       *series_id,
              guint             start,
              guint             end,
              double            peak,
              double            baseline)
{
  AwcEvent event = { 0 };

  event.kind = kind;
  event.start = start;
  event.end = end;
  event.t_start = data->t[start];
  event.t_end = data->t[end - 1] + 1;
  event.series_id = g_intern_static_string (series_id);
  event.peak = peak;
  event.baseline = baseline;
  g_array_append_val (events, event);
}

/* Departures of @x within [from, to); @clean is @x with the seconds of
 * earlier events removed (NaN), for the baseline. */
static void
scan (GArray           *events,
      const AwcRunData *data,
      const Detector   *d,
      const double     *x,
      double           *clean,
      guint             from,
      guint             to,
      double           *scratch)
{
  double baseline = NAN, limit = NAN;
  guint refreshed = G_MAXUINT;

  for (guint i = from; i < to; i++)
    {
      guint last, holes = 0;
      double peak;

      if (refreshed == G_MAXUINT || i - refreshed >= STRIDE)
        {
          guint w0 = i > from + WINDOW ? i - WINDOW : from, finite = 0;

          for (guint k = w0; k < i; k++)
            finite += isfinite (clean[k]);
          refreshed = i;
          baseline = limit = NAN;
          if (finite >= MIN_WINDOW)
            {
              double sigma;

              baseline = awc_robust_median (clean + w0, i - w0, scratch);
              sigma = awc_robust_sigma (clean + w0, i - w0, baseline, scratch);
              limit = MAX (MAX (K_SIGMA * sigma, d->relative * fabs (baseline)), d->absolute);
            }
        }
      if (!isfinite (baseline) || !departs (d, x[i], baseline, limit))
        continue;

      /* An event starts here: follow it with the baseline held. */
      last = i;
      peak = x[i];
      for (guint k = i + 1; k < to && holes <= MAX_HOLE; k++)
        {
          if (departs (d, x[k], baseline, limit))
            {
              last = k;
              holes = 0;
              peak = d->up ? MAX (peak, x[k]) : MIN (peak, x[k]);
            }
          else
            holes++;
        }
      if (data->t[last] - data->t[i] + 1 >= MIN_SECONDS)
        {
          append_event (events, data, d->kind, d->series_id, i, last + 1, peak, baseline);
          for (guint k = i; k <= last; k++)
            clean[k] = NAN;
        }
      i = last;
    }
}

static void
scan_series (GArray           *events,
             const AwcRunData *data,
             const Detector   *d,
             const double     *x,
             GArray           *phases,
             gboolean          steady_only)
{
  g_autofree double *clean = g_memdup2 (x, data->n * sizeof (double));
  g_autofree double *scratch = g_new (double, WINDOW);
  gboolean any = FALSE;

  for (guint p = 0; steady_only && phases != NULL && p < phases->len; p++)
    {
      const AwcPhase *phase = &g_array_index (phases, AwcPhase, p);

      if (phase->kind != AWC_PHASE_STEADY)
        continue;
      scan (events, data, d, x, clean, phase->settled, phase->end, scratch);
      any = TRUE;
    }
  if (!any)
    scan (events, data, d, x, clean, 0, data->n, scratch);
}

/* Steps between held levels; the first ramp-up and the last ramp-down
 * are the run's own phases, not events. */
static void
load_changes (GArray           *events,
              const AwcRunData *data,
              GArray           *phases)
{
  const AwcPhase *held = NULL;

  for (guint p = 0; p < phases->len; p++)
    {
      const AwcPhase *phase = &g_array_index (phases, AwcPhase, p);

      if (phase->kind != AWC_PHASE_STEADY)
        continue;
      if (held != NULL)
        {
          /* The ramp between, or the first second of an instant step. */
          guint start = held->end, end = MAX (phase->start, held->end + 1);

          append_event (events, data, AWC_EVENT_LOAD_CHANGE, "vusers_brokens.vusers",
                        start, MIN (end, data->n), phase->vusers, held->vusers);
        }
      held = phase;
    }
}

GArray *
awc_events_detect (const AwcRunData *data,
                   GArray           *phases)
{
  static const Detector errors = { AWC_EVENT_ERROR_BURST, AWC_EVENTS_ERROR_RATE_ID, TRUE, 1.0, 1.0 };
  static const Detector spikes = { AWC_EVENT_RT_SPIKE, "tps_brokens.average", TRUE, 0.5, 1.0 };
  static const Detector drops = { AWC_EVENT_TPS_DROP, "tps_brokens.tps", FALSE, 0.3, 1.0 };
  GArray *events = g_array_new (FALSE, FALSE, sizeof (AwcEvent));

  if (data->n == 0)
    return events;
  if (data->failed != NULL && data->responses != NULL)
    {
      g_autofree double *rate = g_new (double, data->n);

      for (guint i = 0; i < data->n; i++)
        rate[i] = awc_run_data_error_pct (data, i);
      scan_series (events, data, &errors, rate, phases, FALSE);
    }
  if (data->rt_ms != NULL)
    scan_series (events, data, &spikes, data->rt_ms, phases, TRUE);
  if (data->tps != NULL)
    scan_series (events, data, &drops, data->tps, phases, TRUE);
  if (phases != NULL)
    load_changes (events, data, phases);
  awc_events_sort (events);
  return events;
}

guint
awc_events_add_breaches (GArray       *events,
                         const char   *series_id,
                         const double *t,
                         const double *values,
                         guint         n,
                         gboolean      upper,
                         double        limit)
{
  AwcEvent *open = NULL;
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      double v = values[i];

      if (!isfinite (v) || (upper ? v <= limit : v >= limit))
        continue;
      count++;
      if (open != NULL && t[i] - (open->t_end - 1) <= BREACH_JOIN)
        {
          open->end = i + 1;
          open->t_end = t[i] + 1;
          open->peak = upper ? MAX (open->peak, v) : MIN (open->peak, v);
          continue;
        }
      {
        AwcEvent event = { AWC_EVENT_THRESHOLD, i, i + 1, t[i], t[i] + 1,
                           g_intern_string (series_id), v, limit };

        g_array_append_val (events, event);
        open = &g_array_index (events, AwcEvent, events->len - 1);
      }
    }
  return count;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const AwcEvent *x = a, *y = b;

  if (x->t_start != y->t_start)
    return x->t_start < y->t_start ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

void
awc_events_sort (GArray *events)
{
  g_array_sort (events, compare_events);
}
