/* awc-compare-window-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-compare-window-private.h"
#include "render/awc-png.h"

/* Export and copy-image for AwcCompareWindow.  The choices come from the
 * shared AwcExportDialog; the file is written by
 * awc_render_compare_to_file() in a GTask thread (temporary + rename). */

typedef struct
{
  AwcComparison           *comparison;
  AwcDeltaSummary         *summary;
  AwcRenderCompareOptions  options;
  GStrv                    overlay_ids;
  char                    *path;
  int                      width, height;
  double                   scale;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->comparison);
  g_clear_pointer (&job->summary, awc_delta_summary_unref);
  g_strfreev (job->overlay_ids);
  g_free (job->path);
  g_free (job);
}

static AwcExportLayout
current_layout (AwcCompareWindow *self)
{
  if (awc_comparison_get_overlay (self->comparison))
    return AWC_EXPORT_LAYOUT_OVERLAY;
  return awc_comparison_get_stacked (self->comparison) ? AWC_EXPORT_LAYOUT_STACKED
                                                       : AWC_EXPORT_LAYOUT_SIDE_BY_SIDE;
}

/* What is on screen with @choice applied, detached for a worker thread. */
static ExportJob *
export_job_new (AwcCompareWindow       *self,
                const AwcExportOptions *choice)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->comparison = awc_compare_view_detach_comparison (self->comparison);
  job->summary = self->summary != NULL ? awc_delta_summary_ref (self->summary) : NULL;
  awc_compare_view_get_render_options (self->view, &job->options);
  job->overlay_ids = g_strdupv ((char **) job->options.overlay_ids);
  job->options.overlay_ids = (const char * const *) job->overlay_ids;
  job->options.base.theme = choice->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  job->options.show_delta = choice->delta_table && job->summary != NULL;
  job->options.base.show_buckets = choice->buckets && job->summary != NULL;
  job->options.stacked = choice->layout == AWC_EXPORT_LAYOUT_STACKED;
  job->options.overlay = choice->layout == AWC_EXPORT_LAYOUT_OVERLAY;
  if (choice->whole_run)
    job->options.e0 = job->options.e1 = job->options.e0_b = job->options.e1_b = NAN;
  job->width = choice->width;
  job->height = choice->height;
  job->scale = choice->scale;
  return job;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!awc_render_compare_to_file (job->comparison, job->summary, job->path, job->width,
                                   job->height, job->scale, &job->options, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AwcCompareWindow *self = g_task_get_source_object (task);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* After dispose (cancelled) the window has no message bar left. */
  if (self->message_bar != NULL)
    awc_message_bar_show_export_result (self->message_bar, file, error);
  if (ok)
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
  g_autoptr(GTask) worker = NULL;
  ExportJob *job;

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

  job = export_job_new (self, options);
  job->path = g_strdup (path);
  worker = g_task_new (self, self->cancellable, export_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (worker, export_thread);
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
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ExportJob *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *png;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, job->width * 2, job->height * 2);
  cairo_surface_set_device_scale (surface, 2, 2);
  cr = cairo_create (surface);
  awc_render_compare (cr, job->comparison, job->summary, job->width, job->height, &job->options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  png = awc_png_encode (surface);
  cairo_surface_destroy (surface);
  /* A surface too large for cairo or a zlib failure gives no PNG. */
  if (png == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("Could not draw the comparison at %d × %d pixels"),
                             job->width * 2, job->height * 2);
  else
    g_task_return_pointer (task, png, (GDestroyNotify) g_bytes_unref);
}

void
_awc_compare_window_copy_image_async (AwcCompareWindow   *self,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

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
  job = export_job_new (self, &(AwcExportOptions) {
                          .width = MAX (gtk_widget_get_width (GTK_WIDGET (self->view)), 480),
                          .height = MAX (gtk_widget_get_height (GTK_WIDGET (self->view)), 300),
                          .scale = 2,
                          .layout = current_layout (self),
                        });
  awc_message_bar_copy_png (self->message_bar, g_steal_pointer (&task), copy_thread,
                            job, (GDestroyNotify) export_job_free);
}

gboolean
_awc_compare_window_copy_image_finish (AwcCompareWindow *self,
                                       GAsyncResult     *result,
                                       GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The shared export dialog's choices (for a local file), rendered by
 * today's comparison export. */
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
