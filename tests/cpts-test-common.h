/* cpts-test-common.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by test-cpts-client.c and test-cpts-faults.c: the mock, a client
 * wired to it, a log capture and helpers that run one call to the end.
 * Functions are static inline so each test uses what it needs. */
#pragma once

#include <string.h>

#include "awc-mock-cpts.h"
#include "awc-test-util.h"
#include "io/awc-cpts-client-private.h"
#include "io/awc-cpts-client.h"

#define AK    "QTWAOYTTINDUT2QVKYUC"
#define SK    "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define STOK  "sts-token-1234567890abcdef"
#define TOKEN "MIIZ-iam-token-abcdef0123456789"
#define PID   "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

/* Every log message of the process, debug included (the writer sees
 * them before the default writer filters): awc_test_log_capture (). */
static GString *log_text;

static inline void
assert_no_secret (const char *text)
{
  g_assert_null (strstr (text, AK));
  g_assert_null (strstr (text, SK));
  g_assert_null (strstr (text, STOK));
  g_assert_null (strstr (text, TOKEN));
}

typedef struct
{
  AwcMockCpts   *mock;
  AwcCptsClient *client;
} Fixture;

static inline void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcCredentials) creds = awc_credentials_new_aksk (AK, SK, NULL);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  f->mock = awc_mock_cpts_new (dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (f->mock, AK, SK, NULL);
  f->client = awc_cpts_client_new ();
  g_assert_true (awc_cpts_client_set_endpoint (f->client, awc_mock_cpts_get_base_url (f->mock), &error));
  g_assert_no_error (error);
  awc_cpts_client_set_project_id (f->client, PID);
  awc_cpts_client_set_credentials (f->client, creds);
  awc_cpts_client_set_retry_base (f->client, 0.01);
  awc_cpts_client_set_total_timeout (f->client, 10);
}

static inline void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* Finished requests drop their references soon after: a parse
   * thread's GTask is released by the worker after the callback ran. */
  for (guint i = 0; i < 2000 && G_OBJECT (f->client)->ref_count > 1; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (500);
    }
  g_assert_finalize_object (f->client);
  awc_mock_cpts_free (f->mock);
}

static inline void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static inline GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static inline GListModel *
list (Fixture     *f,
      const char  *what,
      const char  *id,
      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  if (g_str_equal (what, "projects"))
    awc_cpts_client_list_projects_async (f->client, NULL, store_result, &result);
  else if (g_str_equal (what, "tasks"))
    awc_cpts_client_list_tasks_async (f->client, id, NULL, store_result, &result);
  else if (g_str_equal (what, "runs"))
    awc_cpts_client_list_runs_async (f->client, id, NULL, store_result, &result);
  else
    awc_cpts_client_list_cases_async (f->client, id, NULL, store_result, &result);
  return awc_cpts_client_list_finish (f->client, wait_for (&result), error);
}

static inline AwcReport *
fetch (Fixture       *f,
       const char    *case_run_id,
       const char    *detail_id,
       GCancellable  *cancellable,
       GBytes       **body,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  awc_cpts_client_fetch_chart_async (f->client, "48105", case_run_id, detail_id, cancellable,
                                     store_result, &result);
  return awc_cpts_client_fetch_chart_finish (f->client, wait_for (&result), body, error);
}

/* The error of a chart fetch at good ids; asserts nothing half-loaded. */
static inline GError *
fetch_error (Fixture *f)
{
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  AwcReport *report = fetch (f, "1540223", "7d1f0c2a9b", NULL, &body, &error);

  g_assert_null (report);
  g_assert_null (body);
  g_assert_nonnull (error);
  assert_no_secret (error->message);
  return error;
}
