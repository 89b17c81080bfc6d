/* awc-series-list.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

#define AWC_TYPE_SERIES_LIST (awc_series_list_get_type ())
G_DECLARE_FINAL_TYPE (AwcSeriesList, awc_series_list, AWC, SERIES_LIST, GtkWidget)

/* Properties: report (AwcReport*), view-start, view-end (double, the
 * chart's visible range; NaN = whole run; stats are computed for it). */
GtkWidget *awc_series_list_new            (void);
AwcReport *awc_series_list_get_report     (AwcSeriesList *self);
void       awc_series_list_set_report     (AwcSeriesList *self,
                                           AwcReport     *report);
void       awc_series_list_set_view_range (AwcSeriesList *self,
                                           double         start,
                                           double         end);

G_END_DECLS
