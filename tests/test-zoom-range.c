/* test-zoom-range.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the windows say about the zoom: the range bar with its reset
 * button in the main and the compare window, which panels cover the
 * visible range and which the whole run; and the loading page. */
#include "config.h"

#include "window-fixture.h"
#include "compare-fixtures.h"
#include "awc-gen-report.h"
#include "model/awc-report-range.h"
#include "ui/compare/awc-compare-window-private.h"

static gboolean
is_reset_button (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.reset-zoom") == 0;
}

static gboolean
is_cancel_button (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.cancel-load") == 0;
}

static gboolean
is_label_starting (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), data);
}

/* Shown on screen: visible itself and all the way up. */
static gboolean
on_screen (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
test_main_window (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  AwcReport *report = awc_window_get_report (window);
  AwcTimeAxisController *axis = awc_chart_view_get_time_axis (window->chart_view);
  GtkWidget *bar = GTK_WIDGET (window->range_bar);
  GtkWidget *reset = find_widget (bar, is_reset_button, NULL);
  double t0 = awc_report_get_start_time (report);
  g_autofree char *expected = NULL;
  double start, end;

  /* The whole run: no bar, the statistics say so. */
  g_assert_nonnull (reset);
  g_assert_false (on_screen (bar));
  g_assert_nonnull (find_widget (GTK_WIDGET (window->series_list), is_label_starting,
                                 (gpointer) "Statistics over the whole run"));
  /* The buckets are the whole run's, zoomed or not. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window->bucket_panel), is_label_starting,
                                 (gpointer) "Whole run"));

  /* Zoomed: the range as the report shows times, and its length. */
  awc_time_axis_controller_set_view_range (axis, t0 + 90, t0 + 300);
  run_frames (20);
  awc_time_axis_controller_get_view_range (axis, &start, &end);
  expected = awc_report_format_range (report, start, end);
  g_assert_true (on_screen (bar));
  g_assert_true (on_screen (reset));
  g_assert_cmpstr (awc_range_bar_get_range_text (window->range_bar), ==, expected);
  g_assert_nonnull (strstr (expected, "2026-03-02 09:01:30 – 09:05:00 (3m30s)"));
  g_assert_nonnull (find_widget (GTK_WIDGET (window->series_list), is_label_starting,
                                 (gpointer) "Statistics over the visible range"));
  g_assert_null (find_widget (GTK_WIDGET (window->series_list), is_label_starting,
                              (gpointer) "Statistics over the whole run"));
  g_assert_nonnull (find_widget (GTK_WIDGET (window->bucket_panel), is_label_starting,
                                 (gpointer) "Whole run"));

  /* The button unzooms, and the bar goes. */
  g_signal_emit_by_name (reset, "clicked");
  run_frames (20);
  awc_time_axis_controller_get_view_range (axis, &start, &end);
  g_assert_true (isnan (start) && isnan (end));
  g_assert_false (on_screen (bar));
  g_assert_null (awc_range_bar_get_range_text (window->range_bar));
  g_assert_nonnull (find_widget (GTK_WIDGET (window->series_list), is_label_starting,
                                 (gpointer) "Statistics over the whole run"));
}

static gboolean
compare_settled (gpointer data)
{
  AwcCompareWindow *window = data;

  return !_awc_compare_window_is_busy (window) &&
         gtk_widget_get_width (GTK_WIDGET (_awc_compare_window_get_view (window))) > 0;
}

static void
test_compare_window (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  AwcCompareWindow *window;
  AwcTimeAxisController *axis;
  GtkWidget *bar, *reset;
  double start, end;
  CfRun run;

  cf_run_init (&run);
  a = cf_make_report (&run);
  run.seed = 7;
  b = cf_make_report (&run);
  window = awc_compare_window_new (NULL, a, b);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (compare_settled, window);
  run_frames (50);

  axis = awc_compare_view_get_time_axis (window->view);
  bar = GTK_WIDGET (window->range_bar);
  reset = find_widget (bar, is_reset_button, NULL);
  g_assert_nonnull (reset);
  g_assert_false (on_screen (bar));

  /* Elapsed seconds on the compare axis: A's times and the elapsed ones. */
  awc_time_axis_controller_set_view_range (axis, 60, 150);
  run_frames (20);
  g_assert_true (on_screen (bar));
  g_assert_true (g_str_has_prefix (awc_range_bar_get_range_text (window->range_bar), "A "));
  g_assert_nonnull (strstr (awc_range_bar_get_range_text (window->range_bar), "(1m30s), elapsed 1m..2m30s"));

  g_signal_emit_by_name (reset, "clicked");
  run_frames (20);
  awc_time_axis_controller_get_view_range (axis, &start, &end);
  g_assert_true (isnan (start) && isnan (end));
  g_assert_false (on_screen (bar));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_null (window);
}

static const char *
visible_page (AwcWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (window->stack));
}

/* A large report loading: the loading page names it; Cancel goes back to
 * where the window was, with no error. */
static void
test_loading_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("awc-loading-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) json = NULL;
  AwcGenParams params;
  AwcWindow *window;
  GtkWidget *cancel;

  g_assert_no_error (error);
  awc_gen_params_init (&params);
  params.n_points = 6 * 3600;
  json = awc_gen_report_json (&params);
  path = g_build_filename (dir, "six-hours.json", NULL);
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = awc_window_new (test_app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  run_frames (20);
  g_assert_cmpstr (visible_page (window), ==, "welcome");

  awc_window_open_file (window, file);
  g_assert_true (awc_window_get_loading (window));
  g_assert_cmpstr (visible_page (window), ==, "loading");
  /* Shown at once, not faded in over the welcome page. */
  g_assert_true (gtk_widget_get_mapped (gtk_stack_get_child_by_name (GTK_STACK (window->stack), "loading")));
  g_assert_false (gtk_widget_get_mapped (gtk_stack_get_child_by_name (GTK_STACK (window->stack), "welcome")));
  g_assert_true (gtk_label_get_text (GTK_LABEL (window->loading_label)) != NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (window->loading_label)), "six-hours.json"));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (window->loading_spinner)));
  cancel = find_widget (gtk_stack_get_visible_child (GTK_STACK (window->stack)), is_cancel_button, NULL);
  g_assert_nonnull (cancel);

  /* Cancel: back to the welcome page, no report, no error, and the load
   * does not land later. */
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (awc_window_get_loading (window));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  run_frames (300);
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_null (awc_window_get_report (window));
  g_assert_null (_awc_window_get_banner_text (window));

  /* Loaded to the end, the report's page follows. */
  awc_window_open_file (window, file);
  g_assert_cmpstr (visible_page (window), ==, "loading");
  while (awc_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (awc_window_get_report (window));
  g_assert_cmpstr (visible_page (window), ==, "report");

  /* With a report shown, Cancel goes back to it. */
  awc_window_open_sample (window, "api-example");
  g_assert_cmpstr (visible_page (window), ==, "loading");
  g_action_group_activate_action (G_ACTION_GROUP (window), "cancel-load", NULL);
  g_assert_cmpstr (visible_page (window), ==, "report");
  run_frames (100);
  g_assert_null (_awc_window_get_banner_text (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_null (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/zoom-range/main-window", test_main_window);
  WINDOW_TEST_ADD ("/awc/ui/zoom-range/compare-window", test_compare_window);
  g_test_add_func ("/awc/ui/zoom-range/loading-page", test_loading_page);

  return window_test_finish (g_test_run ());
}
