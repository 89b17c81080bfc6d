/* awc-welcome.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AWC_TYPE_WELCOME (awc_welcome_get_type ())
G_DECLARE_FINAL_TYPE (AwcWelcome, awc_welcome, AWC, WELCOME, GtkWidget)

/* The empty window's page: Open…, Open sample, Connect… and the recent
 * reports of this application.  Everything goes through actions
 * (win.open, win.open-sample, win.connect, win.open-uri). */
GtkWidget *awc_welcome_new (void);

G_END_DECLS
