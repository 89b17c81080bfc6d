/* awc-compare-remote.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "awc-compare-window.h"
#include "ui/remote/awc-connect-dialog.h"
#include "ui/awc-window.h"

G_BEGIN_DECLS

/* Comparisons with a report fetched from CodeArts PerfTest (issue 5
 * §1.1, "from the API browser"): the Connect dialog opens in a mode where
 * the chart it fetches becomes a side of a comparison instead of the
 * report window's report.
 *
 * Report window action win.compare-with-remote (enabled with a report):
 * a new compare window with the window's report as A and the fetched one
 * as B.  Compare window action win.replace-from-remote ("s": "a" or "b"):
 * the fetched report replaces that side. */

/* The dialog (presented, transient for @window), or NULL without a report. */
AwcConnectDialog *awc_compare_remote_choose               (AwcWindow        *window);
AwcConnectDialog *awc_compare_remote_replace              (AwcCompareWindow *window,
                                                           AwcSide           side);

/* Adds win.compare-with-remote to @window and keeps it enabled only
 * while a report is shown. */
void              awc_compare_remote_init_window_actions  (AwcWindow        *window);
/* Installs win.replace-from-remote on the compare window class. */
void              awc_compare_remote_class_init_actions   (GtkWidgetClass   *widget_class);

G_END_DECLS
