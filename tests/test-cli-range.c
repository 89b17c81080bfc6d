/* test-cli-range.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --range START..END on --export and --summary, run as a user would. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-common.h"

/* api-example.json: 61 samples a second apart, 2023-05-04 17:24:44 to
 * 17:25:44, shown in UTC. */

typedef CliFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cli_fixture_init (f, "awc-cli-range-XXXXXX", "api-example.json");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_fixture_clear (f);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
find_series (JsonObject *root,
             const char *id)
{
  JsonArray *series = json_object_get_array_member (root, "series");

  for (guint i = 0; i < json_array_get_length (series); i++)
    {
      JsonObject *s = json_array_get_object_element (series, i);

      if (g_strcmp0 (json_object_get_string_member (s, "id"), id) == 0)
        return s;
    }
  g_assert_not_reached ();
}

static void
test_summary_text (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--range", "10s..30s", f->sample, NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  /* The range as the report shows times, its length and elapsed times. */
  g_assert_nonnull (strstr (f->out, "Range:     2023-05-04 17:24:54 – 17:25:14 (20s), elapsed 10s..30s\n"));
  g_assert_nonnull (strstr (f->out, "Series over the range"));
  /* Buckets cannot be narrowed, and say so. */
  g_assert_nonnull (strstr (f->out, "buckets, whole run"));

  /* Without --range nothing changes. */
  g_assert_cmpint (cli_fixture_run (f, "--summary", f->sample, NULL), ==, 0);
  g_assert_null (strstr (f->out, "Range:"));
  g_assert_null (strstr (f->out, "over the range"));
}

/* The statistics cover the range: "last" is the value of the range's last
 * sample, as the CSV of the same range shows it. */
static void
test_summary_json (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) ranged = NULL;
  g_autoptr(JsonNode) whole = NULL;
  g_autofree char *csv_path = g_build_filename (f->dir, "r.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) cells = NULL;
  JsonObject *range, *tps;
  guint n;

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", "--range", "10s..30s", f->sample, NULL), ==, 0);
  ranged = parse_json (f->out);
  range = json_object_get_object_member (json_node_get_object (ranged), "range");
  g_assert_nonnull (range);
  g_assert_cmpstr (json_object_get_string_member (range, "start"), ==, "2023-05-04 17:24:54");
  g_assert_cmpstr (json_object_get_string_member (range, "end"), ==, "2023-05-04 17:25:14");
  g_assert_cmpfloat (json_object_get_double_member (range, "start_elapsed_s"), ==, 10);
  g_assert_cmpfloat (json_object_get_double_member (range, "duration_s"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (ranged), "series_scope"), ==, "range");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (ranged), "buckets_scope"), ==, "run");

  g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", f->sample, NULL), ==, 0);
  whole = parse_json (f->out);
  g_assert_true (json_object_get_null_member (json_node_get_object (whole), "range"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (whole), "series_scope"), ==, "run");

  g_assert_cmpint (cli_fixture_run (f, "--export", csv_path, "--series", "tps_brokens.tps",
                                    "--range", "10s..30s", f->sample, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  n = g_strv_length (lines);
  /* A comment line, the column names, 21 samples (both ends included). */
  g_assert_cmpuint (n, ==, 1 + 1 + 21 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "# "));
  g_assert_true (g_str_has_prefix (lines[1], "timestamp,"));
  cells = g_strsplit (lines[n - 2], ",", -1);
  tps = find_series (json_node_get_object (ranged), "tps_brokens.tps");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (tps, "last"),
                                  g_ascii_strtod (cells[1], NULL), 1e-9);
  /* The whole run's last sample is another one: the range changed it. */
  g_assert_true (json_object_get_double_member (tps, "max")
                 <= json_object_get_double_member (find_series (json_node_get_object (whole), "tps_brokens.tps"), "max"));
}

/* Wall-clock times as the summary prints them, and open sides. */
static void
test_notations (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *spec; double start, end; } cases[] = {
    { "17:24:54..17:25:14", 10, 30 },
    { "2023-05-04 17:24:54..2023-05-04 17:25:14", 10, 30 },
    { "10..30", 10, 30 },
    { "..5s", 0, 5 },
    { "50s..", 50, 60 },
    { "0m50s..1h", 50, 60 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = NULL;
      JsonObject *range;

      g_test_message ("%s", cases[i].spec);
      g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", "--range", cases[i].spec,
                                        f->sample, NULL), ==, 0);
      root = parse_json (f->out);
      range = json_object_get_object_member (json_node_get_object (root), "range");
      g_assert_cmpfloat (json_object_get_double_member (range, "start_elapsed_s"), ==, cases[i].start);
      g_assert_cmpfloat (json_object_get_double_member (range, "end_elapsed_s"), ==, cases[i].end);
    }
}

static void
assert_usage_line (Fixture    *f,
                   const char *spec,
                   const char *reason)
{
  g_autofree char *prefix = g_strdup_printf ("awchart: --range '%s': ", spec);

  g_assert_cmpint (f->status, ==, 2);
  g_assert_true (g_str_has_prefix (f->err, prefix));
  g_assert_nonnull (strstr (f->err, reason));
  /* Exactly one line. */
  g_assert_cmpint (strchr (f->err, '\n') - f->err, ==, strlen (f->err) - 1);
  g_assert_cmpstr (f->out, ==, "");
}

static void
test_bad_ranges (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { const char *spec; const char *reason; } cases[] = {
    { "x..y", "cannot read “x” as a time" },
    { "10s..banana", "cannot read “banana” as a time" },
    { "30s", "give START..END" },
    { "30s..10s", "the end is not after the start" },
    { "20s..20s", "the end is not after the start" },
    { "2m..3m", "outside the run (0s..1m)" },
    { "10:00:00..11:00:00", "outside the run" },
  };
  g_autofree char *png = g_build_filename (f->dir, "bad.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].spec);
      cli_fixture_run (f, "--summary", "--range", cases[i].spec, f->sample, NULL);
      assert_usage_line (f, cases[i].spec, cases[i].reason);
      cli_fixture_run (f, "--export", png, "--range", cases[i].spec, f->sample, NULL);
      assert_usage_line (f, cases[i].spec, cases[i].reason);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }

  /* A comparison has two runs: which one would the range mean? */
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--range", "1s..2s", f->sample, f->sample, NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "--range works on one report"));
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* The image of a range is another image than the whole run's; both carry
 * the header line, and the CSV's names the range. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *whole = g_build_filename (f->dir, "whole.png", NULL);
  g_autofree char *part = g_build_filename (f->dir, "part.png", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.png", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "whole.csv", NULL);
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GBytes) c = NULL;
  g_autofree char *csv = NULL;

  g_assert_cmpint (cli_fixture_run (f, "--export", whole, "--size", "800x450", f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--export", part, "--size", "800x450", "--range", "10s..30s",
                                    f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--export", again, "--size", "800x450", "--range", "17:24:54..17:25:14",
                                    f->sample, NULL), ==, 0);
  a = read_bytes (whole);
  b = read_bytes (part);
  c = read_bytes (again);
  g_assert_false (g_bytes_equal (a, b));
  /* Two notations of one range: the same image. */
  g_assert_true (g_bytes_equal (b, c));

  g_assert_cmpint (cli_fixture_run (f, "--export", csv_path, f->sample, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "# "));
  g_assert_nonnull (strstr (csv, "2023-05-04 17:24:44 – 17:25:44 (1m)"));
  g_assert_null (strstr (strchr (csv, '\n') == NULL ? csv : csv, "range 2023"));
  g_clear_pointer (&csv, g_free);

  g_assert_cmpint (cli_fixture_run (f, "--export", csv_path, "--range", "10s..30s", f->sample, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "range 2023-05-04 17:24:54 – 17:25:14 (20s)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define RANGE_TEST(path, func) \
  g_test_add ("/awc/cli/range/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  RANGE_TEST ("summary-text", test_summary_text);
  RANGE_TEST ("summary-json", test_summary_json);
  RANGE_TEST ("notations", test_notations);
  RANGE_TEST ("bad-ranges", test_bad_ranges);
  RANGE_TEST ("export", test_export);
#undef RANGE_TEST

  return g_test_run ();
}
