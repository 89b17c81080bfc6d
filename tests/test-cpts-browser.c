/* test-cpts-browser.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding last night's run (issue 16 §1–3, issue 12 §5.4) in the Connect
 * dialog against the in-process mock: complete paged columns, filters,
 * report rows with dates, Retry and F5, the remembered place and session
 * credentials across a reopen, "Open latest run", the focus when the
 * server cannot be reached, and the form's own validation. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "awc-connect-fixture.h"
#include "awc-test-util.h"

static void
connect_ok (Fixture *f)
{
  open_dialog (f);
  fill (f, "aksk", SK);
  g_assert_true (gtk_widget_get_sensitive (f->dialog->connect_button));
  _awc_connect_dialog_connect (f->dialog);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));
}

/* The ids of a column, in order. */
static void
assert_unique_ids (GtkSingleSelection *selection,
                   guint               n)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (n_items (selection), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (selection), i);
      char *id = _awc_cpts_browser_dup_item_id (item);

      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, id);
    }
}

static void
test_paged_and_filtered (Fixture       *f,
                         gconstpointer  data)
{
  AwcCptsBrowser *b;

  awc_mock_cpts_set_paging (f->mock, GPOINTER_TO_INT (data), 57);
  connect_ok (f);
  b = f->dialog->browser;
  /* Every project, once, whichever way the server reads offset. */
  assert_unique_ids (b->project_selection, 57);

  /* Typing filters the column by name. */
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_PROJECTS]), "PROJECT-5");
  g_assert_cmpuint (n_items (b->project_selection), ==, 8);   /* 50…57 */
  select_and_wait (f, b->project_selection, 1);
  g_assert_cmpstr (_awc_cpts_browser_get_current_id (b, AWC_CPTS_LEVEL_PROJECTS), ==, "3050");
  assert_unique_ids (b->task_selection, 57);
  /* Narrowing further keeps the selected project and its tasks. */
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_PROJECTS]), "project-51");
  iterate ();
  g_assert_cmpuint (n_items (b->project_selection), ==, 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (b->project_selection), ==, 0);
  g_assert_cmpuint (n_items (b->task_selection), ==, 57);
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_TASKS]), "task-1");
  g_assert_cmpuint (n_items (b->task_selection), ==, 10);     /* task-10…19 */
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_TASKS]), "no such task");
  g_assert_cmpuint (n_items (b->task_selection), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_TASKS]), "");
  g_assert_cmpuint (n_items (b->task_selection), ==, 57);
}

static void
test_report_rows (Fixture       *f,
                  gconstpointer  data)
{
  AwcCptsBrowser *b;
  g_autoptr(AwcCptsRun) newest = NULL;
  g_autofree char *label = NULL;

  connect_ok (f);
  b = f->dialog->browser;
  select_and_wait (f, b->project_selection, 0);
  select_and_wait (f, b->task_selection, 0);
  g_assert_cmpstr (b->latest_run_id, ==, "48105");
  g_assert_cmpuint (n_items (b->run_selection), ==, 2);
  newest = g_list_model_get_item (G_LIST_MODEL (b->run_selection), 0);
  g_assert_cmpstr (awc_cpts_run_get_id (newest), ==, "48105");
  /* the start time in local time (TZ=UTC) is the row's title */
  label = _awc_cpts_browser_dup_run_label (newest);
  g_assert_cmpstr (label, ==, "2024-03-15 00:00");
  /* reports filter by the date as shown and by case name */
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_RUNS]), "03-14");
  g_assert_cmpuint (n_items (b->run_selection), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_RUNS]), "login");
  g_assert_cmpuint (n_items (b->run_selection), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_RUNS]), "");
}

static void
test_retry (Fixture       *f,
            gconstpointer  data)
{
  AwcCptsBrowser *b;
  guint n_requests;

  connect_ok (f);
  b = f->dialog->browser;
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_403, 1);
  gtk_single_selection_set_selected (b->project_selection, 0);
  wait_idle (f);
  g_assert_nonnull (_awc_connect_dialog_get_banner_text (f->dialog));
  /* The failed column offers Retry; the browser stays. */
  g_assert_true (gtk_widget_get_visible (b->retry_boxes[AWC_CPTS_LEVEL_TASKS]));
  g_assert_cmpint (b->failed_level, ==, AWC_CPTS_LEVEL_TASKS);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (f->dialog->page_stack)), ==, "browse");
  g_assert_cmpuint (n_items (b->task_selection), ==, 0);

  /* Retry sends the request again and fills the column. */
  n_requests = awc_mock_cpts_get_n_requests (f->mock);
  _awc_cpts_browser_retry (b);
  wait_idle (f);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, n_requests + 1);
  g_assert_false (gtk_widget_get_visible (b->retry_boxes[AWC_CPTS_LEVEL_TASKS]));
  g_assert_cmpuint (n_items (b->task_selection), ==, 2);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));

  /* F5 (browser.retry) again after a failed report list. */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_500, 1);
  gtk_single_selection_set_selected (b->task_selection, 0);
  wait_idle (f);
  g_assert_true (gtk_widget_get_visible (b->retry_boxes[AWC_CPTS_LEVEL_RUNS]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (b), "browser.retry", NULL));
  wait_idle (f);
  g_assert_false (gtk_widget_get_visible (b->retry_boxes[AWC_CPTS_LEVEL_RUNS]));
  g_assert_cmpuint (n_items (b->run_selection), ==, 2);
}

static void
test_remembered (Fixture       *f,
                 gconstpointer  data)
{
  AwcCptsBrowser *b;
  g_autofree char *project = NULL, *task = NULL, *run = NULL;

  connect_ok (f);
  b = f->dialog->browser;
  select_and_wait (f, b->project_selection, 1);
  select_and_wait (f, b->task_selection, 0);
  select_and_wait (f, b->run_selection, 1);
  project = g_settings_get_string (f->settings, "cpts-last-project");
  task = g_settings_get_string (f->settings, "cpts-last-task");
  run = g_settings_get_string (f->settings, "cpts-last-run");
  g_assert_cmpstr (project, ==, "1207");
  g_assert_cmpstr (task, ==, "52631");
  g_assert_cmpstr (run, ==, "47990");
  assert_settings_hold_no_secret (f->settings);

  /* Reopened: the browser again, the credentials of this session, and
   * the same project, task and report selected. */
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  g_clear_object (&f->dialog);
  open_dialog (f);
  b = f->dialog->browser;
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (f->dialog->page_stack)), ==, "browse");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->dialog->ak_entry)), ==, AK);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));
  g_assert_cmpstr (_awc_cpts_browser_get_current_id (b, AWC_CPTS_LEVEL_PROJECTS), ==, "1207");
  g_assert_cmpstr (_awc_cpts_browser_get_current_id (b, AWC_CPTS_LEVEL_TASKS), ==, "52631");
  g_assert_cmpstr (_awc_cpts_browser_get_current_id (b, AWC_CPTS_LEVEL_RUNS), ==, "47990");
  g_assert_cmpuint (n_items (b->case_selection), ==, 4);

  /* Another session: nothing in memory, the form is empty of secrets. */
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  g_clear_object (&f->dialog);
  _awc_connect_dialog_forget_session ();
  open_dialog (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (f->dialog->page_stack)), ==, "connect");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->dialog->sk_entry)), ==, "");
}

static void
test_open_latest (Fixture       *f,
                  gconstpointer  data)
{
  AwcCptsBrowser *b;
  g_autofree char *title = NULL;

  connect_ok (f);
  b = f->dialog->browser;
  g_assert_false (gtk_widget_get_sensitive (b->latest_button));
  select_and_wait (f, b->project_selection, 0);
  gtk_single_selection_set_selected (b->task_selection, 0);
  g_assert_true (gtk_widget_get_sensitive (b->latest_button));
  /* While the reports still load. */
  _awc_cpts_browser_open_latest (b);
  wait_idle (f);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));
  g_assert_nonnull (f->report);
  title = awc_remote_source_dup_title (f->source);
  g_assert_cmpstr (title, ==, "nightly 2024-03-15 00:00 / login-and-browse");
}

static void
test_unreachable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  guint16 port = g_socket_listener_add_any_inet_port (listener, NULL, NULL);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  const char *banner;
  GtkWidget *focus;

  g_socket_listener_close (listener);
  open_dialog (f);
  fill (f, "token", TOKEN);
  gtk_editable_set_text (GTK_EDITABLE (f->dialog->endpoint_entry), url);
  _awc_connect_dialog_connect (f->dialog);
  wait_idle (f);
  banner = _awc_connect_dialog_get_banner_text (f->dialog);
  g_assert_cmpstr (banner, ==, "Could not reach 127.0.0.1: the connection was refused");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (f->dialog->page_stack)), ==, "connect");
  focus = gtk_root_get_focus (GTK_ROOT (f->dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == f->dialog->endpoint_entry
                 || gtk_widget_is_ancestor (focus, f->dialog->endpoint_entry));
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  AwcConnectDialog *d;
  const char *placeholder = NULL;

  open_dialog (f);
  d = f->dialog;
  /* Nothing filled: no messages yet, but no Connect either. */
  g_assert_false (gtk_widget_get_sensitive (d->connect_button));
  g_assert_null (_awc_connect_dialog_get_field_error (d, d->project_entry));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (d->connect_button), ==, "Enter the project ID");

  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  g_assert_false (gtk_widget_get_sensitive (d->connect_button));
  gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), AK);
  gtk_editable_set_text (GTK_EDITABLE (d->sk_entry), SK);
  g_assert_true (gtk_widget_get_sensitive (d->connect_button));

  /* Each invalid field has its own message and mark. */
  gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), "QTWA OYTT");
  g_assert_cmpstr (_awc_connect_dialog_get_field_error (d, d->ak_entry), ==,
                   "An access key has only letters and digits");
  g_assert_true (gtk_widget_has_css_class (d->ak_entry, "error"));
  g_assert_false (gtk_widget_get_sensitive (d->connect_button));
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), "ftp://example.com");
  g_assert_nonnull (_awc_connect_dialog_get_field_error (d, d->endpoint_entry));
  g_assert_null (_awc_connect_dialog_get_field_error (d, d->sk_entry));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), "0a1b/2c3d");
  g_assert_nonnull (_awc_connect_dialog_get_field_error (d, d->project_entry));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), "");
  g_assert_null (_awc_connect_dialog_get_field_error (d, d->endpoint_entry));
  g_assert_false (gtk_widget_has_css_class (d->endpoint_entry, "error"));

  /* The token page does not care about the access key. */
  gtk_stack_set_visible_child_name (GTK_STACK (d->auth_stack), "token");
  g_assert_false (gtk_widget_get_sensitive (d->connect_button));
  gtk_editable_set_text (GTK_EDITABLE (d->token_entry), TOKEN);
  g_assert_true (gtk_widget_get_sensitive (d->connect_button));
  gtk_editable_set_text (GTK_EDITABLE (d->token_entry), "MIIZ\nabc");
  g_assert_cmpstr (_awc_connect_dialog_get_field_error (d, d->token_entry), ==,
                   "The token contains spaces or line breaks");
  g_assert_false (gtk_widget_get_sensitive (d->connect_button));
  gtk_editable_set_text (GTK_EDITABLE (d->token_entry), "");

  /* Placeholders read as examples, not as values already there. */
  g_object_get (d->project_entry, "placeholder-text", &placeholder, NULL);
  g_assert_true (g_str_has_prefix (placeholder, "e.g. "));
  g_free ((char *) placeholder);
  g_object_get (d->ak_entry, "placeholder-text", &placeholder, NULL);
  g_assert_true (g_str_has_prefix (placeholder, "e.g. "));
  g_free ((char *) placeholder);
  g_object_get (d->token_entry, "placeholder-text", &placeholder, NULL);
  g_assert_true (g_str_has_prefix (placeholder, "e.g. "));
  g_free ((char *) placeholder);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  awc_connect_fixture_capture_log ();
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func, data) \
  g_test_add ("/awc/ui/cpts-browser/" path, Fixture, data, connect_fixture_setup, func, connect_fixture_teardown)
  ADD ("paged-filtered-page-number", test_paged_and_filtered, GINT_TO_POINTER (AWC_MOCK_PAGING_PAGE));
  ADD ("paged-filtered-item-index", test_paged_and_filtered, GINT_TO_POINTER (AWC_MOCK_PAGING_INDEX));
  ADD ("report-rows", test_report_rows, NULL);
  ADD ("retry", test_retry, NULL);
  ADD ("remembered", test_remembered, NULL);
  ADD ("open-latest", test_open_latest, NULL);
  ADD ("unreachable", test_unreachable, NULL);
  ADD ("validation", test_validation, NULL);
#undef ADD
  return g_test_run ();
}
