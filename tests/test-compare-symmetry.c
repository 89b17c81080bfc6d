/* test-compare-symmetry.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "cli-test-common.h"

/* A property of `awchart --summary --json A B`: swapping the runs mirrors
 * it exactly.  Every verdict flips better↔worse (the others stay), every
 * difference and interval is negated, A's values become B's.  Checked on
 * many generated pairs, with the cases that used to break it: failure
 * shares at or near zero, constant series, runs of different lengths. */

#define N_PAIRS 24

typedef enum
{
  FAIL_NONE,       /* every failure class all zero */
  FAIL_RARE,       /* a lone failure now and then: shares near 0 */
  FAIL_STEADY,     /* a few percent */
  FAIL_CONSTANT,   /* the same count every second */
  N_FAIL_KINDS
} FailKind;

typedef struct
{
  guint    n;
  double   vusers, tps, rt_ms, noise;
  FailKind fail;
  gboolean constant;   /* no noise at all */
  gboolean idle;       /* no load and no responses: everything zero */
} GenRun;

static void
append_array (GString    *out,
              const char *name,
              GArray     *values)
{
  g_string_append_printf (out, "\"%s\": [", name);
  for (guint i = 0; i < values->len; i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                              g_ascii_formatd (buf, sizeof buf, "%.6g", g_array_index (values, double, i)));
    }
  g_string_append (out, "]");
}

static char *
write_run (const char   *dir,
           const char   *name,
           const GenRun *run,
           GRand        *rand)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GArray) tps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rt = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) vusers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) success = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) timeout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  double ramp = MAX (5.0, run->n / 6.0);

  g_string_append (json, "{\"code\": \"SVCSTG.CPTS.0000000\", \"result\": {\"resp_time_range\": {");
  g_string_append_printf (json, "\"0~50ms\": \"%u\", \"50~200ms\": \"%u\", \"200~500ms\": \"%u\"",
                          g_rand_int_range (rand, 0, 1000), g_rand_int_range (rand, 0, 1000),
                          g_rand_int_range (rand, 0, 100));
  g_string_append (json, "}, \"broken_list\": {\"commonTimestamps\": [");
  for (guint i = 0; i < run->n; i++)
    {
      double load = run->idle ? 0 : MIN (1.0, (i + 1) / ramp);
      double noise = run->constant ? 0 : g_rand_double_range (rand, -run->noise, run->noise);
      double t = round (run->tps * load * (1 + noise));
      double r = run->rt_ms * (1 + (run->constant ? 0 : g_rand_double_range (rand, -run->noise, run->noise)));
      double vu = round (run->vusers * load);
      double to = 0, ot = 0;

      switch (run->fail)
        {
        case FAIL_RARE:
          to = g_rand_int_range (rand, 0, 200) == 0 ? 1 : 0;
          ot = g_rand_int_range (rand, 0, 500) == 0 ? 1 : 0;
          break;
        case FAIL_STEADY:
          to = round (t * g_rand_double_range (rand, 0.01, 0.03));
          break;
        case FAIL_CONSTANT:
          to = t > 2 ? 2 : 0;
          break;
        case FAIL_NONE:
        case N_FAIL_KINDS:
        default:
          break;
        }
      to = MIN (to, t);
      ot = MIN (ot, t - to);
      g_string_append_printf (json, "%s\"2026-03-02 %02u:%02u:%02u\"", i > 0 ? "," : "",
                              9 + i / 3600, i / 60 % 60, i % 60);
      g_array_append_val (tps, t);
      g_array_append_val (rt, r);
      g_array_append_val (vusers, vu);
      g_array_append_val (timeout, to);
      g_array_append_val (others, ot);
      t -= to + ot;
      g_array_append_val (success, t);
    }
  g_string_append (json, "], \"tps_brokens\": {");
  append_array (json, "tps", tps);
  g_string_append (json, ", ");
  append_array (json, "average", rt);
  g_string_append (json, "}, \"vusers_brokens\": {");
  append_array (json, "vusers", vusers);
  g_string_append (json, "}, \"respcode_brokens\": {");
  append_array (json, "success", success);
  g_string_append (json, ", ");
  append_array (json, "timeout", timeout);
  g_string_append (json, ", ");
  append_array (json, "othersFailed", others);
  g_string_append (json, "}}}}");

  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
random_run (GRand  *rand,
            GenRun *run)
{
  run->n = g_rand_int_range (rand, 40, 400);
  run->vusers = g_rand_boolean (rand) ? 100 : g_rand_int_range (rand, 50, 150);
  run->tps = g_rand_double_range (rand, 20, 400);
  run->rt_ms = g_rand_double_range (rand, 20, 300);
  run->noise = g_rand_double_range (rand, 0.01, 0.2);
  run->fail = g_rand_int_range (rand, 0, N_FAIL_KINDS);
  run->constant = g_rand_int_range (rand, 0, 4) == 0;
  run->idle = g_rand_int_range (rand, 0, 12) == 0;
}

G_GNUC_NULL_TERMINATED static int
cli_test_run (const char  *cwd,
              char       **out,
              char       **err,
              ...)
{
  va_list ap;
  int status;

  va_start (ap, err);
  status = cli_test_run_valist (cwd, out, err, ap);
  va_end (ap);
  return status;
}

static JsonObject *
summary_json (const char  *dir,
              const char  *a,
              const char  *b,
              JsonParser  *parser)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = cli_test_run (dir, &out, &err, "--summary", "--json", a, b, NULL);
  if (status != 0)
    g_test_message ("stderr: %s", err);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* NaN is null in the JSON */
static double
number (JsonObject *object,
        const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);
  return JSON_NODE_HOLDS_NULL (node) ? NAN : json_node_get_double (node);
}

static void
assert_negated (double      x,
                double      y,
                const char *what,
                const char *key)
{
  if (isnan (x) && isnan (y))
    return;
  if (x != -y)
    g_error ("%s of %s: %.17g in A B, %.17g in B A", what, key, x, y);
}

static void
assert_same (double      x,
             double      y,
             const char *what,
             const char *key)
{
  if ((isnan (x) && isnan (y)) || x == y)
    return;
  g_error ("%s of %s: %.17g vs %.17g", what, key, x, y);
}

static const char *
mirror_verdict (const char *verdict)
{
  if (g_str_equal (verdict, "better"))
    return "worse";
  if (g_str_equal (verdict, "worse"))
    return "better";
  return verdict;
}

static void
assert_mirrored (JsonObject *ab,
                 JsonObject *ba)
{
  JsonArray *mab = json_object_get_array_member (ab, "metrics");
  JsonArray *mba = json_object_get_array_member (ba, "metrics");
  JsonObject *lab = json_object_get_object_member (ab, "load");
  JsonObject *lba = json_object_get_object_member (ba, "load");

  g_assert_cmpstr (json_object_get_string_member (ab, "window"), ==,
                   json_object_get_string_member (ba, "window"));
  g_assert_cmpint (json_object_get_boolean_member (lab, "differs"), ==,
                   json_object_get_boolean_member (lba, "differs"));
  assert_same (number (lab, "peak_vusers_a"), number (lba, "peak_vusers_b"), "peak", "load");

  g_assert_cmpuint (json_array_get_length (mab), ==, json_array_get_length (mba));
  for (guint i = 0; i < json_array_get_length (mab); i++)
    {
      JsonObject *x = json_array_get_object_element (mab, i);
      JsonObject *y = json_array_get_object_element (mba, i);
      const char *key = json_object_get_string_member (x, "key");

      g_assert_cmpstr (key, ==, json_object_get_string_member (y, "key"));
      g_assert_cmpstr (json_object_get_string_member (x, "verdict"), ==,
                       mirror_verdict (json_object_get_string_member (y, "verdict")));
      assert_same (number (x, "a"), number (y, "b"), "a", key);
      assert_same (number (x, "b"), number (y, "a"), "b", key);
      assert_negated (number (x, "diff"), number (y, "diff"), "diff", key);
      assert_negated (number (x, "ci_low"), number (y, "ci_high"), "ci_low", key);
      assert_negated (number (x, "ci_high"), number (y, "ci_low"), "ci_high", key);
      /* "+0.00 pp" is never a finding */
      if (json_object_get_boolean_member (x, "min_change_relative") == FALSE
          && g_str_equal (json_object_get_string_member (x, "unit"), "share")
          && fabs (number (x, "diff")) < 0.00005)
        g_assert_true (!g_str_equal (json_object_get_string_member (x, "verdict"), "better")
                       && !g_str_equal (json_object_get_string_member (x, "verdict"), "worse"));
    }
}

static void
test_mirror (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("awc-symmetry-XXXXXX", &error);
  GRand *rand = g_rand_new_with_seed (20261205);
  guint n_load_differs = 0, n_judged = 0;

  g_assert_no_error (error);
  for (guint k = 0; k < N_PAIRS; k++)
    {
      g_autoptr(JsonParser) pab = json_parser_new ();
      g_autoptr(JsonParser) pba = json_parser_new ();
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      JsonObject *ab, *ba;
      GenRun ra, rb;

      random_run (rand, &ra);
      rb = ra;
      /* Half the pairs differ only by noise; the rest in anything */
      if (k % 2 == 1)
        random_run (rand, &rb);
      else
        rb.n = ra.n + g_rand_int_range (rand, 0, 60);
      /* Always some near-zero and identical-shape pairs */
      if (k % 6 == 0)
        ra.fail = rb.fail = FAIL_RARE;
      if (k % 8 == 3)
        ra.constant = rb.constant = TRUE;

      a = write_run (dir, "a.json", &ra, rand);
      b = write_run (dir, "b.json", &rb, rand);
      ab = summary_json (dir, a, b, pab);
      ba = summary_json (dir, b, a, pba);
      assert_mirrored (ab, ba);

      if (json_object_get_boolean_member (json_object_get_object_member (ab, "load"), "differs"))
        n_load_differs++;
      for (guint i = 0; i < json_array_get_length (json_object_get_array_member (ab, "metrics")); i++)
        {
          const char *v = json_object_get_string_member (
            json_array_get_object_element (json_object_get_array_member (ab, "metrics"), i), "verdict");

          if (g_str_equal (v, "better") || g_str_equal (v, "worse"))
            n_judged++;
        }
    }
  /* The generator reaches both kinds of pair */
  g_assert_cmpuint (n_load_differs, >, 0);
  g_assert_cmpuint (n_judged, >, 0);

  g_rand_free (rand);
  cli_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/symmetry/summary-json", test_mirror);

  return g_test_run ();
}
