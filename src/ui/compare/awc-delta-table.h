/* awc-delta-table.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-delta.h"

G_BEGIN_DECLS

#define AWC_TYPE_DELTA_TABLE (awc_delta_table_get_type ())
G_DECLARE_FINAL_TYPE (AwcDeltaTable, awc_delta_table, AWC, DELTA_TABLE, GtkWidget)

/* The delta summary of a comparison: a GtkColumnView (metric, A, B, Δ,
 * Δ %, verdict), a caption with the window and the noise test, the
 * buckets side by side and the shift-of-mass sentences; "Copy as
 * Markdown" / "Copy as text" (actions delta.copy-markdown, -text).  The
 * "Use steady phase" button activates win.use-steady-phase.
 *
 * Properties: summary (AwcDeltaSummary, boxed; NULL = nothing yet),
 * error (char*, shown instead of the rows when set). */

GtkWidget       *awc_delta_table_new         (void);
AwcDeltaSummary *awc_delta_table_get_summary (AwcDeltaTable   *self);
void             awc_delta_table_set_summary (AwcDeltaTable   *self,
                                              AwcDeltaSummary *summary);
const char      *awc_delta_table_get_error   (AwcDeltaTable   *self);
void             awc_delta_table_set_error   (AwcDeltaTable   *self,
                                              const char      *message);
/* Number of metric rows shown (for tests and accessibility). */
guint            awc_delta_table_get_n_rows  (AwcDeltaTable   *self);
const char      *awc_delta_table_get_load_text (AwcDeltaTable *self);

G_END_DECLS
