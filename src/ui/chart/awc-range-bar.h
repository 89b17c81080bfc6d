/* awc-range-bar.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AWC_TYPE_RANGE_BAR (awc_range_bar_get_type ())
G_DECLARE_FINAL_TYPE (AwcRangeBar, awc_range_bar, AWC, RANGE_BAR, GtkWidget)

/* The thin bar above the charts while they are zoomed: which part of the
 * run is shown (as the window words it) and a button that activates
 * "win.reset-zoom".  Hidden while range-text is NULL or empty.
 *
 * Properties:
 *   range-text  char*  what is shown, e.g. "10:01:30 – 10:05:00 (3m30s)" */

const char *awc_range_bar_get_range_text (AwcRangeBar *self);
void        awc_range_bar_set_range_text (AwcRangeBar *self,
                                          const char  *text);

G_END_DECLS
