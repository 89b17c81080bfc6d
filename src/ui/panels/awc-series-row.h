/* awc-series-row.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-series.h"

G_BEGIN_DECLS

#define AWC_TYPE_SERIES_ROW (awc_series_row_get_type ())
G_DECLARE_FINAL_TYPE (AwcSeriesRow, awc_series_row, AWC, SERIES_ROW, GtkWidget)

/* One row of the series list: check button bound two-way to the series'
 * visible property, colour swatch, title and the stats of a sample range.
 * Clicking the title activates "series-list.isolate" (Ctrl: "series-list.toggle")
 * with the series id.  Property: series (AwcSeries*). CSS name: "seriesrow". */
GtkWidget *awc_series_row_new        (void);
AwcSeries *awc_series_row_get_series (AwcSeriesRow *self);
/* NULL unbinds, as on recycle. */
void       awc_series_row_set_series (AwcSeriesRow *self,
                                      AwcSeries    *series);
/* Samples [first, last) of the report; G_MAXUINT as last = to the end. */
void       awc_series_row_set_range  (AwcSeriesRow *self,
                                      guint         first,
                                      guint         last);
void       awc_series_row_set_dark   (AwcSeriesRow *self,
                                      gboolean      dark);

G_END_DECLS
