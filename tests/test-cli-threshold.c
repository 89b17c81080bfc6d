/* test-cli-threshold.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--threshold SERIES<=VALUE` on --export, end to end: the line is in the
 * output, repeated rules all count, and a bad rule exits 2 with one line
 * and writes nothing. */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "cli-test-common.h"

typedef CliFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cli_fixture_init (f, "awc-threshold-XXXXXX", "ramp-up.json");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_fixture_clear (f);
}


static GBytes *
read_out (Fixture    *f,
          const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static void
test_draws (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;

  g_assert_cmpint (cli_fixture_run (f, "--export", "plain.svg", f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--export", "one.svg", "--threshold", "average<=500ms", f->sample, NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (cli_fixture_run (f, "--export", "two.svg", "--threshold", "average<=500ms",
                        "--threshold", "tps_brokens.tps>=10/s", f->sample, NULL), ==, 0);
  plain = read_out (f, "plain.svg");
  one = read_out (f, "one.svg");
  two = read_out (f, "two.svg");
  g_assert_false (g_bytes_equal (plain, one));
  g_assert_false (g_bytes_equal (one, two));
  g_assert_cmpuint (g_bytes_get_size (two), >, g_bytes_get_size (one));

  /* Two runs: drawn on both panels, exits 0 */
  g_assert_cmpint (cli_fixture_run (f, "--export", "cmp.png", "--threshold", "average<=500ms",
                        f->sample, f->sample, NULL), ==, 0);
}

static void
test_bad_rules (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *rule; const char *line; } cases[] = {
    { "tps<=x", "awchart: --threshold 'tps<=x': bad value 'x'\n" },
    { "tps=5", "awchart: --threshold 'tps=5': expected SERIES<=VALUE or SERIES>=VALUE, got 'tps=5'\n" },
    { "tps<=5 parsecs", "awchart: --threshold 'tps<=5 parsecs': unknown unit 'parsecs'\n" },
    { "tps<=5ms", "awchart: --threshold 'tps<=5ms': unit 'ms' does not fit the series (/s)\n" },
    { "nosuch<=5", "awchart: --threshold 'nosuch<=5': no series 'nosuch' (see --summary)\n" },
  };

  g_autofree char *out = g_build_filename (f->dir, "out.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (cli_fixture_run (f, "--export", "out.png", "--threshold", cases[i].rule, f->sample, NULL), ==, 2);
      g_assert_cmpstr (f->err, ==, cases[i].line);
      g_assert_cmpstr (f->out, ==, "");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* Only with --export or --summary */
  g_assert_cmpint (cli_fixture_run (f, "--fetch", "x.json", "--threshold", "tps<=5", NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "awchart: "));
  g_assert_null (strchr (strchr (f->err, '\n') + 1, '\n'));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/awc/cli/threshold/draws", Fixture, NULL, fixture_setup, test_draws, fixture_teardown);
  g_test_add ("/awc/cli/threshold/bad", Fixture, NULL, fixture_setup, test_bad_rules, fixture_teardown);

  return g_test_run ();
}
