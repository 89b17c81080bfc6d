/* awc-test-util.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers that several tests (and the benchmark) need, kept here
 * once instead of copied into each file. */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-report.h"
#include "ui/compare/awc-compare-window.h"

G_BEGIN_DECLS

/* A "notify" handler that counts: connect it with a guint * as data. */
void      awc_test_count_notify               (GObject          *object,
                                               GParamSpec       *pspec,
                                               guint            *counter);

/* Appends every log record from now on (all its fields, debug included,
 * from any thread) to one process-wide string, then logs it as usual:
 * the tests look there for messages and for secrets that must not be
 * there.  Call before g_test_init (); returns the string (not owned).
 * Hold awc_test_log_lock () to read it while other threads may log. */
GString  *awc_test_log_capture                (void);
void      awc_test_log_lock                   (void);
void      awc_test_log_unlock                 (void);

/* The median of @n values (sorts them); NAN for none. */
double    awc_test_median                     (double           *values,
                                               guint             n);

/* The first event controller of @type on @widget (borrowed: the widget
 * keeps it); fails the test when there is none. */
gpointer  awc_test_find_controller            (GtkWidget        *widget,
                                               GType             type);

/* @widget's current picture as GTK draws it on screen (its snapshot,
 * rendered by its window's renderer): premultiplied BGRA, rows of 4 ×
 * *@width bytes; NULL while it has nothing to draw yet.  With
 * AWC_DEBUG_PNG=DIR each picture is also saved there, numbered. */
guchar   *awc_test_render_widget              (GtkWidget        *widget,
                                               int              *width,
                                               int              *height);

/* For wait_until (): the compare window has loaded both runs and laid out
 * its view, and no plot is being rendered. */
gboolean  awc_test_compare_window_settled     (gpointer          window);

/* The compare window shows @original through its own copy: the same
 * sample arrays and title, but its own series, so hiding a series while
 * comparing leaves the report window alone. */
void      awc_test_assert_same_run_own_series (AwcReport        *shown,
                                               AwcReport        *original);

G_END_DECLS
