/* awc-export-dialog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-export-dialog.h"
#include "awc-file-chooser.h"
#include "awc-message-bar.h"
#include "awc-util.h"

/* The dialog knows nothing of the window that opened it: the caller gives
 * it the view's size and a file name, and renders from the options. */

enum { SIZE_VIEW, SIZE_1600, SIZE_1920, SIZE_CUSTOM };

static const char * const extensions[] = { "png", "svg", "pdf", "csv" };

struct _AwcExportDialog
{
  GtkWindow      parent_instance;

  /* Owned */
  GSettings     *settings;
  char          *suggested_name;
  int            view_width;
  int            view_height;
  gboolean       comparison;
  gboolean       has_delta;

  /* Template widgets */
  AwcMessageBar *message_bar;
  GtkWidget     *format_dropdown;
  GtkStringList *format_list;
  GtkWidget     *size_dropdown;
  GtkStringList *size_list;
  GtkWidget     *custom_box;
  GtkWidget     *width_spin;
  GtkWidget     *height_spin;
  GtkWidget     *scale_dropdown;
  GtkWidget     *theme_dropdown;
  GtkWidget     *range_dropdown;
  GtkWidget     *layout_label;
  GtkWidget     *layout_dropdown;
  GtkWidget     *delta_check;
  GtkWidget     *buckets_check;
};

G_DEFINE_FINAL_TYPE (AwcExportDialog, awc_export_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_VIEW_WIDTH,
  PROP_VIEW_HEIGHT,
  PROP_SUGGESTED_NAME,
  PROP_HAS_DELTA,
  PROP_LAYOUT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum { SIGNAL_EXPORT, N_SIGNALS };
static guint signals[N_SIGNALS];

static guint
dropdown_get (GtkWidget *dropdown)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
}

static void
dropdown_set (GtkWidget *dropdown,
              guint      position)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), position);
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
  /* A comparison's tables come from its delta summary. */
  gtk_widget_set_sensitive (self->buckets_check, image && (!self->comparison || self->has_delta));
  gtk_widget_set_sensitive (self->delta_check, self->has_delta);
}

static void
update_view_label (AwcExportDialog *self)
{
  g_autofree char *label = NULL;
  guint selected = dropdown_get (self->size_dropdown);

  if (self->view_width > 0 && self->view_height > 0)
    /* Translators: the chart view's current size in pixels */
    label = g_strdup_printf (_("Size of the view (%d × %d)"), self->view_width, self->view_height);
  else
    label = g_strdup (_("Size of the view"));
  gtk_string_list_splice (self->size_list, SIZE_VIEW, 1, (const char * const[]) { label, NULL });
  /* Replacing the item resets the selection. */
  dropdown_set (self->size_dropdown, selected);
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
      /* Not laid out yet (or a test): a useful size rather than nothing. */
      *width = MAX (self->view_width, 320);
      *height = MAX (self->view_height, 200);
    }
}

static void
set_size (AwcExportDialog *self,
          int              width,
          int              height)
{
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
  dropdown_set (self->size_dropdown, size);
}

void
awc_export_dialog_get_options (AwcExportDialog  *self,
                               AwcExportOptions *options)
{
  g_return_if_fail (AWC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = dropdown_get (self->format_dropdown);
  get_size (self, &options->width, &options->height);
  /* Scale is a pixel density: vector and table formats ignore it. */
  options->scale = options->format == AWC_EXPORT_PNG ? dropdown_get (self->scale_dropdown) + 1 : 1;
  options->dark = dropdown_get (self->theme_dropdown) == 1;
  /* What is on screen comes first: the visible range is item 0. */
  options->whole_run = dropdown_get (self->range_dropdown) == 1;
  options->buckets = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->buckets_check));
  if (self->comparison)
    {
      options->buckets = options->buckets && self->has_delta;
      options->delta_table = self->has_delta &&
                             gtk_check_button_get_active (GTK_CHECK_BUTTON (self->delta_check));
      options->layout = dropdown_get (self->layout_dropdown);
    }
}

void
awc_export_dialog_set_options (AwcExportDialog        *self,
                               const AwcExportOptions *options)
{
  g_return_if_fail (AWC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  /* Comparisons have no CSV (the list stops at PDF). */
  if (options->format < g_list_model_get_n_items (G_LIST_MODEL (self->format_list)))
    dropdown_set (self->format_dropdown, options->format);
  set_size (self, options->width, options->height);
  dropdown_set (self->scale_dropdown, CLAMP ((int) options->scale, 1, 3) - 1);
  dropdown_set (self->theme_dropdown, options->dark ? 1 : 0);
  dropdown_set (self->range_dropdown, options->whole_run ? 1 : 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->buckets_check), options->buckets);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->delta_check), options->delta_table);
  dropdown_set (self->layout_dropdown, MIN (options->layout, AWC_EXPORT_LAYOUT_OVERLAY));
}

static void
load_settings (AwcExportDialog *self)
{
  AwcExportOptions options = { 0 };

  options.format = g_settings_get_enum (self->settings, "export-format");
  if (self->comparison && options.format == AWC_EXPORT_CSV)
    options.format = AWC_EXPORT_PNG;
  options.width = g_settings_get_int (self->settings, "export-width");
  options.height = g_settings_get_int (self->settings, "export-height");
  options.scale = g_settings_get_int (self->settings, "export-scale");
  options.dark = g_settings_get_boolean (self->settings, "export-dark");
  options.whole_run = !g_settings_get_boolean (self->settings, "export-zoomed");
  options.buckets = g_settings_get_boolean (self->settings, "export-buckets");
  options.delta_table = TRUE;
  options.layout = dropdown_get (self->layout_dropdown);
  awc_export_dialog_set_options (self, &options);
}

static void
save_settings (AwcExportDialog *self)
{
  AwcExportOptions options;
  int width = 0, height = 0;

  awc_export_dialog_get_options (self, &options);
  /* 0 × 0 remembers "the size of the view", whatever it is next time. */
  if (dropdown_get (self->size_dropdown) != SIZE_VIEW)
    width = options.width, height = options.height;

  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "export-format", options.format);
  g_settings_set_int (self->settings, "export-width", width);
  g_settings_set_int (self->settings, "export-height", height);
  g_settings_set_int (self->settings, "export-scale", dropdown_get (self->scale_dropdown) + 1);
  g_settings_set_boolean (self->settings, "export-dark", options.dark);
  g_settings_set_boolean (self->settings, "export-zoomed", !options.whole_run);
  g_settings_set_boolean (self->settings, "export-buckets",
                          gtk_check_button_get_active (GTK_CHECK_BUTTON (self->buckets_check)));
  g_settings_apply (self->settings);
}

void
awc_export_dialog_respond (AwcExportDialog *self,
                           GFile           *file)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  guint n_formats = g_list_model_get_n_items (G_LIST_MODEL (self->format_list));
  AwcExportOptions options;
  AwcExportFormat format;

  g_return_if_fail (AWC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The renderers write through a temporary file next to the target,
   * which needs a local path; the dialog stays for another choice. */
  if (!g_file_is_native (file))
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: "Cannot export to URI: …" */
      g_autofree char *message = g_strdup_printf (_("Cannot export to %s: only local files can be written"), uri);

      awc_message_bar_show_error (self->message_bar, message);
      return;
    }

  /* A typed extension the dialog offers wins; otherwise the chosen
   * format's is added. */
  name = g_file_get_basename (file);
  if (name != NULL && awc_export_format_from_path (name, &format, NULL) && format < n_formats)
    {
      dropdown_set (self->format_dropdown, format);
      target = g_object_ref (file);
    }
  else
    {
      g_autofree char *with_ext = g_strdup_printf ("%s.%s", name != NULL ? name : "chart",
                                                   extensions[dropdown_get (self->format_dropdown)]);

      parent = g_file_get_parent (file);
      target = parent != NULL ? g_file_get_child (parent, with_ext) : g_object_ref (file);
      g_clear_object (&parent);
    }

  save_settings (self);
  parent = g_file_get_parent (target);
  if (parent != NULL && (folder = g_file_get_path (parent)) != NULL)
    g_settings_set_string (self->settings, "last-export-folder", folder);

  awc_export_dialog_get_options (self, &options);
  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_EXPORT], 0, target, &options);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
save_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AwcExportDialog) self = user_data;
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  if (file != NULL)
    awc_export_dialog_respond (self, file);
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
  const char *base = self->suggested_name;
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = initial_folder (self);

  if (base == NULL || *base == '\0')
    base = self->comparison ? _("comparison") : _("chart");
  name = g_strdup_printf ("%s.%s", base, extensions[dropdown_get (self->format_dropdown)]);
  g_strdelimit (name, "/\\:", '-');
  save_settings (self);

  awc_file_chooser_save_async (GTK_WINDOW (self),
                               self->comparison ? _("Export Comparison") : _("Export Chart"),
                               _("_Export"), NULL, name, folder, NULL,
                               save_chosen_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (AwcExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
awc_export_dialog_constructed (GObject *object)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (awc_export_dialog_parent_class)->constructed (object);

  if (self->comparison)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Export Comparison"));
      gtk_string_list_remove (self->format_list, AWC_EXPORT_CSV);
      gtk_widget_set_visible (self->layout_label, TRUE);
      gtk_widget_set_visible (self->layout_dropdown, TRUE);
      gtk_widget_set_visible (self->delta_check, TRUE);
    }
  update_view_label (self);
  load_settings (self);
  update_sensitivity (self);
}

static void
awc_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      self->comparison = g_value_get_boolean (value);
      break;
    case PROP_VIEW_WIDTH:
    case PROP_VIEW_HEIGHT:
      {
        int *target = prop_id == PROP_VIEW_WIDTH ? &self->view_width : &self->view_height;

        if (*target != g_value_get_int (value))
          {
            *target = g_value_get_int (value);
            update_view_label (self);
            g_object_notify_by_pspec (object, pspec);
          }
      }
      break;
    case PROP_SUGGESTED_NAME:
      if (awc_set_str (&self->suggested_name, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_HAS_DELTA:
      if (self->has_delta != g_value_get_boolean (value))
        {
          self->has_delta = g_value_get_boolean (value);
          update_sensitivity (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_LAYOUT:
      if (dropdown_get (self->layout_dropdown) != g_value_get_uint (value))
        {
          dropdown_set (self->layout_dropdown, g_value_get_uint (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_boolean (value, self->comparison);
      break;
    case PROP_VIEW_WIDTH:
      g_value_set_int (value, self->view_width);
      break;
    case PROP_VIEW_HEIGHT:
      g_value_set_int (value, self->view_height);
      break;
    case PROP_SUGGESTED_NAME:
      g_value_set_string (value, self->suggested_name);
      break;
    case PROP_HAS_DELTA:
      g_value_set_boolean (value, self->has_delta);
      break;
    case PROP_LAYOUT:
      g_value_set_uint (value, dropdown_get (self->layout_dropdown));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_export_dialog_dispose (GObject *object)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (awc_export_dialog_parent_class)->dispose (object);
}

static void
awc_export_dialog_finalize (GObject *object)
{
  AwcExportDialog *self = AWC_EXPORT_DIALOG (object);

  g_free (self->suggested_name);

  G_OBJECT_CLASS (awc_export_dialog_parent_class)->finalize (object);
}

static void
awc_export_dialog_class_init (AwcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = awc_export_dialog_constructed;
  object_class->set_property = awc_export_dialog_set_property;
  object_class->get_property = awc_export_dialog_get_property;
  object_class->dispose = awc_export_dialog_dispose;
  object_class->finalize = awc_export_dialog_finalize;

  g_type_ensure (AWC_TYPE_MESSAGE_BAR);

  properties[PROP_COMPARISON] =
    g_param_spec_boolean ("comparison", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_WIDTH] = g_param_spec_int ("view-width", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_VIEW_HEIGHT] = g_param_spec_int ("view-height", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SUGGESTED_NAME] = g_param_spec_string ("suggested-name", NULL, NULL, NULL, flags);
  properties[PROP_HAS_DELTA] = g_param_spec_boolean ("has-delta", NULL, NULL, FALSE, flags);
  properties[PROP_LAYOUT] = g_param_spec_uint ("layout", NULL, NULL, 0, AWC_EXPORT_LAYOUT_OVERLAY,
                                               AWC_EXPORT_LAYOUT_SIDE_BY_SIDE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_EXPORT] =
    g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/awc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, message_bar);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, format_list);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, size_list);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, custom_box);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, layout_label);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, layout_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcExportDialog, delta_check);
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
awc_export_dialog_new (GtkWindow *parent,
                       gboolean   comparison)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (AWC_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "comparison", comparison,
                       NULL);
}
