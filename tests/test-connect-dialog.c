/* test-connect-dialog.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Connect dialog against the in-process mock CodeArts PerfTest
 * server: browse to a chart, paste a task run id, open by ids, faults in
 * the banner, Cancel, and what GSettings and the logs get (never a
 * secret). */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "awc-connect-fixture.h"
#include "awc-test-util.h"

static void
test_browse (Fixture       *f,
             gconstpointer  data)
{
  AwcConnectDialog *d;
  AwcCptsBrowser *b;
  g_autofree char *title = NULL, *subtitle = NULL, *endpoint = NULL, *project_id = NULL;
  g_autofree char *mapping = NULL;
  g_autoptr(GVariant) map = NULL;

  /* The server only knows the SDK mapping: the dialog must learn it. */
  awc_mock_cpts_set_mapping (f->mock, AWC_MOCK_MAPPING_CASE_URI);
  open_dialog (f);
  d = f->dialog;
  b = d->browser;
  fill (f, "aksk", SK);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d->total_spin), 30);

  _awc_connect_dialog_connect (d);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "browse");
  g_assert_true (awc_cpts_browser_get_busy (b));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (d->progress_revealer)));
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (d->progress_revealer)));
  g_assert_cmpuint (n_items (b->project_selection), ==, 2);

  select_and_wait (f, b->project_selection, 0);
  g_assert_cmpuint (n_items (b->task_selection), ==, 2);
  select_and_wait (f, b->task_selection, 0);
  g_assert_cmpuint (n_items (b->run_selection), ==, 2);
  select_and_wait (f, b->run_selection, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (b->run_entry)), ==, "48105");
  /* Two cases, the first with two AWs shown under it. */
  g_assert_cmpuint (n_items (b->case_selection), ==, 4);
  g_assert_false (gtk_widget_get_sensitive (b->open_button));

  /* Another task empties the columns to its right. */
  select_and_wait (f, b->task_selection, 1);
  g_assert_cmpuint (n_items (b->case_selection), ==, 0);
  select_and_wait (f, b->task_selection, 0);
  select_and_wait (f, b->run_selection, 0);

  gtk_single_selection_set_selected (b->case_selection, 2);
  g_assert_true (gtk_widget_get_sensitive (b->open_button));
  _awc_cpts_browser_open_case (b);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));

  g_assert_nonnull (f->report);
  g_assert_cmpuint (awc_report_get_n_points (f->report), ==, 61);
  g_assert_true (g_bytes_equal (awc_remote_source_get_body (f->source),
                                awc_mock_cpts_get_chart_body (f->mock)));
  title = awc_remote_source_dup_title (f->source);
  subtitle = awc_remote_source_dup_subtitle (f->source);
  /* The task's name and the run's start (TZ=UTC here), not the raw name. */
  g_assert_cmpstr (title, ==, "nightly 2024-03-15 00:00 / GET /items");
  /* The chart body has no title of its own: the report is named for its header and exports. */
  g_assert_cmpstr (awc_report_get_title (f->report), ==, title);
  g_assert_cmpstr (subtitle, ==, "nightly · 2024-03-15 00:00 · AW GET /items · detail 1540223");
  g_assert_cmpstr (awc_remote_source_get_case_run_id (f->source), ==, "83822");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (d)));

  /* What was remembered: the non-secret fields and the mapping that worked. */
  endpoint = g_settings_get_string (f->settings, "cpts-endpoint");
  project_id = g_settings_get_string (f->settings, "cpts-project-id");
  g_assert_cmpstr (endpoint, ==, awc_mock_cpts_get_base_url (f->mock));
  g_assert_cmpstr (project_id, ==, PID);
  g_assert_cmpint (g_settings_get_enum (f->settings, "cpts-auth-method"), ==, 0);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "cpts-total-timeout"), ==, 30);
  map = g_settings_get_value (f->settings, "cpts-id-mapping");
  g_assert_true (g_variant_lookup (map, awc_mock_cpts_get_base_url (f->mock), "s", &mapping));
  g_assert_cmpstr (mapping, ==, "case-uri");
  assert_settings_hold_no_secret (f->settings);
}

static void
test_token_paste (Fixture       *f,
                  gconstpointer  data)
{
  AwcConnectDialog *d;
  AwcCptsBrowser *b;
  g_autofree char *subtitle = NULL;
  guint n_requests;

  awc_mock_cpts_set_token (f->mock, TOKEN);
  open_dialog (f);
  d = f->dialog;
  b = d->browser;
  fill (f, "token", TOKEN);
  _awc_connect_dialog_connect (d);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));

  /* A pasted id is checked before anything is sent. */
  n_requests = awc_mock_cpts_get_n_requests (f->mock);
  gtk_editable_set_text (GTK_EDITABLE (b->run_entry), "48x05");
  _awc_cpts_browser_show_cases (b);
  g_assert_cmpstr (_awc_connect_dialog_get_banner_text (d), ==,
                   "The task run ID must be a whole number, not “48x05”");
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, n_requests);

  gtk_editable_set_text (GTK_EDITABLE (b->run_entry), " 48105 ");
  _awc_cpts_browser_show_cases (b);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));
  g_assert_cmpuint (n_items (b->case_selection), ==, 4);

  /* Explicit ids of the case "login-and-browse". */
  gtk_editable_set_text (GTK_EDITABLE (b->case_run_entry), "1540223");
  _awc_cpts_browser_open_ids (b);
  g_assert_cmpstr (_awc_connect_dialog_get_banner_text (d), ==, "Enter the detail ID of the chart");
  gtk_editable_set_text (GTK_EDITABLE (b->detail_entry), "7d1f0c2a9b");
  _awc_cpts_browser_open_ids (b);
  wait_idle (f);
  g_assert_nonnull (f->report);
  g_assert_cmpuint (awc_report_get_n_points (f->report), ==, 61);
  subtitle = awc_remote_source_dup_subtitle (f->source);
  g_assert_cmpstr (subtitle, ==, "Report 48105 · Case 1540223 · detail 7d1f0c2a9b");
  g_assert_cmpint (g_settings_get_enum (f->settings, "cpts-auth-method"), ==, 1);
  assert_settings_hold_no_secret (f->settings);
}

static void
test_fault (Fixture       *f,
            gconstpointer  data)
{
  AwcConnectDialog *d;
  const char *banner;

  open_dialog (f);
  d = f->dialog;
  /* A wrong secret key: the mock recomputes the signature and refuses. */
  fill (f, "aksk", BADSK);
  _awc_connect_dialog_connect (d);
  wait_idle (f);
  banner = _awc_connect_dialog_get_banner_text (d);
  g_assert_cmpstr (banner, ==, "Authentication failed (401 APIGW.0301): verify aksk signature fail");
  assert_no_secret (banner);
  g_assert_cmpuint (n_items (d->browser->project_selection), ==, 0);

  /* Nothing worked: back on the form, with the message still there. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "connect");
  g_assert_nonnull (_awc_connect_dialog_get_banner_text (d));
  gtk_editable_set_text (GTK_EDITABLE (d->sk_entry), SK);
  _awc_connect_dialog_connect (d);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));
  g_assert_cmpuint (n_items (d->browser->project_selection), ==, 2);

  /* The form is reachable again with Back. */
  g_signal_emit_by_name (d->back_button, "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "connect");
  _awc_connect_dialog_connect (d);
  wait_idle (f);

  /* A 403 with a CPTS body on the next level. */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_403, 1);
  gtk_single_selection_set_selected (d->browser->project_selection, 1);
  wait_idle (f);
  banner = _awc_connect_dialog_get_banner_text (d);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "Permission denied (403 SVCSTG.CPTS.4032002)"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "browse");
  assert_settings_hold_no_secret (f->settings);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  AwcConnectDialog *d;

  open_dialog (f);
  d = f->dialog;
  fill (f, "aksk", "");
  _awc_connect_dialog_connect (d);
  g_assert_cmpstr (_awc_connect_dialog_get_banner_text (d), ==, "Enter an access key and a secret key");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "connect");

  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), "");
  _awc_connect_dialog_connect (d);
  g_assert_cmpstr (_awc_connect_dialog_get_banner_text (d), ==,
                   "Enter the project ID: the IAM project ID of the region");

  fill (f, "token", "");
  _awc_connect_dialog_connect (d);
  g_assert_cmpstr (_awc_connect_dialog_get_banner_text (d), ==, "Enter an IAM token");

  fill (f, "token", TOKEN);
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), "ftp://example.com");
  _awc_connect_dialog_connect (d);
  g_assert_nonnull (_awc_connect_dialog_get_banner_text (d));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->page_stack)), ==, "connect");
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 0);

  /* An endpoint greys the region out: it takes precedence. */
  g_assert_false (gtk_widget_get_sensitive (d->region_dropdown));
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), "");
  g_assert_true (gtk_widget_get_sensitive (d->region_dropdown));
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  AwcConnectDialog *d;

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_SLOW, -1);
  open_dialog (f);
  d = f->dialog;
  fill (f, "aksk", SK);
  /* The server never answers: only the cancel may end the request, not a
   * timeout on a slow (sanitizer) run. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d->connect_spin), 300);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d->total_spin), 3600);
  _awc_connect_dialog_connect (d);
  while (awc_mock_cpts_get_n_requests (f->mock) == 0)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  g_assert_true (awc_cpts_browser_get_busy (d->browser));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (d->progress_spinner)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (d->progress_label)), ==, "Loading projects…");

  awc_cpts_browser_cancel (d->browser);
  iterate ();
  g_assert_false (awc_cpts_browser_get_busy (d->browser));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (d->progress_revealer)));
  /* Cancelling is no error. */
  g_assert_null (_awc_connect_dialog_get_banner_text (d));

  /* A request still running when the dialog closes is cancelled by it:
   * the teardown's finalize check needs its callback to have run. */
  _awc_connect_dialog_connect (d);
  iterate ();
  g_assert_true (awc_cpts_browser_get_busy (d->browser));
}

static void
test_prefill (Fixture       *f,
              gconstpointer  data)
{
  AwcConnectDialog *d;

  g_settings_set_string (f->settings, "cpts-region", "ap-southeast-1");
  g_settings_set_string (f->settings, "cpts-project-id", "settings-project");
  g_settings_set_enum (f->settings, "cpts-auth-method", 1);
  g_settings_set_uint (f->settings, "cpts-connect-timeout", 7);
  g_setenv ("HUAWEICLOUD_SDK_AK", AK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_SK", SK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN", STOK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_PROJECT_ID", PID, TRUE);
  open_dialog (f);
  g_unsetenv ("HUAWEICLOUD_SDK_AK");
  g_unsetenv ("HUAWEICLOUD_SDK_SK");
  g_unsetenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_unsetenv ("HUAWEICLOUD_SDK_PROJECT_ID");
  d = f->dialog;

  g_assert_cmpstr (gtk_string_list_get_string (d->region_list,
                                               gtk_drop_down_get_selected (GTK_DROP_DOWN (d->region_dropdown))),
                   ==, "ap-southeast-1");
  /* The environment names the project and the keys, so AK/SK wins. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (d->project_entry)), ==, PID);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (d->auth_stack)), ==, "aksk");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (d->ak_entry)), ==, AK);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (d->sk_entry)), ==, SK);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (d->stok_entry)), ==, STOK);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (d->connect_spin)), ==, 7);
  /* The keyring is off in tests, so remembering is too. */
  g_assert_false (gtk_widget_get_sensitive (d->remember_check));

  /* Temporary keys from the environment work against the mock. */
  awc_mock_cpts_set_aksk (f->mock, AK, SK, STOK);
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), awc_mock_cpts_get_base_url (f->mock));
  _awc_connect_dialog_connect (d);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (d));
  g_assert_cmpuint (n_items (d->browser->project_selection), ==, 2);
  assert_settings_hold_no_secret (f->settings);
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_remote_source (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AwcCptsClient) client = awc_cpts_client_new ();
  g_autoptr(AwcCredentials) creds = awc_credentials_new_aksk (AK, SK, NULL);
  g_autoptr(AwcRemoteSource) source = NULL;
  g_autoptr(GAsyncResult) r1 = NULL, r2 = NULL, r3 = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "awc-test-saved-report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL, *name = NULL;
  gsize len;

  open_dialog (f);
  g_assert_true (awc_cpts_client_set_endpoint (client, awc_mock_cpts_get_base_url (f->mock), NULL));
  awc_cpts_client_set_project_id (client, PID);
  awc_cpts_client_set_credentials (client, creds);
  source = awc_remote_source_new_for_ids (client, "48105", "1540223", "7d1f0c2a9b");
  awc_remote_source_set_report_name (source, "nightly/15");

  /* Nothing to save before a fetch. */
  awc_remote_source_save_async (source, file, NULL, store_result, &r1);
  g_assert_false (awc_remote_source_save_finish (source, wait_for (&r1), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Reload is a fetch that replaces the body. */
  awc_remote_source_fetch_async (source, NULL, store_result, &r2);
  report = awc_remote_source_fetch_finish (source, wait_for (&r2), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 61);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (f->mock), ==, 1);

  /* Saved byte for byte, so it reopens offline. */
  awc_remote_source_save_async (source, file, NULL, store_result, &r3);
  g_assert_true (awc_remote_source_save_finish (source, wait_for (&r3), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (awc_remote_source_get_body (source), NULL),
                   g_bytes_get_size (awc_remote_source_get_body (source)));
  g_assert_cmpmem (contents, len, g_bytes_get_data (awc_mock_cpts_get_chart_body (f->mock), NULL),
                   g_bytes_get_size (awc_mock_cpts_get_chart_body (f->mock)));
  assert_no_secret (contents);
  g_unlink (path);

  name = awc_remote_source_dup_file_name (source);
  g_assert_cmpstr (name, ==, "nightly-15-1540223.json");
}

int
main (int    argc,
      char **argv)
{
  awc_connect_fixture_capture_log ();
  /* Report times show in local time: one zone for the expectations. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add ("/awc/ui/connect-dialog/" path, Fixture, NULL, connect_fixture_setup, func, connect_fixture_teardown)
  ADD ("browse", test_browse);
  ADD ("token-paste", test_token_paste);
  ADD ("fault", test_fault);
  ADD ("validation", test_validation);
  ADD ("cancel", test_cancel);
  ADD ("prefill", test_prefill);
  ADD ("remote-source", test_remote_source);
#undef ADD

  return g_test_run ();
}
