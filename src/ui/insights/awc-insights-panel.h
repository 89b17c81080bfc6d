/* awc-insights-panel.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-insights.h"
#include "model/awc-report.h"
#include "ui/chart/awc-chart-view.h"

G_BEGIN_DECLS

#define AWC_TYPE_INSIGHTS_PANEL (awc_insights_panel_get_type ())
G_DECLARE_FINAL_TYPE (AwcInsightsPanel, awc_insights_panel, AWC, INSIGHTS_PANEL, GtkWidget)

/* What the run's curves say, for the window's Insights popover: the phase
 * table (with "Copy as Markdown"), the events (activating one moves the
 * chart's cursor there and zooms to it) and the capacity line (with a
 * window drawing the capacity curve).
 *
 * Properties:
 *   report    AwcReport*    the report; its insights are computed in a
 *                           worker thread when it is set (a newer report
 *                           cancels the computation)
 *   insights  AwcInsights*  the result (boxed, read-only; NULL while computing)
 *
 * The panel hands the insights to the chart view it is given, unless the
 * GSettings key 'show-insights' is off. */
GtkWidget   *awc_insights_panel_new            (void);
void         awc_insights_panel_set_report     (AwcInsightsPanel *self,
                                                AwcReport        *report);
/* (weak) */
void         awc_insights_panel_set_chart_view (AwcInsightsPanel *self,
                                                AwcChartView     *view);
AwcInsights *awc_insights_panel_get_insights   (AwcInsightsPanel *self);
/* The phase table as a Markdown table (NULL without insights). */
char        *awc_insights_panel_dup_markdown   (AwcInsightsPanel *self);
/* The events list (transfer none), for tests. */
GtkListBox  *awc_insights_panel_get_events_list (AwcInsightsPanel *self);
/* Opens the capacity window (transfer none; NULL without insights). */
GtkWindow   *awc_insights_panel_show_capacity  (AwcInsightsPanel *self);

G_END_DECLS
