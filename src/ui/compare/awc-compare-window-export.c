/* awc-compare-window-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-compare-window-private.h"
#include "render/awc-export.h"

/* Export and copy-image for AwcCompareWindow.  The choices come from the
 * shared AwcExportDialog; both render a pair of snapshots through the one
 * export path of src/render/ (awc_render_compare_async(): a GTask thread,
 * temporary file + rename for files). */

static AwcExportLayout
current_layout (AwcCompareWindow *self)
{
  if (awc_comparison_get_overlay (self->comparison))
    return AWC_EXPORT_LAYOUT_OVERLAY;
  return awc_comparison_get_stacked (self->comparison) ? AWC_EXPORT_LAYOUT_STACKED
                                                       : AWC_EXPORT_LAYOUT_SIDE_BY_SIDE;
}

/* Renders what is on screen with @choice applied; @path NULL: a PNG in memory. */
static void
render_async (AwcCompareWindow       *self,
              const char             *path,
              const AwcExportOptions *choice,
              GAsyncReadyCallback     callback,
              GTask                  *task)
{
  gboolean overlay = choice->layout == AWC_EXPORT_LAYOUT_OVERLAY;
  AwcRenderCompareOptions options;
  AwcChartPair pair;

  awc_compare_view_get_render_options (self->view, &options);
  options.base.theme = choice->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options.show_delta = choice->delta_table && self->summary != NULL;
  options.base.show_buckets = choice->buckets && self->summary != NULL;
  options.stacked = choice->layout == AWC_EXPORT_LAYOUT_STACKED;
  options.overlay = overlay;
  options.run_headers = TRUE;
  if (choice->whole_run)
    options.e0 = options.e1 = options.e0_b = options.e1_b = NAN;

  awc_compare_view_dup_chart_pair (self->view, overlay, &pair);
  awc_render_compare_async (&pair, self->summary, path, AWC_EXPORT_PNG,
                            choice->width, choice->height, choice->scale, &options,
                            self->cancellable, callback, task);
  awc_chart_pair_clear (&pair);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AwcCompareWindow *self = g_task_get_source_object (task);
  g_autoptr(GFile) file = g_file_new_for_path (g_task_get_task_data (task));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = awc_export_finish (result, &error);

  /* After dispose (cancelled) the window has no message bar left. */
  if (self->message_bar != NULL)
    awc_message_bar_show_export_result (self->message_bar, file, error);
  if (written != NULL)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
_awc_compare_window_export_file_async (AwcCompareWindow       *self,
                                       const char             *path,
                                       const AwcExportOptions *options,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (options != NULL);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, _awc_compare_window_export_file_async);
  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Both runs must be loaded to export a comparison"));
      return;
    }

  g_task_set_task_data (task, g_strdup (path), g_free);
  render_async (self, path, options, export_done_cb, g_steal_pointer (&task));
}

gboolean
_awc_compare_window_export_file_finish (AwcCompareWindow *self,
                                        GAsyncResult     *result,
                                        GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
copy_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  AwcCompareWindow *self = g_task_get_source_object (task);

  awc_message_bar_finish_copy (self->message_bar, result, task);
}

void
_awc_compare_window_copy_image_async (AwcCompareWindow   *self,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, _awc_compare_window_copy_image_async);
  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There is no comparison to copy"));
      return;
    }

  /* As on screen (size, zoom, layout, overlay), light, at 2x. */
  render_async (self, NULL, &(AwcExportOptions) {
                  .width = MAX (gtk_widget_get_width (GTK_WIDGET (self->view)), 480),
                  .height = MAX (gtk_widget_get_height (GTK_WIDGET (self->view)), 300),
                  .scale = 2,
                  .layout = current_layout (self),
                }, copy_done_cb, g_steal_pointer (&task));
}

gboolean
_awc_compare_window_copy_image_finish (AwcCompareWindow *self,
                                       GAsyncResult     *result,
                                       GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The shared export dialog's choices, for a local file. */
static void
start_export (AwcCompareWindow       *self,
              GFile                  *file,
              const AwcExportOptions *choice)
{
  _awc_compare_window_export_file_async (self, g_file_peek_path (file), choice, NULL, NULL);
}

void
_awc_compare_window_show_export (AwcCompareWindow *self)
{
  GtkWidget *dialog;

  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return;

  dialog = g_object_new (AWC_TYPE_EXPORT_DIALOG,
                         "transient-for", self,
                         "comparison", TRUE,
                         "layout", current_layout (self),
                         "has-delta", self->summary != NULL,
                         "view-width", gtk_widget_get_width (GTK_WIDGET (self->view)),
                         "view-height", gtk_widget_get_height (GTK_WIDGET (self->view)),
                         NULL);
  g_signal_connect_object (dialog, "export", G_CALLBACK (start_export), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
