/* awc-compare-window-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-compare-window-private.h"
#include "awc-file-chooser.h"

/* Export and copy-image for AwcCompareWindow.  Both render the view's
 * pair of snapshots through the one export path of src/render/
 * (awc_render_compare_async(): a GTask thread, temporary + rename for
 * files); only the options differ. */

static const char * const formats[] = { "png", "svg", "pdf", NULL };

/* What is on screen, as options for the renderer. */
static void
export_options (AwcCompareWindow        *self,
                gboolean                 dark,
                gboolean                 show_delta,
                AwcRenderCompareOptions *options)
{
  awc_compare_view_get_render_options (self->view, options);
  options->base.theme = dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options->show_delta = show_delta && self->summary != NULL;
  options->base.show_buckets = show_delta && self->summary != NULL;
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AwcCompareWindow *self = g_task_get_source_object (task);
  const char *path = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = awc_export_finish (result, &error);

  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not export the comparison: %s"),
                                                      error->message);

          _awc_compare_window_show_banner (self, message);
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  {
    g_autofree char *name = g_path_get_basename (path);
    g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

    _awc_compare_window_show_toast (self, message);
  }
  g_task_return_boolean (task, TRUE);
}

void
_awc_compare_window_export_file_async (AwcCompareWindow   *self,
                                       const char         *path,
                                       int                 width,
                                       int                 height,
                                       double              scale,
                                       gboolean            dark,
                                       gboolean            show_delta,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  AwcRenderCompareOptions options;

  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, _awc_compare_window_export_file_async);
  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Both runs must be loaded to export a comparison"));
      return;
    }

  export_options (self, dark, show_delta, &options);
  g_task_set_task_data (task, g_strdup (path), g_free);
  awc_render_compare_async (awc_compare_view_get_chart_pair (self->view), self->summary,
                            path, AWC_EXPORT_PNG, width, height, scale, &options,
                            self->cancellable, export_done_cb, g_steal_pointer (&task));
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
  g_autoptr(GTask) task = user_data;
  AwcCompareWindow *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  png = awc_export_finish (result, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not copy the comparison: %s"),
                                                      error->message);

          _awc_compare_window_show_banner (self, message);
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  _awc_compare_window_show_toast (self, _("Comparison copied to the clipboard"));
  g_task_return_boolean (task, TRUE);
}

void
_awc_compare_window_copy_image_async (AwcCompareWindow   *self,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  AwcRenderCompareOptions options;

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
  export_options (self, FALSE, FALSE, &options);
  awc_render_compare_async (awc_compare_view_get_chart_pair (self->view), self->summary,
                            NULL, AWC_EXPORT_PNG,
                            MAX (gtk_widget_get_width (GTK_WIDGET (self->view)), 480),
                            MAX (gtk_widget_get_height (GTK_WIDGET (self->view)), 300),
                            2, &options, self->cancellable, copy_done_cb, g_steal_pointer (&task));
}

gboolean
_awc_compare_window_copy_image_finish (AwcCompareWindow *self,
                                       GAsyncResult     *result,
                                       GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The export dialog: a plain GtkWindow built here. */

typedef struct
{
  AwcCompareWindow *self;      /* weak: the file chooser may outlive it */
  GtkWindow        *dialog;
  GtkDropDown      *format;
  GtkSpinButton    *width, *height, *scale;
  GtkCheckButton   *dark, *delta;
} ExportDialog;

static void
export_dialog_free (ExportDialog *d)
{
  if (d->self != NULL)
    g_object_remove_weak_pointer (G_OBJECT (d->self), (gpointer *) &d->self);
  g_free (d);
}


static void
start_export (ExportDialog *d,
              GFile        *file)
{
  g_autofree char *path = g_file_get_path (file);
  guint format = gtk_drop_down_get_selected (d->format);
  g_autofree char *with_ext = NULL;

  if (path == NULL)
    {
      _awc_compare_window_show_banner (d->self, _("Exports need a local file"));
      return;
    }
  /* A typed extension wins; otherwise the chosen format's. */
  if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
      !g_str_has_suffix (path, ".pdf") && format < G_N_ELEMENTS (formats) - 1)
    with_ext = g_strdup_printf ("%s.%s", path, formats[format]);

  g_settings_set_int (d->self->settings, "export-width", gtk_spin_button_get_value_as_int (d->width));
  g_settings_set_int (d->self->settings, "export-height", gtk_spin_button_get_value_as_int (d->height));
  g_settings_set_boolean (d->self->settings, "export-dark", gtk_check_button_get_active (d->dark));
  _awc_compare_window_export_file_async (d->self, with_ext != NULL ? with_ext : path,
                                         gtk_spin_button_get_value_as_int (d->width),
                                         gtk_spin_button_get_value_as_int (d->height),
                                         gtk_spin_button_get_value (d->scale),
                                         gtk_check_button_get_active (d->dark),
                                         gtk_check_button_get_active (d->delta),
                                         NULL, NULL);
}

/* The chooser is done: the dialog (kept alive for it) goes. */
static void
export_dialog_finish (ExportDialog *d,
                      GFile        *file)
{
  GtkWindow *dialog = d->dialog;

  if (file != NULL && d->self != NULL)
    start_export (d, file);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
}

static void
save_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  export_dialog_finish (user_data, file);
}

static void
on_export_clicked_cb (ExportDialog *d)
{
  guint format = gtk_drop_down_get_selected (d->format);
  g_autofree char *name = g_strdup_printf ("comparison.%s", formats[MIN (format, 2u)]);

  if (d->self == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (d->dialog), FALSE);
  g_object_ref (d->dialog);   /* released by export_dialog_finish () */
  awc_file_chooser_save_async (GTK_WINDOW (d->self), _("Export Comparison"), _("_Export"), NULL,
                               name, NULL, NULL, save_chosen_cb, d);
}

static GtkSpinButton *
add_spin (GtkGrid    *grid,
          int         row,
          const char *label,
          double      lower,
          double      upper,
          double      value)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);
  return GTK_SPIN_BUTTON (spin);
}

void
_awc_compare_window_show_export (AwcCompareWindow *self)
{
  ExportDialog *d;
  GtkWidget *grid, *box, *buttons, *cancel, *export, *label;

  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return;

  d = g_new0 (ExportDialog, 1);
  d->self = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &d->self);
  d->dialog = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (d->dialog, _("Export Comparison"));
  gtk_window_set_transient_for (d->dialog, GTK_WINDOW (self));
  gtk_window_set_modal (d->dialog, TRUE);
  gtk_window_set_destroy_with_parent (d->dialog, TRUE);
  gtk_window_set_resizable (d->dialog, FALSE);
  g_object_set_data_full (G_OBJECT (d->dialog), "export-dialog", d, (GDestroyNotify) export_dialog_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  label = gtk_label_new_with_mnemonic (_("_Format"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  d->format = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const[]) { "PNG", "SVG", "PDF", NULL }));
  gtk_drop_down_set_selected (d->format, MIN ((guint) g_settings_get_enum (self->settings, "export-format"), 2u));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (d->format));
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (d->format), 1, 0, 1, 1);
  d->width = add_spin (GTK_GRID (grid), 1, _("_Width (px)"), 320, 8000,
                       g_settings_get_int (self->settings, "export-width"));
  d->height = add_spin (GTK_GRID (grid), 2, _("_Height (px)"), 200, 8000,
                        g_settings_get_int (self->settings, "export-height"));
  d->scale = add_spin (GTK_GRID (grid), 3, _("_Scale"), 1, 4,
                       g_settings_get_int (self->settings, "export-scale"));
  d->dark = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Dark theme")));
  gtk_check_button_set_active (d->dark, g_settings_get_boolean (self->settings, "export-dark"));
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (d->dark), 1, 4, 1, 1);
  d->delta = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Include the _delta table and buckets")));
  gtk_check_button_set_active (d->delta, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (d->delta), self->summary != NULL);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (d->delta), 1, 5, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), d->dialog);
  export = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (export, "suggested-action");
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (on_export_clicked_cb), d);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), export);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_window_set_child (d->dialog, box);
  gtk_window_set_default_widget (d->dialog, export);
  gtk_window_present (d->dialog);
}
