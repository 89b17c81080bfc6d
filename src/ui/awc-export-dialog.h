/* awc-export-dialog.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "render/awc-export.h"

G_BEGIN_DECLS

typedef enum
{
  AWC_EXPORT_LAYOUT_SIDE_BY_SIDE,
  AWC_EXPORT_LAYOUT_STACKED,
  AWC_EXPORT_LAYOUT_OVERLAY,
} AwcExportLayout;

/* What the user chose; the caller renders from it.  Sizes are logical
 * pixels; scale is the pixel density (always 1 but for PNG). */
typedef struct
{
  AwcExportFormat format;
  int             width;
  int             height;
  double          scale;
  gboolean        dark;
  gboolean        whole_run;      /* FALSE: the visible (zoomed) range */
  gboolean        buckets;        /* the bucket table */
  /* Comparisons only */
  gboolean        delta_table;
  AwcExportLayout layout;
} AwcExportOptions;

#define AWC_TYPE_EXPORT_DIALOG (awc_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AwcExportDialog, awc_export_dialog, AWC, EXPORT_DIALOG, GtkWindow)

/* The export dialog of the main window and of the compare window: a modal
 * window over @parent with the choices that apply, remembered in
 * GSettings.  "Export…" asks for a file name; then the dialog emits
 * "export" (GFile *file, with the chosen format's extension when the name
 * had none; const AwcExportOptions *options, the choices, borrowed for
 * the emission) and closes.
 *
 * Properties set by the caller: comparison (construct-only gboolean: adds
 * the layout and the delta table, drops CSV), view-width and view-height
 * (int, the "Size of the view" choice), suggested-name (string, the file
 * name without extension), has-delta (gboolean, a delta summary exists, so
 * the delta and bucket tables can be included), layout (AwcExportLayout
 * as guint, the comparison's current layout). */
AwcExportDialog *awc_export_dialog_new         (GtkWindow              *parent,
                                                gboolean                comparison);
void             awc_export_dialog_get_options (AwcExportDialog        *self,
                                                AwcExportOptions       *options);
void             awc_export_dialog_set_options (AwcExportDialog        *self,
                                                const AwcExportOptions *options);
/* The file was chosen: what the file chooser's answer does (also for
 * tests).  A file with no local path is refused in the dialog. */
void             awc_export_dialog_respond     (AwcExportDialog        *self,
                                                GFile                  *file);

G_END_DECLS
