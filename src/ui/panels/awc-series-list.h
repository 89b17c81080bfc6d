/* awc-series-list.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

#define AWC_TYPE_SERIES_LIST (awc_series_list_get_type ())
G_DECLARE_FINAL_TYPE (AwcSeriesList, awc_series_list, AWC, SERIES_LIST, GtkWidget)

/* Properties: report (AwcReport*), view-start, view-end (double, the
 * chart's visible range; NaN = whole run; stats are computed for it),
 * dark (gboolean, palette of the swatches; bind to the chart view's).
 * Widget actions, all taking a string:
 *   series-list.isolate (series id)   only that series visible in its panel
 *   series-list.toggle (series id)    flip that series' visibility
 *   series-list.show-group (group id) every series of the panel visible
 *   series-list.hide-group (group id) every series of the panel hidden
 * CSS name: "serieslist". */
GtkWidget *awc_series_list_new            (void);
AwcReport *awc_series_list_get_report     (AwcSeriesList *self);
void       awc_series_list_set_report     (AwcSeriesList *self,
                                           AwcReport     *report);
void       awc_series_list_set_view_range (AwcSeriesList *self,
                                           double         start,
                                           double         end);
void       awc_series_list_get_view_range (AwcSeriesList *self,
                                           double        *start,
                                           double        *end);
gboolean   awc_series_list_get_dark       (AwcSeriesList *self);
void       awc_series_list_set_dark       (AwcSeriesList *self,
                                           gboolean       dark);

G_END_DECLS
