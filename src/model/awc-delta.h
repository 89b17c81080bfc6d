/* awc-delta.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-comparison.h"
#include "awc-delta-summary.h"
#include "awc-report.h"

G_BEGIN_DECLS

/* Bootstrap settings; awc_delta_params_init() gives the defaults. */
typedef struct
{
  guint   n_resamples;          /* [2000] */
  double  block_s;              /* target block length in seconds [20], 10…30 s */
  guint64 seed;                 /* [0x5eed] fixed: same input, same verdicts */
  guint   max_shifts;           /* largest shifts kept [3] */
  double  min_shift;            /* smaller shifts are dropped [0.001 = 0.1 %] */
} AwcDeltaParams;

void             awc_delta_params_init         (AwcDeltaParams        *params);

/* The summary for the comparison's window (see
 * awc_comparison_resolve_window()).  @params may be NULL. */
AwcDeltaSummary *awc_delta_summary_compute     (AwcComparison         *comparison,
                                                const AwcDeltaParams  *params,
                                                GError               **error);

G_END_DECLS
