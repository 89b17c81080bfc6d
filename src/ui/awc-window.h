/* awc-window.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "awc-application.h"
#include "model/awc-report.h"
#include "render/awc-render.h"

G_BEGIN_DECLS

#define AWC_TYPE_WINDOW (awc_window_get_type ())
G_DECLARE_FINAL_TYPE (AwcWindow, awc_window, AWC, WINDOW, GtkApplicationWindow)

/* Properties (read-only): report (AwcReport*, the report on screen; a
 * failed load leaves it unchanged), cursor-time (double, from the chart
 * view; NaN = none), loading (gboolean, a load is running). */

AwcWindow *awc_window_new               (AwcApplication       *application);
AwcReport *awc_window_get_report        (AwcWindow            *self);
/* The threshold rules drawn on the charts (of AwcThreshold), or NULL. */
GPtrArray *awc_window_get_thresholds    (AwcWindow            *self);
double     awc_window_get_cursor_time   (AwcWindow            *self);
gboolean   awc_window_get_loading       (AwcWindow            *self);
/* TRUE while the window shows the welcome page and loads nothing. */
gboolean   awc_window_is_empty          (AwcWindow            *self);

/* Load in a thread; errors go to the window's banner. */
void       awc_window_open_file         (AwcWindow            *self,
                                         GFile                *file);
/* @source names the data in the title and in errors. */
void       awc_window_open_bytes        (AwcWindow            *self,
                                         GBytes               *bytes,
                                         const char           *source);
/* "ramp-up" or "api-example", from the bundled resources. */
void       awc_window_open_sample       (AwcWindow            *self,
                                         const char           *name);

/* Writes the window's report to @path in a thread (format from the
 * extension) and reports the outcome in the window's message bar.  Used
 * by the export action with the export dialog's choices. */
void       awc_window_export_file_async  (AwcWindow              *self,
                                          const char             *path,
                                          int                     width,
                                          int                     height,
                                          double                  scale,
                                          const AwcRenderOptions *options,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
gboolean   awc_window_export_file_finish (AwcWindow              *self,
                                          GAsyncResult           *result,
                                          GError                **error);

/* Puts a PNG of the chart as shown (2x, light theme) on the clipboard. */
void       awc_window_copy_image_async   (AwcWindow              *self,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
gboolean   awc_window_copy_image_finish  (AwcWindow              *self,
                                          GAsyncResult           *result,
                                          GError                **error);

G_END_DECLS
