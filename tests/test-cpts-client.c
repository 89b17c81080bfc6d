/* test-cpts-client.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cpts-test-common.h"

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = list (f, "projects", NULL, &error);
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(AwcCptsProject) project = NULL;
  g_autoptr(AwcCptsTask) task = NULL, task2 = NULL;
  g_autoptr(AwcCptsRun) run = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 2);
  project = g_list_model_get_item (projects, 0);
  g_assert_cmpstr (awc_cpts_project_get_id (project), ==, "1203");
  g_assert_cmpstr (awc_cpts_project_get_name (project), ==, "shop-backend");

  tasks = list (f, "tasks", "1203", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 2);
  task = g_list_model_get_item (tasks, 0);
  task2 = g_list_model_get_item (tasks, 1);
  g_assert_cmpstr (awc_cpts_task_get_id (task), ==, "52631");
  g_assert_cmpstr (awc_cpts_task_get_name (task), ==, "nightly");
  g_assert_cmpstr (awc_cpts_task_get_last_run_id (task), ==, "48105");
  g_assert_null (awc_cpts_task_get_last_run_id (task2));

  runs = list (f, "runs", "52631", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  run = g_list_model_get_item (runs, 0);
  /* run_id is a float in the API: 48105.0 must become "48105". */
  g_assert_cmpstr (awc_cpts_run_get_id (run), ==, "48105");
  g_assert_cmpstr (awc_cpts_run_get_start_time (run), ==, "2024-03-15T08:00:00+08:00");
  g_assert_cmpfloat (awc_cpts_run_get_duration (run), ==, 602);
  g_assert_cmpint (awc_cpts_run_get_run_type (run), ==, 1);
  /* The short first page of projects is followed by one offset=0 probe
   * (test-cpts-lists.c); the tasks then know the reading. */
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 4);
}

static void
test_cases (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = list (f, "cases", "48105", &error);
  g_autoptr(AwcCptsCase) c = NULL;
  g_autoptr(AwcCptsCase) aw = NULL;
  g_autofree char *run = NULL, *detail = NULL, *run2 = NULL, *detail2 = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  c = g_list_model_get_item (cases, 0);
  g_assert_cmpstr (awc_cpts_case_get_name (c), ==, "login-and-browse");
  g_assert_false (awc_cpts_case_get_is_aw (c));
  g_assert_cmpuint (g_list_model_get_n_items (awc_cpts_case_get_children (c)), ==, 2);
  g_assert_true (awc_cpts_case_dup_chart_ids (c, AWC_CPTS_ID_MAPPING_TESTCASE, &run, &detail));
  g_assert_cmpstr (run, ==, "1540223");
  g_assert_cmpstr (detail, ==, "7d1f0c2a9b");
  g_assert_true (awc_cpts_case_dup_chart_ids (c, AWC_CPTS_ID_MAPPING_CASE_URI, &run2, &detail2));
  g_assert_cmpstr (run2, ==, "83822");
  g_assert_cmpstr (detail2, ==, "1540223");

  aw = g_list_model_get_item (awc_cpts_case_get_children (c), 1);
  g_assert_true (awc_cpts_case_get_is_aw (aw));
  g_assert_cmpstr (awc_cpts_case_get_name (aw), ==, "GET /items");
  g_assert_cmpstr (awc_cpts_case_get_id (aw), ==, "7d1f0c2a9d");
  g_assert_cmpstr (awc_cpts_case_get_testcase_id (aw), ==, "1540223");
  g_assert_cmpint (awc_cpts_case_get_datum_type (aw), ==, 1);

  g_assert_null (list (f, "cases", "48x05", &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "The task run id must be a whole number, not “48x05”");
}

static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(AwcReport) report = fetch (f, "1540223", "7d1f0c2a9b", NULL, &body, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (g_bytes_equal (body, awc_mock_cpts_get_chart_body (f->mock)));
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 61);
  g_assert_true (g_str_has_suffix (awc_report_get_source (report),
                                   "/v2/" PID "/task-run-infos/48105/case-run-infos/1540223/detail/7d1f0c2a9b/chart"));
  g_assert_null (awc_mock_cpts_get_last_refusal (f->mock));
}

static void
test_bad_ids (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (fetch (f, "12a", "x", NULL, NULL, &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "The case run id must be a whole number, not “12a”");
  g_clear_error (&error);
  g_assert_null (fetch (f, "99999999999", "x", NULL, NULL, &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 0);

  g_clear_error (&error);
  g_assert_false (awc_cpts_client_set_region (f->client, "mars-1", &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_str_has_prefix (error->message, "Unknown region “mars-1” (known: cn-north-1, "));
  g_clear_error (&error);
  g_assert_false (awc_cpts_client_set_endpoint (f->client, "ftp://example.com", &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (awc_cpts_client_set_region (f->client, "cn-north-4", &error));
  g_assert_cmpstr (awc_cpts_client_get_base_url (f->client), ==, "https://cpts.cn-north-4.myhuaweicloud.com/");
}

static void
test_auth (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcCredentials) wrong = awc_credentials_new_aksk (AK, "not-the-secret", NULL);
  g_autoptr(AwcCredentials) temp = awc_credentials_new_aksk (AK, SK, STOK);
  g_autoptr(AwcCredentials) token = awc_credentials_new_token (TOKEN);
  g_autoptr(AwcCredentials) bad_token = awc_credentials_new_token ("expired");
  g_autoptr(AwcReport) r1 = NULL, r2 = NULL;

  /* A wrong SK: the mock recomputes the signature and refuses it. */
  awc_cpts_client_set_credentials (f->client, wrong);
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_AUTH);
  g_assert_cmpstr (error->message, ==, "Authentication failed (401 APIGW.0301): verify aksk signature fail");
  g_assert_cmpstr (awc_mock_cpts_get_last_refusal (f->mock), ==, "signature mismatch");
  g_clear_error (&error);

  /* Temporary keys: X-Security-Token must be sent and signed. */
  awc_mock_cpts_set_aksk (f->mock, AK, SK, STOK);
  awc_cpts_client_set_credentials (f->client, temp);
  g_assert_true (awc_credentials_get_temporary (temp));
  r1 = fetch (f, "1540223", "7d1f0c2a9b", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (r1);

  awc_mock_cpts_set_token (f->mock, TOKEN);
  awc_cpts_client_set_credentials (f->client, token);
  r2 = fetch (f, "1540223", "7d1f0c2a9b", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (r2);

  awc_cpts_client_set_credentials (f->client, bad_token);
  error = fetch_error (f);
  g_assert_cmpstr (error->message, ==, "Authentication failed (401 APIGW.0301): decrypt token fail");
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static AwcReport *
fetch_case (Fixture      *f,
            AwcCptsCase  *c,
            GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  awc_cpts_client_fetch_case_chart_async (f->client, "48105", c, NULL, store_result, &result);
  return awc_cpts_client_fetch_chart_finish (f->client, wait_for (&result), NULL, error);
}

static void
test_id_mapping (Fixture       *f,
                 gconstpointer  data)
{
  AwcMockMapping mock_mapping = GPOINTER_TO_INT (data);
  AwcCptsIdMapping expected = mock_mapping == AWC_MOCK_MAPPING_CASE_URI ? AWC_CPTS_ID_MAPPING_CASE_URI
                                                                       : AWC_CPTS_ID_MAPPING_TESTCASE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = list (f, "cases", "48105", &error);
  g_autoptr(AwcCptsCase) c = g_list_model_get_item (cases, 0);
  g_autoptr(AwcCptsCase) c2 = g_list_model_get_item (cases, 1);
  g_autoptr(AwcReport) r1 = NULL, r2 = NULL;
  guint notified = 0;

  awc_mock_cpts_set_mapping (f->mock, mock_mapping);
  g_signal_connect (f->client, "notify::id-mapping", G_CALLBACK (on_notify), &notified);
  g_assert_cmpint (awc_cpts_client_get_id_mapping (f->client), ==, AWC_CPTS_ID_MAPPING_AUTO);

  r1 = fetch_case (f, c, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (r1), ==, 61);
  /* The newer docs' mapping first, the SDKs' after a 404. */
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (f->mock), ==,
                    expected == AWC_CPTS_ID_MAPPING_CASE_URI ? 2 : 1);
  g_assert_cmpint (awc_cpts_client_get_id_mapping (f->client), ==, expected);
  g_assert_cmpuint (notified, ==, 1);

  /* Remembered: the next case goes straight to the mapping that worked. */
  r2 = fetch_case (f, c2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (r2);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (f->mock), ==,
                    expected == AWC_CPTS_ID_MAPPING_CASE_URI ? 3 : 2);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (awc_cpts_id_mapping_to_string (awc_cpts_client_get_id_mapping (f->client)), ==,
                   expected == AWC_CPTS_ID_MAPPING_CASE_URI ? "case-uri" : "testcase-id");
}

static void
test_id_mapping_aw (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = list (f, "cases", "48105", &error);
  g_autoptr(AwcCptsCase) c = g_list_model_get_item (cases, 0);
  g_autoptr(AwcCptsCase) aw = g_list_model_get_item (awc_cpts_case_get_children (c), 0);
  g_autoptr(AwcReport) report = NULL;

  /* A remembered mapping that no longer works falls back too. */
  awc_mock_cpts_set_mapping (f->mock, AWC_MOCK_MAPPING_TESTCASE);
  awc_cpts_client_set_id_mapping (f->client, AWC_CPTS_ID_MAPPING_CASE_URI);
  report = fetch_case (f, aw, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (awc_cpts_client_get_id_mapping (f->client), ==, AWC_CPTS_ID_MAPPING_TESTCASE);

  /* 401 never triggers the fallback (AK lockout after 5 failures). */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_401, -1);
  g_clear_object (&report);
  report = fetch_case (f, c, &error);
  g_assert_null (report);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_AUTH);
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (f->mock), ==, 3);
}

static void
test_credentials_env (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcCredentials) none = NULL;
  AwcCredentials *creds;

  g_unsetenv ("HUAWEICLOUD_SDK_AK");
  g_unsetenv ("HUAWEICLOUD_SDK_SK");
  g_unsetenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_unsetenv ("CPTS_AUTH_TOKEN");
  none = awc_credentials_new_from_environment (&error);
  g_assert_null (none);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NO_CREDENTIALS);
  g_assert_nonnull (strstr (error->message, "HUAWEICLOUD_SDK_AK"));
  g_assert_nonnull (strstr (error->message, "CPTS_AUTH_TOKEN"));

  g_setenv ("CPTS_AUTH_TOKEN", TOKEN, TRUE);
  creds = awc_credentials_new_from_environment (NULL);
  g_assert_cmpint (awc_credentials_get_kind (creds), ==, AWC_CREDENTIALS_KIND_TOKEN);
  g_assert_finalize_object (creds);

  g_setenv ("HUAWEICLOUD_SDK_AK", AK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_SK", SK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN", STOK, TRUE);
  creds = awc_credentials_new_from_environment (NULL);
  g_assert_cmpint (awc_credentials_get_kind (creds), ==, AWC_CREDENTIALS_KIND_AKSK);
  g_assert_true (awc_credentials_get_temporary (creds));
  g_assert_finalize_object (creds);
  g_unsetenv ("HUAWEICLOUD_SDK_AK");
  g_unsetenv ("HUAWEICLOUD_SDK_SK");
  g_unsetenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_unsetenv ("CPTS_AUTH_TOKEN");
}

/* The form's view of stored credentials: each kind gives back its own
 * fields (trimmed) and nothing else, and no property carries a secret. */
static void
test_credentials_fields (void)
{
  g_autoptr(AwcCredentials) aksk = awc_credentials_new_aksk (" " AK "\n", SK, STOK);
  g_autoptr(AwcCredentials) token = awc_credentials_new_token (TOKEN);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_cmpstr (awc_credentials_peek_field (aksk, AWC_CREDENTIALS_FIELD_ACCESS_KEY), ==, AK);
  g_assert_cmpstr (awc_credentials_peek_field (aksk, AWC_CREDENTIALS_FIELD_SECRET_KEY), ==, SK);
  g_assert_cmpstr (awc_credentials_peek_field (aksk, AWC_CREDENTIALS_FIELD_SECURITY_TOKEN), ==, STOK);
  g_assert_null (awc_credentials_peek_field (aksk, AWC_CREDENTIALS_FIELD_TOKEN));

  g_assert_cmpstr (awc_credentials_peek_field (token, AWC_CREDENTIALS_FIELD_TOKEN), ==, TOKEN);
  g_assert_null (awc_credentials_peek_field (token, AWC_CREDENTIALS_FIELD_ACCESS_KEY));
  g_assert_null (awc_credentials_peek_field (token, AWC_CREDENTIALS_FIELD_SECRET_KEY));
  g_assert_null (awc_credentials_peek_field (token, AWC_CREDENTIALS_FIELD_SECURITY_TOKEN));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (aksk), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    g_assert_true (pspecs[i]->value_type != G_TYPE_STRING);
}

/* Runs last: everything logged by the tests above. */
static void
test_no_secret_in_logs (void)
{
  /* The capture works: the id-mapping fallback logged through it. */
  g_assert_nonnull (strstr (log_text->str, "Chart ids did not work"));
  assert_no_secret (log_text->str);
}

int
main (int   argc,
      char *argv[])
{
  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/awc/io/cpts-client/" path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("lists", test_lists, NULL);
  ADD ("cases", test_cases, NULL);
  ADD ("chart", test_chart, NULL);
  ADD ("bad-ids", test_bad_ids, NULL);
  ADD ("auth", test_auth, NULL);
  ADD ("id-mapping-testcase", test_id_mapping, GINT_TO_POINTER (AWC_MOCK_MAPPING_TESTCASE));
  ADD ("id-mapping-case-uri", test_id_mapping, GINT_TO_POINTER (AWC_MOCK_MAPPING_CASE_URI));
  ADD ("id-mapping-aw-fallback", test_id_mapping_aw, NULL);
#undef ADD
  g_test_add_func ("/awc/io/cpts-client/credentials-env", test_credentials_env);
  g_test_add_func ("/awc/io/cpts-client/credentials-fields", test_credentials_fields);
  g_test_add_func ("/awc/io/cpts-client/zz-no-secret-in-logs", test_no_secret_in_logs);
  return g_test_run ();
}
