/* awc-series.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-minmax-pyramid.h"
#include "awc-units.h"

G_BEGIN_DECLS

typedef struct
{
  double min;
  double max;
  double mean;
  double last;       /* last finite value of the range */
  guint  n_finite;   /* 0: all other fields are NaN */
} AwcStats;

#define AWC_TYPE_SERIES (awc_series_get_type ())
G_DECLARE_FINAL_TYPE (AwcSeries, awc_series, AWC, SERIES, GObject)

/* Properties: id, title, group, group-title, unit, color-index, visible
 * (read-write, notifies once per real change), n-values, min, max, mean,
 * last (over finite values; NaN when there are none). */

/* @values: (transfer full): a GArray of double; NaN marks a gap. */
AwcSeries              *awc_series_new                 (const char  *id,
                                                        const char  *title,
                                                        const char  *group,
                                                        const char  *group_title,
                                                        AwcUnit      unit,
                                                        GArray      *values);
/* A new series on the same values (shared, not copied) with its own
 * visible and colour-index state. */
AwcSeries              *awc_series_dup                 (AwcSeries   *self);
const char             *awc_series_get_id              (AwcSeries   *self);
/* The last component of the id ("tps" for "tps_brokens.tps"). */
const char             *awc_series_get_key             (AwcSeries   *self);
const char             *awc_series_get_title           (AwcSeries   *self);
/* The translated title, or the id when untitled: what readouts show. */
const char             *awc_series_get_display_title   (AwcSeries   *self);
const char             *awc_series_get_group           (AwcSeries   *self);
const char             *awc_series_get_group_title     (AwcSeries   *self);
AwcUnit                 awc_series_get_unit            (AwcSeries   *self);
guint                   awc_series_get_color_index     (AwcSeries   *self);
void                    awc_series_set_color_index     (AwcSeries   *self,
                                                        guint        color_index);
/* Visible, measured and not only gaps: what the chart draws. */
gboolean                awc_series_is_drawn            (AwcSeries   *self);
gboolean                awc_series_get_visible         (AwcSeries   *self);
void                    awc_series_set_visible         (AwcSeries   *self,
                                                        gboolean     visible);
/* Borrowed; valid as long as the series.  Never one GObject per point. */
const double           *awc_series_get_values          (AwcSeries   *self,
                                                        guint       *n_values);
guint                   awc_series_get_n_values        (AwcSeries   *self);
double                  awc_series_get_min             (AwcSeries   *self);
double                  awc_series_get_max             (AwcSeries   *self);
double                  awc_series_get_mean            (AwcSeries   *self);
double                  awc_series_get_last            (AwcSeries   *self);
/* Stats over samples [first, last); clamps to the data. */
void                    awc_series_compute_stats       (AwcSeries   *self,
                                                        guint        first,
                                                        guint        last,
                                                        AwcStats    *stats);
/* Built on first use (thread-safe); borrowed. */
const AwcMinMaxPyramid *awc_series_get_pyramid         (AwcSeries   *self);

G_END_DECLS
