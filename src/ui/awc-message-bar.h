/* awc-message-bar.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AWC_TYPE_MESSAGE_BAR (awc_message_bar_get_type ())
G_DECLARE_FINAL_TYPE (AwcMessageBar, awc_message_bar, AWC, MESSAGE_BAR, GtkWidget)

/* The one transient message line of a window, under its header bar: a
 * confirmation (hides itself after a few seconds, optionally with an
 * "Open" button for the file it names) or an error (stays until closed).
 * Texts are shown on one line with control characters escaped, since
 * they often quote file names and server answers.
 *
 * Properties (read-only): text (string, the message shown; NULL when
 * hidden), file (GFile, what "Open" opens; NULL for none), error
 * (gboolean, the message is an error).  Actions: message.open,
 * message.close. */

GtkWidget  *awc_message_bar_new             (void);
void        awc_message_bar_show_info       (AwcMessageBar *self,
                                             const char    *message);
void        awc_message_bar_show_file       (AwcMessageBar *self,
                                             const char    *message,
                                             GFile         *file);
void        awc_message_bar_show_error      (AwcMessageBar *self,
                                             const char    *message);
/* The outcome of writing @file: "Exported to FILE" with Open, nothing for
 * a cancelled job, or "Could not export to FILE: reason" (without FILE
 * when the reason names it). */
void        awc_message_bar_show_export_result (AwcMessageBar *self,
                                                GFile         *file,
                                                const GError  *error);
/* Copy-image, once awc_export_async() has rendered the PNG: puts it on
 * the clipboard and confirms, or shows why not, then completes @task (the
 * window's, owned) with TRUE or the error. */
void        awc_message_bar_finish_copy     (AwcMessageBar *self,
                                             GAsyncResult  *export_result,
                                             GTask         *owned_task);
void        awc_message_bar_dismiss         (AwcMessageBar *self);

const char *awc_message_bar_get_text        (AwcMessageBar *self);
GFile      *awc_message_bar_get_file        (AwcMessageBar *self);
gboolean    awc_message_bar_get_error       (AwcMessageBar *self);

/* For tests: TRUE while the message is due to hide itself. */
gboolean    _awc_message_bar_get_auto_hide  (AwcMessageBar *self);

G_END_DECLS
