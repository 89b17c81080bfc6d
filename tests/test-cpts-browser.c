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

#include "awc-mock-cpts.h"
#include "awc-test-util.h"
#include "ui/remote/awc-connect-dialog-private.h"

#define AK    "QTWAOYTTINDUT2QVKYUC"
#define SK    "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define BADSK "not-the-secret-Zq81"
#define STOK  "sts-token-1234567890abcdef"
#define TOKEN "MIIZ-iam-token-abcdef0123456789"
#define PID   "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

static GString *log_text;

static void
assert_no_secret (const char *text)
{
  g_assert_null (strstr (text, AK));
  g_assert_null (strstr (text, SK));
  g_assert_null (strstr (text, BADSK));
  g_assert_null (strstr (text, STOK));
  g_assert_null (strstr (text, TOKEN));
}

typedef struct
{
  AwcMockCpts      *mock;
  AwcConnectDialog *dialog;
  GSettings        *settings;
  AwcReport        *report;
  AwcRemoteSource  *source;
} Fixture;

static void
on_report_fetched (AwcConnectDialog *dialog,
                   AwcReport        *report,
                   AwcRemoteSource  *source,
                   Fixture          *f)
{
  g_assert_null (f->report);
  f->report = g_object_ref (report);
  f->source = g_object_ref (source);
}

static void
reset_settings (GSettings *settings)
{
  const char *keys[] = { "cpts-region", "cpts-endpoint", "cpts-project-id", "cpts-auth-method",
                         "cpts-id-mapping", "cpts-connect-timeout", "cpts-total-timeout",
                         "cpts-last-project", "cpts-last-task", "cpts-last-run" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  f->settings = g_settings_new (APP_ID);
  reset_settings (f->settings);
  /* Each test starts a new session: no credentials kept in memory. */
  _awc_connect_dialog_forget_session ();
  f->mock = awc_mock_cpts_new (dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (f->mock, AK, SK, NULL);
  g_string_truncate (log_text, 0);
}

static void
open_dialog (Fixture *f)
{
  f->dialog = g_object_ref (_awc_connect_dialog_new_full (NULL, FALSE));
  g_signal_connect (f->dialog, "report-fetched", G_CALLBACK (on_report_fetched), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_idle (Fixture *f)
{
  iterate ();
  while (awc_cpts_browser_get_busy (f->dialog->browser))
    g_main_context_iteration (NULL, TRUE);
  iterate ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  /* Cancelled requests let go of the browser once their callbacks ran. */
  for (guint i = 0; i < 2000 && G_OBJECT (f->dialog)->ref_count > 1; i++)
    {
      iterate ();
      g_usleep (500);
    }
  g_assert_finalize_object (f->dialog);
  g_clear_object (&f->report);
  g_clear_object (&f->source);
  awc_mock_cpts_free (f->mock);
  g_clear_object (&f->settings);
  assert_no_secret (log_text->str);
}

static void
fill (Fixture    *f,
      const char *auth,
      const char *secret)
{
  AwcConnectDialog *d = f->dialog;

  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), awc_mock_cpts_get_base_url (f->mock));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  gtk_stack_set_visible_child_name (GTK_STACK (d->auth_stack), auth);
  if (g_str_equal (auth, "token"))
    gtk_editable_set_text (GTK_EDITABLE (d->token_entry), secret);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), AK);
      gtk_editable_set_text (GTK_EDITABLE (d->sk_entry), secret);
    }
}

static guint
n_items (GtkSingleSelection *selection)
{
  return g_list_model_get_n_items (G_LIST_MODEL (selection));
}

static void
select_and_wait (Fixture            *f,
                 GtkSingleSelection *selection,
                 guint               position)
{
  gtk_single_selection_set_selected (selection, position);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));
}

/* Every value of every key, printed: no secret may be among them. */
static void
assert_settings_hold_no_secret (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      assert_no_secret (text);
    }
}

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
  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func, data) \
  g_test_add ("/awc/ui/cpts-browser/" path, Fixture, data, fixture_setup, func, fixture_teardown)
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
