/* awc-chart-data-builder.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-chart-data.h"
#include "awc-insights.h"
#include "awc-comparison.h"
#include "awc-report.h"

G_BEGIN_DECLS

/* Where snapshots come from: the model layer knows reports, the render
 * layer only sees the AwcChartData they become. */
typedef struct
{
  /* Series to select, by full id or bare key; NULL = each series'
   * visible property. */
  const char * const *series_ids;
  /* Seconds added to the timestamps when drawn (B of a comparison on A's
   * axis); 0 for a run on its own axis. */
  double              time_shift;
  /* One series per series of @align_to, in its order, matched by id (a
   * placeholder that is never drawn where the report lacks it): the
   * renderer pairs an overlay run's series with the main run's by index
   * instead of by name.  NULL = the report's own order. */
  AwcChartData       *align_to;
  /* AwcThreshold rules drawn as threshold layers; NULL = none. */
  GPtrArray          *thresholds;
  /* Phases and events drawn as layers; NULL = none. */
  AwcInsights        *insights;
} AwcChartDataOptions;

void          awc_chart_data_options_init    (AwcChartDataOptions        *options);

/* Main thread only (it reads the report's GObjects).  Fails only on a
 * threshold that names no series of the report or has a unit that does
 * not fit it. */
AwcChartData *awc_chart_data_new_from_report (AwcReport                  *report,
                                              const AwcChartDataOptions  *options,
                                              GError                    **error);

/* Both runs of @comparison: A and B with @options (series_ids and
 * thresholds; time_shift and align_to are ignored), and with @overlay B
 * again aligned to A on A's axis, its series limited to @overlay_ids
 * (NULL = all A draws).  Clear @pair with awc_chart_pair_clear(). */
gboolean      awc_chart_pair_init_from_comparison (AwcChartPair              *pair,
                                                   AwcComparison             *comparison,
                                                   const AwcChartDataOptions *options,
                                                   gboolean                   overlay,
                                                   const char * const        *overlay_ids,
                                                   GError                   **error);

G_END_DECLS
