/* awc-window.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "awc-application.h"

G_BEGIN_DECLS

#define AWC_TYPE_WINDOW (awc_window_get_type ())
G_DECLARE_FINAL_TYPE (AwcWindow, awc_window, AWC, WINDOW, GtkApplicationWindow)

AwcWindow *awc_window_new (AwcApplication *application);

G_END_DECLS
