/* test-time-axis-controller.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart view and the compare view share one AwcTimeAxisController:
 * every case drives both with the same actions and synthetic events and
 * expects the same cursor, pin and zoom (in seconds from the first
 * sample), read through the same property names on both views. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "compare-fixtures.h"
#include "gtk-test-loop.h"
#include "ui/chart/awc-chart-view-private.h"
#include "ui/compare/awc-compare-view-private.h"

#define N_POINTS 61

typedef struct
{
  const char            *name;
  GtkWidget             *window;
  GtkWidget             *view;
  AwcTimeAxisController *axis;
  double                 origin;   /* time of the first sample */
} View;

typedef struct
{
  AwcReport     *a;
  AwcReport     *b;
  AwcComparison *comparison;
  View           views[2];
} Fixture;

static gboolean
is_chart (const View *v)
{
  return AWC_IS_CHART_VIEW (v->view);
}

static guint
render_count (const View *v)
{
  if (is_chart (v))
    return _awc_chart_view_get_plot_render_count (AWC_CHART_VIEW (v->view));
  return _awc_compare_view_get_plot_render_count (AWC_COMPARE_VIEW (v->view));
}

static gboolean
rendering (const View *v)
{
  if (is_chart (v))
    return _awc_chart_view_is_rendering (AWC_CHART_VIEW (v->view));
  return awc_compare_view_is_rendering (AWC_COMPARE_VIEW (v->view));
}

static gboolean
settled (gpointer data)
{
  Fixture *fixture = data;

  for (guint i = 0; i < 2; i++)
    if (gtk_widget_get_width (fixture->views[i].view) < 400 || render_count (&fixture->views[i]) == 0 ||
        rendering (&fixture->views[i]))
      return FALSE;
  return TRUE;
}

static gpointer
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
  g_assert_not_reached ();
  return NULL;
}

static void
show (View       *v,
      const char *name,
      GtkWidget  *view,
      double      origin)
{
  v->name = name;
  v->view = view;
  v->origin = origin;
  v->axis = is_chart (v) ? AWC_CHART_VIEW (view)->time_axis : AWC_COMPARE_VIEW (view)->time_axis;
  v->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (v->window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (v->window), view);
  /* The real pointer may rest over the window: only the test moves it. */
  gtk_event_controller_set_propagation_phase (awc_test_find_controller (view, GTK_TYPE_EVENT_CONTROLLER_MOTION),
                                              GTK_PHASE_NONE);
  gtk_window_present (GTK_WINDOW (v->window));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *chart = awc_chart_view_new ();
  GtkWidget *compare = awc_compare_view_new ();
  CfRun run;

  cf_run_init (&run);
  run.n = N_POINTS;
  fixture->a = cf_make_report (&run);
  run.seed = 5;
  fixture->b = cf_make_report (&run);
  fixture->comparison = awc_comparison_new (fixture->a, fixture->b);
  /* One plot across the width on each side, like the chart's. */
  awc_comparison_set_stacked (fixture->comparison, TRUE);

  awc_chart_view_set_report (AWC_CHART_VIEW (chart), fixture->a);
  awc_compare_view_set_comparison (AWC_COMPARE_VIEW (compare), fixture->comparison);
  show (&fixture->views[0], "chart", chart, CF_START_EPOCH);
  show (&fixture->views[1], "compare", compare, 0);
  wait_until (settled, fixture);
  run_frames (30);

  for (guint i = 0; i < 2; i++)
    {
      g_signal_emit_by_name (awc_test_find_controller (fixture->views[i].view, GTK_TYPE_EVENT_CONTROLLER_MOTION),
                             "leave");
      awc_time_axis_controller_set_cursor_pinned (fixture->views[i].axis, FALSE);
      awc_time_axis_controller_set_cursor_time (fixture->views[i].axis, NAN);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      gpointer view = fixture->views[i].view;

      g_object_add_weak_pointer (view, (gpointer *) &fixture->views[i].view);
      gtk_window_destroy (GTK_WINDOW (fixture->views[i].window));
    }
  while (fixture->views[0].view != NULL || fixture->views[1].view != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (fixture->comparison);
  g_assert_finalize_object (fixture->b);
  g_assert_finalize_object (fixture->a);
}

/* The view's state through its own properties, in seconds from the
 * first sample. */
static double
cursor (const View *v)
{
  double t;

  g_object_get (v->view, "cursor-time", &t, NULL);
  return t - v->origin;
}

static gboolean
pinned (const View *v)
{
  gboolean p;

  g_object_get (v->view, "cursor-pinned", &p, NULL);
  return p;
}

static void
get_range (const View *v,
           double     *start,
           double     *end)
{
  g_object_get (v->view, "view-start", start, "view-end", end, NULL);
  *start -= v->origin;
  *end -= v->origin;
}

static void
set_range (const View *v,
           double      start,
           double      end)
{
  awc_time_axis_controller_set_view_range (v->axis, v->origin + start, v->origin + end);
}

static void
activate (const View *v,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (v->view, action, NULL));
}

static void
assert_range (const View *v,
              double      start,
              double      end)
{
  double s, e;

  get_range (v, &s, &e);
  if (isnan (start))
    {
      g_assert_true (isnan (s) && isnan (e));
      return;
    }
  g_assert_cmpfloat_with_epsilon (s, start, 1e-6);
  g_assert_cmpfloat_with_epsilon (e, end, 1e-6);
}

/* Where the (first) plot is, and the widget x of @t on it. */
static void
get_plot (const View      *v,
          AwcTimeAxisPlot *plot,
          double          *y)
{
  if (is_chart (v))
    {
      const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (AWC_CHART_VIEW (v->view));

      g_assert_nonnull (layout);
      *y = (layout->panels[0].y0 + layout->panels[0].y1) / 2;
      plot->x0 = layout->plot_x0;
      plot->x1 = layout->plot_x1;
      plot->t0 = layout->t0;
      plot->t1 = layout->t1;
    }
  else
    {
      const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (AWC_COMPARE_VIEW (v->view));

      g_assert_nonnull (layout);
      *y = layout->side_y[0] + layout->side_h[0] / 2;
      g_assert_true (_awc_compare_view_plot_at (AWC_COMPARE_VIEW (v->view),
                                                layout->side_x[0] + layout->side_w[0] / 2, *y, plot));
    }
}

static double
x_at (const View *v,
      double      t)
{
  AwcTimeAxisPlot plot;
  double y;

  get_plot (v, &plot, &y);
  return plot.x0 + (v->origin + t - plot.t0) / (plot.t1 - plot.t0) * (plot.x1 - plot.x0);
}

static double
plot_y (const View *v)
{
  AwcTimeAxisPlot plot;
  double y;

  get_plot (v, &plot, &y);
  return y;
}

/* One key map on both views, with the zoom keys bare, with Ctrl and on
 * the keypad. */
static void
test_key_map (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } required[] = {
    { GDK_KEY_plus, 0, "view.zoom-in" },
    { GDK_KEY_equal, 0, "view.zoom-in" },
    { GDK_KEY_KP_Add, 0, "view.zoom-in" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "view.zoom-in" },
    { GDK_KEY_minus, 0, "view.zoom-out" },
    { GDK_KEY_KP_Subtract, 0, "view.zoom-out" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "view.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "view.zoom-reset" },
    { GDK_KEY_Right, 0, "view.cursor-next" },
    { GDK_KEY_Left, 0, "view.cursor-previous" },
    { GDK_KEY_Right, GDK_SHIFT_MASK, "view.cursor-next-page" },
    { GDK_KEY_Left, GDK_SHIFT_MASK, "view.cursor-previous-page" },
    { GDK_KEY_Home, 0, "view.cursor-first" },
    { GDK_KEY_End, 0, "view.cursor-last" },
    { GDK_KEY_Escape, 0, "view.unpin" },
  };
  g_autoptr(GString) chart_map = g_string_new (NULL);
  g_autoptr(GString) compare_map = g_string_new (NULL);
  GString *maps[2] = { chart_map, compare_map };

  for (guint i = 0; i < 2; i++)
    {
      GListModel *shortcuts = awc_test_find_controller (fixture->views[i].view, GTK_TYPE_SHORTCUT_CONTROLLER);

      for (guint k = 0; k < g_list_model_get_n_items (shortcuts); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          g_string_append_printf (maps[i], "%s %s\n", trigger, action);
        }
      for (guint r = 0; r < G_N_ELEMENTS (required); r++)
        {
          g_autofree char *accel = gtk_accelerator_name (required[r].key, required[r].mods);
          g_autofree char *line = g_strdup_printf ("%s action(%s)\n", accel, required[r].action);

          if (strstr (maps[i]->str, line) == NULL)
            g_error ("%s view: no %s", fixture->views[i].name, line);
        }
    }
  g_assert_cmpstr (chart_map->str, ==, compare_map->str);
}

static void
test_stepping (Fixture       *fixture,
               gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const View *v = &fixture->views[i];

      /* The first key lands on the start of the view and pins. */
      activate (v, "view.cursor-next");
      g_assert_cmpfloat (cursor (v), ==, 0);
      g_assert_true (pinned (v));
      activate (v, "view.cursor-next-page");
      g_assert_cmpfloat (cursor (v), ==, 10);
      activate (v, "view.cursor-previous");
      g_assert_cmpfloat (cursor (v), ==, 9);
      activate (v, "view.cursor-previous-page");
      g_assert_cmpfloat (cursor (v), ==, 0);
      activate (v, "view.cursor-last");
      g_assert_cmpfloat (cursor (v), ==, N_POINTS - 1);
      activate (v, "view.cursor-next");
      g_assert_cmpfloat (cursor (v), ==, N_POINTS - 1);
      activate (v, "view.cursor-first");
      g_assert_cmpfloat (cursor (v), ==, 0);

      /* Stepping past the edge of a zoom scrolls it, keeping the span. */
      set_range (v, 10, 20);
      activate (v, "view.unpin");
      g_assert_false (pinned (v));
      g_assert_true (isnan (cursor (v)));
      activate (v, "view.cursor-previous");
      g_assert_cmpfloat (cursor (v), ==, 20);
      activate (v, "view.cursor-next");
      g_assert_cmpfloat (cursor (v), ==, 21);
      assert_range (v, 11, 21);
      activate (v, "view.unpin");
    }
}

static void
test_zoom_keys (Fixture       *fixture,
                gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const View *v = &fixture->views[i];

      /* Around the middle without a cursor… */
      activate (v, "view.zoom-in");
      assert_range (v, 6, 54);
      /* …out again to the whole run, which is no zoom. */
      activate (v, "view.zoom-out");
      assert_range (v, NAN, NAN);
      activate (v, "view.zoom-out");
      assert_range (v, NAN, NAN);

      /* Around a pinned cursor. */
      g_object_set (v->view, "cursor-time", v->origin + 10, "cursor-pinned", TRUE, NULL);
      activate (v, "view.zoom-in");
      assert_range (v, 2, 50);
      activate (v, "view.zoom-in");
      assert_range (v, 3.6, 42);
      activate (v, "view.zoom-reset");
      assert_range (v, NAN, NAN);

      /* Ctrl+scroll's zoom keeps the time under the pointer and stops at
       * the run's edge. */
      awc_time_axis_controller_zoom (v->axis, 0, 0.5, v->origin + 40);
      assert_range (v, 20, 50);
      awc_time_axis_controller_zoom (v->axis, 0, 0.5, v->origin + 60);
      assert_range (v, 35, 50);
      awc_time_axis_controller_zoom (v->axis, 0, 3, v->origin + 36);
      assert_range (v, 15, 60);
      awc_time_axis_controller_reset_zoom (v->axis);
    }
}

/* A drag selects a range without pinning; a short one is a click; a
 * double click resets. */
static void
test_drag_zoom (Fixture       *fixture,
                gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const View *v = &fixture->views[i];
      gpointer drag = awc_test_find_controller (v->view, GTK_TYPE_GESTURE_DRAG);
      gpointer click = awc_test_find_controller (v->view, GTK_TYPE_GESTURE_CLICK);
      double x10 = x_at (v, 10), x20 = x_at (v, 20), y = plot_y (v);
      guint renders = render_count (v);

      g_signal_emit_by_name (drag, "drag-begin", x20, y);
      g_signal_emit_by_name (drag, "drag-update", (x10 - x20) / 2, 3.);
      g_assert_true (awc_time_axis_controller_get_selecting (v->axis));
      /* The band is drawn, the plot is not recorded again. */
      run_frames (30);
      g_assert_cmpuint (render_count (v), ==, renders);
      g_signal_emit_by_name (drag, "drag-update", x10 - x20, 3.);
      g_signal_emit_by_name (drag, "drag-end", x10 - x20, 3.);
      g_signal_emit_by_name (click, "released", 1, x10, y);
      g_assert_false (awc_time_axis_controller_get_selecting (v->axis));
      g_assert_false (pinned (v));
      assert_range (v, 10, 20);

      g_signal_emit_by_name (drag, "drag-begin", x10, y);
      g_signal_emit_by_name (drag, "drag-update", 2., 0.);
      g_signal_emit_by_name (drag, "drag-end", 2., 0.);
      assert_range (v, 10, 20);

      g_signal_emit_by_name (click, "pressed", 2, x10, y);
      assert_range (v, NAN, NAN);
    }
}

static void
test_scroll_pan (Fixture       *fixture,
                 gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const View *v = &fixture->views[i];
      gpointer scroll = awc_test_find_controller (v->view, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
      gboolean handled = TRUE;

      /* Not zoomed: nothing to pan, the scroll goes on to the parent. */
      g_signal_emit_by_name (scroll, "scroll", 0., 1., &handled);
      g_assert_false (handled);
      assert_range (v, NAN, NAN);

      set_range (v, 10, 20);
      g_signal_emit_by_name (scroll, "scroll", 0., 1., &handled);
      g_assert_true (handled);
      assert_range (v, 11, 21);
      g_signal_emit_by_name (scroll, "scroll", -2., 0., &handled);
      assert_range (v, 9, 19);
      /* Past the end: slides back in, same span. */
      g_signal_emit_by_name (scroll, "scroll", 100., 0., &handled);
      assert_range (v, 50, 60);
    }
}

/* Hover follows the pointer without recording the plot again; a click
 * pins; unpinning hands the cursor back to the pointer; leaving hides it. */
static void
test_pointer (Fixture       *fixture,
              gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const View *v = &fixture->views[i];
      gpointer motion = awc_test_find_controller (v->view, GTK_TYPE_EVENT_CONTROLLER_MOTION);
      gpointer click = awc_test_find_controller (v->view, GTK_TYPE_GESTURE_CLICK);
      double y = plot_y (v);
      guint renders = render_count (v);

      for (int k = 0; k < 30; k++)
        {
          g_signal_emit_by_name (motion, "motion", x_at (v, k * 2 + 0.3), y);
          g_assert_cmpfloat (cursor (v), ==, k * 2);
          run_frames (5);
        }
      g_assert_cmpuint (render_count (v), ==, renders);
      g_assert_false (pinned (v));

      g_signal_emit_by_name (click, "released", 1, x_at (v, 30), y);
      g_assert_cmpfloat (cursor (v), ==, 30);
      g_assert_true (pinned (v));
      g_signal_emit_by_name (motion, "motion", x_at (v, 10), y);
      g_assert_cmpfloat (cursor (v), ==, 30);
      activate (v, "view.unpin");
      g_assert_cmpfloat (cursor (v), ==, 10);
      g_signal_emit_by_name (motion, "leave");
      g_assert_true (isnan (cursor (v)));
    }
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
  ADD ("/awc/ui/time-axis-controller/key-map", test_key_map);
  ADD ("/awc/ui/time-axis-controller/stepping", test_stepping);
  ADD ("/awc/ui/time-axis-controller/zoom-keys", test_zoom_keys);
  ADD ("/awc/ui/time-axis-controller/drag-zoom", test_drag_zoom);
  ADD ("/awc/ui/time-axis-controller/scroll-pan", test_scroll_pan);
  ADD ("/awc/ui/time-axis-controller/pointer", test_pointer);
#undef ADD

  return g_test_run ();
}
