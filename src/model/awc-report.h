/* awc-report.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-bucket.h"
#include "awc-series.h"

G_BEGIN_DECLS

typedef struct
{
  double      p;               /* 0.5, 0.9, 0.95, 0.99 */
  gboolean    valid;           /* FALSE when there are no counted requests */
  AwcBucket  *bucket;          /* (transfer none) the bucket holding the percentile */
  double      lower_ms;        /* that bucket's range */
  double      upper_ms;        /* INFINITY for the open top bucket */
  double      estimate_ms;     /* linear interpolation inside the bucket;
                                * the lower bound when the bucket is open */
  gboolean    open_top;        /* the estimate is only a lower bound ("≥ 5 s") */
} AwcPercentile;

#define AWC_TYPE_REPORT (awc_report_get_type ())
G_DECLARE_FINAL_TYPE (AwcReport, awc_report, AWC, REPORT, GObject)

/* Properties: title, source, n-points (read-only), start-time, end-time
 * (read-only, seconds since the epoch as doubles; NaN when empty),
 * err-message, warnings (GStrv, read-only), series (GListModel of
 * AwcSeries, read-only), buckets (GListModel of AwcBucket, read-only). */

AwcReport          *awc_report_new                 (void);
/* A second view of the same data: shares timestamps, values and buckets,
 * but has its own series objects, so visibility can differ. */
AwcReport          *awc_report_dup                 (AwcReport     *self);

const char         *awc_report_get_title           (AwcReport     *self);
void                awc_report_set_title           (AwcReport     *self,
                                                    const char    *title);
/* File path or URL the report came from. */
const char         *awc_report_get_source          (AwcReport     *self);
void                awc_report_set_source          (AwcReport     *self,
                                                    const char    *source);
const char         *awc_report_get_err_message     (AwcReport     *self);
void                awc_report_set_err_message     (AwcReport     *self,
                                                    const char    *err_message);
guint               awc_report_get_n_points        (AwcReport     *self);
double              awc_report_get_start_time      (AwcReport     *self);
double              awc_report_get_end_time        (AwcReport     *self);
/* NULL-terminated, borrowed. */
const char * const *awc_report_get_warnings        (AwcReport     *self);
void                awc_report_add_warning         (AwcReport     *self,
                                                    const char    *format,
                                                    ...) G_GNUC_PRINTF (2, 3);
/* Series are ordered by panel (catalog group order), then catalog order;
 * series not in the catalog come last in the order they were loaded. */
GListModel         *awc_report_get_series          (AwcReport     *self);
GListModel         *awc_report_get_buckets         (AwcReport     *self);

/* Seconds since the epoch, sorted, not necessarily evenly spaced.
 * Borrowed; length is n-points. */
const double       *awc_report_get_timestamps      (AwcReport     *self,
                                                    guint         *n_points);
/* The timestamps array itself, a new reference, for snapshots that share
 * it (awc-chart-data-builder.c); never modify it. */
GArray             *_awc_report_ref_timestamps     (AwcReport     *self);
/* TRUE when the body gave wall-clock strings with no zone: they are kept
 * as UTC seconds and shown in UTC, i.e. exactly as given. */
gboolean            awc_report_get_wall_clock      (AwcReport     *self);
/* Formats @t with g_date_time_format() in the report's display zone
 * (UTC for wall-clock strings, the local zone for epoch numbers). */
char               *awc_report_format_time         (AwcReport     *self,
                                                    double         t,
                                                    const char    *format);
/* Index of the sample nearest to @t (binary search); 0 when empty. */
guint               awc_report_index_at_time       (AwcReport     *self,
                                                    double         t);
/* First index with timestamp >= @t. */
guint               awc_report_lower_bound         (AwcReport     *self,
                                                    double         t);

/* By full id ("tps_brokens.tps") or by bare key ("tps") when unique. */
AwcSeries          *awc_report_find_series         (AwcReport     *self,
                                                    const char    *id_or_key);

guint64             awc_report_get_total_requests  (AwcReport     *self);
/* Estimate from the response-time buckets. FALSE if no request was counted. */
gboolean            awc_report_estimate_percentile (AwcReport     *self,
                                                    double         p,
                                                    AwcPercentile *out);

/* Building, for loaders: each call emits one items-changed / notify. */
/* @timestamps: (transfer full) GArray of double, sorted ascending. */
void                awc_report_set_timestamps      (AwcReport     *self,
                                                    GArray        *timestamps,
                                                    gboolean       wall_clock);
/* @series: (transfer container) AwcSeries items; sorted into panel order
 * and colour indices assigned per panel. */
void                awc_report_set_series          (AwcReport     *self,
                                                    GPtrArray     *series);
/* @buckets: (transfer container) AwcBucket items; sorted, shares computed.
 * Their counts must add up to at most AWC_BUCKET_COUNT_MAX (the loader
 * refuses larger ones), so the total and every sum of some buckets fit. */
void                awc_report_set_buckets         (AwcReport     *self,
                                                    GPtrArray     *buckets);

G_END_DECLS
