/* test-cli-insights.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --summary's phases, events, targets and capacity on the bundled
 * samples, whose truth the generator states (tests/support/awc-gen-report.c):
 * users step up by 20 every minute to 200 at 10 min; stalls at ~858 s
 * and ~1343 s; refused connections burst around 1095 s. */
#include "config.h"

#include <cairo.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "cli-test-common.h"

typedef CliFixture Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  cli_fixture_init (f, "awc-cli-insights-XXXXXX", data);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  cli_fixture_clear (f);
}

static JsonObject *
summary_json (Fixture    *f,
              JsonParser *parser,
              const char *threshold)
{
  g_autoptr(GError) error = NULL;

  if (threshold != NULL)
    g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", "--threshold", threshold, f->sample, NULL), ==, 0);
  else
    g_assert_cmpint (cli_fixture_run (f, "--summary", "--json", f->sample, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Whether an event of @kind starts within @slack s of @at. */
static gboolean
has_event (JsonArray  *events,
           const char *kind,
           double      at,
           double      slack)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *e = json_array_get_object_element (events, i);

      if (g_str_equal (json_object_get_string_member (e, "kind"), kind)
          && fabs (json_object_get_double_member (e, "start") - at) <= slack)
        return TRUE;
    }
  return FALSE;
}

static void
test_ramp_up (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = summary_json (f, parser, NULL);
  JsonArray *phases = json_object_get_array_member (root, "phases");
  JsonArray *events = json_object_get_array_member (root, "events");
  JsonObject *capacity = json_object_get_object_member (root, "capacity");
  guint steady = 0, other = 0;

  for (guint i = 0; i < json_array_get_length (phases); i++)
    {
      JsonObject *p = json_array_get_object_element (phases, i);

      if (!g_str_equal (json_object_get_string_member (p, "kind"), "steady"))
        continue;
      steady++;
      /* Step k holds 20·k users from about 60·(k − 1) s. */
      g_assert_cmpfloat (json_object_get_double_member (p, "vusers"), ==, 20.0 * steady);
      g_assert_cmpfloat (fabs (json_object_get_double_member (p, "start") - 60.0 * (steady - 1)), <=, 3);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (p, "tps_ci95")));
    }
  g_assert_cmpuint (steady, ==, 10);

  g_assert_true (has_event (events, "rt-spike", 858, 8));
  g_assert_true (has_event (events, "rt-spike", 1343, 8));
  g_assert_true (has_event (events, "tps-drop", 858, 8));
  g_assert_true (has_event (events, "error-burst", 1095, 25));
  for (guint i = 0; i < json_array_get_length (events); i++)
    other += !g_str_equal (json_object_get_string_member (json_array_get_object_element (events, i), "kind"),
                           "load-change");
  /* The three incidents, each seen on up to three curves; nothing else. */
  g_assert_cmpuint (other, <=, 8);

  g_assert_cmpstr (json_object_get_string_member (capacity, "model"), ==, "usl");
  g_assert_cmpint (json_object_get_int_member (capacity, "levels"), ==, 10);
  g_assert_cmpfloat (json_object_get_double_member (capacity, "r2"), >, 0.9);
}

static void
test_constant (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = summary_json (f, parser, NULL);
  JsonObject *capacity = json_object_get_object_member (root, "capacity");

  g_assert_true (json_object_get_null_member (capacity, "model"));
  g_assert_nonnull (strstr (json_object_get_string_member (capacity, "reason"), "constant load"));
  g_assert_cmpint (cli_fixture_run (f, "--summary", f->sample, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "\nPhases"));
  g_assert_nonnull (strstr (f->out, "A constant load cannot show capacity"));
}

static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = summary_json (f, parser, "tps_brokens.average<=200ms");
  JsonArray *targets = json_object_get_array_member (root, "targets");
  JsonObject *t;
  double steady_s, broken_s;

  g_assert_cmpuint (json_array_get_length (targets), ==, 1);
  t = json_array_get_object_element (targets, 0);
  g_assert_cmpstr (json_object_get_string_member (t, "series"), ==, "tps_brokens.average");
  g_assert_cmpfloat (json_object_get_double_member (t, "limit"), ==, 200);
  steady_s = json_object_get_double_member (t, "steady_s");
  broken_s = json_object_get_double_member (t, "steady_breached_s");
  /* The overloaded last step breaks 200 ms for part of its time. */
  g_assert_cmpfloat (broken_s, >, 0);
  g_assert_cmpfloat (broken_s, <, steady_s);
  g_assert_cmpfloat (json_object_get_int_member (t, "breached_s"), >=, broken_s);
  g_assert_true (has_event (json_object_get_array_member (root, "events"), "threshold", 858, 10));

  /* A target on a series the report lacks: one line, exit 2. */
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--threshold", "nope<=1", f->sample, NULL), ==, 2);
  g_assert_cmpstr (f->err, ==, "awchart: --threshold 'nope<=1': no series 'nope' (see --summary)\n");
}

/* Pixels of @surface near the error-burst mark's red. */
static guint
count_red (cairo_surface_t *surface)
{
  guint8 *px = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *p = px + y * stride + 4 * x;   /* BGRA */

        n += abs (p[2] - 219) < 12 && abs (p[1] - 51) < 20 && abs (p[0] - 46) < 20;
      }
  return n;
}

/* Exports draw phases and event marks; --no-insights leaves them out. */
static void
test_export_layers (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *with_path = g_build_filename (f->dir, "with.png", NULL);
  g_autofree char *without_path = g_build_filename (f->dir, "without.png", NULL);
  cairo_surface_t *with, *without;
  guint differ = 0;

  g_assert_cmpint (cli_fixture_run (f, "--export", "with.png", "--theme", "light", f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--export", "without.png", "--theme", "light", "--no-insights",
                                    f->sample, NULL), ==, 0);
  with = cairo_image_surface_create_from_png (with_path);
  without = cairo_image_surface_create_from_png (without_path);
  g_assert_cmpint (cairo_surface_status (with), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (without), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < cairo_image_surface_get_height (with); y++)
    differ += memcmp (cairo_image_surface_get_data (with) + y * cairo_image_surface_get_stride (with),
                      cairo_image_surface_get_data (without) + y * cairo_image_surface_get_stride (without),
                      4 * cairo_image_surface_get_width (with)) != 0;
  /* Bands over every panel: most rows change. */
  g_assert_cmpuint (differ, >, cairo_image_surface_get_height (with) / 2);
  /* The refused-connections burst at ~18 min is marked in red. */
  g_assert_cmpuint (count_red (with), >, 20);
  g_assert_cmpuint (count_red (without), <, 5);
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static void
test_capacity_view (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "capacity.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "capacity.svg", NULL);
  g_autofree char *charts = g_build_filename (f->dir, "charts.svg", NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize a_len = 0, b_len = 0;

  g_assert_cmpint (cli_fixture_run (f, "--export", "capacity.png", "--view", "capacity", f->sample, NULL), ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  /* Not the time charts: a different drawing altogether. */
  g_assert_cmpint (cli_fixture_run (f, "--export", "capacity.svg", "--view", "capacity", f->sample, NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (f, "--export", "charts.svg", "--view", "charts", f->sample, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (charts, &b, &b_len, NULL));
  g_assert_true (a_len != b_len || memcmp (a, b, a_len) != 0);

  g_assert_cmpint (cli_fixture_run (f, "--export", "c.csv", "--view", "capacity", f->sample, NULL), ==, 2);
  g_assert_cmpstr (f->err, ==, "awchart: --view capacity exports PNG, SVG or PDF, not CSV\n");
  g_assert_cmpint (cli_fixture_run (f, "--export", "c.png", "--view", "pie", f->sample, NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "--view must be charts or capacity"));
  g_assert_cmpint (cli_fixture_run (f, "--summary", "--view", "capacity", f->sample, NULL), ==, 2);
  g_assert_nonnull (strstr (f->err, "--view needs --export"));
  g_assert_cmpint (cli_fixture_run (f, "--export", "c.png", "--view", "capacity", f->sample, f->sample, NULL), ==, 2);
  g_assert_cmpstr (f->err, ==, "awchart: --view capacity shows one run; give one FILE\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/awc/cli/insights/ramp-up", Fixture, "ramp-up.json", setup, test_ramp_up, teardown);
  g_test_add ("/awc/cli/insights/constant", Fixture, "api-example.json", setup, test_constant, teardown);
  g_test_add ("/awc/cli/insights/targets", Fixture, "ramp-up.json", setup, test_targets, teardown);
  g_test_add ("/awc/cli/insights/export-layers", Fixture, "ramp-up.json", setup, test_export_layers, teardown);
  g_test_add ("/awc/cli/insights/capacity-view", Fixture, "ramp-up.json", setup, test_capacity_view, teardown);
  return g_test_run ();
}
