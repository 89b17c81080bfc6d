/* awc-time-ticks.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "model/awc-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  double  t;        /* seconds since the epoch */
  char   *label;    /* "12:30", "12:30:15" or "05-04" for day steps */
  char   *date;     /* date line under the label where the day changes; NULL elsewhere */
} AwcTimeTick;

/* The smallest of 1 s, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2,
 * 3, 6, 12 h, 1 day (and multiples of days) whose ticks are at least
 * @min_spacing_px apart on an axis of @width_px showing @span seconds. */
double  awc_time_ticks_choose_step (double     span,
                                    double     width_px,
                                    double     min_spacing_px);
/* Ticks for [t0, t1] in the snapshot's display zone, aligned to the step in
 * that zone.  When the range crosses midnight, the first tick and each
 * tick on a new day carry the date.  (transfer full): free with
 * g_array_unref(). */
GArray *awc_time_ticks_compute     (AwcChartData *data,
                                    double     t0,
                                    double     t1,
                                    double     width_px,
                                    double     min_spacing_px,
                                    gboolean  *crosses_midnight);

/* Ticks for [t0, t1] labelled as time elapsed since @origin: "0:00",
 * "5:00", "1:00:00", "-0:30", at multiples of the step from @origin (no
 * dates).  For comparisons on a shared elapsed axis.  (transfer full) */
GArray *awc_time_ticks_compute_elapsed (double  t0,
                                        double  t1,
                                        double  origin,
                                        double  width_px,
                                        double  min_spacing_px);
/* "m:ss" below an hour, "h:mm:ss" from an hour; a leading "-" before
 * @origin.  Rounded to whole seconds. */
char   *awc_time_format_elapsed        (double  seconds);

G_END_DECLS
