/* awc-capacity-data.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-capacity-data.h"

AwcCapacityData *
awc_capacity_data_new (guint n_points,
                       guint n_levels)
{
  AwcCapacityData *plot = g_new0 (AwcCapacityData, 1);

  plot->n_points = n_points;
  plot->users = g_new0 (double, MAX (n_points, 1));
  plot->tps = g_new0 (double, MAX (n_points, 1));
  plot->rt_ms = g_new0 (double, MAX (n_points, 1));
  plot->n_levels = n_levels;
  plot->level_users = g_new0 (double, MAX (n_levels, 1));
  plot->level_tps = g_new0 (double, MAX (n_levels, 1));
  plot->level_lo = g_new0 (double, MAX (n_levels, 1));
  plot->level_hi = g_new0 (double, MAX (n_levels, 1));
  plot->level_rt = g_new0 (double, MAX (n_levels, 1));
  return plot;
}

void
awc_capacity_data_free (AwcCapacityData *plot)
{
  if (plot == NULL)
    return;
  g_free (plot->title);
  g_free (plot->users);
  g_free (plot->tps);
  g_free (plot->rt_ms);
  g_free (plot->level_users);
  g_free (plot->level_tps);
  g_free (plot->level_lo);
  g_free (plot->level_hi);
  g_free (plot->level_rt);
  g_free (plot->reason);
  g_free (plot);
}
