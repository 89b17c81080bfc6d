/* test-compare-zoom.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 5 §1.2: the zoomed range is shared by both sides unless the user
 * unlinks them.  Unlinked, a zoom on B's half changes only B (what the
 * view reports, where its pointer maps and what is drawn), a zoom on A's
 * half only A, the cursor still sits at one elapsed time on both sides and
 * a reset resets both; linked, both keep one range. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "awc-test-util.h"
#include "compare-fixtures.h"
#include "gtk-test-loop.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"

/* A view's cursor and zoom live on its time axis controller. */
#define AXIS(view) awc_compare_view_get_time_axis (view)

typedef struct
{
  AwcReport        *a;
  AwcReport        *b;
  AwcCompareWindow *window;
  AwcCompareView   *view;
  AwcComparison    *comparison;
} Fixture;


static gboolean
settled (gpointer data)
{
  return awc_test_compare_window_settled (((Fixture *) data)->window);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  CfRun run;

  cf_run_init (&run);
  run.title = "Build 1";
  fixture->a = cf_make_report (&run);
  /* B: a longer ramp-up, less throughput. */
  run.title = "Build 2";
  run.seed = 7;
  run.tps = 170;
  run.ramp_s = 150;
  fixture->b = cf_make_report (&run);

  fixture->window = awc_compare_window_new (NULL, fixture->a, fixture->b);
  fixture->view = _awc_compare_window_get_view (fixture->window);
  fixture->comparison = awc_compare_window_get_comparison (fixture->window);
  /* Side by side whatever an earlier test left in GSettings. */
  awc_comparison_set_stacked (fixture->comparison, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (settled, fixture);
  run_frames (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gpointer window = fixture->window;

  g_object_add_weak_pointer (window, &window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  run_frames (50);
  g_assert_null (window);
  g_assert_finalize_object (fixture->b);
  g_assert_finalize_object (fixture->a);
}

/* A drag of 120 px from (@x, @y): a zoom on the side under @x. */
static void
drag_zoom (Fixture *fixture,
           double   x,
           double   y)
{
  GObject *drag = awc_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_DRAG);

  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 120., 0.);
  g_signal_emit_by_name (drag, "drag-end", 120., 0.);
}

static void
get_range_b (Fixture *fixture,
             double  *start,
             double  *end)
{
  double s, e;

  g_object_get (fixture->view, "view-start-b", &s, "view-end-b", &e, NULL);
  if (start != NULL)
    *start = s;
  if (end != NULL)
    *end = e;
}

/* The plot as the view draws it, rendered from the view's own options. */
static cairo_surface_t *
render_view (Fixture *fixture)
{
  const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (fixture->view);
  AwcRenderCompareOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_nonnull (layout);
  awc_compare_view_get_render_options (fixture->view, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, layout->width, layout->height);
  cr = cairo_create (surface);
  awc_render_compare (cr, awc_compare_view_get_chart_pair (fixture->view), awc_compare_view_get_summary (fixture->view),
                      layout->width, layout->height, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* TRUE when the side's box holds the same pixels in both images. */
static gboolean
side_equal (cairo_surface_t              *one,
            cairo_surface_t              *two,
            const AwcRenderCompareLayout *layout,
            AwcSide                       side)
{
  int stride = cairo_image_surface_get_stride (one);
  int x0 = (int) ceil (layout->side_x[side]) + 1;
  int x1 = (int) floor (layout->side_x[side] + layout->side_w[side]) - 1;
  int y0 = (int) ceil (layout->side_y[side]);
  int y1 = (int) floor (layout->side_y[side] + layout->side_h[side]);

  g_assert_cmpint (x1, >, x0 + 100);
  g_assert_cmpint (y1, >, y0 + 100);
  for (int y = y0; y < y1; y++)
    if (memcmp (cairo_image_surface_get_data (one) + y * stride + x0 * 4,
                cairo_image_surface_get_data (two) + y * stride + x0 * 4, (x1 - x0) * 4) != 0)
      return FALSE;
  return TRUE;
}

static void
test_unlinked_zoom_b (Fixture       *fixture,
                      gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->view));
  const AwcRenderCompareLayout *layout;
  cairo_surface_t *before, *after;
  double a0, a1, b0, b1, full0, full1, mid_a, mid_b, e;
  const char *text;

  awc_comparison_set_linked (fixture->comparison, FALSE);
  wait_until (settled, fixture);
  layout = _awc_compare_view_ensure_layout (fixture->view);
  full0 = layout->e0;
  full1 = layout->e1;
  g_assert_cmpfloat (layout->e0_b, ==, full0);
  g_assert_cmpfloat (layout->e1_b, ==, full1);
  before = render_view (fixture);

  /* A drag on B's half (side by side: the right one) */
  drag_zoom (fixture, width * 0.75, height * 0.4);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  get_range_b (fixture, &b0, &b1);
  g_assert_true (isnan (a0) && isnan (a1));
  g_assert_false (isnan (b0));
  g_assert_cmpfloat (b1 - b0, >, 30);
  g_assert_cmpfloat (b1 - b0, <, 300);
  awc_compare_view_get_side_range (fixture->view, AWC_SIDE_B, &a0, &a1);
  g_assert_cmpfloat (a0, ==, b0);
  g_assert_cmpfloat (a1, ==, b1);
  /* The delta window follows A's zoom only: untouched. */
  g_assert_true (isnan (awc_comparison_get_window_start (fixture->comparison)));

  layout = _awc_compare_view_ensure_layout (fixture->view);
  g_assert_cmpfloat (layout->e0, ==, full0);
  g_assert_cmpfloat (layout->e1, ==, full1);
  g_assert_cmpfloat (layout->e0_b, ==, b0);
  g_assert_cmpfloat (layout->e1_b, ==, b1);

  /* Drawn: A's half as before, B's half zoomed. */
  after = render_view (fixture);
  g_assert_true (side_equal (before, after, layout, AWC_SIDE_A));
  g_assert_false (side_equal (before, after, layout, AWC_SIDE_B));
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);

  /* The pointer maps through each side's own range. */
  mid_a = layout->side_x[0] + (layout->sides[0].plot_x0 + layout->sides[0].plot_x1) / 2;
  mid_b = layout->side_x[1] + (layout->sides[1].plot_x0 + layout->sides[1].plot_x1) / 2;
  e = _awc_compare_view_x_to_elapsed (fixture->view, mid_a, height * 0.4, FALSE);
  g_assert_cmpfloat (fabs (e - (full0 + full1) / 2), <, (full1 - full0) / 100);
  e = _awc_compare_view_x_to_elapsed (fixture->view, mid_b, height * 0.4, FALSE);
  g_assert_cmpfloat (fabs (e - (b0 + b1) / 2), <, (b1 - b0) / 50);

  /* One cursor, one elapsed time, on both sides. */
  awc_time_axis_controller_set_cursor_time (AXIS (fixture->view), round ((b0 + b1) / 2));
  text = awc_compare_view_get_readout (fixture->view);
  g_assert_nonnull (strstr (text, "TPS: A "));
  g_assert_nonnull (strstr (text, " · B "));
  g_assert_null (strstr (text, "A —"));
  g_assert_null (strstr (text, "B —"));

  /* A zoom on A's half changes A and leaves B where it was. */
  drag_zoom (fixture, width * 0.2, height * 0.4);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  g_assert_false (isnan (a0));
  g_assert_cmpfloat (a1 - a0, <, 300);
  get_range_b (fixture, &e, NULL);
  g_assert_cmpfloat (e, ==, b0);
  g_assert_cmpfloat (awc_comparison_get_window_start (fixture->comparison), ==, a0);

  /* Reset (a double click) resets both. */
  g_signal_emit_by_name (awc_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_CLICK),
                         "pressed", 2, width * 0.75, height * 0.4);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  get_range_b (fixture, &b0, &b1);
  g_assert_true (isnan (a0) && isnan (a1) && isnan (b0) && isnan (b1));
  layout = _awc_compare_view_ensure_layout (fixture->view);
  g_assert_cmpfloat (layout->e0_b, ==, layout->e0);
  g_assert_cmpfloat (layout->e1_b, ==, layout->e1);
}

/* Unlinked: a zoom on A alone keeps B on the whole runs; linking again
 * gives B A's range. */
static void
test_unlinked_zoom_a_then_link (Fixture       *fixture,
                                gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->view));
  const AwcRenderCompareLayout *layout;
  double a0, a1, b0, b1, full0, full1;

  awc_comparison_set_linked (fixture->comparison, FALSE);
  layout = _awc_compare_view_ensure_layout (fixture->view);
  full0 = layout->e0;
  full1 = layout->e1;

  drag_zoom (fixture, width * 0.2, height * 0.4);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  get_range_b (fixture, &b0, &b1);
  g_assert_false (isnan (a0));
  g_assert_cmpfloat (b0, ==, full0);
  g_assert_cmpfloat (b1, ==, full1);
  layout = _awc_compare_view_ensure_layout (fixture->view);
  g_assert_cmpfloat (layout->e0, ==, a0);
  g_assert_cmpfloat (layout->e0_b, ==, full0);

  /* Keyboard zoom while unlinked: each side on its own range. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.zoom-in", NULL));
  get_range_b (fixture, &b0, &b1);
  g_assert_cmpfloat (b1 - b0, <, full1 - full0);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &full0, &full1);
  g_assert_cmpfloat (full1 - full0, <, a1 - a0);

  awc_comparison_set_linked (fixture->comparison, TRUE);
  get_range_b (fixture, &b0, &b1);
  g_assert_true (isnan (b0) && isnan (b1));
  layout = _awc_compare_view_ensure_layout (fixture->view);
  g_assert_cmpfloat (layout->e0_b, ==, layout->e0);
  g_assert_cmpfloat (layout->e1_b, ==, layout->e1);
}

/* Linked (the default): a zoom on B's half zooms both sides alike. */
static void
test_linked_zoom (Fixture       *fixture,
                  gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->view));
  const AwcRenderCompareLayout *layout;
  double a0, a1, b0, b1;

  g_assert_true (awc_comparison_get_linked (fixture->comparison));
  drag_zoom (fixture, width * 0.75, height * 0.4);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  g_assert_false (isnan (a0));
  get_range_b (fixture, &b0, &b1);
  g_assert_true (isnan (b0) && isnan (b1));
  awc_compare_view_get_side_range (fixture->view, AWC_SIDE_B, &b0, &b1);
  g_assert_cmpfloat (b0, ==, a0);
  g_assert_cmpfloat (b1, ==, a1);
  layout = _awc_compare_view_ensure_layout (fixture->view);
  g_assert_cmpfloat (layout->e0, ==, a0);
  g_assert_cmpfloat (layout->e0_b, ==, a0);
  g_assert_cmpfloat (layout->e1_b, ==, a1);

  /* Setting B's range while linked sets the shared one. */
  awc_compare_view_set_side_range (fixture->view, AWC_SIDE_B, 100, 200);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  g_assert_cmpfloat (a0, ==, 100);
  g_assert_cmpfloat (a1, ==, 200);
}

/* Swap while unlinked: the sides trade their zooms (shifted by the offset). */
static void
test_unlinked_swap (Fixture       *fixture,
                    gconstpointer  data)
{
  double a0, a1, b0, b1;

  awc_comparison_set_linked (fixture->comparison, FALSE);
  awc_comparison_set_offset (fixture->comparison, 10);
  awc_compare_view_set_side_range (fixture->view, AWC_SIDE_A, 100, 200);
  awc_compare_view_set_side_range (fixture->view, AWC_SIDE_B, 300, 350);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL));
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &a0, &a1);
  get_range_b (fixture, &b0, &b1);
  g_assert_cmpfloat (a0, ==, 290);
  g_assert_cmpfloat (a1, ==, 340);
  g_assert_cmpfloat (b0, ==, 90);
  g_assert_cmpfloat (b1, ==, 190);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add ("/awc/ui/compare-zoom/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("unlinked-zoom-b", test_unlinked_zoom_b);
  ADD ("unlinked-zoom-a-then-link", test_unlinked_zoom_a_then_link);
  ADD ("linked", test_linked_zoom);
  ADD ("unlinked-swap", test_unlinked_swap);
#undef ADD
  return g_test_run ();
}
