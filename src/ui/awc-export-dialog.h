/* awc-export-dialog.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "awc-window.h"

G_BEGIN_DECLS

#define AWC_TYPE_EXPORT_DIALOG (awc_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AwcExportDialog, awc_export_dialog, AWC, EXPORT_DIALOG, GtkWindow)

/* A modal window over @window: format, size, scale, theme, bucket table
 * and range, remembered in GSettings; "Export…" asks for a file name and
 * hands the job to awc_window_export_file_async(). */
AwcExportDialog *awc_export_dialog_new (AwcWindow *window);

G_END_DECLS
