/* awc-cli-mock-fixture.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "awc-cli-mock-fixture.h"

void
cli_fixture_setup (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  f->mock = awc_mock_cpts_new (dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (f->mock, AK, SK, NULL);
  awc_mock_cpts_set_retry_after (f->mock, "0");
  f->dir = g_dir_make_tmp ("awc-cli-remote-XXXXXX", &error);
  g_assert_no_error (error);
  f->out = g_build_filename (f->dir, "chart.json", NULL);
}

void
cli_fixture_teardown (Fixture       *f,
                      gconstpointer  data)
{
  g_unlink (f->out);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  awc_mock_cpts_free (f->mock);
  g_free (f->dir);
  g_free (f->out);
  g_free (f->out_text);
  g_free (f->err_text);
}

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

void
run_awchart (Fixture            *f,
             const char * const *env,
             const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (args, (gpointer) g_getenv ("AWCHART"));
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  g_subprocess_launcher_unsetenv (launcher, "CPTS_AUTH_TOKEN");
  g_subprocess_launcher_unsetenv (launcher, "HUAWEICLOUD_SDK_PROJECT_ID");
  g_subprocess_launcher_unsetenv (launcher, "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_subprocess_launcher_setenv (launcher, "HUAWEICLOUD_SDK_AK", AK, TRUE);
  g_subprocess_launcher_setenv (launcher, "HUAWEICLOUD_SDK_SK", SK, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (env[i], "=", 2);

      if (kv[1] == NULL)
        g_subprocess_launcher_unsetenv (launcher, kv[0]);
      else
        g_subprocess_launcher_setenv (launcher, kv[0], kv[1], TRUE);
    }

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (proc, NULL, NULL, communicate_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&f->out_text, g_free);
  g_clear_pointer (&f->err_text, g_free);
  g_subprocess_communicate_utf8_finish (proc, result, &f->out_text, &f->err_text, &error);
  g_assert_no_error (error);
  /* Killed by a signal (ASan aborts on a report): show what it printed. */
  if (!g_subprocess_get_if_exited (proc))
    g_test_message ("awchart ended by signal %d; stderr:\n%s",
                    g_subprocess_get_if_signaled (proc) ? g_subprocess_get_term_sig (proc) : -1,
                    f->err_text);
  g_assert_true (g_subprocess_get_if_exited (proc));
  f->status = g_subprocess_get_exit_status (proc);
  /* Nothing the user sees may hold a secret. */
  g_assert_null (strstr (f->err_text, SK));
  g_assert_null (strstr (f->out_text, SK));
  g_assert_null (strstr (f->err_text, AK));
  g_assert_null (strstr (f->err_text, TOKEN));
  g_assert_null (strstr (f->out_text, TOKEN));
}

gboolean
have_awchart (void)
{
  if (g_getenv ("AWCHART") == NULL || !g_file_test (g_getenv ("AWCHART"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("AWCHART is not set");
      return FALSE;
    }
  return TRUE;
}
