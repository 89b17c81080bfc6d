/* awc-window-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/panels/awc-bucket-panel.h"
#include "ui/chart/awc-chart-view.h"
#include "ui/chart/awc-range-bar.h"
#include "awc-message-bar.h"
#include "io/awc-remote-source.h"
#include "ui/panels/awc-series-list.h"
#include "awc-welcome.h"
#include "ui/insights/awc-insights-panel.h"
#include "awc-window.h"

G_BEGIN_DECLS

struct _AwcWindow
{
  GtkApplicationWindow parent_instance;

  /* Owned */
  AwcReport       *report;
  AwcRemoteSource *remote_source;     /* where a fetched report came from */
  GFile           *file;              /* the file shown, for Reload */
  GSettings       *settings;
  GCancellable    *cancellable;       /* cancelled in dispose: exports, copies */
  GCancellable    *load_cancellable;  /* the running load, if any */
  char            *loading_name;
  double           cursor_time;

  /* Template widgets */
  GtkWidget       *title_label;
  GtkWidget       *subtitle_label;
  GtkWidget       *series_toggle;
  GtkWidget       *buckets_toggle;
  GtkWidget       *loading_spinner;
  GtkWidget       *loading_label;
  AwcMessageBar   *message_bar;
  AwcRangeBar     *range_bar;
  GtkWidget       *stack;
  AwcWelcome      *welcome;
  GtkWidget       *series_box;
  AwcSeriesList   *series_list;
  AwcChartView    *chart_view;
  AwcCursorReadout *cursor_readout;
  GtkWidget       *bucket_box;
  AwcBucketPanel  *bucket_panel;
  GtkWidget       *chart_scroller;
  GtkWidget       *insights_button;
  AwcInsightsPanel *insights_panel;

  /* awc-window-panels.c: side panels that fit the width */
  int              fit_width;         /* window width the panels were fitted to */
  guint            fit_idle_id;
  int              series_width;      /* widths the panels last had on screen */
  int              buckets_width;
  gboolean         buckets_first;     /* the bucket panel was opened last */
  gboolean         panel_kept_open;   /* ... with its toggle: it stays even when narrow */
  gboolean         panels_collapsed;  /* a wanted panel is hidden for want of width */
};

/* Actions, and the drop target for files. */
void        _awc_window_init_actions      (AwcWindow      *self);
/* Enables the actions that need a report or a running load. */
void        _awc_window_update_actions    (AwcWindow      *self);
void        _awc_window_set_action_enabled (AwcWindow     *self,
                                            const char    *name,
                                            gboolean       enabled);
void        _awc_window_cancel_load       (AwcWindow      *self);
/* Shows @report (title, panels, actions); the caller sets remote_source
 * and file first. */
void        _awc_window_set_report        (AwcWindow      *self,
                                           AwcReport      *report);
/* Starts the loading state for @name, cancelling a running load; returns
 * the load's cancellable (borrowed).  _end_load() clears it. */
GCancellable *_awc_window_begin_load      (AwcWindow      *self,
                                           const char     *name);
void        _awc_window_end_load          (AwcWindow      *self);
/* Test-only hook for build-aux/screenshots.sh (AWCHART_SCREENSHOT_CURSOR). */
void        _awc_window_apply_screenshot_cursor (AwcWindow *self);

/* awc-window-panels.c: the panel toggles, and the panels fitted to the width */
void        _awc_window_init_panels       (AwcWindow      *self);
void        _awc_window_panels_allocated  (AwcWindow      *self,
                                           int             width);
void        _awc_window_panels_dispose    (AwcWindow      *self);
/* awc-window-actions.c: the stored targets of the report's series on its
 * charts. */
void        _awc_window_restore_thresholds (AwcWindow *self);
/* For tests: TRUE when a panel the settings ask for is collapsed. */
gboolean    _awc_window_get_panels_collapsed (AwcWindow   *self);

/* awc-window-remote.c: Connect, Reload, Save report as… */
void        _awc_window_init_remote_actions   (AwcWindow           *self);
void        _awc_window_update_remote_actions (AwcWindow           *self);
void        _awc_window_show_remote           (AwcWindow           *self,
                                               AwcReport           *report,
                                               AwcRemoteSource     *source);
void        _awc_window_reload                (AwcWindow           *self);
void        _awc_window_save_report_async     (AwcWindow           *self,
                                               GFile               *file,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean    _awc_window_save_report_finish    (AwcWindow           *self,
                                               GAsyncResult        *result,
                                               GError             **error);
/* The message bar: an error (NULL hides a shown error), a confirmation. */
void        _awc_window_show_banner       (AwcWindow      *self,
                                           const char     *message);
void        _awc_window_show_toast        (AwcWindow      *self,
                                           const char     *message);
/* For tests: the error or the confirmation on screen; NULL when none. */
const char *_awc_window_get_banner_text   (AwcWindow      *self);
const char *_awc_window_get_toast_text    (AwcWindow      *self);
/* The cursor readout as text (awc_cursor_readout_dup_text). */
char       *_awc_window_dup_readout_text  (AwcWindow      *self);

G_END_DECLS
