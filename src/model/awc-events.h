/* awc-events.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-catalog.h"
#include "awc-run-data.h"

G_BEGIN_DECLS

/* What went wrong and when: departures from a robust rolling baseline
 * (see awc-events.c and docs/insights.md), load changes between held
 * levels, and breaches of service-level targets. */

typedef enum
{
  AWC_EVENT_ERROR_BURST,
  AWC_EVENT_RT_SPIKE,
  AWC_EVENT_TPS_DROP,
  AWC_EVENT_LOAD_CHANGE,
  AWC_EVENT_THRESHOLD,
} AwcEventKind;

typedef struct
{
  AwcEventKind  kind;
  guint         start;      /* samples [start, end) */
  guint         end;
  double        t_start;    /* seconds: the first sample's time */
  double        t_end;      /* seconds: the last sample's time + 1 s */
  const char   *series_id;  /* interned */
  double        peak;       /* the worst value inside (the new level for load changes) */
  double        baseline;   /* the level it departed from (the limit for thresholds) */
} AwcEvent;

/* The id of the per-second error rate (failed / all responses, %): the
 * catalog's derived series. */
#define AWC_EVENTS_ERROR_RATE_ID AWC_CATALOG_ERROR_RATE

const char *awc_event_kind_to_string (AwcEventKind      kind);
/* Translated: "Error burst", "Response-time spike", … */
const char *awc_event_kind_to_title  (AwcEventKind      kind);

/* Error bursts, response-time spikes, throughput drops and load changes
 * of @data; @phases from awc_phases_detect() (spikes and drops are looked
 * for in steady phases only; the whole run when there are none). */
GArray     *awc_events_detect        (const AwcRunData *data,
                                      GArray           *phases);

/* Appends the breaches of "@values stay ≤ @limit" (@upper) or "≥ @limit"
 * to @events: runs of breaching samples, joined across gaps under 5 s.
 * Returns the number of breaching samples. */
guint       awc_events_add_breaches  (GArray           *events,
                                      const char       *series_id,
                                      const double     *t,
                                      const double     *values,
                                      guint             n,
                                      gboolean          upper,
                                      double            limit);

/* Sorts @events by start, then kind. */
void        awc_events_sort          (GArray           *events);

G_END_DECLS
