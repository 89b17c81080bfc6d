/* test-layout.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layouts that fit any window: at 900×600, 1280×800 and wider the chart
 * keeps 60 % of the main window's width (side panels collapse behind their
 * toggles otherwise), nothing in a shown panel is cut off, every chart
 * panel keeps a usable plot with at least four y labels and the chart
 * scrolls rather than squeezing panels or dropping the time axis; the same
 * for both sides of the compare window, whose summary shows eight metric
 * rows at 1500×950 and whose divider is remembered. */
#include "config.h"

#include "window-fixture.h"

#include "io/awc-samples.h"
#include "render/awc-render-compare.h"
#include "ui/chart/awc-chart-view-private.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"

/* A plot this high fits four labels of the small font (about 14 px). */
#define MIN_PLOT_H 50

static void
collect_labels (GtkWidget *root,
                GPtrArray *labels)
{
  if (!gtk_widget_get_visible (root) || !gtk_widget_get_child_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_ptr_array_add (labels, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Every shown label under @root has its whole text: not ellipsized, and
 * given at least the width its text needs. */
static void
assert_no_label_cut (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      const char *text = gtk_label_get_text (label);
      PangoLayout *layout;
      int text_w;

      if (text == NULL || *text == '\0')
        continue;
      layout = gtk_label_get_layout (label);
      if (pango_layout_is_ellipsized (layout))
        g_error ("label “%s” is ellipsized (%d px wide)", text,
                 gtk_widget_get_width (GTK_WIDGET (label)));
      pango_layout_get_pixel_size (layout, &text_w, NULL);
      if (text_w > gtk_widget_get_width (GTK_WIDGET (label)) + 1)
        g_error ("label “%s” needs %d px, has %d px", text, text_w,
                 gtk_widget_get_width (GTK_WIDGET (label)));
    }
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static gboolean
has_size (gpointer data)
{
  GtkWidget *window = data;
  int *want = g_object_get_data (data, "want-size");

  /* The window's own size leaves out its client-side shadow; the test
   * screen (1280 px wide) may hold a wider window to its width. */
  return (ABS (gtk_widget_get_width (window) - want[0]) <= 24
          || (want[0] > 1280 && gtk_widget_get_width (window) >= 1240))
         && ABS (gtk_widget_get_height (window) - want[1]) <= 24;
}

static void
resize (GtkWidget *window,
        int        width,
        int        height)
{
  int want[2] = { width, height };

  g_object_set_data (G_OBJECT (window), "want-size", want);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  wait_until (has_size, window);
  g_object_set_data (G_OBJECT (window), "want-size", NULL);
  /* Panels collapse on an idle after the allocation; let it settle. */
  run_frames (200);
}

/* Every panel of @layout has a usable plot and four y labels; the time
 * axis gets its room inside @height. */
static void
assert_panels_usable (const AwcRenderLayout *layout,
                      const char            *what)
{
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_panels, >, 0);
  g_assert_cmpfloat (layout->plot_x1 - layout->plot_x0, >=, 150);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const AwcRenderPanel *panel = &layout->panels[p];

      g_test_message ("%s panel %u (%s): plot %.0f px, %u y labels, %g…%g",
                      what, p, panel->group, panel->y1 - panel->y0, panel->n_y_ticks,
                      panel->v0, panel->v1);
      if (panel->y1 - panel->y0 < MIN_PLOT_H)
        g_error ("%s: panel %s is %.0f px high", what, panel->group, panel->y1 - panel->y0);
      if (panel->n_y_ticks < AWC_RENDER_MIN_Y_TICKS)
        g_error ("%s: panel %s has %u y labels", what, panel->group, panel->n_y_ticks);
    }
  /* The time axis' labels fit below the last panel. */
  g_assert_cmpfloat (layout->panels[layout->n_panels - 1].y1 + 20, <=, layout->height);
}

/* The view is laid out at least at its minimum height, inside a scroller
 * that can reach its bottom (the time axis). */
static void
assert_scrolls (GtkWidget *view,
                int        min_height)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vadj;

  g_assert_nonnull (scroller);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_test_message ("view %d×%d (min height %d) in a %d px scroller, upper %g",
                  gtk_widget_get_width (view), gtk_widget_get_height (view), min_height,
                  gtk_widget_get_height (scroller), gtk_adjustment_get_upper (vadj));
  g_assert_cmpint (gtk_widget_get_height (view), >=, min_height);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >=, gtk_widget_get_height (view));
}

/* No panel fit pending, and the shown panels and the chart fill the
 * window: the allocation after a collapse has happened (slow under ASan
 * on a busy machine, so waited for rather than counted in frames). */
static gboolean
main_layout_settled (gpointer data)
{
  AwcWindow *window = data;
  int used = gtk_widget_get_width (GTK_WIDGET (window->chart_view));

  if (window->fit_idle_id != 0)
    return FALSE;
  if (gtk_widget_get_visible (window->series_box))
    used += gtk_widget_get_width (window->series_box);
  if (gtk_widget_get_visible (window->bucket_box))
    used += gtk_widget_get_width (window->bucket_box);
  return used >= gtk_widget_get_width (GTK_WIDGET (window)) - 40;
}

static void
assert_main_layout (AwcWindow  *window,
                    const char *what)
{
  GtkWidget *chart = GTK_WIDGET (window->chart_view);
  int window_w, chart_w;

  wait_until (main_layout_settled, window);
  window_w = gtk_widget_get_width (GTK_WIDGET (window));
  chart_w = gtk_widget_get_width (chart);

  g_test_message ("%s: window %d×%d: series list %s %d, chart %d (%.0f %%), bucket panel %s %d; collapsed %d",
                  what, window_w, gtk_widget_get_height (GTK_WIDGET (window)),
                  gtk_widget_get_visible (window->series_box) ? "shown" : "hidden",
                  gtk_widget_get_width (window->series_box), chart_w, 100.0 * chart_w / window_w,
                  gtk_widget_get_visible (window->bucket_box) ? "shown" : "hidden",
                  gtk_widget_get_width (window->bucket_box),
                  _awc_window_get_panels_collapsed (window));

  /* The chart keeps 60 % of the width, or the panels have collapsed as
   * far as they can. */
  if (chart_w < 0.6 * window_w)
    g_assert_true (_awc_window_get_panels_collapsed (window));
  g_assert_cmpint (chart_w, >=, 0.5 * window_w);
  if (gtk_widget_get_visible (window->series_box))
    assert_no_label_cut (window->series_box);
  if (gtk_widget_get_visible (window->bucket_box))
    assert_no_label_cut (window->bucket_box);

  assert_panels_usable (_awc_chart_view_ensure_layout (window->chart_view), what);
  assert_scrolls (chart, _awc_chart_view_min_height (window->chart_view, chart_w));
}

/* 1280×800, the default: the chart has 60 % of the width; both panels
 * would leave it half, so the bucket panel waits behind its toggle. */
static void
test_default_size (Fixture       *fixture,
                   gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  GSettings *settings = window->settings;

  g_assert_true (g_settings_get_boolean (settings, "show-series-list"));
  g_assert_true (g_settings_get_boolean (settings, "show-bucket-panel"));
  assert_main_layout (window, "1280×800");
  g_assert_true (gtk_widget_get_visible (window->series_box));
  g_assert_false (gtk_widget_get_visible (window->bucket_box));
  g_assert_cmpint (gtk_widget_get_width (window->series_box), <=, 300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->chart_view)), >=, 0.6 * 1280);
}

/* 900×600: panels collapse, the chart has its share, every panel keeps
 * its plot and labels and the chart scrolls down to its time axis. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;

  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 900);
  resize (GTK_WIDGET (window), 900, 600);
  assert_main_layout (window, "900×600");
  g_assert_false (gtk_widget_get_visible (window->bucket_box));

  /* The bucket toggle opens that panel; the series list makes room. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "toggle-buckets", NULL);
  run_frames (200);
  g_assert_true (gtk_widget_get_visible (window->bucket_box));
  g_assert_false (gtk_widget_get_visible (window->series_box));
  g_assert_true (g_settings_get_boolean (window->settings, "show-series-list"));
  assert_main_layout (window, "900×600, bucket panel opened");

  /* Closing it brings the series list back; its toggle follows. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "toggle-buckets", NULL);
  run_frames (200);
  g_assert_false (gtk_widget_get_visible (window->bucket_box));
  g_assert_true (gtk_widget_get_visible (window->series_box));
  {
    g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window),
                                                                 "toggle-series-list");

    g_assert_true (g_variant_get_boolean (state));
  }
  g_settings_reset (window->settings, "show-bucket-panel");

  /* Wider again: both come back where both fit. */
  resize (GTK_WIDGET (window), 1280, 800);
  assert_main_layout (window, "1280×800 again");
}

/* Every panel keeps four y labels whatever the legend does: the failures
 * legend wraps to two lines in a narrow chart (it took the labels of every
 * panel, down to two, at 1500×950). */
static void
test_labels_with_wrapped_legend (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_sample_load ("ramp-up", NULL, &error);
  AwcChartDataOptions data_options;
  AwcChartData *data;
  AwcRenderOptions options;
  const int sizes[][2] = { { 1500 - 620, 950 - 130 }, { 900, 820 }, { 640, 700 }, { 1180, 560 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  awc_series_set_visible (awc_report_find_series (report, "respcode_brokens.success"), TRUE);
  awc_chart_data_options_init (&data_options);
  data = awc_chart_data_new_from_report (report, &data_options, NULL);
  awc_render_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int height = MAX (sizes[i][1], awc_render_min_height (cr, data, sizes[i][0], &options));
      AwcRenderLayout layout;
      g_autofree char *what = g_strdup_printf ("chart %d×%d", sizes[i][0], height);

      awc_render_compute_layout (cr, data, sizes[i][0], height, &options, &layout);
      assert_panels_usable (&layout, what);
    }
  awc_chart_data_unref (data);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The compare window on two copies of the sample. */
static AwcCompareWindow *
compare_window_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) a = awc_sample_load ("ramp-up", NULL, &error);
  g_autoptr(AwcReport) b = awc_sample_load ("ramp-up", NULL, &error);
  AwcCompareWindow *window;

  g_assert_no_error (error);
  window = awc_compare_window_new (NULL, a, b);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (awc_test_compare_window_settled, window);
  run_frames (100);
  return window;
}

static void
compare_window_destroy (AwcCompareWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_null (weak);
}

static void
assert_compare_layout (AwcCompareWindow *window,
                       const char       *what)
{
  AwcCompareView *view = _awc_compare_window_get_view (window);
  const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (view);
  int min_height = 0;

  g_test_message ("%s: window %d×%d", what, gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_sides, ==, 2);
  for (guint s = 0; s < layout->n_sides; s++)
    {
      g_autofree char *side = g_strdup_printf ("%s side %c", what, 'A' + s);

      assert_panels_usable (&layout->sides[s], side);
      /* The Bandwidth panel is there on both sides. */
      g_assert_cmpstr (layout->sides[s].panels[layout->sides[s].n_panels - 1].group, ==, "bandwidth");
      g_assert_cmpfloat (layout->side_y[s] + layout->sides[s].height, <=, layout->height + 1);
    }
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (view)), &min_height, NULL, NULL, NULL);
  assert_scrolls (GTK_WIDGET (view), min_height);
}

static void
test_compare_sizes (void)
{
  AwcCompareWindow *window = compare_window_new ();

  assert_compare_layout (window, "compare 1280×800");
  resize (GTK_WIDGET (window), 900, 600);
  assert_compare_layout (window, "compare 900×600");
  g_action_group_activate_action (G_ACTION_GROUP (window), "stacked", NULL);
  run_frames (200);
  assert_compare_layout (window, "compare 900×600 stacked");
  g_action_group_activate_action (G_ACTION_GROUP (window), "stacked", NULL);
  compare_window_destroy (window);
}

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  if (g_strcmp0 (gtk_widget_get_css_name (root), "row") == 0)
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static gboolean
has_column_view (gpointer data)
{
  return find_widget (data, is_column_view, NULL) != NULL;
}

/* At 1500×950 the summary shows eight metric rows without scrolling; a
 * divider the user moves is there again in the next comparison. */
static void
test_compare_summary_rows (void)
{
  AwcCompareWindow *window = compare_window_new ();
  GtkWidget *table = GTK_WIDGET (_awc_compare_window_get_delta_table (window));
  GtkWidget *scroller = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *paned = gtk_widget_get_ancestor (scroller, GTK_TYPE_PANED);
  GtkWidget *column_view;
  guint shown = 0;
  int moved;

  resize (GTK_WIDGET (window), 1500, 950);
  wait_until (has_column_view, table);
  run_frames (200);
  column_view = find_widget (table, is_column_view, NULL);
  collect_rows (column_view, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (rows->pdata[i], scroller, &bounds))
        continue;
      if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller) + 1)
        shown++;
    }
  g_test_message ("summary: %u of %u rows shown in %d px (paned %d px, divider at %d)", shown, rows->len,
                  gtk_widget_get_height (scroller), gtk_widget_get_height (paned),
                  gtk_paned_get_position (GTK_PANED (paned)));
  g_assert_cmpuint (shown, >=, 8);
  /* The charts above still keep their panels usable. */
  assert_compare_layout (window, "compare 1500×950");

  /* Moved by the user, remembered on close: the summary's height, which
   * the next window has again (it opens smaller, then grows). */
  gtk_paned_set_position (GTK_PANED (paned), gtk_paned_get_position (GTK_PANED (paned)) - 60);
  run_frames (50);
  moved = gtk_widget_get_height (paned) - gtk_paned_get_position (GTK_PANED (paned));
  gtk_window_close (GTK_WINDOW (window));
  run_frames (50);
  g_assert_cmpint (g_settings_get_int (settings, "compare-divider"), ==, moved);
  /* ... and its size, for the next comparison window. */
  g_assert_cmpint (g_settings_get_int (settings, "compare-window-height"), >=, 930);

  window = compare_window_new ();
  resize (GTK_WIDGET (window), 1500, 950);
  paned = gtk_widget_get_ancestor (GTK_WIDGET (_awc_compare_window_get_delta_table (window)), GTK_TYPE_PANED);
  /* (GtkPaned may move it by its handle's few pixels as it grows.) */
  g_assert_cmpint (ABS (gtk_widget_get_height (paned) - gtk_paned_get_position (GTK_PANED (paned)) - moved),
                   <=, 8);
  compare_window_destroy (window);
  g_settings_reset (settings, "compare-divider");
  g_settings_reset (settings, "compare-window-width");
  g_settings_reset (settings, "compare-window-height");
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/layout/default-size", test_default_size);
  WINDOW_TEST_ADD ("/awc/ui/layout/narrow", test_narrow);
  g_test_add_func ("/awc/ui/layout/wrapped-legend", test_labels_with_wrapped_legend);
  g_test_add_func ("/awc/ui/layout/compare-sizes", test_compare_sizes);
  g_test_add_func ("/awc/ui/layout/compare-summary-rows", test_compare_summary_rows);

  return window_test_finish (g_test_run ());
}
