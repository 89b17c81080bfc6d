/* awc-theme.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether a window's charts should be drawn dark: the report and compare
 * windows follow the same rule (no libadwaita style manager on the floor). */
#include "config.h"

#include "awc-theme.h"

/**
 * awc_theme_is_dark:
 * @widget: a widget, for its #GtkSettings
 *
 * Returns: %TRUE for a dark GTK theme: GTK_THEME ("Adwaita:dark")
 *   overrides the settings entirely; else the dark preference or a
 *   theme name ending in "-dark"
 */
gboolean
awc_theme_is_dark (GtkWidget *widget)
{
  GtkSettings *settings;
  g_autofree char *theme_name = NULL;
  const char *env = g_getenv ("GTK_THEME");
  gboolean prefer_dark = FALSE;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (env != NULL && *env != '\0')
    return g_str_has_suffix (env, ":dark") || g_str_has_suffix (env, "-dark");

  settings = gtk_widget_get_settings (widget);
  g_object_get (settings,
                "gtk-application-prefer-dark-theme", &prefer_dark,
                "gtk-theme-name", &theme_name,
                NULL);
  return prefer_dark || (theme_name != NULL && g_str_has_suffix (theme_name, "-dark"));
}

/**
 * awc_theme_watch:
 * @widget: the widget to call @callback on
 * @callback: (scope notified): `void (*) (GtkWidget *widget)`
 *
 * Calls @callback on @widget now and whenever the dark preference or the
 * theme changes, for as long as @widget lives.
 */
void
awc_theme_watch (GtkWidget *widget,
                 GCallback  callback)
{
  GtkSettings *settings;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (callback != NULL);

  settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           callback, widget, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "notify::gtk-theme-name",
                           callback, widget, G_CONNECT_SWAPPED);
  ((void (*) (GtkWidget *)) callback) (widget);
}
