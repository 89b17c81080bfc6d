/* test-cli-remote.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * awchart --fetch / --list-cases / --export (remote options in place of
 * FILE) against the mock CodeArts PerfTest server: served in-process while
 * the built binary ($AWCHART) runs, and once through the mock-cpts-server
 * executable. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "awc-cli-mock-fixture.h"

static void
fetch (Fixture            *f,
       const char * const *env)
{
  const char *argv[] = {
    "--fetch", f->out, "--project-id", PID, "--task-run-id", "48105",
    "--case-run-id", "1540223", "--detail-id", "7d1f0c2a9b",
    "--endpoint", awc_mock_cpts_get_base_url (f->mock), "--timeout", "5", NULL,
  };

  run_awchart (f, env, argv);
}

/* Exit 1, exactly one "awchart: …" line, no OUT and no temporary file. */
static void
assert_failed (Fixture    *f,
               const char *line)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);

  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->err_text, ==, line);
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_null (g_dir_read_name (dir));
}

static void
test_fetch_ok (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  GBytes *served = awc_mock_cpts_get_chart_body (f->mock);

  if (!have_awchart ())
    return;
  fetch (f, NULL);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (g_file_get_contents (f->out, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (served, NULL), g_bytes_get_size (served));
}

static void
test_fetch_faults (Fixture       *f,
                   gconstpointer  data)
{
  const char *bad_sk[] = { "HUAWEICLOUD_SDK_SK=wrong-secret", NULL };
  const char *no_creds[] = { "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", NULL };

  if (!have_awchart ())
    return;
  fetch (f, bad_sk);
  assert_failed (f, "awchart: Authentication failed (401 APIGW.0301): verify aksk signature fail\n");

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_403, -1);
  fetch (f, NULL);
  assert_failed (f, "awchart: Permission denied (403 SVCSTG.CPTS.4032002): The project does not "
                 "exist or you have no permission\n");

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_TRUNCATED, -1);
  fetch (f, NULL);
  g_assert_true (g_str_has_prefix (f->err_text, "awchart: The connection closed before the whole answer arrived"));
  g_assert_cmpint (strchr (f->err_text, '\n') - f->err_text, ==, strlen (f->err_text) - 1);
  assert_failed (f, f->err_text);

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_HTML_200, -1);
  fetch (f, NULL);
  g_assert_true (g_str_has_prefix (f->err_text, "awchart: The server's answer is not a chart: "));
  assert_failed (f, f->err_text);

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_NONE, 0);
  fetch (f, no_creds);
  assert_failed (f, "awchart: No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and "
                 "HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), or CPTS_AUTH_TOKEN\n");
}

static void
test_fetch_timeout (Fixture       *f,
                    gconstpointer  data)
{
  const char *argv[] = {
    "--fetch", f->out, "--project-id", PID, "--task-run-id", "48105",
    "--case-run-id", "1540223", "--detail-id", "7d1f0c2a9b",
    "--endpoint", awc_mock_cpts_get_base_url (f->mock), "--timeout", "0.5", NULL,
  };

  if (!have_awchart ())
    return;
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_SLOW, -1);
  run_awchart (f, NULL, argv);
  assert_failed (f, "awchart: The server did not answer within 0.5 seconds\n");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *bad_id[] = {
    "--fetch", f->out, "--project-id", PID, "--task-run-id", "48105", "--case-run-id", "x1",
    "--detail-id", "d", "--endpoint", awc_mock_cpts_get_base_url (f->mock), NULL,
  };
  const char *both[] = {
    "--fetch", f->out, "--project-id", PID, "--task-run-id", "48105", "--case-run-id", "1",
    "--detail-id", "d", "--endpoint", awc_mock_cpts_get_base_url (f->mock), "--region", "cn-north-4", NULL,
  };
  const char *region[] = {
    "--list-cases", "--project-id", PID, "--task-run-id", "48105", "--region", "mars-1", NULL,
  };

  if (!have_awchart ())
    return;
  run_awchart (f, NULL, bad_id);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err_text, "--case-run-id must be a whole number, not “x1”"));
  run_awchart (f, NULL, both);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err_text, "Give either --region REGION or --endpoint URL"));
  run_awchart (f, NULL, region);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err_text, "Unknown region “mars-1”"));
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 0);
}

static void
test_list_cases (Fixture       *f,
                 gconstpointer  data)
{
  const char *argv[] = {
    "--list-cases", "--task-run-id", "48105", "--endpoint", awc_mock_cpts_get_base_url (f->mock), NULL,
  };
  const char *env[] = { "HUAWEICLOUD_SDK_PROJECT_ID=" PID, NULL };

  if (!have_awchart ())
    return;
  run_awchart (f, env, argv);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpstr (f->out_text, ==,
                   "login-and-browse\tcase_run_id=1540223 detail_id=7d1f0c2a9b\tcase_run_id=83822 detail_id=1540223\n"
                   "  POST /login\tcase_run_id=1540223 detail_id=7d1f0c2a9c\tcase_run_id=83822 detail_id=1540223\n"
                   "  GET /items\tcase_run_id=1540223 detail_id=7d1f0c2a9d\tcase_run_id=83822 detail_id=1540223\n"
                   "checkout\tcase_run_id=1540224 detail_id=8e2a1d3bac\tcase_run_id=83823 detail_id=1540224\n");
}

static void
list_cases (Fixture            *f,
            const char * const *env)
{
  const char *argv[] = {
    "--list-cases", "--project-id", PID, "--task-run-id", "48105",
    "--endpoint", awc_mock_cpts_get_base_url (f->mock), "--timeout", "5", NULL,
  };

  run_awchart (f, env, argv);
}

/* A redirect to another origin: the other server accepts the same
 * credentials, so a leak would be a success and a request it counted. */
static void
test_redirect_cross_origin (Fixture       *f,
                            gconstpointer  data)
{
  const char *token_env[] = { "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "CPTS_AUTH_TOKEN=" TOKEN, NULL };
  const char *aksk_env[] = { NULL };
  const char * const *envs[] = { token_env, aksk_env };
  static const guint statuses[] = { 302, 307 };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcMockCpts) other = NULL;
  g_autofree char *suffix = NULL;
  const char *from = awc_mock_cpts_get_base_url (f->mock);

  if (!have_awchart ())
    return;
  other = awc_mock_cpts_new_on (dir, "127.0.0.2", &error);
  g_assert_no_error (error);
  suffix = g_strdup_printf ("Redirect to another server refused (%.*s → %.*s): credentials are "
                            "only sent to the endpoint you chose\n",
                            (int) strlen (from) - 1, from,
                            (int) strlen (awc_mock_cpts_get_base_url (other)) - 1,
                            awc_mock_cpts_get_base_url (other));
  for (guint e = 0; e < G_N_ELEMENTS (envs); e++)
    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      {
        if (e == 0)
          {
            awc_mock_cpts_set_token (f->mock, TOKEN);
            awc_mock_cpts_set_token (other, TOKEN);
          }
        else
          {
            awc_mock_cpts_set_aksk (f->mock, AK, SK, NULL);
            awc_mock_cpts_set_aksk (other, AK, SK, NULL);
          }
        awc_mock_cpts_set_redirect (f->mock, statuses[i], awc_mock_cpts_get_base_url (other));

        fetch (f, envs[e]);
        g_assert_true (g_str_has_prefix (f->err_text, "awchart: "));
        g_assert_true (g_str_has_suffix (f->err_text, suffix));
        assert_failed (f, f->err_text);

        list_cases (f, envs[e]);
        g_assert_cmpint (f->status, ==, 1);
        g_assert_cmpstr (f->out_text, ==, "");
        g_assert_true (g_str_has_prefix (f->err_text, "awchart: "));
        g_assert_true (g_str_has_suffix (f->err_text, suffix));
        g_assert_cmpint (strchr (f->err_text, '\n') - f->err_text, ==, strlen (f->err_text) - 1);
      }
  g_assert_cmpuint (awc_mock_cpts_get_n_credential_requests (f->mock), ==, 8);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (other), ==, 0);
  g_assert_cmpuint (awc_mock_cpts_get_n_credential_requests (other), ==, 0);
}

/* Within the endpoint's origin a redirect is followed, signed again. */
static void
test_redirect_same_origin (Fixture       *f,
                           gconstpointer  data)
{
  const char *token_env[] = { "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "CPTS_AUTH_TOKEN=" TOKEN, NULL };
  g_autofree char *contents = NULL;
  gsize len = 0;
  GBytes *served = awc_mock_cpts_get_chart_body (f->mock);

  if (!have_awchart ())
    return;
  awc_mock_cpts_set_redirect (f->mock, 307, NULL);
  fetch (f, NULL);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (g_file_get_contents (f->out, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (served, NULL), g_bytes_get_size (served));
  g_assert_null (awc_mock_cpts_get_last_refusal (f->mock));

  awc_mock_cpts_set_token (f->mock, TOKEN);
  awc_mock_cpts_set_redirect (f->mock, 302, awc_mock_cpts_get_base_url (f->mock));
  list_cases (f, token_env);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (g_str_has_prefix (f->out_text, "login-and-browse\t"));
  g_assert_null (awc_mock_cpts_get_last_refusal (f->mock));
  /* Two commands, each redirected once. */
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 4);
}

/* Width and height from a PNG's IHDR; FALSE when @path is not a PNG. */
static gboolean
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  static const guchar magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autofree guchar *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, (char **) &data, &len, NULL) || len < 24
      || memcmp (data, magic, sizeof magic) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
  return TRUE;
}

/* --export with the remote options in place of FILE (issue 4 §3.3). */
static void
export_remote (Fixture            *f,
               const char         *png,
               const char * const *env)
{
  const char *argv[] = {
    "--export", png, "--size", "900x560", "--project-id", PID, "--task-run-id", "48105",
    "--case-run-id", "1540223", "--detail-id", "7d1f0c2a9b",
    "--endpoint", awc_mock_cpts_get_base_url (f->mock), "--timeout", "5", NULL,
  };

  run_awchart (f, env, argv);
}

static void
test_export_remote (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  guint width = 0, height = 0;

  if (!have_awchart ())
    return;
  export_remote (f, png, NULL);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  /* What it rendered is what it fetched: one chart request, signed. */
  g_assert_cmpuint (awc_mock_cpts_get_n_chart_requests (f->mock), >=, 1);
  g_assert_null (awc_mock_cpts_get_last_refusal (f->mock));
  g_assert_true (png_size (png, &width, &height));
  g_assert_cmpuint (width, ==, 900);
  g_assert_cmpuint (height, ==, 560);
  g_assert_cmpint (g_unlink (png), ==, 0);
}

static void
test_export_remote_401 (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  const char *bad_sk[] = { "HUAWEICLOUD_SDK_SK=wrong-secret", NULL };
  g_autoptr(GDir) dir = NULL;

  if (!have_awchart ())
    return;
  export_remote (f, png, bad_sk);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->err_text, ==,
                   "awchart: Authentication failed (401 APIGW.0301): verify aksk signature fail\n");
  g_assert_cmpstr (f->out_text, ==, "");
  /* No image and no temporary file left behind. */
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

/* The mock as its own process, the way shell scripts would use it. */
static void
test_mock_server_process (void)
{
  const char *server = g_getenv ("AWC_MOCK_CPTS_SERVER");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) mock = NULL;
  g_autoptr(GSubprocess) cli = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "cpts-chart.json", NULL);
  g_autofree char *expected = NULL;

  if (!have_awchart ())
    return;
  if (server == NULL)
    {
      g_test_skip ("AWC_MOCK_CPTS_SERVER is not set");
      return;
    }
  dir = g_dir_make_tmp ("awc-cli-remote-XXXXXX", &error);
  g_assert_no_error (error);
  out = g_build_filename (dir, "out.json", NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "CPTS_AUTH_TOKEN");
  g_subprocess_launcher_unsetenv (launcher, "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_subprocess_launcher_setenv (launcher, "HUAWEICLOUD_SDK_AK", AK, TRUE);
  g_subprocess_launcher_setenv (launcher, "HUAWEICLOUD_SDK_SK", SK, TRUE);
  mock = g_subprocess_launcher_spawn (launcher, &error, server, "--mapping", "case-uri", NULL);
  g_assert_no_error (error);
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (mock));
  url = g_data_input_stream_read_line (in, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));

  /* The mock only answers the SDK mapping: ids from --list-cases' last column. */
  cli = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("AWCHART"), "--fetch", out,
                                     "--project-id", PID, "--task-run-id", "48105",
                                     "--case-run-id", "83822", "--detail-id", "1540223",
                                     "--endpoint", url, NULL);
  g_assert_no_error (error);
  g_output_stream_close (g_subprocess_get_stdin_pipe (cli), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (cli, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_file_get_contents (fixture, &expected, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  /* Closing its stdin stops the server. */
  g_output_stream_close (g_subprocess_get_stdin_pipe (mock), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (mock, NULL, &error));
  g_unlink (out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/awc/io/cli-remote/" path, Fixture, NULL, cli_fixture_setup, func, cli_fixture_teardown)
  ADD ("fetch-ok", test_fetch_ok);
  ADD ("fetch-faults", test_fetch_faults);
  ADD ("fetch-timeout", test_fetch_timeout);
  ADD ("usage", test_usage);
  ADD ("list-cases", test_list_cases);
  ADD ("redirect-cross-origin", test_redirect_cross_origin);
  ADD ("redirect-same-origin", test_redirect_same_origin);
  ADD ("export-remote", test_export_remote);
  ADD ("export-remote-401", test_export_remote_401);
#undef ADD
  g_test_add_func ("/awc/io/cli-remote/mock-server-process", test_mock_server_process);
  return g_test_run ();
}
