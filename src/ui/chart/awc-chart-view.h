/* awc-chart-view.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-insights.h"
#include "model/awc-report.h"
#include "render/awc-render.h"
#include "awc-cursor-readout.h"
#include "awc-time-axis-controller.h"

G_BEGIN_DECLS

#define AWC_TYPE_CHART_VIEW (awc_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (AwcChartView, awc_chart_view, AWC, CHART_VIEW, GtkWidget)

/* Properties:
 *   report        AwcReport*   the report drawn (NULL: empty view)
 *   dark          gboolean     dark chart theme (the window binds it to its style)
 *   cursor-time   double       timestamp under the cursor, snapped to a sample; NaN = none
 *   cursor-pinned gboolean     a click pinned the cursor; Escape unpins
 *   view-start    double       visible time range (read-only; set it on the
 *   view-end      double       time axis); both NaN = the whole run
 *   readout       char*        the cursor readout as text (timestamp, elapsed,
 *                              each drawn series' value with unit and, when
 *                              zoomed out, its pixel column's min – max in
 *                              brackets), read-only
 * CSS name: "chart".  Pointer, keys and the "view.*" actions come from
 * its AwcTimeAxisController, as in AwcCompareView. */

GtkWidget *awc_chart_view_new              (void);
AwcReport *awc_chart_view_get_report       (AwcChartView     *self);
void       awc_chart_view_set_report       (AwcChartView     *self,
                                            AwcReport        *report);
gboolean   awc_chart_view_get_dark         (AwcChartView     *self);
void       awc_chart_view_set_dark         (AwcChartView     *self,
                                            gboolean          dark);
/* The cursor and the zoom: its properties are also the view's.
 * (transfer none) */
AwcTimeAxisController *awc_chart_view_get_time_axis (AwcChartView *self);
const char *awc_chart_view_get_readout     (AwcChartView     *self);
/* Shows the cursor in @readout: its time and elapsed time, and per drawn
 * series its colour, name, value and, when one pixel column covers many
 * samples, that column's min – max.  Call it on notify::readout and
 * notify::dark. */
void       awc_chart_view_fill_readout     (AwcChartView     *self,
                                            AwcCursorReadout *readout);
/* Options describing what is on screen (range, theme, drawn series), for
 * "export the zoomed range" and copy-image.  Strings are borrowed from
 * the view and the report. */
void       awc_chart_view_get_render_options (AwcChartView     *self,
                                              AwcRenderOptions *options);
/* The immutable snapshot the view draws (NULL without a report), a new
 * reference: what export and copy render, so they match the view. */
AwcChartData *awc_chart_view_dup_chart_data  (AwcChartView     *self);
/* Threshold rules (AwcThreshold) drawn as layers; NULL = none. */
void       awc_chart_view_set_thresholds     (AwcChartView     *self,
                                              GPtrArray        *thresholds);
GPtrArray *awc_chart_view_get_thresholds     (AwcChartView     *self);
/* Phases and events drawn as layers; NULL = none. */
void       awc_chart_view_set_insights       (AwcChartView     *self,
                                              AwcInsights      *insights);
AwcInsights *awc_chart_view_get_insights     (AwcChartView     *self);

G_END_DECLS
