/* awc-comparison.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-comparison-window.h"
#include "awc-plateau.h"
#include "awc-report.h"

G_BEGIN_DECLS

#define AWC_COMPARISON_ERROR (awc_comparison_error_quark ())

typedef enum
{
  AWC_COMPARISON_ERROR_NO_REPORT,     /* a side has no report or no samples */
  AWC_COMPARISON_ERROR_EMPTY_WINDOW,  /* the window holds no sample of a side */
} AwcComparisonError;

#define AWC_TYPE_COMPARISON (awc_comparison_get_type ())
G_DECLARE_FINAL_TYPE (AwcComparison, awc_comparison, AWC, COMPARISON, GObject)

/* Two runs on one elapsed-time axis: "A-elapsed" seconds since A's first
 * sample.  A sample of B at t_b sits at (t_b - B's first sample) + offset.
 *
 * Properties (all read-write, notify once per real change):
 *   report-a, report-b  AwcReport
 *   offset              double, seconds added to B's elapsed time
 *   linked              gboolean, shared zoom and visibility [TRUE]
 *   stacked             gboolean, A above B instead of side by side [FALSE]
 *   overlay             gboolean, B dashed on A's panels [FALSE]
 *   window-start,
 *   window-end          double, A-elapsed seconds; NaN = default steady phase
 * Changing a report or the offset does not move the window. */

GQuark         awc_comparison_error_quark      (void);

AwcComparison *awc_comparison_new              (AwcReport           *a,
                                                AwcReport           *b);

AwcReport     *awc_comparison_get_report       (AwcComparison       *self,
                                                AwcSide              side);
AwcReport     *awc_comparison_get_report_a     (AwcComparison       *self);
void           awc_comparison_set_report_a     (AwcComparison       *self,
                                                AwcReport           *report);
AwcReport     *awc_comparison_get_report_b     (AwcComparison       *self);
void           awc_comparison_set_report_b     (AwcComparison       *self,
                                                AwcReport           *report);
double         awc_comparison_get_offset       (AwcComparison       *self);
void           awc_comparison_set_offset       (AwcComparison       *self,
                                                double               offset);
gboolean       awc_comparison_get_linked       (AwcComparison       *self);
void           awc_comparison_set_linked       (AwcComparison       *self,
                                                gboolean             linked);
gboolean       awc_comparison_get_stacked      (AwcComparison       *self);
void           awc_comparison_set_stacked      (AwcComparison       *self,
                                                gboolean             stacked);
gboolean       awc_comparison_get_overlay      (AwcComparison       *self);
void           awc_comparison_set_overlay      (AwcComparison       *self,
                                                gboolean             overlay);
double         awc_comparison_get_window_start (AwcComparison       *self);
double         awc_comparison_get_window_end   (AwcComparison       *self);
/* Both at once (one notify each); NaN, NaN restores the default. */
void           awc_comparison_set_window       (AwcComparison       *self,
                                                double               start,
                                                double               end);

/* Seconds of @side's sample @index on the shared axis (A-elapsed; B is
 * shifted by the offset).  NaN without a report or out of range. */
double         awc_comparison_elapsed_at       (AwcComparison       *self,
                                                AwcSide              side,
                                                guint                index);
/* Wall-clock seconds (epoch) on @side for an A-elapsed time. */
double         awc_comparison_time_at          (AwcComparison       *self,
                                                AwcSide              side,
                                                double               elapsed);
/* @side's sample nearest to the A-elapsed time @elapsed; @in_range is set
 * to FALSE when @elapsed lies before or after that run (by more than half
 * a sample interval).  G_MAXUINT when the side has no samples. */
guint          awc_comparison_index_at         (AwcComparison       *self,
                                                AwcSide              side,
                                                double               elapsed,
                                                gboolean            *in_range);
/* Elapsed length of @side's run (last - first sample), NaN when empty. */
double         awc_comparison_get_duration     (AwcComparison       *self,
                                                AwcSide              side);

/* The steady phase of @side (cached until the report changes). */
gboolean       awc_comparison_get_plateau      (AwcComparison       *self,
                                                AwcSide              side,
                                                AwcPlateau          *plateau,
                                                GError             **error);
/* Sets the offset so that both steady phases start together. */
gboolean       awc_comparison_align_on_plateau (AwcComparison       *self,
                                                GError             **error);
/* A becomes B and B becomes A; offset and window are converted so the
 * same samples stay lined up. */
void           awc_comparison_swap             (AwcComparison       *self);

/* The delta window on both sides (see AwcComparisonWindow).  FALSE when a
 * report is missing or a user window holds no sample of a side. */
gboolean       awc_comparison_resolve_window   (AwcComparison       *self,
                                                AwcComparisonWindow *window,
                                                GError             **error);

G_END_DECLS
