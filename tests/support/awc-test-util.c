/* awc-test-util.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "awc-test-util.h"
#include "ui/compare/awc-compare-view.h"
#include "ui/compare/awc-compare-window-private.h"

void
awc_test_count_notify (GObject    *object,
                       GParamSpec *pspec,
                       guint      *counter)
{
  (*counter)++;
}

static GMutex log_lock;
static GString *log_text;

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  g_mutex_lock (&log_lock);
  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length < 0)
        g_string_append (log_text, fields[i].value);
      else
        g_string_append_len (log_text, fields[i].value, fields[i].length);
      g_string_append_c (log_text, '\n');
    }
  g_mutex_unlock (&log_lock);
  return g_log_writer_default (level, fields, n_fields, user_data);
}

GString *
awc_test_log_capture (void)
{
  /* GLib accepts one writer per process. */
  if (log_text == NULL)
    {
      log_text = g_string_new (NULL);
      g_log_set_writer_func (capture_writer, NULL, NULL);
    }
  return log_text;
}

void
awc_test_log_lock (void)
{
  g_mutex_lock (&log_lock);
}

void
awc_test_log_unlock (void)
{
  g_mutex_unlock (&log_lock);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

double
awc_test_median (double *values,
                 guint   n)
{
  if (n == 0)
    return NAN;
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

gpointer
awc_test_find_controller (GtkWidget *widget,
                          GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it alive */
    }
  g_error ("%s has no %s", G_OBJECT_TYPE_NAME (widget), g_type_name (type));
}

guchar *
awc_test_render_widget (GtkWidget *widget,
                        int       *width,
                        int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  const char *debug_dir = g_getenv ("AWC_DEBUG_PNG");
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  if (!(node = gtk_snapshot_free_to_node (snapshot)))
    return NULL;

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  if (debug_dir != NULL)
    {
      static int n;
      g_autofree char *name = g_strdup_printf ("%s/view-%d.png", debug_dir, n++);

      gdk_texture_save_to_png (texture, name);
    }
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

gboolean
awc_test_compare_window_settled (gpointer window)
{
  AwcCompareView *view = _awc_compare_window_get_view (window);

  return !_awc_compare_window_is_busy (window) &&
         gtk_widget_get_width (GTK_WIDGET (view)) > 0 &&
         !awc_compare_view_is_rendering (view);
}

void
awc_test_assert_same_run_own_series (AwcReport *shown,
                                     AwcReport *original)
{
  g_autoptr(AwcSeries) s_shown = NULL;
  g_autoptr(AwcSeries) s_orig = NULL;

  g_assert_true (shown != original);
  g_assert_true (awc_report_get_timestamps (shown, NULL) == awc_report_get_timestamps (original, NULL));
  g_assert_cmpstr (awc_report_get_title (shown), ==, awc_report_get_title (original));
  s_shown = g_list_model_get_item (awc_report_get_series (shown), 0);
  s_orig = g_list_model_get_item (awc_report_get_series (original), 0);
  g_assert_true (awc_series_get_visible (s_orig));
  awc_series_set_visible (s_shown, FALSE);
  g_assert_true (awc_series_get_visible (s_orig));
  awc_series_set_visible (s_shown, TRUE);
}
