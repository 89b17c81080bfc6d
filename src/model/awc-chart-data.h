/* awc-chart-data.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-minmax-pyramid.h"
#include "awc-threshold.h"
#include "awc-units.h"

G_BEGIN_DECLS

/* An immutable chart snapshot: what the renderer draws, and nothing it
 * has to look up.  Built once on the main thread (see
 * awc-chart-data-builder.h), never changed afterwards, shared by
 * reference with render and export threads.  The big arrays
 * (timestamps, values, min/max pyramids) are shared with the report, not
 * copied.  See docs/architecture.md. */

typedef struct _AwcChartData AwcChartData;

typedef struct
{
  const char             *id;           /* "tps_brokens.tps" */
  const char             *key;          /* "tps" */
  const char             *title;        /* translated */
  const char             *group;
  const char             *group_title;  /* translated */
  AwcUnit                 unit;
  guint                   color_index;
  /* Selected by the builder's options (visible, or named); CSV writes
   * these columns. */
  gboolean                selected;
  /* Selected, measured and not only gaps: the chart draws it. */
  gboolean                drawn;
  const double           *values;       /* n_values ≤ the timestamps */
  guint                   n_values;
  double                  min, max;     /* over finite values; NaN when none */
} AwcChartDataSeries;

typedef struct
{
  const char *range_text;               /* "0 – 50 ms" */
  guint64     count;
  double      share, cumulative_share;  /* 0…1 */
} AwcChartDataBucket;

typedef struct
{
  double      p;                        /* 0.5, 0.9, 0.95, 0.99 */
  gboolean    valid;
  gboolean    open_top;                 /* a lower bound only */
  double      estimate_ms;
  const char *range_text;               /* of the bucket holding it */
} AwcChartDataPercentile;

#define AWC_CHART_DATA_N_PERCENTILES 4

/* Overlay layers, drawn under (spans) or over (the rest) the series. */
typedef enum
{
  AWC_CHART_LAYER_SPAN,       /* shaded [t0, t1] with a label */
  AWC_CHART_LAYER_MARKER,     /* vertical line at t0 with a label */
  AWC_CHART_LAYER_THRESHOLD,  /* horizontal line at value on a series' panel */
  AWC_CHART_LAYER_NOTE,       /* text at t0 */
  AWC_CHART_LAYER_PHASE,      /* a load phase [t0, t1]: tone 0 steady, 1 ramp */
  AWC_CHART_LAYER_EVENT,      /* an event [t0, t1] on the time axis: tone = AwcEventKind */
} AwcChartLayerKind;

typedef struct
{
  AwcChartLayerKind  kind;
  double             t0, t1;            /* seconds since the epoch */
  const char        *label;             /* may be NULL */
  guint              series;            /* threshold: index into the series */
  AwcThresholdOp     op;                /* threshold: <= or >= */
  double             value;             /* threshold: in the series' unit */
  guint              tone;              /* phase and event: their look, see the kinds */
} AwcChartLayer;

#define AWC_TYPE_CHART_DATA (awc_chart_data_get_type ())
GType                     awc_chart_data_get_type        (void) G_GNUC_CONST;

AwcChartData             *awc_chart_data_ref             (AwcChartData *self);
void                      awc_chart_data_unref           (AwcChartData *self);

const char               *awc_chart_data_get_title       (AwcChartData *self);
/* Seconds since the epoch, sorted; borrowed for the snapshot's life. */
const double             *awc_chart_data_get_timestamps  (AwcChartData *self,
                                                          guint        *n_points);
/* First and last timestamp; NaN when empty. */
double                    awc_chart_data_get_start_time  (AwcChartData *self);
double                    awc_chart_data_get_end_time    (AwcChartData *self);
/* Added to every timestamp when the data is drawn on another run's time
 * axis (B of a comparison); 0 otherwise.  The timestamps stay as loaded. */
double                    awc_chart_data_get_time_shift  (AwcChartData *self);
gboolean                  awc_chart_data_get_wall_clock  (AwcChartData *self);
/* Like awc_report_format_time(): UTC for wall-clock strings, else local. */
char                     *awc_chart_data_format_time     (AwcChartData *self,
                                                          double        t,
                                                          const char   *format);
/* Index of the sample nearest to @t; 0 when empty. */
guint                     awc_chart_data_index_at_time   (AwcChartData *self,
                                                          double        t);

guint                     awc_chart_data_get_n_series    (AwcChartData *self);
const AwcChartDataSeries *awc_chart_data_get_series      (AwcChartData *self,
                                                          guint         index);
/* The series' min/max pyramid, built on first use (thread-safe). */
const AwcMinMaxPyramid   *awc_chart_data_get_pyramid     (AwcChartData *self,
                                                          guint         index);
/* A series by full id, or by bare key when unique; -1 when none.  For
 * builders and tests, never while drawing. */
int                       awc_chart_data_find_series     (AwcChartData *self,
                                                          const char   *id_or_key);

guint                     awc_chart_data_get_n_buckets   (AwcChartData *self);
const AwcChartDataBucket *awc_chart_data_get_bucket      (AwcChartData *self,
                                                          guint         index);
guint64                   awc_chart_data_get_total_requests (AwcChartData *self);
/* p50, p90, p95, p99 in that order. */
const AwcChartDataPercentile *awc_chart_data_get_percentile (AwcChartData *self,
                                                          guint         index);

guint                     awc_chart_data_get_n_layers    (AwcChartData *self);
const AwcChartLayer      *awc_chart_data_get_layer       (AwcChartData *self,
                                                          guint         index);

/* A new snapshot equal to @self plus @layer (copied): snapshots never
 * change, so adding a layer makes another one, sharing the arrays. */
AwcChartData             *awc_chart_data_add_layer       (AwcChartData        *self,
                                                          const AwcChartLayer *layer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcChartData, awc_chart_data_unref)

/* Two runs of a comparison as the renderer needs them: one snapshot per
 * run, B's overlay snapshot (aligned to A, shifted onto A's axis) for the
 * overlay mode, and the elapsed-time geometry.  Plain data holding
 * references: copy with awc_chart_pair_copy() to hand it to a thread. */
typedef struct
{
  AwcChartData *runs[2];      /* A, B; NULL when that run is not loaded */
  AwcChartData *overlay;      /* B aligned to A, or NULL */
  double        origin[2];    /* wall time at elapsed 0 of each run; NaN when empty */
  double        duration[2];  /* last − first timestamp; NaN when empty */
  double        offset;       /* seconds added to B's elapsed time */
  gboolean      linked;       /* one time range for both runs */
} AwcChartPair;

void awc_chart_pair_copy  (const AwcChartPair *src,
                           AwcChartPair       *dest);
void awc_chart_pair_clear (AwcChartPair       *pair);

G_END_DECLS
