/* awc-time-range.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Zoom and pan arithmetic on a [start, end] time range inside a run
 * [min, max], shared by the chart and compare views.  Pure functions: no
 * widget, no GTK. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     awc_time_range_ensure_span (double *start,
                                     double *end,
                                     double  min_span);
gboolean awc_time_range_slide_into  (double *start,
                                     double *end,
                                     double  min,
                                     double  max);
gboolean awc_time_range_clamp       (double *start,
                                     double *end,
                                     double  min,
                                     double  max,
                                     double  min_span);
gboolean awc_time_range_zoom        (double *start,
                                     double *end,
                                     double  factor,
                                     double  anchor);
void     awc_time_range_pan         (double *start,
                                     double *end,
                                     double  fraction);

G_END_DECLS
