/* window-fixture.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the window tests: one registered AwcApplication, a window with
 * the ramp-up sample loaded, main-loop helpers and widget lookups. */
#pragma once

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "awc-test-util.h"
#include "gtk-test-loop.h"
#include "ui/awc-application.h"
#include "ui/panels/awc-series-row.h"
#include "ui/awc-window-private.h"

typedef struct
{
  AwcApplication *app;
  AwcWindow      *window;
} Fixture;


static inline gboolean
not_loading (gpointer data)
{
  return !awc_window_get_loading (data);
}

static inline gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static inline gboolean
chart_laid_out (gpointer data)
{
  AwcWindow *window = data;

  return gtk_widget_get_mapped (GTK_WIDGET (window))
         && gtk_widget_get_width (GTK_WIDGET (window->chart_view)) > 0;
}

/* One registered application for the whole run, like a real session. */
static AwcApplication *test_app;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->app = g_object_ref (test_app);
  fixture->window = awc_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (awc_window_is_empty (fixture->window));

  awc_window_open_sample (fixture->window, "ramp-up");
  g_assert_true (awc_window_get_loading (fixture->window));
  wait_until (not_loading, fixture->window);
  g_assert_nonnull (awc_window_get_report (fixture->window));
  /* Layout takes a variable number of frames (many more under ASan). */
  wait_until (chart_laid_out, fixture->window);
  run_frames (300);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* Nothing (bindings, tasks, timeouts) may keep the window alive. */
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  run_frames (50);
  g_assert_null (fixture->window);
  g_clear_object (&fixture->app);
}

static inline GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *widget, gpointer data),
             gpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_row_of (GtkWidget *widget,
           gpointer   series)
{
  return AWC_IS_SERIES_ROW (widget)
         && awc_series_row_get_series (AWC_SERIES_ROW (widget)) == series;
}

static inline gboolean
is_check_button (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_CHECK_BUTTON (widget);
}

static inline gboolean
is_column_view (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_COLUMN_VIEW (widget);
}

/* The chart view's pixels, drawn the way GTK draws them on screen.  The
 * view renders its plot in a thread, so between a change and the next frame
 * it may have no node yet: let frames pass until it has one. */
static inline GBytes *
render_widget (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guchar *pixels;
  int width, height;

  g_assert_cmpint (gtk_widget_get_width (widget), >, 100);
  g_assert_cmpint (gtk_widget_get_height (widget), >, 100);
  while ((pixels = awc_test_render_widget (widget, &width, &height)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      run_frames (20);
    }
  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}

/* Renders until the picture stays the same for five frames in a row. */
static inline GBytes *
render_settled (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GBytes *bytes = render_widget (widget);
  guint same = 0;

  while (same < 5)
    {
      GBytes *again;

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      run_frames (50);
      again = render_widget (widget);
      if (g_bytes_equal (bytes, again))
        same++;
      else
        same = 0;
      g_bytes_unref (bytes);
      bytes = again;
    }
  return bytes;
}

/* Renders until the picture differs from (@differ TRUE) or equals @other,
 * then returns the settled picture; fails after 30 s. */
static inline GBytes *
render_until (GtkWidget *widget,
              GBytes    *other,
              gboolean   differ)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GBytes) bytes = render_widget (widget);

      if (g_bytes_equal (bytes, other) != differ)
        return render_settled (widget);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      run_frames (50);
    }
}

static char *test_data_home;

/* Removes what window_test_init() created; returns @ret. */
static inline int
window_test_finish (int ret)
{
  g_autofree char *recent = g_build_filename (test_data_home, "recently-used.xbel", NULL);

  g_clear_object (&test_app);
  g_unlink (recent);
  g_rmdir (test_data_home);
  g_clear_pointer (&test_data_home, g_free);
  return ret;
}

/* Call first in main(): FALSE (after printing the TAP skip line) when
 * there is no display. */
static inline gboolean
window_test_init (int    *argc,
                  char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* Keep the recent-files list out of the user's home, and apart from the
   * other window tests running at the same time (a half-written list is
   * a warning, fatal here). */
  test_data_home = g_dir_make_tmp ("awc-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", test_data_home, TRUE);

  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }

  test_app = g_object_new (AWC_TYPE_APPLICATION,
                           "application-id", APP_ID,
                           "flags", G_APPLICATION_NON_UNIQUE,
                           NULL);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
  return TRUE;
}

#define WINDOW_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
