/* test-cli-compare.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-common.h"
#include "compare-fixtures.h"

/* `awchart --summary A B`, `--export OUT A B` and `--fail-if`, run as a
 * user would: the built binary, no display, fixtures written per test. */

static const char * const buckets_a[] = {
  "0~50ms", "500", "50~200ms", "400", "200~500ms", "100", NULL
};
static const char * const buckets_b[] = {
  "0~50ms", "500", "50~200ms", "327", "200~500ms", "173", NULL
};

typedef struct
{
  char *dir;
  char *a;        /* baseline */
  char *b;        /* response time +30 %, slower buckets */
  char *c;        /* like A, other noise */
  int   status;
  char *out;
  char *err;
} Fixture;

static char *
write_run (Fixture     *f,
           const char  *name,
           const CfRun *run)
{
  g_autoptr(GString) json = cf_run_json (run);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CfRun run;

  f->dir = g_dir_make_tmp ("awc-cli-compare-XXXXXX", &error);
  g_assert_no_error (error);

  cf_run_init (&run);
  run.n = 300;
  run.ramp_s = 60;
  run.down_s = 270;
  run.buckets = buckets_a;
  f->a = write_run (f, "a.json", &run);
  run.seed = 7;
  f->c = write_run (f, "c.json", &run);
  run.seed = 9;
  run.rt_ms *= 1.3;
  run.buckets = buckets_b;
  f->b = write_run (f, "b.json", &run);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->a);
  g_free (f->b);
  g_free (f->c);
  g_free (f->out);
  g_free (f->err);
}

G_GNUC_NULL_TERMINATED static int
run (Fixture *f,
     ...)
{
  va_list ap;

  va_start (ap, f);
  f->status = cli_test_run_valist (f->dir, &f->out, &f->err, ap);
  va_end (ap);
  return f->status;
}

static void
test_summary_text (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (run (f, "--summary", f->a, f->b, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "Comparison\n"));
  g_assert_nonnull (strstr (f->out, "Window: steady phase: A "));
  g_assert_nonnull (strstr (f->out, "\nMean response time "));
  g_assert_nonnull (strstr (f->out, "worse\n"));
  g_assert_nonnull (strstr (f->out, "7.3 % of requests moved from 50 – 200 ms to 200 – 500 ms"));
  g_assert_nonnull (strstr (f->out, "\n50 – 200 ms "));
  /* One notation for bucket ranges: never the API's "50~200ms" */
  g_assert_null (strstr (f->out, "~"));
  g_assert_nonnull (strstr (f->out, "per-window histogram"));
}

static JsonObject *
metric (JsonObject *root,
        const char *key)
{
  JsonArray *metrics = json_object_get_array_member (root, "metrics");

  for (guint i = 0; i < json_array_get_length (metrics); i++)
    {
      JsonObject *m = json_array_get_object_element (metrics, i);

      if (g_str_equal (json_object_get_string_member (m, "key"), key))
        return m;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_summary_json (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *rt, *p90, *shift;

  g_assert_cmpint (run (f, "--summary", "--json", f->a, f->b, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "window"), ==, "steady");
  rt = metric (root, "rt");
  g_assert_cmpstr (json_object_get_string_member (rt, "verdict"), ==, "worse");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (rt, "relative"), 0.30, 0.03);
  g_assert_cmpfloat (json_object_get_double_member (rt, "ci_low"), >, 0);
  p90 = metric (root, "p90");
  g_assert_cmpstr (json_object_get_string_member (p90, "verdict"), ==, "not-tested");
  g_assert_true (json_object_get_null_member (p90, "ci_low"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "buckets")), ==, 3);
  shift = json_array_get_object_element (json_object_get_array_member (root, "shifts"), 0);
  /* The raw key stays for scripts; "range" is what a person reads */
  g_assert_cmpstr (json_object_get_string_member (shift, "from"), ==, "50~200ms");
  g_assert_cmpstr (json_object_get_string_member (shift, "from_range"), ==, "50 – 200 ms");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "buckets"), 1), "range"), ==, "50 – 200 ms");
  g_assert_null (strstr (json_object_get_string_member (shift, "text"), "~"));
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (root, "load"), "differs"));
  g_assert_cmpfloat (json_object_get_double_member (rt, "min_change"), ==, 0.01);
  g_assert_true (json_object_get_boolean_member (rt, "min_change_relative"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (shift, "share"), 0.073, 1e-9);
  g_assert_false (json_object_has_member (root, "fail_if"));

  /* Same runs, other noise: nothing is worse */
  g_assert_cmpint (run (f, "--summary", "--json", f->a, f->c, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < 2; i++)
    {
      const char *verdict = json_object_get_string_member (metric (root, i == 0 ? "rt" : "tps"), "verdict");

      g_assert_true (g_str_equal (verdict, "within-noise") || g_str_equal (verdict, "no-meaningful-change"));
    }
  /* Bandwidth and the load are never better or worse */
  g_assert_cmpstr (json_object_get_string_member (metric (root, "vusers"), "verdict"), ==, "not-judged");
  g_assert_cmpstr (json_object_get_string_member (metric (root, "vusers"), "direction"), ==, "neutral");
  g_assert_cmpstr (json_object_get_string_member (metric (root, "rx"), "direction"), ==, "neutral");
}

static void
test_fail_if (Fixture       *f,
              gconstpointer  data)
{
  /* Broken: exit 3, the rule on stderr, the summary still printed */
  g_assert_cmpint (run (f, "--summary", "--fail-if", "rt>+10%", f->a, f->b, NULL), ==, 3);
  g_assert_nonnull (strstr (f->err, "awchart: --fail-if: rt>+10% broken: A "));
  g_assert_nonnull (strstr (f->out, "Mean response time"));

  g_assert_cmpint (run (f, "--summary", "--fail-if", "rt>+50%,tps<-5%,errors>+0.5pp", f->a, f->b, NULL), ==, 0);
  g_assert_null (strstr (f->err, "broken"));

  g_assert_cmpint (run (f, "--summary", "--fail-if", "rt>+50%, p90>+10%", f->a, f->b, NULL), ==, 3);
  g_assert_nonnull (strstr (f->err, "p90>+10% broken"));
  g_assert_null (strstr (f->err, "rt>+50%"));

  /* In the JSON too */
  g_assert_cmpint (run (f, "--summary", "--json", "--fail-if", "rt>+10%", f->a, f->b, NULL), ==, 3);
  g_assert_nonnull (strstr (f->out, "\"broken\" : ["));
}

static void
test_fail_if_bad (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (run (f, "--summary", "--fail-if", "p90>+10", f->a, f->b, NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "awchart: --fail-if: bad token “+10” in “p90>+10”"));
  g_assert_cmpstr (f->out, ==, "");

  g_assert_cmpint (run (f, "--export", "x.png", "--fail-if", "latency>+1%", f->a, f->b, NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "“latency”"));
}

static void
assert_image (Fixture    *f,
              const char *name,
              const char *magic)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "cmp.png", NULL);
  g_autoptr(GDir) dir = NULL;
  cairo_surface_t *surface;
  const char *name;

  g_assert_cmpint (run (f, "--export", "cmp.png", f->a, f->b, NULL), ==, 0);
  g_assert_null (strstr (f->err, "awchart"));
  g_assert_null (strstr (f->err, "CRITICAL"));
  g_assert_null (strstr (f->err, "WARNING"));
  assert_image (f, "cmp.png", "\x89PNG");
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 900);
  cairo_surface_destroy (surface);

  g_assert_cmpint (run (f, "--export", "cmp.svg", "--buckets", f->a, f->b, NULL), ==, 0);
  assert_image (f, "cmp.svg", "<?xml");
  g_assert_cmpint (run (f, "--export", "cmp.pdf", f->a, f->b, NULL), ==, 0);
  assert_image (f, "cmp.pdf", "%PDF");
  g_assert_cmpint (run (f, "--export", "overlay.png", "--overlay", "--size", "800x600", f->a, f->b, NULL), ==, 0);
  assert_image (f, "overlay.png", "\x89PNG");

  /* --fail-if gates an export as well; the image is still written */
  g_assert_cmpint (run (f, "--export", "gate.png", "--fail-if", "rt>+10%", f->a, f->b, NULL), ==, 3);
  assert_image (f, "gate.png", "\x89PNG");

  /* No temporary file is left behind */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".png")
                   || g_str_has_suffix (name, ".svg") || g_str_has_suffix (name, ".pdf"));
}

static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.json", NULL);
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (garbage, "<html>nope</html>", -1, NULL));
  g_assert_cmpint (run (f, "--summary", f->a, garbage, NULL), ==, 1);
  expected = g_strdup_printf ("awchart: %s: ", garbage);
  g_assert_nonnull (strstr (f->err, expected));

  g_assert_cmpint (run (f, "--export", "x.png", "missing.json", f->b, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "awchart: missing.json: "));
  g_free (expected);
  expected = g_build_filename (f->dir, "x.png", NULL);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/awc/compare/cli/summary-text", test_summary_text);
  ADD ("/awc/compare/cli/summary-json", test_summary_json);
  ADD ("/awc/compare/cli/fail-if", test_fail_if);
  ADD ("/awc/compare/cli/fail-if-bad", test_fail_if_bad);
  ADD ("/awc/compare/cli/export", test_export);
  ADD ("/awc/compare/cli/bad-file", test_bad_file);
#undef ADD

  return g_test_run ();
}
