/* cli-test-common.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the CLI tests: run the built awchart (AWCHART) as a user would, with
 * no display, and clean up the per-test folder.  Header-only: each test is
 * one executable. */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>

/* Runs awchart with @args (NULL-terminated va_list) in @cwd; stores its
 * stdout and stderr in *@out and *@err (freed first) and returns the exit
 * status. */
static inline int
cli_test_run_valist (const char  *cwd,
                     char       **out,
                     char       **err,
                     va_list      args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *awchart = g_getenv ("AWCHART");
  const char *arg;

  g_assert_nonnull (awchart);
  g_ptr_array_add (argv, (gpointer) awchart);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  /* Headless commands must not need a display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, cwd);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  return g_subprocess_get_exit_status (proc);
}

/* Starts awchart with @argv (NULL-terminated, after the program) in @cwd,
 * with stdout and stderr piped, no display and TZ=UTC. */
static inline GSubprocess *
cli_test_spawn (const char         *cwd,
                const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *proc;

  g_assert_nonnull (g_getenv ("AWCHART"));
  g_ptr_array_add (args, (gpointer) g_getenv ("AWCHART"));
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, cwd);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  return proc;
}

static inline void
cli_test_store_result (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static inline gboolean
cli_test_hang_guard (gpointer user_data)
{
  g_subprocess_force_exit (user_data);
  g_test_fail_printf ("awchart still running after the hang guard; killed");
  return G_SOURCE_REMOVE;
}

/* Collects the output of @proc started by cli_test_spawn () and its exit
 * status.  A hang guard (generous: not a timing assertion) kills it and
 * fails the test instead of blocking the suite. */
static inline int
cli_test_wait (GSubprocess  *proc,
               guint         guard_seconds,
               char        **out,
               char        **err)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GSource *guard = g_timeout_source_new_seconds (guard_seconds);

  g_source_set_callback (guard, cli_test_hang_guard, proc, NULL);
  g_source_attach (guard, NULL);
  g_subprocess_communicate_utf8_async (proc, NULL, NULL, cli_test_store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_destroy (guard);
  g_source_unref (guard);
  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  g_subprocess_communicate_utf8_finish (proc, result, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  return g_subprocess_get_exit_status (proc);
}

/* Removes @path and everything below it. */
static inline void
cli_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        cli_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The fixture of the one-report CLI tests: a fresh, empty folder per test,
 * a bundled sample to run on, and the last run's exit status and output. */
typedef struct
{
  char  *dir;
  char  *sample;
  int    status;
  char  *out;          /* stdout of the last run */
  char  *err;          /* stderr of the last run */
} CliFixture;

static inline void
cli_fixture_init (CliFixture *f,
                  const char *dir_template,
                  const char *sample)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp (dir_template, &error);
  g_assert_no_error (error);
  f->sample = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples", sample, NULL);
}

static inline void
cli_fixture_clear (CliFixture *f)
{
  cli_test_remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->sample, g_free);
  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
}

/* Runs awchart in the fixture's folder with a NULL-terminated list of
 * arguments; the output of an earlier run is dropped. */
G_GNUC_NULL_TERMINATED static inline int
cli_fixture_run (CliFixture *f,
                 ...)
{
  va_list ap;

  va_start (ap, f);
  f->status = cli_test_run_valist (f->dir, &f->out, &f->err, ap);
  va_end (ap);
  return f->status;
}
