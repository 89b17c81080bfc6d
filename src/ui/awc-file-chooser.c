/* awc-file-chooser.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that picks a file to open or save.  GTK 4.8 has only
 * GtkFileChooserNative; GtkFileDialog (4.10) replaces it, so it is used
 * when both the headers and GDK_VERSION_MAX_ALLOWED permit it.  Either way
 * the caller gets a GTask: the chosen GFile, or NULL without an error when
 * the user dismissed the chooser. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-file-chooser.h"

#if GTK_CHECK_VERSION (4, 10, 0)
# if GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
#  define AWC_USE_FILE_DIALOG 1
# endif
#endif
#ifndef AWC_USE_FILE_DIALOG
# define AWC_USE_FILE_DIALOG 0
#endif

/**
 * awc_file_chooser_json_filters_new:
 *
 * Returns: (transfer full): a list holding the "Reports (JSON)" filter
 */
GListModel *
awc_file_chooser_json_filters_new (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Reports (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  g_list_store_append (filters, filter);
  return G_LIST_MODEL (filters);
}

#if AWC_USE_FILE_DIALOG

static void
dialog_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);

  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else if (error != NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, NULL, NULL);
}

static void
run_chooser (GTask                *task,
             GtkWindow            *parent,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label,
             GListModel           *filters,
             const char           *initial_name,
             GFile                *initial_folder)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GCancellable *cancellable = g_task_get_cancellable (task);

  g_task_set_task_data (task, GINT_TO_POINTER (action), NULL);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filters != NULL)
    gtk_file_dialog_set_filters (dialog, filters);
  if (initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, initial_folder);
  if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_dialog_save (dialog, parent, cancellable, dialog_done_cb, g_object_ref (task));
  else
    gtk_file_dialog_open (dialog, parent, cancellable, dialog_done_cb, g_object_ref (task));
}

#else /* GtkFileChooserNative */

typedef struct
{
  GtkFileChooserNative *native;
  GCancellable         *cancellable;
  gulong                cancelled_id;
} NativeData;

static void
native_data_free (NativeData *data)
{
  g_clear_signal_handler (&data->cancelled_id, data->cancellable);
  g_clear_object (&data->cancellable);
  if (data->native != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (data->native));
  g_clear_object (&data->native);
  g_free (data);
}

static gboolean
unref_task_cb (gpointer task)
{
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    GTask           *task)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_signal_handlers_disconnect_by_data (native, task);
  g_task_return_pointer (task, file, g_object_unref);
  /* The reference the dialog held: dropped once this emission is over,
   * since the task owns (and destroys) the dialog. */
  g_idle_add (unref_task_cb, task);
}

/* The native dialog never answers once hidden, so cancelling answers for it. */
static void
native_cancelled_cb (GCancellable *cancellable,
                     GTask        *task)
{
  NativeData *data = g_task_get_task_data (task);

  g_clear_signal_handler (&data->cancelled_id, data->cancellable);
  g_signal_handlers_disconnect_by_data (data->native, task);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (data->native));
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The file chooser was cancelled"));
  g_object_unref (task);
}

static void
run_chooser (GTask                *task,
             GtkWindow            *parent,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label,
             GListModel           *filters,
             const char           *initial_name,
             GFile                *initial_folder)
{
  NativeData *data = g_new0 (NativeData, 1);
  GCancellable *cancellable = g_task_get_cancellable (task);
  guint n = filters != NULL ? g_list_model_get_n_items (filters) : 0;

  g_task_set_task_data (task, data, (GDestroyNotify) native_data_free);
  data->native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (data->native), TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (data->native), filter);
    }
  if (initial_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (data->native), initial_folder, NULL);
  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (data->native), initial_name);

  g_signal_connect (data->native, "response", G_CALLBACK (native_response_cb), g_object_ref (task));
  if (cancellable != NULL)
    {
      data->cancellable = g_object_ref (cancellable);
      data->cancelled_id = g_signal_connect (cancellable, "cancelled",
                                             G_CALLBACK (native_cancelled_cb), task);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->native));
}

#endif

static void
choose (GtkWindow            *parent,
        GtkFileChooserAction  action,
        const char           *title,
        const char           *accept_label,
        GListModel           *filters,
        const char           *initial_name,
        GFile                *initial_folder,
        GCancellable         *cancellable,
        GAsyncReadyCallback   callback,
        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL && accept_label != NULL);
  g_return_if_fail (filters == NULL || G_IS_LIST_MODEL (filters));
  g_return_if_fail (initial_folder == NULL || G_IS_FILE (initial_folder));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, choose);
  /* Cancelled already (the window is going): no chooser is even built. */
  if (g_task_return_error_if_cancelled (task))
    return;
  run_chooser (task, parent, action, title, accept_label, filters, initial_name, initial_folder);
}

/**
 * awc_file_chooser_open_async:
 * @parent: (nullable): the window the chooser is modal to
 * @filters: (nullable): a #GListModel of #GtkFileFilter
 *
 * Asks for an existing file; finish with awc_file_chooser_finish().
 */
void
awc_file_chooser_open_async (GtkWindow           *parent,
                             const char          *title,
                             const char          *accept_label,
                             GListModel          *filters,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  choose (parent, GTK_FILE_CHOOSER_ACTION_OPEN, title, accept_label, filters,
          NULL, NULL, cancellable, callback, user_data);
}

/**
 * awc_file_chooser_save_async:
 * @initial_name: (nullable): the suggested file name
 * @initial_folder: (nullable): the folder to start in
 *
 * Asks for a file to write; finish with awc_file_chooser_finish().
 */
void
awc_file_chooser_save_async (GtkWindow           *parent,
                             const char          *title,
                             const char          *accept_label,
                             GListModel          *filters,
                             const char          *initial_name,
                             GFile               *initial_folder,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  choose (parent, GTK_FILE_CHOOSER_ACTION_SAVE, title, accept_label, filters,
          initial_name, initial_folder, cancellable, callback, user_data);
}

/**
 * awc_file_chooser_finish:
 *
 * Returns: (transfer full) (nullable): the chosen file, or %NULL when the
 *   user dismissed the chooser (@error unset) or it failed or was cancelled
 *   (@error set)
 */
GFile *
awc_file_chooser_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == choose, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
