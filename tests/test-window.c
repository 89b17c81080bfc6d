/* test-window.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-test-util.h"
#include "window-fixture.h"
#include "io/awc-report-loader.h"
#include "ui/compare/awc-compare-launch.h"

/* A view's cursor and zoom live on its time axis controller. */
#define AXIS(view) awc_chart_view_get_time_axis (view)

static void
test_open_sample (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcReport *report = awc_window_get_report (fixture->window);
  g_autofree char *expected = NULL;
  const char *title = awc_report_get_title (report);

  if (title == NULL || *title == '\0')
    title = "ramp-up.json";
  expected = g_strdup_printf ("%s — AW Chart", title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, expected);
  g_assert_cmpstr (awc_report_get_source (report), ==, "ramp-up.json");
  g_assert_true (awc_chart_view_get_report (fixture->window->chart_view) == report);
  g_assert_true (awc_series_list_get_report (fixture->window->series_list) == report);
  g_assert_true (awc_bucket_panel_get_report (fixture->window->bucket_panel) == report);
  g_assert_null (_awc_window_get_banner_text (fixture->window));
}

/* Some series start hidden (the catalog's defaults); take a drawn one. */
static AwcSeries *
first_visible_series (AwcReport *report)
{
  GListModel *list = awc_report_get_series (report);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

      if (awc_series_get_visible (series))
        return g_steal_pointer (&series);
    }
  return NULL;
}

static void
test_toggle_series (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AwcReport *report = awc_window_get_report (fixture->window);
  GtkWidget *view = GTK_WIDGET (fixture->window->chart_view);
  g_autoptr(AwcSeries) series = first_visible_series (report);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) hidden = NULL;
  g_autoptr(GBytes) shown = NULL;
  GtkWidget *row, *check;

  g_assert_nonnull (series);
  g_assert_true (awc_series_get_visible (series));
  /* Pin the cursor: on a shared display other windows come and go under
   * the pointer, and a hovering cursor would move between the renders. */
  awc_time_axis_controller_set_cursor_time (AXIS (fixture->window->chart_view), awc_report_get_start_time (report));
  awc_time_axis_controller_set_cursor_pinned (AXIS (fixture->window->chart_view), TRUE);
  before = render_settled (view);

  /* Through the check button in the series list, as a click would. */
  row = find_widget (GTK_WIDGET (fixture->window->series_list), is_row_of, series);
  g_assert_nonnull (row);
  check = find_widget (row, is_check_button, NULL);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_widget_activate (check);
  g_assert_false (awc_series_get_visible (series));
  hidden = render_until (view, before, TRUE);
  g_assert_false (g_bytes_equal (before, hidden));

  /* And back through the window action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-series", "s",
                                             awc_series_get_id (series)));
  g_assert_true (awc_series_get_visible (series));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  /* The picture comes back exactly (render_until fails after 10 s if not). */
  shown = render_until (view, before, FALSE);
  g_assert_true (g_bytes_equal (before, shown));
  g_assert_false (g_bytes_equal (hidden, shown));
}

static void
test_cursor_keyboard (Fixture       *fixture,
                      gconstpointer  user_data)
{
  AwcReport *report = awc_window_get_report (fixture->window);
  GtkWidget *view = GTK_WIDGET (fixture->window->chart_view);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const double *ts;
  char *readout;
  guint n;

  ts = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, >, 2);
  first = awc_report_format_time (report, ts[0], "%Y-%m-%d %H:%M:%S");
  second = awc_report_format_time (report, ts[1], "%Y-%m-%d %H:%M:%S");

  /* Zoomed in, so that one key press is one sample (zoomed out it is a
   * pixel column, see test-cursor-readout.c). */
  awc_time_axis_controller_set_view_range (awc_chart_view_get_time_axis (fixture->window->chart_view),
                                           ts[0], ts[MIN (n - 1, 100)]);
  run_frames (5);
  /* Home, then Right: the actions the chart view binds to those keys. */
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_activate_action (view, "view.cursor-first", NULL));
  g_assert_cmpfloat (awc_window_get_cursor_time (fixture->window), ==, ts[0]);
  readout = _awc_window_dup_readout_text (fixture->window);
  g_assert_true (g_str_has_prefix (readout, first));
  g_free (readout);

  g_assert_true (gtk_widget_activate_action (view, "view.cursor-next", NULL));
  g_assert_cmpfloat (awc_window_get_cursor_time (fixture->window), ==, ts[1]);
  readout = _awc_window_dup_readout_text (fixture->window);
  g_assert_true (g_str_has_prefix (readout, second));
  /* Every drawn series is in the readout with its title. */
  {
    g_autoptr(AwcSeries) series = first_visible_series (report);

    g_assert_nonnull (strstr (readout, awc_series_get_title (series)));
  }
  g_free (readout);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static void
test_bucket_rows (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcReport *report = awc_window_get_report (fixture->window);
  GListModel *buckets = awc_report_get_buckets (report);
  GtkWidget *column_view;
  GListModel *rows;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *cursor;
  double last_lower = -INFINITY;
  guint n;

  /* At 1280 px the bucket panel waits behind its toggle (test-layout). */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-buckets", NULL);
  g_assert_true (gtk_widget_get_visible (fixture->window->bucket_box));
  run_frames (200);
  column_view = find_widget (GTK_WIDGET (fixture->window->bucket_panel), is_column_view, NULL);
  g_assert_nonnull (column_view);
  rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  n = g_list_model_get_n_items (buckets);
  g_assert_cmpuint (n, >, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);

  /* Sorted by range, and shown in that order on screen. */
  collect_labels (column_view, text);
  cursor = text->str;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) bucket = g_list_model_get_item (rows, i);
      g_autofree char *range = awc_bucket_dup_range_text (bucket);
      const char *at;

      g_assert_cmpfloat (awc_bucket_get_lower_ms (bucket), >, last_lower);
      last_lower = awc_bucket_get_lower_ms (bucket);
      at = strstr (cursor, range);
      g_assert_nonnull (at);
      cursor = at + strlen (range);
    }
}

static void
test_bad_file (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "window-bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) nothing = NULL;
  g_autofree char *expected = NULL;
  AwcReport *before = awc_window_get_report (fixture->window);
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (fixture->window)));

  nothing = awc_report_load_file (file, NULL, &error);
  g_assert_null (nothing);
  g_assert_nonnull (error);
  expected = g_strdup_printf ("Could not open window-bad.json: %s", error->message);

  awc_window_open_file (fixture->window, file);
  wait_until (not_loading, fixture->window);

  g_assert_cmpstr (_awc_window_get_banner_text (fixture->window), ==, expected);
  g_assert_true (awc_window_get_report (fixture->window) == before);
  g_assert_true (awc_chart_view_get_report (fixture->window->chart_view) == before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, title);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (fixture->window->stack)), ==, "report");
}

static void
test_panels_toggle (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GSettings *settings = fixture->window->settings;

  /* At 1280 px only one side panel fits beside the chart (test-layout):
   * the bucket panel waits behind its toggle. */
  g_assert_false (gtk_widget_get_visible (fixture->window->bucket_box));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-buckets", NULL);
  g_assert_true (gtk_widget_get_visible (fixture->window->bucket_box));
  g_assert_false (gtk_widget_get_visible (fixture->window->series_box));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-buckets", NULL);
  g_assert_false (gtk_widget_get_visible (fixture->window->bucket_box));
  g_assert_false (g_settings_get_boolean (settings, "show-bucket-panel"));
  g_assert_true (gtk_widget_get_visible (fixture->window->series_box));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-series-list", NULL);
  g_assert_false (gtk_widget_get_visible (fixture->window->series_box));
  g_assert_false (g_settings_get_boolean (settings, "show-series-list"));
  g_settings_set_boolean (settings, "show-bucket-panel", TRUE);
  g_assert_true (gtk_widget_get_visible (fixture->window->bucket_box));
  g_settings_reset (settings, "show-series-list");
  g_settings_reset (settings, "show-bucket-panel");
  /* Both wanted again: one of them, as at the start. */
  g_assert_true (gtk_widget_get_visible (fixture->window->series_box)
                 != gtk_widget_get_visible (fixture->window->bucket_box));
}

static void
test_cancel_load (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcReport *before = awc_window_get_report (fixture->window);

  /* A second load replaced by Cancel: nothing changes, no error shown. */
  awc_window_open_sample (fixture->window, "api-example");
  g_assert_true (awc_window_get_loading (fixture->window));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "cancel-load", NULL);
  g_assert_false (awc_window_get_loading (fixture->window));
  run_frames (300);
  g_assert_true (awc_window_get_report (fixture->window) == before);
  g_assert_null (_awc_window_get_banner_text (fixture->window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "cancel-load"));
}

/* An unknown sample name (a stale menu target, say) is named in the
 * banner with the samples there are; the report stays. */
static void
test_unknown_sample (Fixture       *fixture,
                     gconstpointer  user_data)
{
  AwcReport *before = awc_window_get_report (fixture->window);

  awc_window_open_sample (fixture->window, "nosuch");
  g_assert_true (awc_window_get_report (fixture->window) == before);
  g_assert_cmpstr (_awc_window_get_banner_text (fixture->window), ==,
                   "Could not open nosuch.json: Unknown sample “nosuch”; "
                   "available samples: ramp-up, api-example");
}

static void
test_color_scheme (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkSettings *gtk_settings = gtk_widget_get_settings (GTK_WIDGET (fixture->window));
  gboolean prefer_dark;

  if (g_getenv ("GTK_THEME") != NULL)
    {
      g_test_skip ("GTK_THEME overrides the colour scheme");
      return;
    }

  /* The preference reaches GTK, and the chart and the list follow the window. */
  g_settings_set_string (settings, "color-scheme", "dark");
  g_object_get (gtk_settings, "gtk-application-prefer-dark-theme", &prefer_dark, NULL);
  g_assert_true (prefer_dark);
  g_assert_true (awc_chart_view_get_dark (fixture->window->chart_view));
  g_assert_true (awc_series_list_get_dark (fixture->window->series_list));

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_false (awc_chart_view_get_dark (fixture->window->chart_view));
  g_assert_false (awc_series_list_get_dark (fixture->window->series_list));
  g_settings_reset (settings, "color-scheme");
}

static gboolean
is_recent_row (GtkWidget *widget,
               gpointer   uri)
{
  return GTK_IS_LIST_BOX_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "uri"), uri) == 0;
}

static void
test_recent (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "api-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *canonical = g_file_get_path (file);
  AwcWindow *other;
  GtkWidget *row;

  /* A report opened from disk shows up on the next window's welcome page. */
  awc_window_open_file (fixture->window, file);
  wait_until (not_loading, fixture->window);
  g_assert_null (_awc_window_get_banner_text (fixture->window));
  g_assert_cmpstr (awc_report_get_source (awc_window_get_report (fixture->window)), ==, canonical);
  run_frames (100);

  other = awc_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (other));
  /* GtkRecentManager saves and reloads its list asynchronously: poll
   * instead of guessing how long that takes (much longer under ASan). */
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while ((row = find_widget (GTK_WIDGET (other->welcome), is_recent_row, uri)) == NULL)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        run_frames (20);
      }
  }
  /* The list may be rebuilt as the manager settles: look the row up again. */
  run_frames (50);
  row = find_widget (GTK_WIDGET (other->welcome), is_recent_row, uri);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));

  /* Activating it opens the report in that window. */
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_true (awc_window_get_loading (other));
  wait_until (not_loading, other);
  g_assert_cmpstr (awc_report_get_source (awc_window_get_report (other)), ==, canonical);
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
test_drop_file (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "api-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GObject *target = awc_test_find_controller (GTK_WIDGET (fixture->window), GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files = g_slist_prepend (NULL, file);
  AwcReport *before = awc_window_get_report (fixture->window);
  gboolean accepted = FALSE;

  /* A file list dropped on the window opens its first file there. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  /* The window shows a report, so it asks first: replace or compare. */
  g_assert_true (awc_compare_launch_answer_drop (fixture->window, "replace"));
  wait_until (not_loading, fixture->window);
  g_assert_true (awc_window_get_report (fixture->window) != before);
  g_assert_true (g_str_has_suffix (awc_report_get_source (awc_window_get_report (fixture->window)),
                                   "/api-example.json"));
}

static void
test_size_saved (void)
{
  AwcWindow *window = awc_window_new (test_app);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  run_frames (200);
  gtk_window_close (GTK_WINDOW (window));
  run_frames (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1200);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 900);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window starts at the saved size. */
  window = awc_window_new (test_app);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 1200);
    g_assert_cmpint (height, ==, 900);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_demo_unknown (void)
{
  const char *awchart = g_getenv ("AWCHART");
  const char *argv[] = { awchart, "--demo=no-such-sample", NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (awchart == NULL)
    {
      g_test_skip ("AWCHART is not set");
      return;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "no-such-sample"));
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/window/open-sample", test_open_sample);
  WINDOW_TEST_ADD ("/awc/ui/window/toggle-series", test_toggle_series);
  WINDOW_TEST_ADD ("/awc/ui/window/cursor-keyboard", test_cursor_keyboard);
  WINDOW_TEST_ADD ("/awc/ui/window/bucket-rows", test_bucket_rows);
  WINDOW_TEST_ADD ("/awc/ui/window/bad-file", test_bad_file);
  WINDOW_TEST_ADD ("/awc/ui/window/panels-toggle", test_panels_toggle);
  WINDOW_TEST_ADD ("/awc/ui/window/cancel-load", test_cancel_load);
  WINDOW_TEST_ADD ("/awc/ui/window/unknown-sample", test_unknown_sample);
  WINDOW_TEST_ADD ("/awc/ui/window/color-scheme", test_color_scheme);
  WINDOW_TEST_ADD ("/awc/ui/window/recent", test_recent);
  WINDOW_TEST_ADD ("/awc/ui/window/drop-file", test_drop_file);
  g_test_add_func ("/awc/ui/window/size-saved", test_size_saved);
  g_test_add_func ("/awc/ui/window/demo-unknown", test_demo_unknown);

  return window_test_finish (g_test_run ());
}
