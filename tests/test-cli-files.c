/* test-cli-files.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What awchart does with the files around it, run as a user would: the
 * output keeps its permissions, an interrupted export leaves nothing
 * behind, error lines stay one line without terminal escapes, and inputs
 * that are not regular files are refused before any read. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "awc-gen-report.h"
#include "awc-mock-cpts.h"
#include "awc-util.h"
#include "cli-test-common.h"
#include "io/awc-cpts-error-private.h"

#define AK  "QTWAOYTTINDUT2QVKYUC"
#define SK  "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

/* Generous: only there so that a hang fails instead of blocking. */
#define HANG_GUARD_S 100

#define FORMATS "unknown export format (use .png, .svg, .pdf or .csv)"

typedef CliFixture Fixture;

static char *big_dir;  /* the large report, made once for the signal tests */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cli_fixture_init (f, "awc-cli-files-XXXXXX", "api-example.json");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_fixture_clear (f);
}

static int
run_argv (Fixture            *f,
          const char * const *argv)
{
  g_autoptr(GSubprocess) proc = cli_test_spawn (f->dir, argv);

  f->status = cli_test_wait (proc, HANG_GUARD_S, &f->out, &f->err);
  return f->status;
}

#define run(f, ...) run_argv ((f), (const char * const []) { __VA_ARGS__, NULL })

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
write_with_mode (const char *path,
                 const char *contents,
                 guint       mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* No temporary file of the writer anywhere in @dir. */
static void
assert_no_temporary (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_assert_false (g_str_has_prefix (name, ".awchart-"));
      g_assert_null (strstr (name, ".json."));
    }
}

/* Nothing a terminal would act on: no control byte but newline and tab,
 * no DEL and no C1 control (U+0080 … U+009F). */
static void
assert_no_controls (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\t')
        continue;
      g_assert_cmpuint (*p, >=, 0x20);
      g_assert_cmpuint (*p, !=, 0x7f);
      if (*p == 0xc2)
        g_assert_false (p[1] >= 0x80 && p[1] < 0xa0);
    }
}

/* One line on stderr, nothing on stdout. */
static void
assert_one_line (Fixture    *f,
                 int         status,
                 const char *line)
{
  g_autofree char *expected = g_strconcat (line, "\n", NULL);

  g_assert_cmpint (f->status, ==, status);
  g_assert_cmpstr (f->err, ==, expected);
  g_assert_cmpstr (f->out, ==, "");
}

/* Replacing a private file keeps it private (PNG through the one-shot
 * write, CSV through the streamed one); a new file gets the umask's
 * default. */
static void
test_export_keeps_mode (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *png = path_in (f, "chart.png");
  g_autofree char *csv = path_in (f, "chart.csv");
  g_autofree char *fresh = path_in (f, "new.png");
  g_autofree char *contents = NULL;
  mode_t mask = umask (022);

  umask (mask);
  write_with_mode (png, "old", 0600);
  write_with_mode (csv, "old", 0640);

  g_assert_cmpint (run (f, "--export", "chart.png", f->sample), ==, 0);
  g_assert_cmpuint (file_mode (png), ==, 0600);
  g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\x89PNG"));

  g_assert_cmpint (run (f, "--export", "chart.csv", f->sample), ==, 0);
  g_assert_cmpuint (file_mode (csv), ==, 0640);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  /* The comment line naming the report, then the column names. */
  g_assert_true (g_str_has_prefix (contents, "# "));
  g_assert_nonnull (strstr (contents, "\ntimestamp,"));

  g_assert_cmpint (run (f, "--export", "new.png", f->sample), ==, 0);
  g_assert_cmpuint (file_mode (fresh), ==, 0666 & ~mask);
  assert_no_temporary (f->dir);
}

static const char * const *
fetch_argv (AwcMockCpts *mock,
            const char  *out)
{
  static const char *argv[16];
  const char *args[] = {
    "--fetch", out, "--project-id", PID, "--task-run-id", "48105",
    "--case-run-id", "1540223", "--detail-id", "7d1f0c2a9b",
    "--endpoint", awc_mock_cpts_get_base_url (mock), "--timeout", "20", NULL,
  };

  memcpy (argv, args, sizeof args);
  return argv;
}

/* --fetch: a new file is private (a report may hold internal names), a
 * replaced one keeps its mode; a folder that is missing is named as the
 * user wrote it, never with a temporary name. */
static void
test_fetch_modes (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *mock_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *fresh = path_in (f, "fresh.json");
  g_autofree char *shared = path_in (f, "shared.json");
  g_autoptr(GError) error = NULL;
  AwcMockCpts *mock;

  mock = awc_mock_cpts_new (mock_dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (mock, AK, SK, NULL);

  g_assert_cmpint (run_argv (f, fetch_argv (mock, "fresh.json")), ==, 0);
  g_assert_cmpuint (file_mode (fresh), ==, 0600);

  write_with_mode (shared, "old", 0644);
  g_assert_cmpint (run_argv (f, fetch_argv (mock, "shared.json")), ==, 0);
  g_assert_cmpuint (file_mode (shared), ==, 0644);

  write_with_mode (fresh, "old", 0600);
  g_assert_cmpint (run_argv (f, fetch_argv (mock, "fresh.json")), ==, 0);
  g_assert_cmpuint (file_mode (fresh), ==, 0600);

  run_argv (f, fetch_argv (mock, "nodir/x.json"));
  assert_one_line (f, 1, "awchart: nodir/x.json: No such file or directory");
  assert_no_temporary (f->dir);

  awc_mock_cpts_free (mock);
}

/* A newline in a file name is shown as \n: the error stays one line. */
static void
test_newline_name (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *line = NULL;

  run (f, "--export", "no\ndir/chart.png", f->sample);
  assert_one_line (f, 1, "awchart: no\\ndir/chart.png: No such file or directory");

  run (f, "--summary", "bad\nname.json");
  line = g_strdup_printf ("awchart: bad\\nname.json: cannot read the file: %s", g_strerror (ENOENT));
  assert_one_line (f, 1, line);

  run (f, "--export", "chart\n.jpg", f->sample);
  assert_one_line (f, 2, "awchart: chart\\n.jpg: " FORMATS);
}

/* Unknown extensions are usage errors (exit 2) listing the formats,
 * before anything is loaded or written. */
static void
test_unknown_format (Fixture       *f,
                     gconstpointer  data)
{
  const char *names[] = { "x.jpg", "x", "x.pdf ", ".png" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *line = g_strdup_printf ("awchart: %s: " FORMATS, names[i]);

      run (f, "--export", names[i], f->sample);
      assert_one_line (f, 2, line);
    }
  g_assert_cmpint (run (f, "--export", "X.PNG", f->sample), ==, 0);
}

/* A FIFO with no writer and a device are refused before any read: the
 * open must not wait for a writer, and /dev/zero must not be read to the
 * size limit first. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *fifo = path_in (f, "fifo.json");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  run (f, "--summary", "fifo.json");
  assert_one_line (f, 1, "awchart: fifo.json: not a regular file");

  run (f, "--export", "chart.png", "fifo.json");
  assert_one_line (f, 1, "awchart: fifo.json: not a regular file");

  run (f, "--summary", f->dir);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, ": not a regular file\n"));

  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      run (f, "--summary", "/dev/zero");
      assert_one_line (f, 1, "awchart: /dev/zero: not a regular file");
    }
}

/* ESC, BEL, OSC 8 and C1 from a report's series key, bucket label and
 * err_message reach the terminal escaped, in text, JSON and errors. */
static void
test_escapes (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *report = g_test_build_filename (G_TEST_DIST, "data", "escape-report.json", NULL);
  g_autofree char *failing = g_test_build_filename (G_TEST_DIST, "data", "escape-error.json", NULL);

  g_assert_cmpint (run (f, "--summary", report), ==, 0);
  assert_no_controls (f->out);
  g_assert_nonnull (strstr (f->out, "tps_brokens.tps\\e[2J\\e]0;owned\\x07"));
  g_assert_nonnull (strstr (f->out, "\\e[31mslow\\u{9b}0m"));

  g_assert_cmpint (run (f, "--summary", "--json", report), ==, 0);
  assert_no_controls (f->out);
  g_assert_nonnull (strstr (f->out, "\"tps\\u001b[2J\\u001b]0;owned\\u0007\""));
  g_assert_nonnull (strstr (f->out, "\"\\u001b[31mslow\\u009b0m\""));

  /* Error lines: the list of valid ids, and the server's err_message. */
  g_assert_cmpint (run (f, "--export", "chart.png", "--series", "nosuch", report), ==, 1);
  assert_no_controls (f->err);
  g_assert_nonnull (strstr (f->err, "tps_brokens.tps\\e[2J\\e]0;owned\\x07"));

  g_assert_cmpint (run (f, "--summary", failing), ==, 1);
  assert_no_controls (f->err);
  g_assert_nonnull (strstr (f->err, "(\\e[2J\\e]0;owned\\x07run failed\\u{9b}31m)"));
  g_assert_cmpuint (strlen (strchr (f->err, '\n')), ==, 1);
}

/* Case names from the server reach the terminal escaped (--list-cases). */
static void
test_list_cases_escapes (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", NULL);
  const char *files[] = { "cpts-chart.json", "cpts-cases.json", "cpts-test-suites.json",
                          "cpts-all-tasks.json", "cpts-history-run-list.json" };
  const char *argv[] = { "--list-cases", "--project-id", PID, "--task-run-id", "48105",
                         "--endpoint", NULL, "--timeout", "20", NULL };
  g_autoptr(GError) error = NULL;
  AwcMockCpts *mock;

  /* The mock's data with an OSC title sequence in a case name. */
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_build_filename (source, files[i], NULL);
      g_autofree char *to = g_build_filename (f->dir, files[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GString) edited = NULL;

      g_file_get_contents (from, &text, NULL, &error);
      g_assert_no_error (error);
      edited = g_string_new (text);
      g_string_replace (edited, "\"login-and-browse\"", "\"login\\u001b]0;owned\\u0007\"", 0);
      g_file_set_contents (to, edited->str, edited->len, &error);
      g_assert_no_error (error);
    }
  mock = awc_mock_cpts_new (f->dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (mock, AK, SK, NULL);
  argv[6] = awc_mock_cpts_get_base_url (mock);

  g_assert_cmpint (run_argv (f, argv), ==, 0);
  assert_no_controls (f->out);
  g_assert_nonnull (strstr (f->out, "login\\e]0;owned\\x07\t"));
  awc_mock_cpts_free (mock);
}

/* The shared escaping: every control visible, UTF-8 kept, bytes that
 * are not UTF-8 shown, and escaping twice the same as once. */
static void
test_escape_text (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain – text ✓", "plain – text ✓" },
    { "\033[2J", "\\e[2J" },
    { "a\nb\r\tc", "a\\nb\\r\\tc" },
    { "\033]8;;http://x/\007link", "\\e]8;;http://x/\\x07link" },
    { "del\177", "del\\x7f" },
    { "csi\302\233" "0m", "csi\\u{9b}0m" },
    { "latin1 \351t\351", "latin1 \\xe9t\\xe9" },
    { "back\\slash", "back\\slash" },
    { "gpj.\342\200\256exe", "gpj.\\u{202e}exe" },
    { "one\342\200\250two", "one\\u{2028}two" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *once = awc_escape_text (cases[i].in);
      g_autofree char *twice = awc_escape_text (once);

      g_assert_cmpstr (once, ==, cases[i].out);
      g_assert_cmpstr (twice, ==, once);
      g_assert_true (g_utf8_validate (once, -1, NULL));
    }
  g_assert_null (awc_escape_text (NULL));
}

/* A server's error text goes through the same escaping (white space
 * still folds into single spaces). */
static void
test_server_text (void)
{
  g_autofree char *text = _awc_cpts_error_clean_text ("Bad \033]0;owned\007 gateway\n\t now\302\233", -1);

  g_assert_cmpstr (text, ==, "Bad \\e]0;owned\\x07 gateway now\\u{9b}");
}

/* A report large enough that its CSV export takes a while. */
static const char *
big_report (void)
{
  static char *path;

  if (path == NULL)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      AwcGenParams params;

      big_dir = g_dir_make_tmp ("awc-cli-big-XXXXXX", &error);
      g_assert_no_error (error);
      awc_gen_params_init (&params);
      params.n_points = 1000000;
      params.epoch_ms = TRUE;
      bytes = awc_gen_report_bytes (&params);
      path = g_build_filename (big_dir, "big.json", NULL);
      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
    }
  return path;
}

static gboolean
has_temporary (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".awchart-"))
      return TRUE;
  return FALSE;
}

/* SIGTERM or SIGINT while the CSV is being written: the temporary file
 * is removed, the old output is untouched, exit 128 + signal with one
 * "interrupted" line. */
static void
test_signal (Fixture       *f,
             gconstpointer  data)
{
  int signum = GPOINTER_TO_INT (data);
  const char *argv[] = { "--export", "big.csv", big_report (), NULL };
  g_autofree char *out = path_in (f, "big.csv");
  g_autofree char *after = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GAsyncResult) waited = NULL;
  gint64 deadline;

  write_with_mode (out, "the previous export\n", 0644);
  proc = cli_test_spawn (f->dir, argv);
  g_subprocess_wait_async (proc, NULL, cli_test_store_result, &waited);

  /* Poll for the temporary file; the deadline is only a hang guard. */
  deadline = g_get_monotonic_time () + HANG_GUARD_S * G_USEC_PER_SEC;
  while (!has_temporary (f->dir) && waited == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  if (waited != NULL)
    {
      /* Finished before its temporary file was seen: show why. */
      cli_test_wait (proc, HANG_GUARD_S, &f->out, &f->err);
      g_test_message ("awchart ended early, status %d: %s", g_subprocess_get_status (proc), f->err);
    }
  g_assert_null (waited);
  g_assert_true (has_temporary (f->dir));
  g_subprocess_send_signal (proc, signum);

  f->status = cli_test_wait (proc, HANG_GUARD_S, &f->out, &f->err);
  /* Let the wait finish here: its callback writes to this frame. */
  while (waited == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_one_line (f, 128 + signum, "awchart: big.csv: interrupted");
  assert_no_temporary (f->dir);
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the previous export\n");
}

static void
add (const char    *path,
     gconstpointer  data,
     void         (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* For --fetch against the in-process mock. */
  g_unsetenv ("CPTS_AUTH_TOKEN");
  g_unsetenv ("HUAWEICLOUD_SDK_PROJECT_ID");
  g_unsetenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN");
  g_setenv ("HUAWEICLOUD_SDK_AK", AK, TRUE);
  g_setenv ("HUAWEICLOUD_SDK_SK", SK, TRUE);

  g_test_add_func ("/awc/cli/files/escape-text", test_escape_text);
  g_test_add_func ("/awc/cli/files/server-text", test_server_text);
  add ("/awc/cli/files/export-keeps-mode", NULL, test_export_keeps_mode);
  add ("/awc/cli/files/fetch-modes", NULL, test_fetch_modes);
  add ("/awc/cli/files/newline-name", NULL, test_newline_name);
  add ("/awc/cli/files/unknown-format", NULL, test_unknown_format);
  add ("/awc/cli/files/not-regular", NULL, test_not_regular);
  add ("/awc/cli/files/escapes", NULL, test_escapes);
  add ("/awc/cli/files/list-cases-escapes", NULL, test_list_cases_escapes);
  add ("/awc/cli/files/sigterm", GINT_TO_POINTER (SIGTERM), test_signal);
  add ("/awc/cli/files/sigint", GINT_TO_POINTER (SIGINT), test_signal);

  status = g_test_run ();
  if (big_dir != NULL)
    cli_test_remove_dir (big_dir);
  g_free (big_dir);
  return status;
}
