/* test-chart-view.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "awc-test-util.h"
#include "render/awc-palette.h"
#include "ui/chart/awc-chart-view-private.h"

/* A view's cursor and zoom live on its time axis controller. */
#define AXIS(view) awc_chart_view_get_time_axis (view)

/* 2023-05-04 17:24:44 UTC, the first sample of the bundled example. */
#define T0 1683221084.0
#define N_POINTS 61

typedef struct
{
  AwcReport    *report;
  GtkWidget    *window;
  AwcChartView *view;
} Fixture;

static double tps_at (guint i) { return i < 10 ? i * 5. : 48.; }
static double success_at (guint i) { return i < 10 ? i * 2. : 20. + (i % 5); }
static double average_at (guint i) { return 20. + (i % 7) - 2.; }

static AwcSeries *
make_series (const char *id,
             const char *title,
             const char *group,
             const char *group_title,
             AwcUnit     unit,
             guint       n_points,
             double    (*value_at) (guint i))
{
  GArray *values = g_array_sized_new (FALSE, FALSE, sizeof (double), n_points);

  for (guint i = 0; i < n_points; i++)
    {
      double v = value_at (i);
      g_array_append_val (values, v);
    }
  return awc_series_new (id, title, group, group_title, unit, values);
}

/* One sample per second from T0; three series in two panels, the second
 * throughput series alone with its colour. */
static AwcReport *
make_report_sized (guint n_points)
{
  AwcReport *report = awc_report_new ();
  GArray *timestamps = g_array_sized_new (FALSE, FALSE, sizeof (double), n_points);
  GPtrArray *series = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_points; i++)
    {
      double t = T0 + i;
      g_array_append_val (timestamps, t);
    }
  awc_report_set_title (report, "Test run");
  awc_report_set_timestamps (report, timestamps, TRUE);

  g_ptr_array_add (series, make_series ("tps_brokens.tps", "TPS", "throughput", "Throughput",
                                        AWC_UNIT_PER_SECOND, n_points, tps_at));
  g_ptr_array_add (series, make_series ("respcode_brokens.success", "Successful responses",
                                        "throughput", "Throughput",
                                        AWC_UNIT_PER_SECOND, n_points, success_at));
  g_ptr_array_add (series, make_series ("tps_brokens.average", "Average response time",
                                        "response-time", "Response time",
                                        AWC_UNIT_MILLISECONDS, n_points, average_at));
  awc_report_set_series (report, series);

  return report;
}

static AwcReport *
make_report (void)
{
  return make_report_sized (N_POINTS);
}

static void
wait_until_rendered (AwcChartView *view)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (_awc_chart_view_is_rendering (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (_awc_chart_view_is_rendering (view));
}

static void
wait_until_drawn (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)) ||
          _awc_chart_view_get_plot_render_count (fixture->view) == 0 ||
          gtk_widget_get_width (GTK_WIDGET (fixture->view)) < 700) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* Let any pending frame finish too. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  wait_until_rendered (fixture->view);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (fixture->view), >, 0);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->report = make_report_sized (data != NULL ? GPOINTER_TO_UINT (data) : N_POINTS);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  fixture->view = AWC_CHART_VIEW (awc_chart_view_new ());
  g_object_add_weak_pointer (G_OBJECT (fixture->view), (gpointer *) &fixture->view);
  awc_chart_view_set_report (fixture->view, fixture->report);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  /* Real pointer events off (the X pointer may sit over the window);
   * test_pointer emits the controller's signals itself. */
  gtk_event_controller_set_propagation_phase (awc_test_find_controller (GTK_WIDGET (fixture->view),
                                                               GTK_TYPE_EVENT_CONTROLLER_MOTION),
                                              GTK_PHASE_NONE);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_drawn (fixture);

  /* Xvfb's pointer rests mid-screen, inside the window: forget its
   * crossing so only the test moves the cursor. */
  g_signal_emit_by_name (awc_test_find_controller (GTK_WIDGET (fixture->view),
                                          GTK_TYPE_EVENT_CONTROLLER_MOTION), "leave");
  awc_time_axis_controller_set_cursor_pinned (AXIS (fixture->view), FALSE);
  awc_time_axis_controller_set_cursor_time (AXIS (fixture->view), NAN);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  AwcSeries *series = awc_report_find_series (fixture->report, "tps_brokens.tps");

  g_object_add_weak_pointer (G_OBJECT (series), (gpointer *) &series);

  /* A render thread in flight keeps the view alive until it returns. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while ((fixture->view != NULL || g_main_context_pending (NULL)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, fixture->view != NULL);
  g_assert_null (fixture->view);
  g_assert_finalize_object (fixture->report);
  /* Nothing in the view (watched series, the render copy) kept it. */
  g_assert_null (series);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window painted a frame with the current
 * state: the widget paintable shows the last frame's render node. */
static void
wait_for_frame (Fixture *fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (fixture->window);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong id;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (painted);
}

/* The view as the user sees it (the last frame of the window), read back
 * as 32-bit premultiplied BGRA. */
static guchar *
render_view (Fixture *fixture,
             int     *width,
             int     *height)
{
  guchar *pixels;

  wait_for_frame (fixture);
  pixels = awc_test_render_widget (GTK_WIDGET (fixture->view), width, height);
  g_assert_nonnull (pixels);
  return pixels;
}

/* Pixels within a small tolerance of the series' palette colour. */
static guint
count_series_pixels (Fixture    *fixture,
                     const char *series_id)
{
  AwcSeries *series = awc_report_find_series (fixture->report, series_id);
  g_autofree guchar *pixels = NULL;
  double rgba[4];
  int width, height, r, g, b;
  guint count = 0;

  g_assert_nonnull (series);
  awc_palette_get_color (AWC_THEME_LIGHT, awc_series_get_color_index (series), rgba);
  r = (int) lround (rgba[0] * 255);
  g = (int) lround (rgba[1] * 255);
  b = (int) lround (rgba[2] * 255);

  pixels = render_view (fixture, &width, &height);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      const guchar *p = pixels + i * 4;   /* B, G, R, A */

      if (p[3] == 255 && ABS (p[2] - r) <= 6 && ABS (p[1] - g) <= 6 && ABS (p[0] - b) <= 6)
        count++;
    }
  return count;
}

static void
test_pixels_follow_visibility (Fixture       *fixture,
                               gconstpointer  data)
{
  AwcSeries *success = awc_report_find_series (fixture->report, "respcode_brokens.success");
  guint before, after, renders;

  /* The second series of the throughput panel has a colour no other
   * series uses, so its pixels are its line (and legend swatch). */
  before = count_series_pixels (fixture, "respcode_brokens.success");
  g_assert_cmpuint (before, >, 50);

  renders = _awc_chart_view_get_plot_render_count (fixture->view);
  awc_series_set_visible (success, FALSE);
  after = count_series_pixels (fixture, "respcode_brokens.success");
  g_test_message ("series pixels: %u shown, %u hidden", before, after);
  g_assert_cmpuint (after, <, 5);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (fixture->view), ==, renders + 1);
  g_assert_cmpuint (count_series_pixels (fixture, "tps_brokens.tps"), >, 50);

  /* Its value also leaves the readout. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.cursor-first", NULL);
  g_assert_null (strstr (awc_chart_view_get_readout (fixture->view), "Successful"));

  awc_series_set_visible (success, TRUE);
  g_assert_cmpuint (count_series_pixels (fixture, "respcode_brokens.success"), >, 50);
  g_assert_nonnull (strstr (awc_chart_view_get_readout (fixture->view), "Successful responses 0 /s"));
}

static void
test_keyboard_cursor (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  guint renders = _awc_chart_view_get_plot_render_count (fixture->view);
  g_autofree char *readout = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;

  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view))));
  g_assert_cmpstr (awc_chart_view_get_readout (fixture->view), ==, "");

  gtk_widget_activate_action (view, "view.cursor-first", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0);
  g_assert_true (awc_time_axis_controller_get_cursor_pinned (AXIS (fixture->view)));
  for (guint i = 0; i < 30; i++)
    gtk_widget_activate_action (view, "view.cursor-next", NULL);

  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + 30);
  g_object_get (view, "readout", &readout, NULL);
  g_assert_cmpstr (readout, ==,
                   "2023-05-04 17:25:14 · +00:30 · TPS 48 /s · Successful responses 20 /s"
                   " · Average response time 20 ms");
  g_assert_nonnull (strstr (_awc_chart_view_get_description (fixture->view), readout));
  g_assert_nonnull (strstr (_awc_chart_view_get_description (fixture->view),
                            "Throughput: TPS, Successful responses. Response time: Average response time."));

  gtk_widget_activate_action (view, "view.cursor-next-page", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + 40);
  gtk_widget_activate_action (view, "view.cursor-previous-page", NULL);
  gtk_widget_activate_action (view, "view.cursor-previous", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + 29);
  g_assert_true (g_str_has_prefix (awc_chart_view_get_readout (fixture->view),
                                   "2023-05-04 17:25:13 · +00:29 · TPS 48 /s"));

  gtk_widget_activate_action (view, "view.cursor-last", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + 60);
  g_assert_true (g_str_has_prefix (awc_chart_view_get_readout (fixture->view),
                                   "2023-05-04 17:25:44 · +01:00 · "));
  /* Clamped at the end. */
  gtk_widget_activate_action (view, "view.cursor-next-page", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + 60);

  /* Drawing the cursor never re-renders the plot. */
  pixels = render_view (fixture, &width, &height);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (fixture->view), ==, renders);

  /* Escape unpins; with no pointer over the view the cursor goes away. */
  gtk_widget_activate_action (view, "view.unpin", NULL);
  g_assert_false (awc_time_axis_controller_get_cursor_pinned (AXIS (fixture->view)));
  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view))));
  g_assert_cmpstr (awc_chart_view_get_readout (fixture->view), ==, "");
}

static void
test_cursor_does_not_rerender (Fixture       *fixture,
                               gconstpointer  data)
{
  guint renders = _awc_chart_view_get_plot_render_count (fixture->view);
  g_autofree guchar *with_cursor = NULL;
  g_autofree guchar *without = NULL;
  int width, height;

  without = render_view (fixture, &width, &height);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree guchar *pixels = NULL;

      /* Snaps to the nearest sample. */
      awc_time_axis_controller_set_cursor_time (AXIS (fixture->view), T0 + i * 3 + 0.4);
      g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, T0 + i * 3);
      pixels = render_view (fixture, &width, &height);
    }
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (fixture->view), ==, renders);

  /* The cursor is drawn: the frame differs from the one without it. */
  with_cursor = render_view (fixture, &width, &height);
  g_assert_true (memcmp (with_cursor, without, (gsize) width * height * 4) != 0);

  awc_time_axis_controller_set_cursor_time (AXIS (fixture->view), NAN);
  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view))));
}

/* Rows y0…y1 (all columns) differ between two frames. */
static gboolean
rows_differ (const guchar *a,
             const guchar *b,
             int           width,
             int           y0,
             int           y1)
{
  y0 = MAX (y0, 0);
  return y1 > y0 && memcmp (a + (gsize) y0 * width * 4, b + (gsize) y0 * width * 4,
                            (gsize) (y1 - y0) * width * 4) != 0;
}

/* The cursor's date and elapsed time go on the time axis: nothing of the
 * cursor covers a panel's title and legend row. */
static void
test_cursor_header_clear (Fixture       *fixture,
                          gconstpointer  data)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (fixture->view);
  const AwcRenderPanel *last;
  g_autofree guchar *with_cursor = NULL;
  g_autofree guchar *without = NULL;
  int width, height, axis_top;

  g_assert_cmpuint (layout->n_panels, >, 1);
  last = &layout->panels[layout->n_panels - 1];
  axis_top = (int) ceil (last->y1) + 2;

  without = render_view (fixture, &width, &height);
  awc_time_axis_controller_set_cursor_time (AXIS (fixture->view), T0 + 30);
  awc_time_axis_controller_set_cursor_pinned (AXIS (fixture->view), TRUE);
  with_cursor = render_view (fixture, &width, &height);

  for (guint p = 0; p < layout->n_panels; p++)
    g_assert_false (rows_differ (without, with_cursor, width, (int) floor (layout->panels[p].header_y),
                                 (int) floor (layout->panels[p].y0) - 1));
  /* The label on the axis is there. */
  g_assert_true (rows_differ (without, with_cursor, width, axis_top, height));
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  AwcChartView *view = fixture->view;
  guint renders = _awc_chart_view_get_plot_render_count (view);
  g_autofree guchar *zoomed = NULL;
  g_autofree guchar *whole = NULL;
  double start, end;
  int width, height;

  whole = render_view (fixture, &width, &height);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders);

  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 10, T0 + 20);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat (start, ==, T0 + 10);
  g_assert_cmpfloat (end, ==, T0 + 20);
  zoomed = render_view (fixture, &width, &height);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);
  g_assert_true (memcmp (zoomed, whole, (gsize) width * height * 4) != 0);

  /* Setting the same range again changes nothing. */
  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 10, T0 + 20);
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);

  /* Clamped to the run, and to at least two sample intervals. */
  awc_time_axis_controller_set_view_range (AXIS (view), T0 - 100, T0 + 5);
  g_object_get (view, "view-start", &start, "view-end", &end, NULL);
  g_assert_cmpfloat (start, ==, T0);
  g_assert_cmpfloat (end, ==, T0 + 5);
  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 30, T0 + 30.5);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (end - start, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (start, T0 + 29.25, 1e-6);

  /* Keyboard cursor stays inside the zoomed range; moving it past the
   * edge pans the view. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.unpin", NULL);
  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 10, T0 + 20);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.cursor-next", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 10);
  g_free (render_view (fixture, &width, &height));
  renders = _awc_chart_view_get_plot_render_count (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.cursor-next-page", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 20);
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.cursor-next", NULL);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat (start, ==, T0 + 11);
  g_assert_cmpfloat (end, ==, T0 + 21);

  /* Zoom and pan helpers keep the anchor and the span. */
  awc_time_axis_controller_zoom (view->time_axis, 0, 2.0, T0 + 16);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, T0 + 6, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, T0 + 26, 1e-6);
  awc_time_axis_controller_pan (view->time_axis, 0, 0.5);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, T0 + 16, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, T0 + 36, 1e-6);
  /* Panning or zooming out past the end slides back into the run. */
  awc_time_axis_controller_pan (view->time_axis, 0, 10);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, T0 + 40, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, T0 + 60, 1e-6);
  awc_time_axis_controller_zoom (view->time_axis, 0, 1.25, T0 + 60);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, T0 + 35, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, T0 + 60, 1e-6);

  /* Reset: the whole run again, as NaN/NaN. */
  renders = _awc_chart_view_get_plot_render_count (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-reset", NULL);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_true (isnan (start) && isnan (end));
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);

  /* A range covering the run is the whole run. */
  awc_time_axis_controller_set_view_range (AXIS (view), T0 - 1, T0 + 100);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_true (isnan (start) && isnan (end));
}

static void
test_theme_and_options (Fixture       *fixture,
                        gconstpointer  data)
{
  AwcChartView *view = fixture->view;
  guint renders = _awc_chart_view_get_plot_render_count (view);
  AwcRenderOptions options;
  g_autofree guchar *light = NULL;
  g_autofree guchar *dark = NULL;
  const AwcThemeColors *colors;
  int width, height;
  guint dark_bg = 0;

  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 10, T0 + 40);
  awc_chart_view_set_dark (view, TRUE);
  awc_chart_view_get_render_options (view, &options);
  g_assert_cmpint (options.theme, ==, AWC_THEME_DARK);
  g_assert_cmpfloat (options.t0, ==, T0 + 10);
  g_assert_cmpfloat (options.t1, ==, T0 + 40);

  dark = render_view (fixture, &width, &height);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);
  colors = awc_palette_get_theme (AWC_THEME_DARK);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (ABS (dark[i * 4 + 2] - (int) lround (colors->background[0] * 255)) <= 2 &&
        ABS (dark[i * 4 + 1] - (int) lround (colors->background[1] * 255)) <= 2 &&
        ABS (dark[i * 4 + 0] - (int) lround (colors->background[2] * 255)) <= 2)
      dark_bg++;
  /* Most of the view is the dark background. */
  g_assert_cmpuint (dark_bg, >, (guint) (width * height / 2));

  awc_chart_view_set_dark (view, FALSE);
  awc_chart_view_get_render_options (view, &options);
  g_assert_cmpint (options.theme, ==, AWC_THEME_LIGHT);
  light = render_view (fixture, &width, &height);
  g_assert_true (memcmp (light, dark, (gsize) width * height * 4) != 0);
}

static void
test_report_change (Fixture       *fixture,
                    gconstpointer  data)
{
  AwcChartView *view = fixture->view;
  g_autoptr(AwcReport) other = make_report ();
  guint renders;
  double start, end;
  int width, height;

  awc_time_axis_controller_set_view_range (AXIS (view), T0 + 10, T0 + 40);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.cursor-first", NULL);

  renders = _awc_chart_view_get_plot_render_count (view);
  awc_chart_view_set_report (view, other);
  g_assert_true (awc_chart_view_get_report (view) == other);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_true (isnan (start) && isnan (end));
  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (view))));
  g_assert_false (awc_time_axis_controller_get_cursor_pinned (AXIS (view)));
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);

  /* The old report's series no longer reach the view. */
  awc_series_set_visible (awc_report_find_series (fixture->report, "tps_brokens.tps"), FALSE);
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 1);

  /* The new one's do. */
  awc_series_set_visible (awc_report_find_series (other, "tps_brokens.tps"), FALSE);
  g_free (render_view (fixture, &width, &height));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders + 2);

  awc_chart_view_set_report (view, NULL);
  g_assert_null (awc_chart_view_get_report (view));
  g_assert_cmpstr (_awc_chart_view_get_description (view), ==, "No report loaded");
  awc_chart_view_set_report (view, fixture->report);
}

/* 86,400 samples: the plot renders in a thread; frames meanwhile show
 * the previous plot stretched, fast zoom steps coalesce, and the result
 * is the same picture a synchronous render gives. */
static void
test_async_day (Fixture       *fixture,
                gconstpointer  data)
{
  AwcChartView *view = fixture->view;
  g_autofree guchar *async_pixels = NULL;
  g_autofree guchar *sync_pixels = NULL;
  guint renders = _awc_chart_view_get_plot_render_count (view);
  double start, end;
  int width, height;

  for (guint i = 1; i <= 8; i++)
    {
      g_autofree guchar *pixels = NULL;

      awc_time_axis_controller_zoom (view->time_axis, 0, 1 / 1.25, T0 + 43200);
      /* A frame is there at once, whether or not the render finished. */
      pixels = render_view (fixture, &width, &height);
    }
  wait_until_rendered (view);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (end - start, 86399 * pow (1 / 1.25, 8), 1e-3);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), >, renders);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), <=, renders + 8);

  /* Cursor frames keep the rendered plot. */
  renders = _awc_chart_view_get_plot_render_count (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.cursor-next", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, ceil (start));
  g_assert_true (g_str_has_prefix (awc_chart_view_get_readout (view), "2023-05-05 "));
  async_pixels = render_view (fixture, &width, &height);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders);
  g_assert_false (_awc_chart_view_is_rendering (view));

  /* The thread's private copy of the report draws exactly what the
   * report itself does. */
  _awc_chart_view_record_plot_now (view);
  sync_pixels = render_view (fixture, &width, &height);
  g_assert_cmpmem (async_pixels, (gsize) width * height * 4, sync_pixels, (gsize) width * height * 4);

  /* Hiding a series re-renders in the thread too. */
  awc_series_set_visible (awc_report_find_series (fixture->report, "respcode_brokens.success"), FALSE);
  g_assert_true (_awc_chart_view_is_rendering (view));
  wait_until_rendered (view);
  g_free (sync_pixels);
  sync_pixels = render_view (fixture, &width, &height);
  g_assert_true (memcmp (async_pixels, sync_pixels, (gsize) width * height * 4) != 0);

  /* Torn down with a render in flight: no crash, no leak (teardown). */
  awc_time_axis_controller_reset_zoom (AXIS (view));
  g_free (render_view (fixture, &width, &height));
}

/* Pointer input, through the view's own controllers: hover snaps, a click
 * pins, a drag selects a range without pinning, a double click resets. */
static void
test_pointer (Fixture       *fixture,
              gconstpointer  data)
{
  AwcChartView *view = fixture->view;
  GtkWidget *widget = GTK_WIDGET (view);
  gpointer motion = awc_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_MOTION);
  gpointer click = awc_test_find_controller (widget, GTK_TYPE_GESTURE_CLICK);
  gpointer drag = awc_test_find_controller (widget, GTK_TYPE_GESTURE_DRAG);
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (view);
  guint renders = _awc_chart_view_get_plot_render_count (view);
  double x10, x20, x30, start, end;

  x10 = awc_render_layout_time_to_x (layout, T0 + 10);
  x20 = awc_render_layout_time_to_x (layout, T0 + 20);
  x30 = awc_render_layout_time_to_x (layout, T0 + 30);

  g_signal_emit_by_name (motion, "motion", awc_render_layout_time_to_x (layout, T0 + 20.3), 100.);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 20);
  g_assert_false (awc_time_axis_controller_get_cursor_pinned (AXIS (view)));
  g_assert_true (g_str_has_prefix (awc_chart_view_get_readout (view), "2023-05-04 17:25:04 · +00:20 · "));
  /* Left of the plot area: the first sample. */
  g_signal_emit_by_name (motion, "motion", 1., 100.);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0);

  g_signal_emit_by_name (click, "released", 1, x30, 100.);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 30);
  g_assert_true (awc_time_axis_controller_get_cursor_pinned (AXIS (view)));
  g_signal_emit_by_name (motion, "motion", x10, 100.);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 30);
  /* Unpinned, it goes back to the pointer; leaving hides it. */
  gtk_widget_activate_action (widget, "view.unpin", NULL);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (view)), ==, T0 + 10);
  g_signal_emit_by_name (motion, "leave");
  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (view))));
  g_free (render_view (fixture, (int[1]) { 0 }, (int[1]) { 0 }));
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (view), ==, renders);

  /* Drag from 10 s to 20 s: that range, and the release pins nothing. */
  g_signal_emit_by_name (drag, "drag-begin", x10, 100.);
  g_signal_emit_by_name (drag, "drag-update", (x20 - x10) / 2, 5.);
  g_assert_true (awc_time_axis_controller_get_selecting (view->time_axis));
  g_signal_emit_by_name (drag, "drag-update", x20 - x10, 5.);
  g_signal_emit_by_name (drag, "drag-end", x20 - x10, 5.);
  g_signal_emit_by_name (click, "released", 1, x20, 100.);
  g_assert_false (awc_time_axis_controller_get_selecting (view->time_axis));
  g_assert_false (awc_time_axis_controller_get_cursor_pinned (AXIS (view)));
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, T0 + 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, T0 + 20, 1e-6);

  /* A short drag is a click, not a zoom. */
  g_signal_emit_by_name (drag, "drag-begin", x10, 100.);
  g_signal_emit_by_name (drag, "drag-update", 2., 0.);
  g_signal_emit_by_name (drag, "drag-end", 2., 0.);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_cmpfloat_with_epsilon (end - start, 10, 1e-6);

  g_signal_emit_by_name (click, "pressed", 2, x10, 100.);
  awc_time_axis_controller_get_view_range (AXIS (view), &start, &end);
  g_assert_true (isnan (start) && isnan (end));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/awc/ui/chart-view/pixels-follow-visibility", test_pixels_follow_visibility);
  ADD ("/awc/ui/chart-view/keyboard-cursor", test_keyboard_cursor);
  ADD ("/awc/ui/chart-view/cursor-does-not-rerender", test_cursor_does_not_rerender);
  ADD ("/awc/ui/chart-view/cursor-header-clear", test_cursor_header_clear);
  ADD ("/awc/ui/chart-view/zoom", test_zoom);
  ADD ("/awc/ui/chart-view/theme-and-options", test_theme_and_options);
  ADD ("/awc/ui/chart-view/report-change", test_report_change);
  ADD ("/awc/ui/chart-view/pointer", test_pointer);
  g_test_add ("/awc/ui/chart-view/async-day", Fixture, GUINT_TO_POINTER (86400),
              fixture_setup, test_async_day, fixture_teardown);
#undef ADD

  return g_test_run ();
}
