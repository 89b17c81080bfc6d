/* replay-main.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "fuzz-target.h"

/* Replays files through a fuzz target's LLVMFuzzerTestOneInput() without
 * libFuzzer, so the corpus and every crasher kept in regressions/ run as a
 * unit test in every build (gcc included):
 *   replay-fuzz-NAME DIR_OR_FILE…
 * A missing directory is skipped (not every target has regressions); no
 * input at all is a failure.  A bad input aborts, as under the fuzzer. */

static guint
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autofree uint8_t *copy = NULL;

  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s", error->message);
  /* An exact-size heap copy, so ASan sees a read past the end. */
  copy = g_memdup2 (contents, len);
  LLVMFuzzerTestOneInput (copy, len);
  return 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static guint
replay_dir (const char *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    n += replay_file (names->pdata[i]);
  return n;
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        n += replay_dir (argv[i]);
      else if (g_file_test (argv[i], G_FILE_TEST_EXISTS))
        n += replay_file (argv[i]);
    }
  g_print ("%s: replayed %u inputs\n", argv[0], n);
  return n > 0 ? 0 : 1;
}
