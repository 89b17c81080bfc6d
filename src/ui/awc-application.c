/* awc-application.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-application.h"
#include "awc-window.h"

struct _AwcApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (AwcApplication, awc_application, GTK_TYPE_APPLICATION)

static void
awc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (awc_window_new (AWC_APPLICATION (app)));
  gtk_window_present (window);
}

static void
awc_application_class_init (AwcApplicationClass *klass)
{
  G_APPLICATION_CLASS (klass)->activate = awc_application_activate;
}

static void
awc_application_init (AwcApplication *self)
{
}

AwcApplication *
awc_application_new (void)
{
  return g_object_new (AWC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
