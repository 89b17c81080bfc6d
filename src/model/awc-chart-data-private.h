/* awc-chart-data-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-chart-data.h"
#include "awc-series.h"

G_BEGIN_DECLS

/* Only the builder writes these, and only before the snapshot is handed
 * out: afterwards nothing changes. */

typedef struct
{
  AwcChartDataSeries  pub;
  /* Owned: keeps the values and the lazily built pyramid alive; the
   * snapshot reads nothing else from it (both never change). */
  AwcSeries          *owner;
  char               *strings[5];   /* id, key, title, group, group_title */
} AwcChartDataSeriesPriv;

typedef struct
{
  AwcChartLayer pub;
  char         *label;
} AwcChartLayerPriv;

struct _AwcChartData
{
  gatomicrefcount         ref_count;
  char                   *title;
  GArray                 *timestamps;      /* of double, shared with the report */
  gboolean                wall_clock;
  double                  time_shift;
  GArray                 *series;          /* of AwcChartDataSeriesPriv */
  GArray                 *buckets;         /* of AwcChartDataBucket, strings owned */
  guint64                 total_requests;
  AwcChartDataPercentile  percentiles[AWC_CHART_DATA_N_PERCENTILES];
  GArray                 *layers;          /* of AwcChartLayerPriv */
};

AwcChartData *_awc_chart_data_new          (const char      *title,
                                            GArray          *timestamps,
                                            gboolean         wall_clock,
                                            double           time_shift);
/* @owner may be NULL (a placeholder keeping the series indices of
 * another snapshot: never drawn). */
void          _awc_chart_data_add_series   (AwcChartData    *self,
                                            AwcSeries       *owner,
                                            gboolean         selected);
void          _awc_chart_data_append_layer (AwcChartData    *self,
                                            const AwcChartLayer *layer);

G_END_DECLS
