/* awc-bucket.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest count of one bucket and of all buckets together: JSON
 * integers (json-glib, the summary's JSON) are signed 64-bit, so this is
 * what every output can show exactly. */
#define AWC_BUCKET_COUNT_MAX ((guint64) G_MAXINT64)

#define AWC_TYPE_BUCKET (awc_bucket_get_type ())
G_DECLARE_FINAL_TYPE (AwcBucket, awc_bucket, AWC, BUCKET, GObject)

/* Properties (read-only): label, lower-ms, upper-ms, parsed, count, share,
 * cumulative-share. */

/* Parses @label ("0~50ms", "500ms~1s", "1~2s", ">5s", "0-100", …).
 * @count is at most AWC_BUCKET_COUNT_MAX. */
AwcBucket  *awc_bucket_new                  (const char *label,
                                             guint64     count);
const char *awc_bucket_get_label            (AwcBucket  *self);
/* Bounds in milliseconds; upper is INFINITY for an open "> N" bucket.
 * Both NaN when the label could not be parsed. */
double      awc_bucket_get_lower_ms         (AwcBucket  *self);
double      awc_bucket_get_upper_ms         (AwcBucket  *self);
gboolean    awc_bucket_get_parsed           (AwcBucket  *self);
guint64     awc_bucket_get_count            (AwcBucket  *self);
/* Fraction 0…1 of all requests; set by the report once all buckets are known. */
double      awc_bucket_get_share            (AwcBucket  *self);
double      awc_bucket_get_cumulative_share (AwcBucket  *self);
/* A readable range: "0 – 50 ms", "500 ms – 1 s", "≥ 5 s"; the label if unparsed. */
char       *awc_bucket_dup_range_text       (AwcBucket  *self);

gboolean    awc_bucket_parse_label          (const char *label,
                                             double     *lower_ms,
                                             double     *upper_ms);
/* GCompareDataFunc on two AwcBucket items: by lower then upper bound,
 * unparsed labels last (by label). */
int         awc_bucket_compare              (gconstpointer a,
                                             gconstpointer b,
                                             gpointer      user_data);

void        _awc_bucket_set_shares          (AwcBucket  *self,
                                             double      share,
                                             double      cumulative_share);

G_END_DECLS
