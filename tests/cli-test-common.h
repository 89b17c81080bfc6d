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
