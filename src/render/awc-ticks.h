/* awc-ticks.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The smallest 1-2-5 step (1, 2, 5 × 10^k) that splits @range into at
 * most @max_ticks intervals. */
double awc_ticks_nice_step  (double    range,
                             guint     max_ticks);
/* Ticks at multiples of a nice step inside [v0, v1].  Returns their
 * number; the ticks are @first + i × @step. */
guint  awc_ticks_compute    (double    v0,
                             double    v1,
                             guint     max_ticks,
                             double   *first,
                             double   *step);
/* The same with steps of at least @min_step (1 for whole counts). */
guint  awc_ticks_compute_full (double  v0,
                               double  v1,
                               guint   max_ticks,
                               double  min_step,
                               double *first,
                               double *step);
/* Axis range for data in [min, max]: padded by 5 %, 0 included when
 * @include_zero, never empty (a flat series stays visible mid-panel). */
void   awc_ticks_value_range (double   min,
                              double   max,
                              gboolean include_zero,
                              double  *v0,
                              double  *v1);

G_END_DECLS
