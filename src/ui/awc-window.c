/* awc-window.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-window.h"

struct _AwcWindow
{
  GtkApplicationWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (AwcWindow, awc_window, GTK_TYPE_APPLICATION_WINDOW)

static void
awc_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_WINDOW);
  G_OBJECT_CLASS (awc_window_parent_class)->dispose (object);
}

static void
awc_window_class_init (AwcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-window.ui");
}

static void
awc_window_init (AwcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AwcWindow *
awc_window_new (AwcApplication *application)
{
  return g_object_new (AWC_TYPE_WINDOW, "application", application, NULL);
}
