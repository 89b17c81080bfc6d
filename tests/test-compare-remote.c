/* test-compare-remote.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 5 §1.1 "from the API browser": win.compare-with-remote opens the
 * Connect dialog, and the chart it fetches from the in-process mock
 * CodeArts PerfTest server becomes B of a new compare window with the
 * window's report as A; in the compare window, win.replace-from-remote
 * replaces A or B the same way. */
#include "config.h"

#include "awc-mock-cpts.h"
#include "awc-test-util.h"
#include "window-fixture.h"
#include "ui/compare/awc-compare-remote.h"
#include "ui/compare/awc-compare-window-private.h"
#include "ui/remote/awc-connect-dialog-private.h"

#define AK  "QTWAOYTTINDUT2QVKYUC"
#define SK  "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

/* The toplevel of @type transient for @parent, or NULL. */
static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type)
          && (parent == NULL || gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == parent))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
browser_idle (gpointer data)
{
  return !awc_cpts_browser_get_busy (AWC_CONNECT_DIALOG (data)->browser);
}

static gboolean
dialog_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Fills the form for @mock, connects and opens the chart of
 * "login-and-browse" by its ids, as a user pasting them would. */
static void
fetch_in_dialog (AwcConnectDialog *dialog,
                 AwcMockCpts      *mock)
{
  AwcCptsBrowser *browser = dialog->browser;
  gpointer weak = dialog;

  gtk_editable_set_text (GTK_EDITABLE (dialog->endpoint_entry), awc_mock_cpts_get_base_url (mock));
  gtk_editable_set_text (GTK_EDITABLE (dialog->project_entry), PID);
  gtk_stack_set_visible_child_name (GTK_STACK (dialog->auth_stack), "aksk");
  gtk_editable_set_text (GTK_EDITABLE (dialog->ak_entry), AK);
  gtk_editable_set_text (GTK_EDITABLE (dialog->sk_entry), SK);
  _awc_connect_dialog_connect (dialog);
  wait_until (browser_idle, dialog);
  g_assert_null (_awc_connect_dialog_get_banner_text (dialog));

  gtk_editable_set_text (GTK_EDITABLE (browser->run_entry), "48105");
  gtk_editable_set_text (GTK_EDITABLE (browser->case_run_entry), "1540223");
  gtk_editable_set_text (GTK_EDITABLE (browser->detail_entry), "7d1f0c2a9b");
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  _awc_cpts_browser_open_ids (browser);
  /* On success the dialog hands the chart over and closes. */
  wait_until (dialog_gone, &weak);
}

static AwcMockCpts *
new_mock (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  AwcMockCpts *mock = awc_mock_cpts_new (dir, &error);

  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (mock, AK, SK, NULL);
  return mock;
}

static gboolean
compare_settled (gpointer data)
{
  return !_awc_compare_window_is_busy (data);
}


static void
test_compare_with_remote (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(AwcMockCpts) mock = new_mock ();
  AwcWindow *window = fixture->window;
  AwcReport *a = awc_window_get_report (window);
  GtkWindow *dialog;
  AwcCompareWindow *compare;
  AwcComparison *comparison;
  gpointer weak;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "compare-with-remote"));
  g_assert_null (find_toplevel (AWC_TYPE_COMPARE_WINDOW, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-remote", NULL));
  dialog = find_toplevel (AWC_TYPE_CONNECT_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Compare with Report from CodeArts PerfTest");

  fetch_in_dialog (AWC_CONNECT_DIALOG (dialog), mock);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (mock), ==, 1);

  /* A new compare window: this window's report as A, the fetched chart as B. */
  compare = AWC_COMPARE_WINDOW (find_toplevel (AWC_TYPE_COMPARE_WINDOW, NULL));
  g_assert_nonnull (compare);
  comparison = awc_compare_window_get_comparison (compare);
  awc_test_assert_same_run_own_series (awc_comparison_get_report_a (comparison), a);
  g_assert_nonnull (awc_comparison_get_report_b (comparison));
  g_assert_cmpuint (awc_report_get_n_points (awc_comparison_get_report_b (comparison)), ==, 61);
  wait_until (compare_settled, compare);
  g_assert_cmpstr (_awc_compare_window_get_side_label (compare, AWC_SIDE_B), ==,
                   "B: Report 48105 / Case 1540223");
  g_assert_true (g_str_has_prefix (_awc_compare_window_get_side_label (compare, AWC_SIDE_A), "A: "));
  g_assert_null (_awc_compare_window_get_banner_text (compare));
  /* The report window keeps its report. */
  g_assert_true (awc_window_get_report (window) == a);

  /* In the compare window, A can be replaced from the API as well. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "win.replace-from-remote", "s", "a"));
  dialog = find_toplevel (AWC_TYPE_CONNECT_DIALOG, GTK_WINDOW (compare));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Replace A with Report from CodeArts PerfTest");
  fetch_in_dialog (AWC_CONNECT_DIALOG (dialog), mock);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (mock), ==, 2);
  g_assert_true (awc_comparison_get_report_a (comparison) != a);
  g_assert_cmpuint (awc_report_get_n_points (awc_comparison_get_report_a (comparison)), ==, 61);
  wait_until (compare_settled, compare);
  g_assert_cmpstr (_awc_compare_window_get_side_label (compare, AWC_SIDE_A), ==,
                   "A: Report 48105 / Case 1540223");

  weak = compare;
  g_object_add_weak_pointer (G_OBJECT (compare), &weak);
  gtk_window_destroy (GTK_WINDOW (compare));
  run_frames (50);
  g_assert_null (weak);
}

/* Closing the dialog fetches nothing and opens no window. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.compare-with-remote", NULL));
  dialog = find_toplevel (AWC_TYPE_CONNECT_DIALOG, GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  gtk_window_close (dialog);
  run_frames (50);
  g_assert_null (find_toplevel (AWC_TYPE_CONNECT_DIALOG, NULL));
  g_assert_null (find_toplevel (AWC_TYPE_COMPARE_WINDOW, NULL));
}

/* Without a report there is nothing to compare with. */
static void
test_disabled_without_report (Fixture       *fixture,
                              gconstpointer  user_data)
{
  AwcWindow *empty = awc_window_new (fixture->app);
  gpointer weak = empty;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (empty), "compare-with-remote"));
  g_assert_null (awc_compare_remote_choose (empty));
  awc_window_open_sample (empty, "api-example");
  wait_until (not_loading, empty);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (empty), "compare-with-remote"));

  g_object_add_weak_pointer (G_OBJECT (empty), &weak);
  gtk_window_destroy (GTK_WINDOW (empty));
  run_frames (50);
  g_assert_null (weak);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/compare-remote/compare-with-remote", test_compare_with_remote);
  WINDOW_TEST_ADD ("/awc/ui/compare-remote/cancelled", test_cancelled);
  WINDOW_TEST_ADD ("/awc/ui/compare-remote/disabled-without-report", test_disabled_without_report);

  return window_test_finish (g_test_run ());
}
