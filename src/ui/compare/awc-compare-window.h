/* awc-compare-window.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ui/awc-application.h"
#include "model/awc-comparison.h"

G_BEGIN_DECLS

#define AWC_TYPE_COMPARE_WINDOW (awc_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (AwcCompareWindow, awc_compare_window, AWC, COMPARE_WINDOW, GtkApplicationWindow)

/* One comparison (issue 5): runs A and B on one elapsed axis with one
 * cursor, the offset controls, the overlay, the delta summary and
 * export/copy.  Actions: win.swap, win.stacked, win.linked, win.overlay,
 * win.nudge-offset (i: samples; Alt+Left/Right, Shift+Alt ×10),
 * win.align-plateau, win.show-delta, win.use-steady-phase, win.reset-zoom
 * (Ctrl+0), win.export (Ctrl+E), win.copy-image (Ctrl+C),
 * win.copy-markdown, win.copy-text. */

/* @a and @b may be NULL and loaded later. */
AwcCompareWindow *awc_compare_window_new            (AwcApplication   *application,
                                                     AwcReport        *a,
                                                     AwcReport        *b);
AwcComparison    *awc_compare_window_get_comparison (AwcCompareWindow *self);
/* Threshold rules (of AwcThreshold) drawn on both runs' panels; NULL: none. */
void              awc_compare_window_set_thresholds (AwcCompareWindow *self,
                                                     GPtrArray        *thresholds);
/* Loads @side from a file in a thread; errors go to the banner. */
void              awc_compare_window_load_file      (AwcCompareWindow *self,
                                                     AwcSide           side,
                                                     GFile            *file);
/* @name: "ramp-up" or "api-example", from the bundled samples. */
void              awc_compare_window_load_sample    (AwcCompareWindow *self,
                                                     AwcSide           side,
                                                     const char       *name);

G_END_DECLS
