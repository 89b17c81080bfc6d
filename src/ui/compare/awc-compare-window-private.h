/* awc-compare-window-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-compare-view.h"
#include "awc-compare-window.h"
#include "awc-delta-table.h"
#include "ui/awc-export-dialog.h"
#include "ui/awc-message-bar.h"
#include "ui/chart/awc-range-bar.h"

G_BEGIN_DECLS

struct _AwcCompareWindow
{
  GtkApplicationWindow parent_instance;

  /* Owned */
  AwcComparison   *comparison;
  GSettings       *settings;
  GCancellable    *cancellable;        /* cancelled in dispose: loads, exports, copies */
  GCancellable    *summary_cancellable;
  GPtrArray       *watched;            /* A's series we follow for linked visibility */
  AwcDeltaSummary *summary;
  guint            summary_source;
  guint            n_loading;
  gboolean         summary_pending;
  int              divider_auto;       /* summary height chosen for the user, -1 none */
  guint            divider_idle;
  gboolean         divider_placed;
  int              divider_height;     /* the paned's height when placed */
  int              divider_position;   /* where it was placed */

  /* Template widgets */
  GtkWidget       *label_a;
  GtkWidget       *label_b;
  AwcMessageBar   *message_bar;
  AwcRangeBar     *range_bar;
  GtkWidget       *offset_spin;
  GtkAdjustment   *offset_adjustment;
  AwcCursorReadout *cursor_readout;
  GtkWidget       *paned;
  GtkWidget       *delta_scroller;
  GtkWidget       *overlay_menu_button;
  GtkWidget       *overlay_box;
  GtkWidget       *series_grid;
  AwcCompareView  *view;
  AwcDeltaTable   *delta_table;
};

/* awc-compare-window.c */
void         _awc_compare_window_show_banner     (AwcCompareWindow *self,
                                                  const char       *message);
void         _awc_compare_window_show_toast      (AwcCompareWindow *self,
                                                  const char       *message);
/* Recomputes the delta summary soon (coalesced, in a thread). */
void         _awc_compare_window_queue_summary   (AwcCompareWindow *self);

/* awc-compare-window-layout.c: the divider, placed once the window has a
 * height (call after each allocation); size and divider saved on close. */
void         _awc_compare_window_allocated       (AwcCompareWindow *self);
void         _awc_compare_window_save_layout     (AwcCompareWindow *self);

/* awc-compare-window-actions.c */
void         _awc_compare_window_class_init_actions (GtkWidgetClass   *widget_class);
void         _awc_compare_window_init_actions    (AwcCompareWindow *self);
void         _awc_compare_window_rebuild_overlay_picker (AwcCompareWindow *self);
void         _awc_compare_window_rebuild_series_picker  (AwcCompareWindow *self);

/* awc-compare-window-export.c */
void         _awc_compare_window_show_export     (AwcCompareWindow *self);
/* Renders the comparison as on screen, with @options applied, to @path
 * in a thread, and shows the outcome in the message bar. */
void         _awc_compare_window_export_file_async (AwcCompareWindow       *self,
                                                    const char             *path,
                                                    const AwcExportOptions *options,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean     _awc_compare_window_export_file_finish (AwcCompareWindow *self,
                                                     GAsyncResult     *result,
                                                     GError          **error);
/* A 2x light PNG of the view on the clipboard, then a confirmation. */
void         _awc_compare_window_copy_image_async (AwcCompareWindow   *self,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean     _awc_compare_window_copy_image_finish (AwcCompareWindow *self,
                                                    GAsyncResult     *result,
                                                    GError          **error);

/* For tests */
AwcCompareView *_awc_compare_window_get_view        (AwcCompareWindow *self);
AwcDeltaTable  *_awc_compare_window_get_delta_table (AwcCompareWindow *self);
const char     *_awc_compare_window_get_side_label  (AwcCompareWindow *self,
                                                     AwcSide           side);
const char     *_awc_compare_window_get_banner_text (AwcCompareWindow *self);
const char     *_awc_compare_window_get_toast_text  (AwcCompareWindow *self);
/* TRUE while a load or the summary is pending. */
gboolean        _awc_compare_window_is_busy         (AwcCompareWindow *self);

G_END_DECLS
