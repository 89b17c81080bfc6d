/* awc-compare-launch.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "awc-compare-window.h"
#include "ui/awc-window.h"

G_BEGIN_DECLS

/* The ways into a comparison (issue 5 §1.1), kept here so the report
 * window and the application only need a line each. */

/* A new compare window: @a (may be NULL) as A, @b loaded from a file. */
AwcCompareWindow *awc_compare_launch_with_file     (GtkApplication *application,
                                                    AwcReport      *a,
                                                    GFile          *b);
/* "Compare with…": a file chooser, then a compare window with @window's
 * report as A and the chosen file as B. */
void              awc_compare_launch_choose_file   (AwcWindow      *window);
/* `awchart --compare A B`: each source is "demo:NAME" (a bundled sample)
 * or a URI.  FALSE with a message for a source that cannot be used. */
gboolean          awc_compare_launch_check_source  (const char     *source,
                                                    GError        **error);
AwcCompareWindow *awc_compare_launch_sources       (GtkApplication *application,
                                                    const char     *a,
                                                    const char     *b);
/* A file dropped on a window that shows a report: a banner under @sibling
 * (a child of a vertical GtkBox) asks "Replace or compare?". */
void              awc_compare_launch_ask_drop      (AwcWindow      *window,
                                                    GtkWidget      *sibling,
                                                    GFile          *file);

/* Answers a pending drop question as the buttons do: "replace",
 * "compare" or "cancel".  FALSE when no question is shown. */
gboolean          awc_compare_launch_answer_drop   (AwcWindow      *window,
                                                    const char     *choice);

G_END_DECLS
