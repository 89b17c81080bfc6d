/* awc-application.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AWC_TYPE_APPLICATION (awc_application_get_type ())
G_DECLARE_FINAL_TYPE (AwcApplication, awc_application, AWC, APPLICATION, GtkApplication)

AwcApplication *awc_application_new          (void);
/* The app's settings (io.github.awchart.AwChart), from startup on; borrowed. */
GSettings      *awc_application_get_settings (AwcApplication *self);

G_END_DECLS
