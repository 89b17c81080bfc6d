/* test-error-rate.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "cli-test-common.h"

/* The derived "Error rate" series and failures as per-second rates, as a
 * user meets them: in the summary, the CSV, the image, on the bundled
 * sample. */

typedef struct
{
  char *dir;
  char *sample;
  char *out;
  char *err;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("awc-error-rate-XXXXXX", &error);
  g_assert_no_error (error);
  f->sample = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples", "ramp-up.json", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->sample);
  g_free (f->out);
  g_free (f->err);
}

G_GNUC_NULL_TERMINATED static int
run (Fixture *f,
     ...)
{
  va_list ap;
  int status;

  va_start (ap, f);
  status = cli_test_run_valist (f->dir, &f->out, &f->err, ap);
  va_end (ap);
  return status;
}

static JsonObject *
find_series (JsonObject *root,
             const char *id)
{
  JsonArray *series = json_object_get_array_member (root, "series");

  for (guint i = 0; i < json_array_get_length (series); i++)
    {
      JsonObject *s = json_array_get_object_element (series, i);

      if (g_str_equal (json_object_get_string_member (s, "id"), id))
        return s;
    }
  return NULL;
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *rate, *timeout, *bucket;

  g_assert_cmpint (run (f, "--summary", "--json", f->sample, NULL), ==, 0);
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  rate = find_series (root, "derived.errorRate");
  g_assert_nonnull (rate);
  g_assert_cmpstr (json_object_get_string_member (rate, "title"), ==, "Error rate");
  g_assert_cmpstr (json_object_get_string_member (rate, "unit"), ==, "percent");
  g_assert_true (json_object_get_boolean_member (rate, "visible"));
  /* A share of the responses: between 0 and 100 % */
  g_assert_cmpfloat (json_object_get_double_member (rate, "min"), >=, 0);
  g_assert_cmpfloat (json_object_get_double_member (rate, "max"), >, 0);
  g_assert_cmpfloat (json_object_get_double_member (rate, "max"), <=, 100);

  timeout = find_series (root, "respcode_brokens.timeout");
  g_assert_cmpstr (json_object_get_string_member (timeout, "unit"), ==, "per-second");

  /* Buckets: the raw key, and the range as people read it */
  bucket = json_array_get_object_element (json_object_get_array_member (root, "buckets"), 1);
  g_assert_cmpstr (json_object_get_string_member (bucket, "label"), ==, "50~200ms");
  g_assert_cmpstr (json_object_get_string_member (bucket, "range"), ==, "50 – 200 ms");

  g_assert_cmpint (run (f, "--summary", f->sample, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "\n  derived.errorRate                  Error rate: 0 % / "));
  g_assert_nonnull (strstr (f->out, "Timeouts: 0 /s / "));
  g_assert_nonnull (strstr (f->out, "\n  50 – 200 ms "));
  g_assert_null (strstr (f->out, "~"));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  g_autoptr(GError) error = NULL;
  int column = -1;

  g_assert_cmpint (run (f, "--export", "out.csv", f->sample, NULL), ==, 0);
  g_autofree char *path = g_build_filename (f->dir, "out.csv", NULL);
  g_file_get_contents (path, &csv, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (csv, "\n", -1);
  /* The export's header line is a "# " comment before the column names. */
  g_assert_true (g_str_has_prefix (lines[0], "# "));
  header = g_strsplit (lines[1], ",", -1);
  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], "derived.errorRate"))
      column = i;
  g_assert_cmpint (column, >, 0);

  /* The first second has no response: no value, not a division by zero */
  {
    g_auto(GStrv) first = g_strsplit (lines[2], ",", -1);
    g_auto(GStrv) second = g_strsplit (lines[3], ",", -1);

    g_assert_cmpstr (first[column], ==, "");
    g_assert_cmpstr (second[column], ==, "0");
  }
}

static void
test_image (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "rate.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "rate.svg", NULL);
  cairo_surface_t *surface;

  /* The series is selectable on its own, like the loaded ones */
  g_assert_cmpint (run (f, "--export", "rate.png", "--series", "errorRate", f->sample, NULL), ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpint (run (f, "--export", "rate.svg", "--series", "derived.errorRate", f->sample, NULL), ==, 0);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/awc/cli/error-rate/summary", test_summary);
  ADD ("/awc/cli/error-rate/csv", test_csv);
  ADD ("/awc/cli/error-rate/image", test_image);
#undef ADD

  return g_test_run ();
}
