/* awc-insights.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-capacity-data.h"
#include "awc-events.h"
#include "awc-phases.h"
#include "awc-report.h"
#include "awc-threshold.h"
#include "awc-usl.h"

G_BEGIN_DECLS

/* What a run's curves say: its load phases, its events, how long each
 * service-level target was broken, and its capacity curve.  Computed once
 * from plain arrays (in a worker thread for the window), immutable after,
 * shared by reference (see docs/insights.md). */

typedef struct _AwcInsights AwcInsights;

/* A target (--threshold, or a series row's "Set threshold…") and how it
 * held. */
typedef struct
{
  char           *rule;             /* "tps_brokens.average<=500ms", as given */
  const char     *series_id;        /* interned */
  AwcThresholdOp  op;
  double          limit;            /* in the series' unit */
  AwcUnit         unit;
  guint           breached_s;       /* seconds that broke it, whole run */
  double          steady_s;         /* seconds of steady phases (after warm-up) */
  double          steady_breached_s;
} AwcTargetSummary;

#define AWC_TYPE_INSIGHTS (awc_insights_get_type ())

GType        awc_insights_get_type     (void) G_GNUC_CONST;
AwcInsights *awc_insights_ref          (AwcInsights      *self);
void         awc_insights_unref        (AwcInsights      *self);

/* Phases, events and capacity of @data, with no targets. */
AwcInsights *awc_insights_new          (const AwcRunData *data);
/* The same for @report, with @thresholds (AwcThreshold, may be NULL)
 * checked against its series; FALSE with the threshold's error when one
 * names no series or has the wrong unit. */
AwcInsights *awc_insights_new_for_report (AwcReport      *report,
                                          GPtrArray      *thresholds,
                                          GError        **error);

guint                   awc_insights_get_n_phases  (AwcInsights *self);
const AwcPhase         *awc_insights_get_phase     (AwcInsights *self,
                                                    guint        index);
guint                   awc_insights_get_n_events  (AwcInsights *self);
const AwcEvent         *awc_insights_get_event     (AwcInsights *self,
                                                    guint        index);
guint                   awc_insights_get_n_targets (AwcInsights *self);
const AwcTargetSummary *awc_insights_get_target    (AwcInsights *self,
                                                    guint        index);
/* The fit, or NULL and the reason there is none. */
const AwcUslFit        *awc_insights_get_capacity  (AwcInsights *self,
                                                    const char **reason);
/* One point per steady load level (duration-weighted over the phases at
 * that level) with the interval of its mean: what the fit used. */
guint                   awc_insights_get_n_levels  (AwcInsights *self);
void                    awc_insights_get_level     (AwcInsights *self,
                                                    guint        index,
                                                    double      *users,
                                                    double      *tps,
                                                    double      *tps_lo,
                                                    double      *tps_hi,
                                                    double      *rt_ms);
/* What the capacity view draws (a copy; free it). */
AwcCapacityData        *awc_insights_dup_capacity_data (AwcInsights *self,
                                                        const char  *title);
/* The first sample's time: elapsed seconds count from here. */
double                  awc_insights_get_origin    (AwcInsights *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcInsights, awc_insights_unref)

G_END_DECLS
