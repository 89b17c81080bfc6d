/* awc-theme.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean awc_theme_is_dark (GtkWidget *widget);
void     awc_theme_watch   (GtkWidget *widget,
                            GCallback  callback);

G_END_DECLS
