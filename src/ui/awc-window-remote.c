/* awc-window-remote.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's side of reports fetched from CodeArts PerfTest: the Connect
 * dialog (win.connect), showing what it fetched, Reload (win.reload, which
 * re-reads a file too) and "Save report as…" (win.save-report-as). */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ui/compare/awc-compare-remote.h"
#include "ui/remote/awc-connect-dialog.h"
#include "awc-file-chooser.h"
#include "awc-window-private.h"

void
_awc_window_show_remote (AwcWindow       *self,
                         AwcReport       *report,
                         AwcRemoteSource *source)
{
  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (AWC_IS_REPORT (report));
  g_return_if_fail (AWC_IS_REMOTE_SOURCE (source));

  /* A file still loading must not replace what just arrived. */
  if (self->load_cancellable != NULL)
    _awc_window_cancel_load (self);
  g_set_object (&self->remote_source, source);
  g_clear_object (&self->file);
  _awc_window_show_banner (self, NULL);
  /* Also for the same report object: the title and actions follow the source. */
  _awc_window_set_report (self, report);
}

static void
connect_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  AwcConnectDialog *dialog = awc_connect_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "report-fetched",
                           G_CALLBACK (_awc_window_show_remote), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reload ----------------------------------------------------------------- */

typedef struct
{
  AwcWindow    *self;
  GCancellable *cancellable;
} ReloadData;

static void
reload_data_free (ReloadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReloadData, reload_data_free)

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ReloadData) data = user_data;
  AwcRemoteSource *source = AWC_REMOTE_SOURCE (object);
  AwcWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_remote_source_fetch_finish (source, result, &error);

  /* Whoever cancelled (a newer load, Cancel, dispose) owns the state now. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || data->cancellable != self->load_cancellable)
    return;
  _awc_window_end_load (self);

  if (report == NULL)
    {
      g_autofree char *title = awc_remote_source_dup_title (source);
      /* Translators: "Could not reload REPORT / CASE: reason" */
      g_autofree char *message = g_strdup_printf (_("Could not reload %s: %s"), title, error->message);

      _awc_window_show_banner (self, message);
      return;
    }
  _awc_window_show_remote (self, report, source);
}

void
_awc_window_reload (AwcWindow *self)
{
  g_return_if_fail (AWC_IS_WINDOW (self));

  if (self->remote_source != NULL)
    {
      g_autofree char *title = awc_remote_source_dup_title (self->remote_source);
      ReloadData *data = g_new0 (ReloadData, 1);

      data->self = g_object_ref (self);
      data->cancellable = g_object_ref (_awc_window_begin_load (self, title));
      awc_remote_source_fetch_async (self->remote_source, data->cancellable, reload_cb, data);
    }
  else if (self->file != NULL)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      awc_window_open_file (self, file);
    }
}

static void
reload_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  _awc_window_reload (AWC_WINDOW (user_data));
}

/* Save report as… -------------------------------------------------------- */

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AwcWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (!awc_remote_source_save_finish (AWC_REMOTE_SOURCE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: "Could not save FILE: reason" */
          g_autofree char *message = g_strdup_printf (_("Could not save %s: %s"), name, error->message);

          _awc_window_show_banner (self, message);
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    /* Translators: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Saved %s"), name);

    /* It reopens offline like any report, so it joins the recent ones. */
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    _awc_window_show_toast (self, message);
  }
  g_task_return_boolean (task, TRUE);
}

void
_awc_window_save_report_async (AwcWindow           *self,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *basename = NULL;

  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A name without an extension gets .json, so it opens again by type. */
  basename = g_file_get_basename (file);
  if (basename != NULL && strchr (basename, '.') == NULL)
    {
      g_autofree char *with_ext = g_strdup_printf ("%s.json", basename);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      target = parent ? g_file_get_child (parent, with_ext) : g_object_ref (file);
    }
  else
    target = g_object_ref (file);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, _awc_window_save_report_async);
  g_task_set_task_data (task, g_object_ref (target), g_object_unref);
  if (self->remote_source == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("This report was not fetched from CodeArts PerfTest"));
      return;
    }
  awc_remote_source_save_async (self->remote_source, target, self->cancellable,
                                save_cb, g_steal_pointer (&task));
}

gboolean
_awc_window_save_report_finish (AwcWindow     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AwcWindow) self = user_data;
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  if (file != NULL)
    _awc_window_save_report_async (self, file, NULL, NULL);
}

static void
save_report_as_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  g_autofree char *name = NULL;
  g_autoptr(GListModel) filters = NULL;

  if (self->remote_source == NULL)
    return;
  name = awc_remote_source_dup_file_name (self->remote_source);
  filters = awc_file_chooser_json_filters_new ();
  awc_file_chooser_save_async (GTK_WINDOW (self), _("Save Report"), _("_Save"), filters,
                               name, NULL, self->cancellable,
                               save_chosen_cb, g_object_ref (self));
}

/* Actions ---------------------------------------------------------------- */

static const GActionEntry remote_actions[] = {
  { "connect", connect_action, NULL, NULL, NULL, { 0 } },
  { "reload", reload_action, NULL, NULL, NULL, { 0 } },
  { "save-report-as", save_report_as_action, NULL, NULL, NULL, { 0 } },
};

void
_awc_window_init_remote_actions (AwcWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), remote_actions,
                                   G_N_ELEMENTS (remote_actions), self);
  awc_compare_remote_init_window_actions (self);
}

void
_awc_window_update_remote_actions (AwcWindow *self)
{
  gboolean remote = self->report != NULL && self->remote_source != NULL;

  _awc_window_set_action_enabled (self, "reload", remote || self->file != NULL);
  _awc_window_set_action_enabled (self, "save-report-as",
                                  remote && awc_remote_source_get_body (self->remote_source) != NULL);
}
