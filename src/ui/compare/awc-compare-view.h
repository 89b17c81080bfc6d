/* awc-compare-view.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-comparison.h"
#include "model/awc-delta.h"
#include "render/awc-render-compare.h"
#include "ui/chart/awc-cursor-readout.h"
#include "ui/chart/awc-time-axis-controller.h"

G_BEGIN_DECLS

#define AWC_TYPE_COMPARE_VIEW (awc_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (AwcCompareView, awc_compare_view, AWC, COMPARE_VIEW, GtkWidget)

/* Two runs of an AwcComparison on one elapsed-time axis, drawn by
 * awc_render_compare() into a cached node, with one cursor on both sides.
 *
 * Properties:
 *   comparison    AwcComparison*  what is drawn (NULL: empty view)
 *   summary       AwcDeltaSummary (boxed) shades its window; may be NULL
 *   dark          gboolean        dark chart theme
 *   cursor-time   double          A-elapsed seconds of the cursor; NaN = none
 *   cursor-pinned gboolean        a click or a key pinned it; Escape unpins
 *   view-start,
 *   view-end      double          zoomed elapsed range (read-only, set on
 *                                 the time axis); NaN, NaN = both runs
 *   view-start-b,
 *   view-end-b    double          B's own zoom while the comparison is
 *                                 unlinked (read-only); NaN, NaN = as A
 *   overlay-ids   GStrv           series of B drawn in overlay mode; NULL = all
 *   readout       char*           elapsed, both wall-clock times and, per
 *                                 drawn series, "Title A … · B … · Δ …"
 * CSS name: "chart".  Pointer, keys and the "view.*" actions come from
 * its AwcTimeAxisController, as in AwcChartView. */

GtkWidget       *awc_compare_view_new               (void);
AwcComparison   *awc_compare_view_get_comparison    (AwcCompareView   *self);
void             awc_compare_view_set_comparison    (AwcCompareView   *self,
                                                     AwcComparison    *comparison);
AwcDeltaSummary *awc_compare_view_get_summary       (AwcCompareView   *self);
void             awc_compare_view_set_summary       (AwcCompareView   *self,
                                                     AwcDeltaSummary  *summary);
gboolean         awc_compare_view_get_dark          (AwcCompareView   *self);
void             awc_compare_view_set_dark          (AwcCompareView   *self,
                                                     gboolean          dark);
/* The cursor (A-elapsed) and A's zoom; unzooming it unzooms both sides.
 * Its properties are also the view's.  (transfer none) */
AwcTimeAxisController *awc_compare_view_get_time_axis (AwcCompareView *self);
/* The zoom of one side: while the comparison is linked both sides share
 * view-start/end; unlinked, B has its own (NaN, NaN = the same as A, and
 * setting A then keeps B where it was).  NaN, NaN resets that side. */
void             awc_compare_view_get_side_range    (AwcCompareView   *self,
                                                     AwcSide           side,
                                                     double           *start,
                                                     double           *end);
void             awc_compare_view_set_side_range    (AwcCompareView   *self,
                                                     AwcSide           side,
                                                     double            start,
                                                     double            end);
const char * const *awc_compare_view_get_overlay_ids (AwcCompareView  *self);
void             awc_compare_view_set_overlay_ids   (AwcCompareView   *self,
                                                     const char * const *ids);
const char      *awc_compare_view_get_readout       (AwcCompareView   *self);
/* Shows the cursor in @readout, in compare mode: elapsed time, both
 * runs' times and per drawn series A, B and Δ (and each run's min – max
 * over the pixel column when one covers many samples).  Call it on
 * notify::readout and notify::dark. */
void             awc_compare_view_fill_readout      (AwcCompareView   *self,
                                                     AwcCursorReadout *readout);
/* Options for what is on screen (range, theme, overlay); strings are
 * borrowed from the view. */
void             awc_compare_view_get_render_options (AwcCompareView  *self,
                                                      AwcRenderCompareOptions *options);
/* TRUE while the plot for the current state is not drawn yet. */
gboolean         awc_compare_view_is_rendering      (AwcCompareView   *self);

/* A copy of @comparison whose reports share the series but own their
 * lists, so a worker thread can draw it while the main thread goes on.
 * (transfer full) */
AwcComparison   *awc_compare_view_detach_comparison (AwcComparison   *comparison);
/* The snapshots the view draws (borrowed; valid until the next change):
 * what export and copy render, so they match the view. */
const AwcChartPair *awc_compare_view_get_chart_pair (AwcCompareView *self);
/* The drawn pair, or one built the same way with or without B's overlay
 * (for an export choosing another layout); clear with awc_chart_pair_clear(). */
void                awc_compare_view_dup_chart_pair (AwcCompareView *self,
                                                     gboolean        overlay,
                                                     AwcChartPair   *pair);
/* Threshold rules (AwcThreshold) drawn on both runs' panels; NULL = none. */
void             awc_compare_view_set_thresholds (AwcCompareView  *self,
                                                  GPtrArray       *thresholds);

G_END_DECLS
