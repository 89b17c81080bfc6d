/* awc-capacity-data.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the capacity view draws (issue 13 §3), as plain immutable data:
 * the per-second cloud of (users, TPS, response time), one point per
 * steady level with the interval of its mean TPS, and the Universal
 * Scalability Law fit or the reason there is none.  Built by the caller
 * from the insights, then only read (by any thread). */
typedef struct
{
  char   *title;
  guint   n_points;
  double *users, *tps, *rt_ms;                 /* the cloud, n_points each */
  guint   n_levels;
  double *level_users, *level_tps, *level_lo, *level_hi, *level_rt;
  gboolean has_fit;
  double  lambda, sigma, kappa, peak_users, peak_tps, r2;
  char   *reason;                              /* when there is no fit */
} AwcCapacityData;

AwcCapacityData *awc_capacity_data_new  (guint                  n_points,
                                         guint                  n_levels);
void             awc_capacity_data_free (AwcCapacityData       *plot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcCapacityData, awc_capacity_data_free)

G_END_DECLS
