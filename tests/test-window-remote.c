/* test-window-remote.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window with a report fetched from the mock CodeArts PerfTest server:
 * title and subtitle, Reload (F5) for remote reports and files, "Save
 * report as…" writing the exact body, and win.connect. */
#include "config.h"

#include "awc-mock-cpts.h"
#include "window-fixture.h"
#include "ui/remote/awc-connect-dialog.h"

#define AK  "QTWAOYTTINDUT2QVKYUC"
#define SK  "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

static AwcMockCpts *mock;

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Shows the chart of "login-and-browse" in the fixture's window, fetched
 * from a fresh mock. */
static AwcRemoteSource *
show_remote (Fixture *fixture)
{
  g_autoptr(AwcCptsClient) client = awc_cpts_client_new ();
  g_autoptr(AwcCredentials) creds = awc_credentials_new_aksk (AK, SK, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  AwcRemoteSource *source;

  mock = awc_mock_cpts_new (dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (mock, AK, SK, NULL);
  g_assert_true (awc_cpts_client_set_endpoint (client, awc_mock_cpts_get_base_url (mock), NULL));
  awc_cpts_client_set_project_id (client, PID);
  awc_cpts_client_set_credentials (client, creds);
  awc_cpts_client_set_total_timeout (client, 10);
  source = awc_remote_source_new_for_ids (client, "48105", "1540223", "7d1f0c2a9b");
  awc_remote_source_set_task_name (source, "nightly");
  awc_remote_source_set_report_name (source, "run-15");

  awc_remote_source_fetch_async (source, NULL, store_result, &result);
  wait_until (pointer_set, &result);
  report = awc_remote_source_fetch_finish (source, result, &error);
  g_assert_no_error (error);

  _awc_window_show_remote (fixture->window, report, source);
  return source;
}

static void
free_mock (void)
{
  /* Finished requests let go of the client shortly after. */
  run_frames (50);
  g_clear_pointer (&mock, awc_mock_cpts_free);
}

static gboolean
action_enabled (AwcWindow  *window,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static void
test_title (Fixture       *fixture,
            gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  g_autoptr(AwcRemoteSource) source = NULL;

  /* The sample is no file and was not fetched: nothing to reload or save. */
  g_assert_false (action_enabled (window, "reload"));
  g_assert_false (action_enabled (window, "save-report-as"));
  g_assert_true (action_enabled (window, "connect"));

  source = show_remote (fixture);
  g_assert_cmpuint (awc_report_get_n_points (awc_window_get_report (window)), ==, 61);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "nightly run-15 / Case 1540223 — AW Chart");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (window->subtitle_label)), ==,
                   "nightly · run-15 · Case 1540223 · detail 7d1f0c2a9b");
  g_assert_true (action_enabled (window, "reload"));
  g_assert_true (action_enabled (window, "save-report-as"));
  free_mock ();
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  g_autoptr(AwcRemoteSource) source = show_remote (fixture);
  AwcReport *before = awc_window_get_report (window);
  const char *banner;

  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (mock), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  g_assert_true (awc_window_get_loading (window));
  wait_until (not_loading, window);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (mock), ==, 2);
  g_assert_true (awc_window_get_report (window) != before);
  g_assert_true (g_bytes_equal (awc_remote_source_get_body (source), awc_mock_cpts_get_chart_body (mock)));
  g_assert_null (_awc_window_get_banner_text (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "nightly run-15 / Case 1540223 — AW Chart");

  /* A failed reload keeps the report and says why in the banner. */
  before = awc_window_get_report (window);
  awc_mock_cpts_set_fault (mock, AWC_MOCK_FAULT_500, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  wait_until (not_loading, window);
  banner = _awc_window_get_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "Could not reload nightly run-15 / Case 1540223: Server error (500 CPTS.05001001)"));
  g_assert_true (awc_window_get_report (window) == before);

  /* Cancel stops a slow one and is no error. */
  _awc_window_show_banner (window, NULL);
  awc_mock_cpts_set_fault (mock, AWC_MOCK_FAULT_SLOW, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  run_frames (50);
  g_assert_true (awc_window_get_loading (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (awc_window_get_loading (window));
  run_frames (50);
  g_assert_null (_awc_window_get_banner_text (window));
  g_assert_true (awc_window_get_report (window) == before);
  free_mock ();
}

static void
test_save (Fixture       *fixture,
           gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  g_autoptr(AwcRemoteSource) source = show_remote (fixture);
  g_autofree char *dir = g_dir_make_tmp ("awc-test-save-XXXXXX", NULL);
  g_autofree char *typed = g_build_filename (dir, "saved", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (typed);
  g_autoptr(GFile) saved = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  _awc_window_save_report_async (window, file, store_result, &result);
  wait_until (pointer_set, &result);
  g_assert_true (_awc_window_save_report_finish (window, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_awc_window_get_toast_text (window), ==, "Saved saved.json");

  /* The exact body received, under the name with .json added. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (awc_mock_cpts_get_chart_body (mock), NULL),
                   g_bytes_get_size (awc_mock_cpts_get_chart_body (mock)));
  g_assert_cmpmem (contents, len, g_bytes_get_data (awc_remote_source_get_body (source), NULL),
                   g_bytes_get_size (awc_remote_source_get_body (source)));
  free_mock ();

  /* It reopens offline; then Reload reads the file again. */
  awc_window_open_file (window, saved);
  wait_until (not_loading, window);
  g_assert_null (_awc_window_get_banner_text (window));
  g_assert_cmpuint (awc_report_get_n_points (awc_window_get_report (window)), ==, 61);
  g_assert_false (action_enabled (window, "save-report-as"));
  g_assert_true (action_enabled (window, "reload"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  g_assert_true (awc_window_get_loading (window));
  wait_until (not_loading, window);
  g_assert_cmpuint (awc_report_get_n_points (awc_window_get_report (window)), ==, 61);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_connect_action (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkWindow *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.connect", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (AWC_IS_CONNECT_DIALOG (toplevel))
        dialog = GTK_WINDOW (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (dialog));
  gtk_window_destroy (dialog);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/window-remote/title", test_title);
  WINDOW_TEST_ADD ("/awc/ui/window-remote/reload", test_reload);
  WINDOW_TEST_ADD ("/awc/ui/window-remote/save", test_save);
  WINDOW_TEST_ADD ("/awc/ui/window-remote/connect-action", test_connect_action);

  return window_test_finish (g_test_run ());
}
