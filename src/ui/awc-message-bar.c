/* awc-message-bar.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-message-bar.h"
#include "awc-util.h"
#include "render/awc-export.h"

/* GtkFileLauncher (4.10) replaces gtk_show_uri; use it only when both the
 * headers and GDK_VERSION_MAX_ALLOWED permit it, like awc-file-chooser.c. */
#if GTK_CHECK_VERSION (4, 10, 0)
# if GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
#  define AWC_USE_FILE_LAUNCHER 1
# endif
#endif
#ifndef AWC_USE_FILE_LAUNCHER
# define AWC_USE_FILE_LAUNCHER 0
#endif

/* Long enough to read a file name, short enough not to cover the chart
 * controls for long. */
#define AUTO_HIDE_SECONDS 5

struct _AwcMessageBar
{
  GtkWidget  parent_instance;

  /* Owned */
  char      *text;
  GFile     *file;
  guint      hide_source;
  gboolean   error;

  /* Template widgets */
  GtkWidget *revealer;
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *label;
  GtkWidget *open_button;
};

G_DEFINE_FINAL_TYPE (AwcMessageBar, awc_message_bar, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TEXT, PROP_FILE, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
set_state (AwcMessageBar *self,
           const char    *message,
           GFile         *file,
           gboolean       error)
{
  g_autofree char *escaped = message != NULL ? awc_escape_text (message) : NULL;

  g_clear_handle_id (&self->hide_source, g_source_remove);
  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->text, escaped) != 0)
    {
      g_free (self->text);
      self->text = g_steal_pointer (&escaped);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  error = !!error;
  if (self->error != error)
    {
      self->error = error;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }

  if (self->text != NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->label), self->text);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->icon),
                                    error ? "dialog-error-symbolic" : "object-select-symbolic");
      if (error)
        gtk_widget_add_css_class (self->box, "error");
      else
        gtk_widget_remove_css_class (self->box, "error");
      gtk_widget_set_visible (self->open_button, file != NULL);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.open", file != NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), self->text != NULL);

  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
hide_cb (gpointer user_data)
{
  AwcMessageBar *self = user_data;

  self->hide_source = 0;
  awc_message_bar_dismiss (self);
  return G_SOURCE_REMOVE;
}

static void
show_confirmation (AwcMessageBar *self,
                   const char    *message,
                   GFile         *file)
{
  set_state (self, message, file, FALSE);
  self->hide_source = g_timeout_add_seconds (AUTO_HIDE_SECONDS, hide_cb, self);
}

void
awc_message_bar_show_info (AwcMessageBar *self,
                           const char    *message)
{
  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));
  g_return_if_fail (message != NULL);

  show_confirmation (self, message, NULL);
}

void
awc_message_bar_show_file (AwcMessageBar *self,
                           const char    *message,
                           GFile         *file)
{
  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));
  g_return_if_fail (message != NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  show_confirmation (self, message, file);
}

void
awc_message_bar_show_error (AwcMessageBar *self,
                            const char    *message)
{
  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));
  g_return_if_fail (message != NULL);

  set_state (self, message, NULL, TRUE);
}

void
awc_message_bar_show_export_result (AwcMessageBar *self,
                                    GFile         *file,
                                    const GError  *error)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* The path as typed (escaped when shown), not a URI with %-escapes. */
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_parse_name (file);
  if (error != NULL && strstr (error->message, name) != NULL)
    {
      /* The reason names the file already. */
      /* Translators: "Could not export: reason" */
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      awc_message_bar_show_error (self, message);
    }
  else if (error != NULL)
    {
      /* Translators: "Could not export to FILE: reason" */
      message = g_strdup_printf (_("Could not export to %s: %s"), name, error->message);
      awc_message_bar_show_error (self, message);
    }
  else
    {
      /* Translators: the file just written */
      message = g_strdup_printf (_("Exported to %s"), name);
      awc_message_bar_show_file (self, message, file);
    }
}

void
awc_message_bar_finish_copy (AwcMessageBar *self,
                             GAsyncResult  *export_result,
                             GTask         *owned_task)
{
  g_autoptr(GTask) task = owned_task;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));
  g_return_if_fail (G_IS_TASK (task));

  png = awc_export_finish (export_result, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      /* Cancelled: the window is closing, there is nobody to tell. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: "Could not copy the chart: reason" */
          g_autofree char *message = g_strdup_printf (_("Could not copy the chart: %s"), error->message);

          awc_message_bar_show_error (self, message);
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  awc_message_bar_show_info (self, _("Chart copied to the clipboard"));
  g_task_return_boolean (task, TRUE);
}

void
awc_message_bar_dismiss (AwcMessageBar *self)
{
  g_return_if_fail (AWC_IS_MESSAGE_BAR (self));

  set_state (self, NULL, NULL, FALSE);
}

const char *
awc_message_bar_get_text (AwcMessageBar *self)
{
  g_return_val_if_fail (AWC_IS_MESSAGE_BAR (self), NULL);

  return self->text;
}

GFile *
awc_message_bar_get_file (AwcMessageBar *self)
{
  g_return_val_if_fail (AWC_IS_MESSAGE_BAR (self), NULL);

  return self->file;
}

gboolean
awc_message_bar_get_error (AwcMessageBar *self)
{
  g_return_val_if_fail (AWC_IS_MESSAGE_BAR (self), FALSE);

  return self->error;
}

gboolean
_awc_message_bar_get_auto_hide (AwcMessageBar *self)
{
  return self->hide_source != 0;
}

/* Opening */

typedef struct
{
  AwcMessageBar *self;
  GFile         *file;
  gboolean       folder;   /* the second try: the folder that holds it */
} LaunchData;

static void
launch_data_free (LaunchData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LaunchData, launch_data_free)

static void launch_done_cb (GObject *object, GAsyncResult *result, gpointer user_data);

static void
launch (AwcMessageBar *self,
        GFile         *file,
        gboolean       folder)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  LaunchData *data = g_new0 (LaunchData, 1);

  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->folder = folder;
#if AWC_USE_FILE_LAUNCHER
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

    if (folder)
      gtk_file_launcher_open_containing_folder (launcher, parent, NULL, launch_done_cb, data);
    else
      gtk_file_launcher_launch (launcher, parent, NULL, launch_done_cb, data);
  }
#else
  {
    g_autoptr(GFile) target = folder ? g_file_get_parent (file) : g_object_ref (file);
    g_autofree char *uri = g_file_get_uri (target != NULL ? target : file);
    g_autoptr(GAppLaunchContext) context = NULL;

    if (parent != NULL)
      context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (parent))));
    g_app_info_launch_default_for_uri_async (uri, context, NULL, launch_done_cb, data);
  }
#endif
}

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LaunchData) data = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

#if AWC_USE_FILE_LAUNCHER
  if (data->folder)
    ok = gtk_file_launcher_open_containing_folder_finish (GTK_FILE_LAUNCHER (object), result, &error);
  else
    ok = gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (object), result, &error);
#else
  ok = g_app_info_launch_default_for_uri_finish (result, &error);
#endif
  if (ok || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* No application for this type (a CSV on a bare system): show where it is. */
  if (!data->folder)
    {
      launch (data->self, data->file, TRUE);
      return;
    }
  {
    g_autofree char *name = g_file_get_parse_name (data->file);
    /* Translators: "Could not open FILE: reason" */
    g_autofree char *message = g_strdup_printf (_("Could not open %s: %s"), name, error->message);

    awc_message_bar_show_error (data->self, message);
  }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AwcMessageBar *self = AWC_MESSAGE_BAR (widget);

  if (self->file == NULL)
    return;
  launch (self, self->file, FALSE);
  awc_message_bar_dismiss (self);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  awc_message_bar_dismiss (AWC_MESSAGE_BAR (widget));
}

static void
awc_message_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AwcMessageBar *self = AWC_MESSAGE_BAR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, awc_message_bar_get_text (self));
      break;
    case PROP_FILE:
      g_value_set_object (value, awc_message_bar_get_file (self));
      break;
    case PROP_ERROR:
      g_value_set_boolean (value, awc_message_bar_get_error (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_message_bar_dispose (GObject *object)
{
  AwcMessageBar *self = AWC_MESSAGE_BAR (object);

  g_clear_handle_id (&self->hide_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_MESSAGE_BAR);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (awc_message_bar_parent_class)->dispose (object);
}

static void
awc_message_bar_finalize (GObject *object)
{
  AwcMessageBar *self = AWC_MESSAGE_BAR (object);

  g_free (self->text);

  G_OBJECT_CLASS (awc_message_bar_parent_class)->finalize (object);
}

static void
awc_message_bar_class_init (AwcMessageBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = awc_message_bar_get_property;
  object_class->dispose = awc_message_bar_dispose;
  object_class->finalize = awc_message_bar_finalize;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boolean ("error", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-message-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcMessageBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, AwcMessageBar, box);
  gtk_widget_class_bind_template_child (widget_class, AwcMessageBar, icon);
  gtk_widget_class_bind_template_child (widget_class, AwcMessageBar, label);
  gtk_widget_class_bind_template_child (widget_class, AwcMessageBar, open_button);
  gtk_widget_class_install_action (widget_class, "message.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "message.close", NULL, close_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "messagebar");
}

static void
awc_message_bar_init (AwcMessageBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "message.open", FALSE);
}

GtkWidget *
awc_message_bar_new (void)
{
  return g_object_new (AWC_TYPE_MESSAGE_BAR, NULL);
}
