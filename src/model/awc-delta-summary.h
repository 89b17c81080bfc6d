/* awc-delta-summary.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-comparison-window.h"
#include "awc-units.h"

G_BEGIN_DECLS

/* The delta summary of two runs as immutable, refcounted data: what the
 * renderer and the outputs read.  Computing it needs the comparison
 * (awc-delta.h); reading it does not. */

/* The rows of the delta summary, in table order. */
typedef enum
{
  AWC_DELTA_TPS,
  AWC_DELTA_RT,          /* mean response time */
  AWC_DELTA_P50,
  AWC_DELTA_P90,
  AWC_DELTA_P99,
  AWC_DELTA_ERRORS,      /* all failure classes */
  AWC_DELTA_ERROR,       /* respcode_brokens.error */
  AWC_DELTA_TIMEOUT,
  AWC_DELTA_CHECKPOINT,
  AWC_DELTA_PARSE,
  AWC_DELTA_REFUSED,
  AWC_DELTA_OTHERS,
  AWC_DELTA_RX,
  AWC_DELTA_TX,
  AWC_DELTA_VUSERS,      /* peak virtual users */
  AWC_DELTA_N_METRICS
} AwcDeltaMetric;

typedef enum
{
  AWC_DELTA_BETTER,
  AWC_DELTA_WORSE,
  AWC_DELTA_WITHIN_NOISE,
  AWC_DELTA_NOT_TESTED,    /* see the row's note */
  AWC_DELTA_NOT_AVAILABLE, /* a side has no data */
  AWC_DELTA_NO_MEANINGFUL_CHANGE, /* |Δ| below the metric's minimum change */
  AWC_DELTA_NOT_JUDGED,    /* no better or worse direction (bandwidth, load) */
  AWC_DELTA_LOAD_DIFFERS,  /* the runs' load differs: not like for like */
} AwcDeltaVerdict;

typedef enum
{
  AWC_DELTA_HIGHER_IS_BETTER,
  AWC_DELTA_LOWER_IS_BETTER,
  AWC_DELTA_NEUTRAL,       /* the load setting: not judged */
} AwcDeltaDirection;

typedef struct
{
  AwcDeltaMetric    metric;
  const char       *key;        /* "tps", "p90", "timeout": the --fail-if name */
  const char       *title;      /* translated */
  AwcUnit           unit;       /* for shares: AWC_UNIT_COUNT, see is_share */
  gboolean          is_share;   /* a fraction 0…1, shown in %, deltas in pp */
  AwcDeltaDirection direction;
  double            min_change; /* smaller |Δ| is no meaningful change: absolute (shares), else relative */
  gboolean          min_is_relative; /* min_change is a fraction of max (|a|, |b|) */
  double            a, b;       /* NaN when that side has no data */
  double            abs_diff;   /* b - a */
  double            rel_diff;   /* (b - a) / |a|; ±INFINITY when a == 0 < |b|, 0 when both 0 */
  double            ci_low;     /* 95 % bootstrap interval of b - a; NaN when not tested */
  double            ci_high;
  AwcDeltaVerdict   verdict;
  const char       *note;       /* why not tested (translated), or NULL */
} AwcDeltaRow;

typedef struct
{
  char    *label;               /* the raw bucket label (API key), "50~200ms" */
  char    *range_text;          /* "50 – 200 ms" */
  guint64  count_a, count_b;
  double   share_a, share_b;    /* 0…1 of each run's requests */
} AwcDeltaBucket;

/* Net mass crossing the boundary between buckets @from and @to (adjacent,
 * indices into the bucket rows): share of all requests that got slower
 * (to > from) or faster (to < from). */
typedef struct
{
  guint  from, to;
  double share;                 /* > 0 */
} AwcDeltaShift;

typedef struct _AwcDeltaSummary AwcDeltaSummary;

struct _AwcDeltaSummary
{
  /*< private >*/
  gatomicrefcount      ref_count;
  /*< public >*/
  char                *title_a;
  char                *title_b;
  AwcComparisonWindow  window;     /* its notes are copied into note_a/note_b */
  char                *note_a;
  char                *note_b;
  double               offset;
  guint                n_resamples;
  guint                block_len[2];   /* samples per block on each side */
  AwcDeltaRow          rows[AWC_DELTA_N_METRICS];
  GArray              *buckets;    /* of AwcDeltaBucket, ordered by range */
  GArray              *shifts;     /* of AwcDeltaShift, largest first */
  /* The load of each run: peak and plateau (sustained) virtual users,
   * NaN when unknown; load_differs when either differs by more than
   * AWC_DELTA_LOAD_TOLERANCE of the larger one. */
  double               peak_vusers[2];
  double               plateau_vusers[2];
  gboolean             load_differs;
};

/* Relative difference of peak or plateau virtual users above which the
 * runs' load counts as different. */
#define AWC_DELTA_LOAD_TOLERANCE 0.05

#define AWC_TYPE_DELTA_SUMMARY (awc_delta_summary_get_type ())
GType            awc_delta_summary_get_type    (void) G_GNUC_CONST;

AwcDeltaSummary *awc_delta_summary_ref         (AwcDeltaSummary       *self);
void             awc_delta_summary_unref       (AwcDeltaSummary       *self);

const AwcDeltaRow *awc_delta_summary_get_row   (AwcDeltaSummary       *self,
                                                AwcDeltaMetric         metric);
/* The row for a --fail-if name ("tps", "p90", "timeout"), or NULL. */
const AwcDeltaRow *awc_delta_summary_find_row  (AwcDeltaSummary       *self,
                                                const char            *key);
/* "7.3 % of requests moved from 50 – 200 ms to 200 – 500 ms" (translated). */
char            *awc_delta_shift_describe      (AwcDeltaSummary       *self,
                                                const AwcDeltaShift   *shift);

/* Copy formats: a Markdown table and an aligned plain-text table, each
 * with the window, the method notes, the buckets and the shifts. */
char            *awc_delta_summary_to_markdown (AwcDeltaSummary       *self);
char            *awc_delta_summary_to_text     (AwcDeltaSummary       *self);

/* Formatting helpers shared with the JSON output and the renderer. */
const char      *awc_delta_verdict_to_string   (AwcDeltaVerdict        verdict);  /* "better", … */
const char      *awc_delta_verdict_to_label    (AwcDeltaVerdict        verdict);  /* translated */
char            *awc_delta_row_format_value    (const AwcDeltaRow     *row,
                                                double                 value);
char            *awc_delta_row_format_diff     (const AwcDeltaRow     *row);
char            *awc_delta_row_format_rel      (const AwcDeltaRow     *row);
/* One line on the method behind the verdicts and percentiles. */
char            *awc_delta_summary_dup_method  (AwcDeltaSummary       *self);
/* "Load differs: peak virtual users A 100, B 150 …" (translated), or
 * NULL when the load is the same or unknown. */
char            *awc_delta_summary_dup_load_text (AwcDeltaSummary *self);
/* The minimum meaningful change of @row: "0.05 pp", "1 %" */
char            *awc_delta_row_format_min_change (const AwcDeltaRow *row);
/* "steady phase", "zoomed range 60–600 s" … */
char            *awc_delta_summary_dup_window_text (AwcDeltaSummary   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcDeltaSummary, awc_delta_summary_unref)

G_END_DECLS
