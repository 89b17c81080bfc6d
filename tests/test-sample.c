/* test-sample.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-gen-report.h"
#include "io/awc-report-loader.h"
#include "io/awc-samples.h"

/* The committed sample must be exactly what its program writes, so the
 * file cannot drift from the code that documents how it was made. */
static GBytes *
generate_default (void)
{
  AwcGenParams params;

  awc_gen_params_init (&params);
  return awc_gen_report_bytes (&params);
}

static void
assert_same_bytes (GBytes     *expected,
                   GBytes     *actual,
                   const char *what)
{
  gsize n_expected, n_actual;
  const guint8 *e = g_bytes_get_data (expected, &n_expected);
  const guint8 *a = g_bytes_get_data (actual, &n_actual);
  gsize i = 0;

  while (i < n_expected && i < n_actual && e[i] == a[i])
    i++;
  if (i != n_expected || i != n_actual)
    g_error ("%s differs from the generator's output at byte %" G_GSIZE_FORMAT
             " (sizes %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT "); regenerate it with "
             "awc-gen-report resources/samples/ramp-up.json", what, i, n_actual, n_expected);
}

static void
test_sample_committed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "ramp-up.json", NULL);
  g_autoptr(GBytes) generated = generate_default ();
  g_autoptr(GBytes) committed = NULL;
  g_autoptr(GBytes) bundled = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  committed = g_bytes_new_take (contents, length);
  assert_same_bytes (generated, committed, "resources/samples/ramp-up.json");

  bundled = awc_sample_dup_bytes ("ramp-up", &error);
  g_assert_no_error (error);
  assert_same_bytes (generated, bundled, "the bundled ramp-up sample");
}

static void
test_sample_deterministic (void)
{
  AwcGenParams params;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GBytes) c = NULL;

  awc_gen_params_init (&params);
  params.n_points = 600;
  a = awc_gen_report_bytes (&params);
  b = awc_gen_report_bytes (&params);
  g_assert_true (g_bytes_equal (a, b));

  params.seed++;
  c = awc_gen_report_bytes (&params);
  g_assert_false (g_bytes_equal (a, c));
}

static double
sum_range (AwcSeries *series,
           guint      first,
           guint      last)
{
  const double *v = awc_series_get_values (series, NULL);
  double sum = 0;

  for (guint i = first; i < last; i++)
    sum += v[i];
  return sum;
}

static AwcSeries *
find (AwcReport  *report,
      const char *id)
{
  AwcSeries *series = awc_report_find_series (report, id);

  g_assert_nonnull (series);
  return series;
}

/* A minute of the 30-minute timeline, for a report of @n points. */
#define MINUTE(n, m) ((guint) ((double) (m) * (n) / 30))

static void
check_shape (AwcReport *report)
{
  guint n = awc_report_get_n_points (report);
  AwcSeries *vusers = find (report, "vusers_brokens.vusers");
  AwcSeries *tps = find (report, "tps_brokens.tps");
  AwcSeries *rt = find (report, "tps_brokens.average");
  AwcSeries *timeouts = find (report, "respcode_brokens.timeout");
  AwcSeries *refused = find (report, "respcode_brokens.refusedFailed");
  AwcSeries *rec = find (report, "brand_brokens.recBytes");
  GListModel *buckets = awc_report_get_buckets (report);
  g_autoptr(AwcBucket) top = NULL;
  guint64 best = 0;
  const char *best_label = NULL;
  double early_tps, late_tps, early_rt, late_rt;

  /* Users ramp to 200 within 10 minutes and hold. */
  g_assert_cmpfloat (awc_series_get_max (vusers), ==, 200);
  g_assert_cmpfloat (sum_range (vusers, MINUTE (n, 10), n) / (n - MINUTE (n, 10)), ==, 200);
  g_assert_cmpfloat (sum_range (vusers, 1, MINUTE (n, 1)) / (MINUTE (n, 1) - 1), ==, 20);

  /* TPS follows the users, then saturates near 850/s. */
  early_tps = sum_range (tps, 1, MINUTE (n, 2)) / (MINUTE (n, 2) - 1);
  late_tps = sum_range (tps, MINUTE (n, 10), n) / (n - MINUTE (n, 10));
  g_assert_cmpfloat (early_tps, <, 400);
  g_assert_cmpfloat (late_tps, >, 780);
  g_assert_cmpfloat (late_tps, <, 900);
  g_assert_cmpfloat (awc_series_get_max (tps), <, 1000);

  /* Response time flat at ~40 ms, then grows to ~220 ms. */
  early_rt = sum_range (rt, 1, MINUTE (n, 4)) / (MINUTE (n, 4) - 1);
  late_rt = sum_range (rt, MINUTE (n, 25), n) / (n - MINUTE (n, 25));
  g_assert_cmpfloat (fabs (early_rt - 40), <, 8);
  g_assert_cmpfloat (late_rt, >, 180);
  g_assert_cmpfloat (late_rt, <, 260);
  g_assert_cmpfloat (awc_series_get_max (rt), >, 500);

  /* Timeouts only past saturation; refused connections burst at ~18 min. */
  g_assert_cmpfloat (sum_range (timeouts, 0, MINUTE (n, 5)), ==, 0);
  g_assert_cmpfloat (sum_range (timeouts, MINUTE (n, 10), n), >, 0);
  g_assert_cmpfloat (sum_range (refused, MINUTE (n, 17), MINUTE (n, 19)), >, 100);
  g_assert_cmpfloat (sum_range (refused, 0, MINUTE (n, 16)), ==, 0);

  /* Bandwidth follows TPS. */
  g_assert_cmpfloat (awc_series_get_mean (rec) / awc_series_get_mean (tps), >, 1000);

  /* Most requests answer in 50–200 ms, with a tail to the open top bucket. */
  g_assert_cmpuint (g_list_model_get_n_items (buckets), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(AwcBucket) b = g_list_model_get_item (buckets, i);

      if (awc_bucket_get_count (b) > best)
        {
          best = awc_bucket_get_count (b);
          best_label = awc_bucket_get_label (b);
        }
    }
  g_assert_cmpstr (best_label, ==, "50~200ms");
  top = g_list_model_get_item (buckets, 8);
  g_assert_cmpstr (awc_bucket_get_label (top), ==, ">5s");
  g_assert_cmpuint (awc_bucket_get_count (top), >, 0);
}

static void
test_sample_shape (void)
{
  g_autoptr(GBytes) bytes = generate_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  report = awc_report_load_bytes (bytes, "ramp-up", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 1800);
  start = awc_report_format_time (report, awc_report_get_start_time (report), "%Y-%m-%d %H:%M:%S");
  end = awc_report_format_time (report, awc_report_get_end_time (report), "%Y-%m-%d %H:%M:%S");
  g_assert_cmpstr (start, ==, "2026-03-02 09:00:00");
  g_assert_cmpstr (end, ==, "2026-03-02 09:29:59");
  check_shape (report);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* The benchmark's big bodies keep the same shape, and epoch-ms loads too. */
static void
test_sample_stretched (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  AwcGenParams params;
  const double *t;
  guint n;

  awc_gen_params_init (&params);
  params.n_points = 7200;
  params.epoch_ms = TRUE;
  bytes = awc_gen_report_bytes (&params);
  report = awc_report_load_bytes (bytes, "stretched", NULL, &error);
  g_assert_no_error (error);
  t = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, ==, 7200);
  g_assert_cmpfloat (t[0], ==, 1772442000.0);   /* 2026-03-02 09:00:00 UTC */
  g_assert_cmpfloat (t[n - 1] - t[0], ==, 7199);
  check_shape (report);
}

/* Every way of opening a sample goes through these: the list, the lookup
 * with its error, and both loads. */
static void
test_samples_list (void)
{
  g_auto(GStrv) names = awc_sample_list_names ();

  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, AWC_SAMPLE_DEFAULT);
  g_assert_cmpstr (names[1], ==, "api-example");
}

static void
test_samples_unknown (void)
{
  const char *bad[] = { "nosuch", "", "../ui/awc-window", "ramp-up.json", "samples/ramp-up" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = awc_sample_dup_bytes (bad[i], &error);
      g_autoptr(AwcReport) report = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad[i]);

      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, "ramp-up, api-example"));
      g_clear_error (&error);

      report = awc_sample_load (bad[i], NULL, &error);
      g_assert_null (report);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    }
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_samples_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) sync = awc_sample_load ("api-example", NULL, &error);
  g_autoptr(AwcReport) async = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (awc_report_get_source (sync), ==, "api-example.json");
  g_assert_cmpuint (awc_report_get_n_points (sync), >, 0);

  awc_sample_load_async ("ramp-up", NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  async = awc_sample_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (awc_report_get_source (async), ==, "ramp-up.json");
  g_assert_cmpuint (awc_report_get_n_points (async), ==, 1800);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/sample/ramp-up/committed", test_sample_committed);
  g_test_add_func ("/awc/sample/ramp-up/deterministic", test_sample_deterministic);
  g_test_add_func ("/awc/sample/ramp-up/shape", test_sample_shape);
  g_test_add_func ("/awc/sample/ramp-up/stretched", test_sample_stretched);
  g_test_add_func ("/awc/sample/list", test_samples_list);
  g_test_add_func ("/awc/sample/unknown", test_samples_unknown);
  g_test_add_func ("/awc/sample/load", test_samples_load);

  return g_test_run ();
}
