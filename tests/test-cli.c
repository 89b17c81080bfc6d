/* test-cli.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-common.h"
#include "cli/awc-cli.h"

/* End-to-end: run the built awchart the way a user would, with no display. */

typedef CliFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cli_fixture_init (f, "awc-cli-XXXXXX", "api-example.json");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_fixture_clear (f);
}


static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Exit 1, exactly one stderr line "awchart: SUBJECT: …" naming @needle. */
static void
assert_one_error_line (Fixture    *f,
                       const char *subject,
                       const char *needle)
{
  g_autofree char *prefix = subject ? g_strdup_printf ("awchart: %s: ", subject) : g_strdup ("awchart: ");
  const char *nl;

  g_assert_cmpint (f->status, ==, 1);
  g_assert_true (g_str_has_prefix (f->err, prefix));
  nl = strchr (f->err, '\n');
  g_assert_nonnull (nl);
  g_assert_cmpstr (nl + 1, ==, "");
  g_assert_cmpuint (nl - f->err, >, strlen (prefix));
  if (needle != NULL)
    g_assert_nonnull (strstr (f->err, needle));
  g_assert_cmpstr (f->out, ==, "");
}

static void
assert_usage (Fixture *f)
{
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--export"));
  g_assert_nonnull (strstr (f->err, "FILE"));
}

static void
png_size (GBytes *png,
          guint  *width,
          guint  *height)
{
  gsize n;
  const guint8 *d = g_bytes_get_data (png, &n);

  g_assert_cmpuint (n, >, 24);
  g_assert_cmpmem (d, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (d + 12, 4, "IHDR", 4);
  *width = (guint) d[16] << 24 | (guint) d[17] << 16 | (guint) d[18] << 8 | d[19];
  *height = (guint) d[20] << 24 | (guint) d[21] << 16 | (guint) d[22] << 8 | d[23];
}

static void
test_wants_headless (void)
{
  char *export[] = { "awchart", "--export=out.png", "x.json", NULL };
  char *summary[] = { "awchart", "x.json", "--summary", NULL };
  char *fetch[] = { "awchart", "--fetch", "out.json", NULL };
  char *cases[] = { "awchart", "--list-cases", NULL };
  char *help[] = { "awchart", "--help-cli", NULL };
  char *gui[] = { "awchart", "--demo", "x.json", NULL };
  char *prefix[] = { "awchart", "--exporter", NULL };
  char *after_dashes[] = { "awchart", "--", "--export", NULL };

  g_assert_true (awc_cli_wants_headless (3, export));
  g_assert_true (awc_cli_wants_headless (3, summary));
  g_assert_true (awc_cli_wants_headless (3, fetch));
  g_assert_true (awc_cli_wants_headless (2, cases));
  g_assert_true (awc_cli_wants_headless (2, help));
  g_assert_false (awc_cli_wants_headless (3, gui));
  g_assert_false (awc_cli_wants_headless (2, prefix));
  g_assert_false (awc_cli_wants_headless (3, after_dashes));
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = path_in (f, "chart.png");
  g_autofree char *big = path_in (f, "big.png");
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) png2 = NULL;
  guint w, h;

  g_assert_cmpint (cli_fixture_run (f, "--export", out, f->sample, NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  png = read_file (out);
  png_size (png, &w, &h);
  g_assert_cmpuint (w, ==, 1600);
  g_assert_cmpuint (h, ==, 900);

  /* --size is in logical pixels; --scale multiplies them. */
  g_assert_cmpint (cli_fixture_run (f, "--export", big, "--size", "800x450", "--scale", "2", f->sample, NULL), ==, 0);
  png2 = read_file (big);
  png_size (png2, &w, &h);
  g_assert_cmpuint (w, ==, 1600);
  g_assert_cmpuint (h, ==, 900);
  g_assert_false (g_bytes_equal (png, png2));

  g_assert_cmpint (cli_fixture_run (f, "--size", "640x480", f->sample, "--export=" "small.png", NULL), ==, 0);
  g_clear_pointer (&png2, g_bytes_unref);
  {
    g_autofree char *small = path_in (f, "small.png");

    png2 = read_file (small);
  }
  png_size (png2, &w, &h);
  g_assert_cmpuint (w, ==, 640);
  g_assert_cmpuint (h, ==, 480);
  g_assert_cmpuint (count_entries (f->dir), ==, 3);
}

static void
test_export_formats (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *svg = path_in (f, "chart.svg");
  g_autofree char *pdf = path_in (f, "chart.PDF");
  g_autoptr(GBytes) bytes = NULL;
  const char *text;
  gsize n;

  g_assert_cmpint (cli_fixture_run (f, "--export", svg, f->sample, NULL), ==, 0);
  bytes = read_file (svg);
  text = g_bytes_get_data (bytes, &n);
  g_assert_cmpuint (n, >, 1000);
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (g_strstr_len (text, n, "<svg"));
  g_clear_pointer (&bytes, g_bytes_unref);

  g_assert_cmpint (cli_fixture_run (f, "--export", pdf, "--theme", "dark", f->sample, NULL), ==, 0);
  bytes = read_file (pdf);
  text = g_bytes_get_data (bytes, &n);
  g_assert_cmpuint (n, >, 1000);
  g_assert_cmpmem (text, 5, "%PDF-", 5);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *all = path_in (f, "all.csv");
  g_autofree char *some = path_in (f, "some.csv");
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  guint n_all;

  g_assert_cmpint (cli_fixture_run (f, "--export", all, f->sample, NULL), ==, 0);
  bytes = read_file (all);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  /* A comment naming the report, a header and one row per sample (61 in
   * the seed). */
  g_assert_cmpuint (g_strv_length (lines), >=, 63);
  g_assert_true (g_str_has_prefix (lines[0], "# "));
  g_assert_cmpstr (lines[63] != NULL ? lines[63] : "", ==, "");
  header = g_strsplit (lines[1], ",", -1);
  n_all = g_strv_length (header);
  g_assert_cmpuint (n_all, >=, 3);
  g_clear_pointer (&header, g_strfreev);
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* A full id and a bare key: a timestamp column plus those two. */
  g_assert_cmpint (cli_fixture_run (f, "--export", some, "--series", "tps_brokens.tps,average", f->sample, NULL), ==, 0);
  bytes = read_file (some);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  header = g_strsplit (lines[1], ",", -1);
  g_assert_cmpuint (g_strv_length (header), ==, 3);
  g_assert_nonnull (strstr (lines[1], "tps"));
  g_assert_cmpuint (n_all, !=, 3);
  /* The seed's second sample: 48 TPS, 20.1 ms. */
  g_assert_nonnull (strstr (lines[3], ",48,"));
  g_assert_nonnull (strstr (lines[3], "20.1"));
}

static void
test_export_deterministic (Fixture       *f,
                           gconstpointer  data)
{
  const char *names[] = { "a.png", "b.png", "a.svg", "b.svg" };
  g_autoptr(GBytes) first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = path_in (f, names[i]);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_cmpint (cli_fixture_run (f, "--export", out, "--buckets", f->sample, NULL), ==, 0);
      bytes = read_file (out);
      if (i % 2 == 0)
        first = g_bytes_ref (bytes);
      else
        g_assert_true (g_bytes_equal (first, bytes));
      if (i % 2 == 1)
        g_clear_pointer (&first, g_bytes_unref);
    }
}

static void
test_export_series_unknown (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *out = path_in (f, "chart.png");

  g_assert_cmpint (cli_fixture_run (f, "--export", out, "--series", "tps,nosuchseries", f->sample, NULL), ==, 1);
  assert_one_error_line (f, f->sample, "nosuchseries");
  /* The message lists what would have been valid. */
  g_assert_nonnull (strstr (f->err, "tps_brokens.tps"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
}

static void
test_export_demo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *ramp = path_in (f, "ramp.png");
  g_autofree char *api = path_in (f, "api.csv");
  g_autofree char *none = path_in (f, "none.png");
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) csv = NULL;
  guint w, h;

  g_assert_cmpint (cli_fixture_run (f, "--export", ramp, "--demo", NULL), ==, 0);
  png = read_file (ramp);
  png_size (png, &w, &h);
  g_assert_cmpuint (w, ==, 1600);

  g_assert_cmpint (cli_fixture_run (f, "--export", api, "--demo=api-example", NULL), ==, 0);
  csv = read_file (api);
  g_assert_nonnull (strstr (g_bytes_get_data (csv, NULL), "2023-05-04"));

  g_assert_cmpint (cli_fixture_run (f, "--export", none, "--demo=nosuch", NULL), ==, 1);
  assert_one_error_line (f, NULL, "nosuch");
  g_assert_nonnull (strstr (f->err, "ramp-up"));
  g_assert_nonnull (strstr (f->err, "api-example"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
}

static void
test_export_bad_input (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *out = path_in (f, "chart.png");
  g_autofree char *in_dir = g_build_filename (f->dir, "in", NULL);
  g_autofree char *bad = g_build_filename (in_dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (in_dir, "missing.json", NULL);

  g_assert_cmpint (g_mkdir (in_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (bad, "<html><body>502 Bad Gateway</body></html>", -1, NULL));

  g_assert_cmpint (cli_fixture_run (f, "--export", out, bad, NULL), ==, 1);
  assert_one_error_line (f, bad, NULL);
  g_assert_cmpint (cli_fixture_run (f, "--export", out, missing, NULL), ==, 1);
  assert_one_error_line (f, missing, NULL);
  /* The path is named once, then the reason. */
  {
    const char *first = strstr (f->err, missing);

    g_assert_nonnull (first);
    g_assert_null (strstr (first + strlen (missing), "missing.json"));
    g_assert_nonnull (strstr (f->err, "No such file or directory"));
  }
  /* Nothing written, no temporary left behind. */
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_assert_cmpuint (count_entries (in_dir), ==, 1);

  g_assert_cmpint (cli_fixture_run (f, "--summary", bad, NULL), ==, 1);
  assert_one_error_line (f, bad, NULL);
}

static void
test_export_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "no-such-dir", "chart.png", NULL);
  g_autofree char *blocker = path_in (f, "file");
  g_autofree char *under_file = g_build_filename (blocker, "chart.svg", NULL);

  g_assert_cmpint (cli_fixture_run (f, "--export", out, f->sample, NULL), ==, 1);
  assert_one_error_line (f, out, NULL);

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_cmpint (cli_fixture_run (f, "--export", under_file, f->sample, NULL), ==, 1);
  assert_one_error_line (f, under_file, NULL);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);

  /* An extension we cannot write is a usage error about the output. */
  g_assert_cmpint (cli_fixture_run (f, "--export", "chart.txt", f->sample, NULL), ==, 2);
  g_assert_cmpstr (f->err, ==, "awchart: chart.txt: unknown export format (use .png, .svg, .pdf or .csv)\n");
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  const char *bad_sizes[] = { "10x10", "1600", "1600x", "x900", "16385x900", "1600x900px", "-16x16" };

  g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", "--no-such-option", f->sample, NULL), ==, 2);
  assert_usage (f);
  for (guint i = 0; i < G_N_ELEMENTS (bad_sizes); i++)
    {
      g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", "--size", bad_sizes[i], f->sample, NULL), ==, 2);
      assert_usage (f);
    }
  g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", "--scale", "5", f->sample, NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", "--scale", "zero", f->sample, NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", "--theme", "blue", f->sample, NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpint (cli_fixture_run (f, "--export", "a.png", NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpint (cli_fixture_run (f, "--summary", f->sample, f->sample, f->sample, NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--overlay", f->sample, NULL), ==, 2);
  assert_usage (f);
  g_assert_cmpuint (count_entries (f->dir), ==, 0);

  /* The smallest and largest sizes are accepted. */
  g_assert_cmpint (cli_fixture_run (f, "--export", "tiny.png", "--size", "16x16", f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--help-cli", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "--summary"));
}

static void
test_summary_text (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (cli_fixture_run (f, "--summary", f->sample, NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_nonnull (strstr (f->out, "61"));
  g_assert_nonnull (strstr (f->out, "2023-05-04 17:24:44"));
  g_assert_nonnull (strstr (f->out, "2023-05-04 17:25:44"));
  g_assert_nonnull (strstr (f->out, "tps_brokens.tps"));
  g_assert_nonnull (strstr (f->out, "p90"));
  g_assert_nonnull (strstr (f->out, "2882"));

  /* The ramp-up sample has requests in the open top bucket. */
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--demo", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "1800"));
  g_assert_nonnull (strstr (f->out, "≥ 5 s"));
}

static JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (o, member), value) == 0)
        return o;
    }
  g_assert_not_reached ();
}

static void
test_summary_json (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *tps, *avg, *bucket, *p90;
  JsonArray *series, *buckets;

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", f->sample, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpint (json_object_get_int_member (root, "points"), ==, 61);
  g_assert_cmpstr (json_object_get_string_member (root, "start"), ==, "2023-05-04 17:24:44");
  g_assert_cmpstr (json_object_get_string_member (root, "end"), ==, "2023-05-04 17:25:44");
  g_assert_cmpfloat (json_object_get_double_member (root, "duration_s"), ==, 60);

  series = json_object_get_array_member (root, "series");
  tps = find_by_member (series, "id", "tps_brokens.tps");
  g_assert_cmpfloat (json_object_get_double_member (tps, "max"), ==, 49);
  g_assert_cmpfloat (json_object_get_double_member (tps, "last"), ==, 48);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (tps, "mean"), 47.2459, 1e-3);
  avg = find_by_member (series, "id", "tps_brokens.average");
  g_assert_cmpstr (json_object_get_string_member (avg, "unit"), ==, "ms");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (avg, "max"), 20.13, 1e-9);

  g_assert_cmpint (json_object_get_int_member (root, "total_requests"), ==, 2882);
  buckets = json_object_get_array_member (root, "buckets");
  g_assert_cmpuint (json_array_get_length (buckets), ==, 9);
  bucket = json_array_get_object_element (buckets, 0);
  g_assert_cmpstr (json_object_get_string_member (bucket, "label"), ==, "0~50ms");
  g_assert_cmpint (json_object_get_int_member (bucket, "count"), ==, 2882);
  g_assert_cmpfloat (json_object_get_double_member (bucket, "share"), ==, 1.0);
  /* The open top bucket has no upper bound: null, not a number. */
  bucket = json_array_get_object_element (buckets, 8);
  g_assert_cmpstr (json_object_get_string_member (bucket, "label"), ==, ">5s");
  g_assert_true (json_object_get_null_member (bucket, "upper_ms"));

  p90 = json_object_get_object_member (json_object_get_object_member (root, "percentiles"), "p90");
  g_assert_cmpstr (json_object_get_string_member (p90, "bucket"), ==, "0~50ms");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (p90, "estimate_ms"), 45, 1e-6);
  g_assert_false (json_object_get_boolean_member (p90, "open_top"));
}

/* A body whose p99 falls in the open top bucket: no invented estimate. */
static void
test_summary_open_top (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "slow.json");
  JsonObject *percentiles, *p99;

  g_assert_true (g_file_set_contents (path,
    "{\"result\":{\"broken_list\":{"
    "\"commonTimestamps\":[\"2026-03-02 09:00:00\",\"2026-03-02 09:00:02\"],"
    "\"tps_brokens\":{\"tps\":[1,2],\"average\":[4500,null]}},"
    "\"resp_time_range\":{\">5s\":\"5\",\"4~5s\":\"100\"}}}", -1, NULL));

  g_assert_cmpint (cli_fixture_run (f, "--summary", path, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "p99  ≥ 5 s"));
  g_assert_nonnull (strstr (f->out, "Duration:  2 s\n"));

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", path, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  percentiles = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                               "percentiles");
  p99 = json_object_get_object_member (percentiles, "p99");
  g_assert_true (json_object_get_boolean_member (p99, "open_top"));
  g_assert_true (json_object_get_null_member (p99, "upper_ms"));
  g_assert_cmpfloat (json_object_get_double_member (p99, "lower_ms"), ==, 5000);
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (percentiles, "p50"),
                                                  "open_top"));
}

static void
test_summary_demo_json (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *vusers;

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", "--demo=ramp-up", NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "points"), ==, 1800);
  g_assert_cmpfloat (json_object_get_double_member (root, "duration_s"), ==, 1799);
  vusers = find_by_member (json_object_get_array_member (root, "series"), "id", "vusers_brokens.vusers");
  g_assert_cmpfloat (json_object_get_double_member (vusers, "max"), ==, 200);
  g_assert_cmpstr (json_object_get_string_member (vusers, "unit"), ==, "users");
}

/* Each styling option changes the picture. */
static void
test_export_options (Fixture       *f,
                     gconstpointer  data)
{
  const char *variants[][4] = {
    { "base.png", NULL },
    { "dark.png", "--theme", "dark", NULL },
    { "title.png", "--title", "Soak test, build 42", NULL },
    { "buckets.png", "--buckets", NULL },
  };
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *out = path_in (f, variants[i][0]);

      if (variants[i][1] == NULL)
        g_assert_cmpint (cli_fixture_run (f, "--export", out, f->sample, NULL), ==, 0);
      else if (variants[i][2] == NULL || g_str_has_prefix (variants[i][2], "--"))
        g_assert_cmpint (cli_fixture_run (f, "--export", out, variants[i][1], f->sample, NULL), ==, 0);
      else
        g_assert_cmpint (cli_fixture_run (f, "--export", out, variants[i][1], variants[i][2], f->sample, NULL), ==, 0);
      g_ptr_array_add (images, read_file (out));
      for (guint j = 0; j < i; j++)
        g_assert_false (g_bytes_equal (images->pdata[i], images->pdata[j]));
    }
}

/* `awchart --help` (the window's options) also names the headless
 * commands and points to --help-cli, which prints their full usage. */
static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  static const char *gui_names[] = {
    "--demo", "--export", "--summary", "--fetch", "--list-cases", "--help-cli",
  };
  static const char *cli_names[] = {
    "--export", "--summary", "--json", "--size", "--series", "--buckets", "--fail-if",
    "--fetch", "--list-cases", "--task-run-id", "--region", "Examples:",
  };

  g_assert_cmpint (cli_fixture_run (f, "--help", NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (gui_names); i++)
    g_assert_nonnull (strstr (f->out, gui_names[i]));

  g_assert_cmpint (cli_fixture_run (f, "--help-cli", NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (cli_names); i++)
    g_assert_nonnull (strstr (f->out, cli_names[i]));
}

/* Two inputs go to the compare commands (their output is tested there). */
static void
test_compare_dispatch (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *out = path_in (f, "compare.png");
  g_autofree char *missing = path_in (f, "missing.json");
  g_autoptr(GBytes) png = NULL;
  guint w, h;

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--demo=ramp-up", f->sample, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "ramp-up"));
  g_assert_nonnull (strstr (f->out, "api-example"));

  g_assert_cmpint (cli_fixture_run (f, "--export", out, "--size", "800x600", f->sample, f->sample, NULL), ==, 0);
  png = read_file (out);
  png_size (png, &w, &h);
  g_assert_cmpuint (w, ==, 800);
  g_assert_cmpuint (h, ==, 600);

  /* A bad second file is named, and nothing is written. */
  g_assert_cmpint (cli_fixture_run (f, "--export", "other.png", f->sample, missing, NULL), ==, 1);
  assert_one_error_line (f, missing, NULL);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/cli/headless/detect", test_wants_headless);
  add ("/awc/cli/export/png", test_export_png);
  add ("/awc/cli/export/svg-pdf", test_export_formats);
  add ("/awc/cli/export/csv-series", test_export_csv);
  add ("/awc/cli/export/deterministic", test_export_deterministic);
  add ("/awc/cli/export/series-unknown", test_export_series_unknown);
  add ("/awc/cli/export/demo", test_export_demo);
  add ("/awc/cli/export/bad-input", test_export_bad_input);
  add ("/awc/cli/export/unwritable", test_export_unwritable);
  add ("/awc/cli/usage/errors", test_usage_errors);
  add ("/awc/cli/summary/text", test_summary_text);
  add ("/awc/cli/summary/json", test_summary_json);
  add ("/awc/cli/summary/open-top", test_summary_open_top);
  add ("/awc/cli/summary/demo-json", test_summary_demo_json);
  add ("/awc/cli/export/options", test_export_options);
  add ("/awc/cli/compare/dispatch", test_compare_dispatch);
  add ("/awc/cli/usage/help", test_help);

  return g_test_run ();
}
