/* awc-file-chooser.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GListModel *awc_file_chooser_json_filters_new (void);

void        awc_file_chooser_open_async       (GtkWindow           *parent,
                                               const char          *title,
                                               const char          *accept_label,
                                               GListModel          *filters,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
void        awc_file_chooser_save_async       (GtkWindow           *parent,
                                               const char          *title,
                                               const char          *accept_label,
                                               GListModel          *filters,
                                               const char          *initial_name,
                                               GFile               *initial_folder,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GFile      *awc_file_chooser_finish           (GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
