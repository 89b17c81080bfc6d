/* awc-export-dialog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-export-dialog.h"
#include "awc-file-chooser.h"
#include "awc-window-private.h"
#include "render/awc-export.h"

enum { SIZE_VIEW, SIZE_1600, SIZE_1920, SIZE_CUSTOM };

static const char * const extensions[] = { "png", "svg", "pdf", "csv" };

struct _AwcExportDialog
{
  GtkWindow   parent_instance;

  /* Owned */
  GSettings  *settings;
  AwcWindow  *window;

  /* Template widgets */
  GtkWidget  *format_dropdown;
  GtkWidget  *size_dropdown;
  GtkStringList *size_list;
  GtkWidget  *custom_box;
  GtkWidget  *width_spin;
  GtkWidget  *height_spin;
  GtkWidget  *scale_dropdown;
  GtkWidget  *theme_dropdown;
  GtkWidget  *range_dropdown;
  GtkWidget  *buckets_check;
};

G_DEFINE_FINAL_TYPE (AwcExportDialog, awc_export_dialog, GTK_TYPE_WINDOW)

static guint
dropdown_get (GtkWidget *dropdown)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
}

static void
update_sensitivity (AwcExportDialog *self)
{
  guint format = dropdown_get (self->format_dropdown);
  gboolean image = format != AWC_EXPORT_CSV;

  gtk_widget_set_sensitive (self->size_dropdown, image);
  gtk_widget_set_sensitive (self->custom_box, image && dropdown_get (self->size_dropdown) == SIZE_CUSTOM);
  gtk_widget_set_sensitive (self->scale_dropdown, format == AWC_EXPORT_PNG);
  gtk_widget_set_sensitive (self->theme_dropdown, image);
  gtk_widget_set_sensitive (self->buckets_check, image);
}

static void
get_view_size (AwcExportDialog *self,
               int             *width,
               int             *height)
{
  GtkWidget *view = GTK_WIDGET (self->window->chart_view);

  *width = MAX (gtk_widget_get_width (view), 320);
  *height = MAX (gtk_widget_get_height (view), 200);
}

static void
get_size (AwcExportDialog *self,
          int             *width,
          int             *height)
{
  switch (dropdown_get (self->size_dropdown))
    {
    case SIZE_1600:
      *width = 1600, *height = 900;
      break;
    case SIZE_1920:
      *width = 1920, *height = 1080;
      break;
    case SIZE_CUSTOM:
      *width = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->width_spin));
      *height = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->height_spin));
      break;
    case SIZE_VIEW:
    default:
      get_view_size (self, width, height);
    }
}

static void
load_settings (AwcExportDialog *self)
{
  int width = g_settings_get_int (self->settings, "export-width");
  int height = g_settings_get_int (self->settings, "export-height");
  guint size = SIZE_CUSTOM;

  if (width <= 0 || height <= 0)
    size = SIZE_VIEW;
  else if (width == 1600 && height == 900)
    size = SIZE_1600;
  else if (width == 1920 && height == 1080)
    size = SIZE_1920;
  else
    {
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->width_spin), width);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->height_spin), height);
    }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->format_dropdown),
                              g_settings_get_enum (self->settings, "export-format"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->size_dropdown), size);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->scale_dropdown),
                              g_settings_get_int (self->settings, "export-scale") - 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->theme_dropdown),
                              g_settings_get_boolean (self->settings, "export-dark") ? 1 : 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->range_dropdown),
                              g_settings_get_boolean (self->settings, "export-zoomed") ? 1 : 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->buckets_check),
                               g_settings_get_boolean (self->settings, "export-buckets"));
}

static void
save_settings (AwcExportDialog *self)
{
  guint size = dropdown_get (self->size_dropdown);
  int width = 0, height = 0;

  if (size != SIZE_VIEW)
    get_size (self, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "export-format", dropdown_get (self->format_dropdown));
  g_settings_set_int (self->settings, "export-width", width);
  g_settings_set_int (self->settings, "export-height", height);
  g_settings_set_int (self->settings, "export-scale", dropdown_get (self->scale_dropdown) + 1);
  g_settings_set_boolean (self->settings, "export-dark", dropdown_get (self->theme_dropdown) == 1);
  g_settings_set_boolean (self->settings, "export-zoomed", dropdown_get (self->range_dropdown) == 1);
  g_settings_set_boolean (self->settings, "export-buckets",
                          gtk_check_button_get_active (GTK_CHECK_BUTTON (self->buckets_check)));
  g_settings_apply (self->settings);
}

static void
awc_export_dialog_export_to (AwcExportDialog *self,
                             GFile           *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  AwcExportFormat format;
  AwcRenderOptions options;
  int width, height;

  if (path == NULL)
    {
      _awc_window_show_banner (self->window, _("Could not export: only local files can be written"));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* The chosen format wins when the name has no known extension. */
  if (!awc_export_format_from_path (path, &format, NULL))
    {
      char *with_ext = g_strdup_printf ("%s.%s", path, extensions[dropdown_get (self->format_dropdown)]);

      g_free (path);
      path = with_ext;
      format = dropdown_get (self->format_dropdown);
    }

  if (parent != NULL && (folder = g_file_get_path (parent)) != NULL)
    g_settings_set_string (self->settings, "last-export-folder", folder);

  /* Start from what the view shows (drawn series), then apply the choices. */
  awc_chart_view_get_render_options (self->window->chart_view, &options);
  options.theme = dropdown_get (self->theme_dropdown) == 1 ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options.show_buckets = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->buckets_check));
  if (dropdown_get (self->range_dropdown) == 0)
    options.t0 = options.t1 = NAN;
  get_size (self, &width, &height);

  /* The options are copied by the export, so borrowing from the view is fine. */
  /* Scale is a pixel density: vector and table formats ignore it. */
  awc_window_export_file_async (self->window, path, width, height,
                                format == AWC_EXPORT_PNG ? dropdown_get (self->scale_dropdown) + 1 : 1,
                                &options, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AwcExportDialog) self = user_data;
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  if (file != NULL)
    awc_export_dialog_export_to (self, file);
}

static char *
suggested_name (AwcExportDialog *self)
{
  AwcReport *report = awc_window_get_report (self->window);
  const char *title = report ? awc_report_get_title (report) : NULL;
  const char *ext = extensions[dropdown_get (self->format_dropdown)];
  g_autofree char *base = NULL;

  if (title != NULL && *title != '\0')
    base = g_strdup (title);
  else if (report != NULL && awc_report_get_source (report) != NULL)
    {
      g_autofree char *name = g_path_get_basename (awc_report_get_source (report));
      char *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      base = g_steal_pointer (&name);
    }
  else
    base = g_strdup (_("chart"));
  g_strdelimit (base, "/\\:", '-');
  return g_strdup_printf ("%s.%s", base, ext);
}

static GFile *
initial_folder (AwcExportDialog *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "last-export-folder");
  const char *pictures = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);

  if (folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  if (pictures != NULL && g_file_test (pictures, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (pictures);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
export_clicked_cb (AwcExportDialog *self)
{
  g_autofree char *name = suggested_name (self);
  g_autoptr(GFile) folder = initial_folder (self);

  save_settings (self);

  awc_file_chooser_save_async (GTK_WINDOW (self), _("Export Chart"), _("_Export"), NULL,
                               name, folder, NULL, save_chosen_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (AwcExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
awc_export_dialog_dispose (GObject *object)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->window);

  G_OBJECT_CLASS (awc_export_dialog_parent_class)->dispose (object);
}

static void
awc_export_dialog_class_init (AwcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/awc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, size_list);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, custom_box);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, buckets_check);
  gtk_widget_class_bind_template_callback (widget_class, update_sensitivity);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
awc_export_dialog_init (AwcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
}

AwcExportDialog *
awc_export_dialog_new (AwcWindow *window)
{
  AwcExportDialog *self;
  g_autofree char *view_label = NULL;
  int width, height;

  g_return_val_if_fail (AWC_IS_WINDOW (window), NULL);

  self = g_object_new (AWC_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);

  get_view_size (self, &width, &height);
  /* Translators: the chart view's current size in pixels */
  view_label = g_strdup_printf (_("Size of the view (%d × %d)"), width, height);
  gtk_string_list_splice (self->size_list, 0, 1, (const char * const[]) { view_label, NULL });

  load_settings (self);
  update_sensitivity (self);
  return self;
}
