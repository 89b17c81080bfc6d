/* test-loader.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "awc-gen-report.h"
#include "cli-test-common.h"
#include "io/awc-report-loader-private.h"
#include "model/awc-catalog.h"

static char *
read_fixture (const char *name,
              gsize      *len)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

static AwcReport *
load_text (const char         *text,
           AwcReportLoadMode   mode,
           GError            **error)
{
  return _awc_report_load_data (text, strlen (text), "inline.json", mode, NULL, error);
}

static AwcReport *
load_fixture (const char         *name,
              AwcReportLoadMode   mode,
              GError            **error)
{
  gsize len;
  g_autofree char *contents = read_fixture (name, &len);

  return _awc_report_load_data (contents, len, name, mode, NULL, error);
}

static AwcSeries *
find_series (AwcReport  *report,
             const char *id)
{
  GListModel *model = awc_report_get_series (report);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (model, i);

      if (g_str_equal (awc_series_get_id (series), id))
        return series;   /* the report keeps it alive */
    }
  return NULL;
}

static gboolean
has_warning (AwcReport  *report,
             const char *needle1,
             const char *needle2)
{
  const char * const *warnings = awc_report_get_warnings (report);

  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    if (strstr (warnings[i], needle1) != NULL && (needle2 == NULL || strstr (warnings[i], needle2) != NULL))
      return TRUE;
  return FALSE;
}

static guint
n_warnings (AwcReport *report)
{
  const char * const *warnings = awc_report_get_warnings (report);

  return warnings != NULL ? g_strv_length ((char **) warnings) : 0;
}

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Everything a user could see must be equal. */
static void
assert_reports_equal (AwcReport *a,
                      AwcReport *b)
{
  GListModel *sa = awc_report_get_series (a);
  GListModel *sb = awc_report_get_series (b);
  GListModel *ba = awc_report_get_buckets (a);
  GListModel *bb = awc_report_get_buckets (b);
  const char * const *wa = awc_report_get_warnings (a);
  const char * const *wb = awc_report_get_warnings (b);
  const double *ta, *tb;
  guint na, nb;

  ta = awc_report_get_timestamps (a, &na);
  tb = awc_report_get_timestamps (b, &nb);
  g_assert_cmpuint (na, ==, nb);
  g_assert_cmpmem (ta, na * sizeof (double), tb, nb * sizeof (double));
  g_assert_cmpint (awc_report_get_wall_clock (a), ==, awc_report_get_wall_clock (b));
  g_assert_cmpstr (awc_report_get_err_message (a), ==, awc_report_get_err_message (b));

  g_assert_cmpuint (g_list_model_get_n_items (sa), ==, g_list_model_get_n_items (sb));
  for (guint i = 0; i < g_list_model_get_n_items (sa); i++)
    {
      g_autoptr(AwcSeries) x = g_list_model_get_item (sa, i);
      g_autoptr(AwcSeries) y = g_list_model_get_item (sb, i);
      const double *vx, *vy;
      guint nx, ny;

      g_assert_cmpstr (awc_series_get_id (x), ==, awc_series_get_id (y));
      g_assert_cmpstr (awc_series_get_title (x), ==, awc_series_get_title (y));
      g_assert_cmpstr (awc_series_get_group (x), ==, awc_series_get_group (y));
      g_assert_cmpint (awc_series_get_unit (x), ==, awc_series_get_unit (y));
      g_assert_cmpint (awc_series_get_visible (x), ==, awc_series_get_visible (y));
      vx = awc_series_get_values (x, &nx);
      vy = awc_series_get_values (y, &ny);
      g_assert_cmpuint (nx, ==, ny);
      for (guint j = 0; j < nx; j++)
        g_assert_true (same_double (vx[j], vy[j]));
    }

  g_assert_cmpuint (g_list_model_get_n_items (ba), ==, g_list_model_get_n_items (bb));
  for (guint i = 0; i < g_list_model_get_n_items (ba); i++)
    {
      g_autoptr(AwcBucket) x = g_list_model_get_item (ba, i);
      g_autoptr(AwcBucket) y = g_list_model_get_item (bb, i);

      g_assert_cmpstr (awc_bucket_get_label (x), ==, awc_bucket_get_label (y));
      g_assert_cmpuint (awc_bucket_get_count (x), ==, awc_bucket_get_count (y));
    }

  g_assert_cmpuint (wa ? g_strv_length ((char **) wa) : 0, ==, wb ? g_strv_length ((char **) wb) : 0);
  for (guint i = 0; wa != NULL && wa[i] != NULL; i++)
    g_assert_cmpstr (wa[i], ==, wb[i]);
}

static void
test_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "api-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_file (file, NULL, &error);
  g_autoptr(AwcBucket) first = NULL;
  g_autoptr(AwcBucket) last = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const double *ts, *tps;
  AwcSeries *series;
  guint n, n_tps;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpstr (awc_report_get_title (report), ==, "api-example");
  g_autofree char *canonical = g_file_get_path (file);

  g_assert_cmpstr (awc_report_get_source (report), ==, canonical);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 61);
  g_assert_true (awc_report_get_wall_clock (report));
  ts = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, ==, 61);
  start = awc_report_format_time (report, ts[0], "%F %T");
  end = awc_report_format_time (report, ts[60], "%F %T");
  g_assert_cmpstr (start, ==, "2023-05-04 17:24:44");
  g_assert_cmpstr (end, ==, "2023-05-04 17:25:44");
  g_assert_cmpfloat (ts[1] - ts[0], ==, 1.0);

  /* Empty rtmp and streaming arrays mean "not measured"; the error
   * rate is derived from the response codes. */
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (report)), ==, 13);
  series = find_series (report, AWC_CATALOG_ERROR_RATE);
  g_assert_nonnull (series);
  g_assert_cmpint (awc_series_get_unit (series), ==, AWC_UNIT_PERCENT);
  g_assert_cmpuint (awc_series_get_n_values (series), ==, 61);
  g_assert_null (find_series (report, "rtmp_brokens.audioRecBytes"));
  series = find_series (report, "tps_brokens.tps");
  g_assert_nonnull (series);
  g_assert_cmpint (awc_series_get_unit (series), ==, AWC_UNIT_PER_SECOND);
  g_assert_cmpstr (awc_series_get_group (series), ==, "throughput");
  tps = awc_series_get_values (series, &n_tps);
  g_assert_cmpuint (n_tps, ==, 61);
  g_assert_cmpfloat (tps[0], ==, 0);
  g_assert_cmpfloat (tps[1], ==, 48);
  series = find_series (report, "tps_brokens.average");
  g_assert_cmpfloat (awc_series_get_values (series, NULL)[1], ==, 20.1);
  g_assert_cmpint (awc_series_get_unit (series), ==, AWC_UNIT_MILLISECONDS);

  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_buckets (report)), ==, 9);
  first = g_list_model_get_item (awc_report_get_buckets (report), 0);
  last = g_list_model_get_item (awc_report_get_buckets (report), 8);
  g_assert_cmpstr (awc_bucket_get_label (first), ==, "0~50ms");
  g_assert_cmpuint (awc_bucket_get_count (first), ==, 2882);
  g_assert_cmpstr (awc_bucket_get_label (last), ==, ">5s");
  g_assert_cmpuint (n_warnings (report), ==, 0);
}

static void
test_results_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = load_fixture ("loader-results-only.json", AWC_REPORT_LOAD_AUTO, &error);
  const double *tps;

  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 3);
  g_assert_cmpstr (awc_report_get_title (report), ==, "loader-results-only");
  tps = awc_series_get_values (find_series (report, "tps_brokens.tps"), NULL);
  g_assert_cmpfloat (tps[2], ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_buckets (report)), ==, 2);
}

static void
test_epoch (void)
{
  const char *ms = "{\"broken_list\":{\"commonTimestamps\":[1683221084000,1683221085000,1683221085000,1683221090000],"
                   "\"tps_brokens\":{\"tps\":[1,2,3,4]}}}";
  const char *s = "{\"result\":{\"broken_list\":{\"commonTimestamps\":[\"1683221084\",1683221085,1683221100.5],"
                  "\"tps_brokens\":{\"tps\":[1,2,3]}}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) a = load_text (ms, AWC_REPORT_LOAD_AUTO, &error);
  g_autoptr(AwcReport) b = NULL;
  const double *ts;
  guint n;

  g_assert_no_error (error);
  g_assert_false (awc_report_get_wall_clock (a));
  ts = awc_report_get_timestamps (a, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (ts[0], ==, 1683221084.0);
  /* Equal neighbours and uneven spacing are fine. */
  g_assert_cmpfloat (ts[2], ==, 1683221085.0);
  g_assert_cmpfloat (ts[3], ==, 1683221090.0);

  b = load_text (s, AWC_REPORT_LOAD_AUTO, &error);
  g_assert_no_error (error);
  g_assert_false (awc_report_get_wall_clock (b));
  ts = awc_report_get_timestamps (b, &n);
  g_assert_cmpfloat (ts[0], ==, 1683221084.0);
  g_assert_cmpfloat (ts[2], ==, 1683221100.5);
}

static void
test_wall_clock_forms (void)
{
  const char *text = "{\"broken_list\":{\"commonTimestamps\":[\"2024-02-29 23:59:59\",\"2024-03-01T00:00:00.250\","
                     "\"2024-03-01T00:00:01Z\"],\"tps_brokens\":{\"tps\":[1,2,3]}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = load_text (text, AWC_REPORT_LOAD_AUTO, &error);
  g_autofree char *first = NULL;
  const double *ts;

  g_assert_no_error (error);
  g_assert_true (awc_report_get_wall_clock (report));
  ts = awc_report_get_timestamps (report, NULL);
  first = awc_report_format_time (report, ts[0], "%F %T");
  g_assert_cmpstr (first, ==, "2024-02-29 23:59:59");
  g_assert_cmpfloat (ts[1] - ts[0], ==, 1.25);
  g_assert_cmpfloat (ts[2] - ts[0], ==, 2.0);
}

static void
check_variants (AwcReport *report)
{
  AwcSeries *series;
  const double *v;
  g_autoptr(AwcBucket) first = NULL;

  g_assert_cmpuint (awc_report_get_n_points (report), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (report)), ==, 7);

  /* null is a gap */
  v = awc_series_get_values (find_series (report, "tps_brokens.tps"), NULL);
  g_assert_cmpfloat (v[1], ==, 2.5);
  g_assert_true (isnan (v[2]));

  /* padded and cut series, with a warning naming the path and lengths */
  v = awc_series_get_values (find_series (report, "vusers_brokens.vusers"), NULL);
  g_assert_true (isnan (v[2]));
  g_assert_true (has_warning (report, "result.broken_list.vusers_brokens.vusers", "2 values for 3"));
  g_assert_cmpuint (awc_series_get_n_values (find_series (report, "brand_brokens.recBytes")), ==, 3);
  g_assert_true (has_warning (report, "result.broken_list.brand_brokens.recBytes", "4 values for 3"));
  g_assert_null (find_series (report, "brand_brokens.sentBytes"));

  /* an unknown group and key still load */
  series = find_series (report, "future_brokens.p99");
  g_assert_nonnull (series);
  g_assert_cmpstr (awc_series_get_title (series), ==, "p99");
  g_assert_cmpstr (awc_series_get_group (series), ==, "future_brokens");
  g_assert_cmpstr (awc_series_get_group_title (series), ==, "future_brokens");
  g_assert_cmpint (awc_series_get_unit (series), ==, AWC_UNIT_COUNT);
  g_assert_true (awc_series_get_visible (series));

  /* performance_load: numeric arrays load, the rest is skipped with a warning */
  series = find_series (report, "performance_load.expected");
  g_assert_nonnull (series);
  g_assert_cmpstr (awc_series_get_group (series), ==, AWC_CATALOG_GROUP_EXPECTED_LOAD);
  g_assert_cmpstr (awc_series_get_group_title (series), ==, "Expected load");
  series = find_series (report, "performance_load.plan.users");
  g_assert_nonnull (series);
  g_assert_cmpstr (awc_series_get_title (series), ==, "plan.users");
  g_assert_true (has_warning (report, "performance_load.plan.label", NULL));
  g_assert_true (has_warning (report, "performance_load.short", "2 values for 3"));
  g_assert_true (has_warning (report, "performance_load.names[0]", "a string"));
  g_assert_true (has_warning (report, "performance_load.limit", NULL));

  /* buckets: sorted, bad counts skipped with a warning */
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_buckets (report)), ==, 3);
  first = g_list_model_get_item (awc_report_get_buckets (report), 0);
  g_assert_cmpstr (awc_bucket_get_label (first), ==, "0~50ms");
  g_assert_cmpuint (awc_bucket_get_count (first), ==, 12);
  g_assert_true (has_warning (report, "resp_time_range[\"weird\"]", "lots"));
  g_assert_true (has_warning (report, "resp_time_range[\"500ms~1s\"]", "null, not a number"));
  g_assert_cmpuint (n_warnings (report), ==, 8);
}

static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) plain = load_fixture ("loader-variants.json", AWC_REPORT_LOAD_PLAIN, &error);
  g_autoptr(AwcReport) fast = NULL;

  g_assert_no_error (error);
  check_variants (plain);
  fast = load_fixture ("loader-variants.json", AWC_REPORT_LOAD_FAST, &error);
  g_assert_no_error (error);
  check_variants (fast);
  assert_reports_equal (plain, fast);
}

static void
test_performance_load_empty (void)
{
  const char *bodies[] = {
    "{\"broken_list\":{\"commonTimestamps\":[1,2],\"performance_load\":{}}}",
    "{\"broken_list\":{\"commonTimestamps\":[1,2],\"performance_load\":null,\"tps_brokens\":null}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AwcReport) report = load_text (bodies[i], AWC_REPORT_LOAD_AUTO, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (report)), ==, 0);
      g_assert_cmpuint (n_warnings (report), ==, 0);
    }
}

/* The fast path must give exactly what json-glib alone gives. */
static void
test_fast_equals_plain (void)
{
  const char *text =
    "{\"code\":\"SVCSTG.CPTS.0000000\",\"result\":{\"err_message\":\"partial data\","
    "\"resp_time_range\":{\"0~50ms\":\"3\",\">5s\":\"1\"},\"broken_list\":{"
    "\"commonTimestamps\":[\"2023-05-04 17:24:44\",\"2023-05-04\\u002017:24:45.5\",\"2023-05-04 17:24:47\"],"
    "\"tps_brokens\":{\"tps\":[1.5e3, -0.25, null],\"average\":[0.1, 3.14159265358979323846, 1E-7]},"
    "\"vusers_brokens\":{\"vusers\":[123456789012345678, 9007199254740993, 4.94e-324]},"
    "\"respcode_brokens\":{\"success\":[ 1 , 2 ,\n 3 ],\"error\":[0,0,0]},"
    "\"performance_load\":{\"x\":[1,2,3]}}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) plain = load_text (text, AWC_REPORT_LOAD_PLAIN, &error);
  g_autoptr(AwcReport) fast = NULL;
  g_autoptr(GBytes) big = NULL;
  g_autoptr(AwcReport) big_plain = NULL;
  g_autoptr(AwcReport) big_fast = NULL;
  AwcGenParams params;
  const double *v;

  g_assert_no_error (error);
  fast = load_text (text, AWC_REPORT_LOAD_FAST, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (fast), ==, 3);
  assert_reports_equal (plain, fast);
  g_assert_cmpstr (awc_report_get_err_message (fast), ==, "partial data");
  v = awc_series_get_values (find_series (fast, "tps_brokens.tps"), NULL);
  g_assert_cmpfloat (v[0], ==, 1500);
  g_assert_cmpfloat (v[1], ==, -0.25);
  v = awc_series_get_values (find_series (fast, "tps_brokens.average"), NULL);
  g_assert_cmpfloat (v[1], ==, 3.14159265358979323846);
  g_assert_cmpfloat (v[2], ==, 1e-7);

  /* Duplicate keys: json-glib keeps the last member; the fast path must
   * not hand the first one's array to the last one's (found by fuzzing). */
  {
    const char *dup = "{\"broken_list\":{\"commonTimestamps\":[1,2,3],"
                      "\"performance_load\":{\"x\":[10,20,30]},"
                      "\"performance_load\":{\"x\":[]},"
                      "\"tps_brokens\":{\"tps\":[1,2,3],\"tps\":[4,5,6]},"
                      "\"vusers_brokens\":{\"vusers\":[1, 2, 3]},\"vusers_brokens\":{\"vusers\":[]}}}";
    g_autoptr(AwcReport) dup_plain = load_text (dup, AWC_REPORT_LOAD_PLAIN, &error);
    g_autoptr(AwcReport) dup_fast = NULL;

    g_assert_no_error (error);
    dup_fast = load_text (dup, AWC_REPORT_LOAD_FAST, &error);
    g_assert_no_error (error);
    assert_reports_equal (dup_plain, dup_fast);
    g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (dup_fast)), ==, 1);
    g_assert_cmpfloat (awc_series_get_values (find_series (dup_fast, "tps_brokens.tps"), NULL)[0], ==, 4);
  }

  /* And on a generated body big enough for the two-thread path. */
  awc_gen_params_init (&params);
  params.n_points = 20000;
  big = awc_gen_report_bytes (&params);
  big_plain = _awc_report_load_data (g_bytes_get_data (big, NULL), g_bytes_get_size (big), NULL,
                                     AWC_REPORT_LOAD_PLAIN, NULL, &error);
  g_assert_no_error (error);
  big_fast = awc_report_load_bytes (big, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (big_fast), ==, 20000);
  assert_reports_equal (big_plain, big_fast);
}

typedef struct
{
  const char     *file;
  AwcReportError  code;
  const char     *needle1;
  const char     *needle2;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "loader-empty.json", AWC_REPORT_ERROR_EMPTY, "the body is empty", NULL },
  { "loader-html.json", AWC_REPORT_ERROR_NOT_JSON, "looks like an HTML page", "<!DOCTYPE html>" },
  { "loader-not-json.json", AWC_REPORT_ERROR_NOT_JSON, "not JSON", "line 1, column 1" },
  { "loader-truncated.json", AWC_REPORT_ERROR_TRUNCATED, "the JSON ends too early (truncated body?) at line", NULL },
  { "loader-api-error.json", AWC_REPORT_ERROR_API_ERROR, "API error SVCSTG.CPTS.4032002: ", "does not exist" },
  { "loader-api-error-iam.json", AWC_REPORT_ERROR_API_ERROR, "API error APIGW.0301", "Incorrect IAM" },
  { "loader-not-chart.json", AWC_REPORT_ERROR_NOT_CHART, "no \"result\" or \"broken_list\" object", NULL },
  { "loader-not-chart-result.json", AWC_REPORT_ERROR_NOT_CHART, "\"broken_list\"", "case not found" },
  { "loader-null-result.json", AWC_REPORT_ERROR_NULL_RESULT, "result is null", "report data was deleted" },
  { "loader-missing-timestamps.json", AWC_REPORT_ERROR_MISSING_TIMESTAMPS,
    "result.broken_list.commonTimestamps is missing", NULL },
  { "loader-bad-group.json", AWC_REPORT_ERROR_BAD_GROUP,
    "result.broken_list.tps_brokens: expected an object, got an array", NULL },
  { "loader-bad-series.json", AWC_REPORT_ERROR_BAD_SERIES,
    "result.broken_list.tps_brokens.tps[12]: expected a number, got a string (\"abc\")", NULL },
  { "loader-bad-series-type.json", AWC_REPORT_ERROR_BAD_SERIES,
    "result.broken_list.tps_brokens.tps: expected an array of numbers, got an object", NULL },
  { "loader-bad-timestamp.json", AWC_REPORT_ERROR_BAD_TIMESTAMP,
    "result.broken_list.commonTimestamps[3]: cannot read timestamp \"2023-13-45 99:00:00\"", NULL },
  { "loader-mixed-timestamps.json", AWC_REPORT_ERROR_BAD_TIMESTAMP,
    "result.broken_list.commonTimestamps[5]: timestamp 1683221049000 is an epoch number", NULL },
  { "loader-bucket-too-large.json", AWC_REPORT_ERROR_BAD_BUCKET,
    "result.resp_time_range[\"500ms~1s\"]: count \"1.7e19\" is larger than 9223372036854775807", NULL },
  { "loader-bucket-overflow.json", AWC_REPORT_ERROR_BAD_BUCKET,
    "result.resp_time_range[\"50~200ms\"]: count \"9e18\" takes the total of the buckets past "
    "9223372036854775807 requests", NULL },
  { "loader-bucket-negative.json", AWC_REPORT_ERROR_BAD_BUCKET,
    "result.resp_time_range[\"50~200ms\"]: count -3 is negative", NULL },
  { "loader-decreasing-timestamps.json", AWC_REPORT_ERROR_DECREASING_TIMESTAMPS,
    "result.broken_list.commonTimestamps[7] = 2023-05-04 17:24:45 is before [6] = 2023-05-04 17:24:50: ",
    "duplicate timestamp, the same as [1]; goes back in time by 5 s" },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", c->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_file (file, NULL, &error);
  const AwcReportLoadMode modes[] = { AWC_REPORT_LOAD_FAST, AWC_REPORT_LOAD_PLAIN };

  g_assert_null (report);
  g_assert_error (error, AWC_REPORT_ERROR, (int) c->code);
  g_test_message ("%s: %s", c->file, error->message);
  g_assert_nonnull (strstr (error->message, c->needle1));
  if (c->needle2 != NULL)
    g_assert_nonnull (strstr (error->message, c->needle2));

  /* Both ways through the loader agree. */
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) other = NULL;
      g_autoptr(AwcReport) none = load_fixture (c->file, modes[i], &other);

      g_assert_null (none);
      g_assert_error (other, AWC_REPORT_ERROR, (int) c->code);
      g_assert_cmpstr (other->message, ==, error->message);
    }
}

static void
test_not_json_variants (void)
{
  const struct { const char *text; AwcReportError code; const char *needle; } cases[] = {
    { "  \n\t ", AWC_REPORT_ERROR_EMPTY, "empty" },
    { "{\"a\":1,}", AWC_REPORT_ERROR_NOT_JSON, "line 1" },
    { "{\"a\":[1,2,]}", AWC_REPORT_ERROR_NOT_JSON, "line 1" },
    { "{\"a\":01}", AWC_REPORT_ERROR_NOT_JSON, "'1'" },
    { "{\"a\":\"x\ny\"}", AWC_REPORT_ERROR_NOT_JSON, "control character" },
    { "{\"a\":\"\\q\"}", AWC_REPORT_ERROR_NOT_JSON, "escape" },
    { "{\"a\":\"\xff\"}", AWC_REPORT_ERROR_NOT_JSON, "UTF-8" },
    { "{\"a\":1} x", AWC_REPORT_ERROR_NOT_JSON, "after the JSON value" },
    { "{\"a\":[1,\n2", AWC_REPORT_ERROR_TRUNCATED, "at line 2" },
    { "{\"a\":\"abc", AWC_REPORT_ERROR_TRUNCATED, "truncated" },
    { "{\"a\":tru", AWC_REPORT_ERROR_TRUNCATED, "truncated" },
    { "[1,2,3]", AWC_REPORT_ERROR_NOT_CHART, "an array" },
    { "<?xml version=\"1.0\"?><Error/>", AWC_REPORT_ERROR_NOT_JSON, "XML" },
    /* json-glib would mangle these silently: refused (found by fuzzing). */
    { "{\"a\":[\"\\ud83d2023\"]}", AWC_REPORT_ERROR_NOT_JSON, "lone UTF-16 surrogate" },
    { "{\"a\":\"\\ude00\"}", AWC_REPORT_ERROR_NOT_JSON, "lone UTF-16 surrogate" },
    { "{\"a\":[1,99999999999999999999]}", AWC_REPORT_ERROR_TOO_LARGE, "does not fit in 64 bits" },
    { "{\"a\":-9223372036854775809}", AWC_REPORT_ERROR_TOO_LARGE, "does not fit in 64 bits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (AwcReportLoadMode mode = AWC_REPORT_LOAD_AUTO; mode <= AWC_REPORT_LOAD_PLAIN; mode++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(AwcReport) report = load_text (cases[i].text, mode, &error);

        g_assert_null (report);
        g_assert_error (error, AWC_REPORT_ERROR, (int) cases[i].code);
        g_assert_nonnull (strstr (error->message, cases[i].needle));
      }
}

/* Every count is carried exactly or refused with its bucket named: a
 * double (53 bits) or a 64-bit sum that wraps would show a wrong total. */
static void
test_bucket_counts (void)
{
  const struct { const char *count; guint64 expected; const char *error; } cases[] = {
    { "\"9223372036854775797\"", 9223372036854775797u, NULL },
    { "\"9000000000000000001\"", 9000000000000000001u, NULL },
    { "\" 12 \"", 12, NULL },
    { "\"12.0\"", 12, NULL },
    { "\"1.2e1\"", 12, NULL },
    { "\"1.7e18\"", 1700000000000000000u, NULL },
    { "\"-0\"", 0, NULL },
    { "1.5e3", 1500, NULL },
    { "9223372036854775797", 9223372036854775797u, NULL },
    { "\"1.7e19\"", 0, "count \"1.7e19\" is larger than 9223372036854775807" },
    { "1.7e19", 0, "count 1.7e+19 is larger than 9223372036854775807" },
    { "\"9223372036854775808\"", 0, "is larger than" },
    { "\"18446744073709551616\"", 0, "is larger than" },
    { "\"1e999999999999999999999\"", 0, "is larger than" },
    { "\"-3\"", 0, "count \"-3\" is negative" },
    { "-3", 0, "count -3 is negative" },
    { "-2.5e-1", 0, "count -0.25 is negative" },
    { "\"2.5\"", 0, "count \"2.5\" is not a whole number" },
    { "2.5", 0, "count 2.5 is not a whole number" },
    { "\"1e-3\"", 0, "is not a whole number" },
    { "1e400", 0, "count inf is not a finite number" },
    { "\"Infinity\"", 0, "count \"Infinity\" is not a finite number" },
    { "\"-inf\"", 0, "is not a finite number" },
    { "\"NaN\"", 0, "count \"NaN\" is not a finite number" },
    /* With the 10 of the other bucket, one too many */
    { "\"9223372036854775798\"", 0, "takes the total of the buckets past 9223372036854775807 requests" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (AwcReportLoadMode mode = AWC_REPORT_LOAD_AUTO; mode <= AWC_REPORT_LOAD_PLAIN; mode++)
      {
        g_autofree char *text = g_strdup_printf (
          "{\"result\":{\"broken_list\":{\"commonTimestamps\":[1,2]},"
          "\"resp_time_range\":{\"50~200ms\":\"10\",\"0~50ms\":%s}}}", cases[i].count);
        g_autoptr(GError) error = NULL;
        g_autoptr(AwcReport) report = load_text (text, mode, &error);

        g_test_message ("count %s", cases[i].count);
        if (cases[i].error != NULL)
          {
            g_autofree char *needle = g_strdup_printf ("result.resp_time_range[\"0~50ms\"]: %s",
                                                       cases[i].error);

            g_assert_null (report);
            g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_BUCKET);
            if (strstr (error->message, needle) == NULL && strstr (cases[i].error, "count") == cases[i].error)
              g_error ("expected \"%s\" in \"%s\"", needle, error->message);
            g_assert_nonnull (strstr (error->message, cases[i].error));
          }
        else
          {
            g_autoptr(AwcBucket) first = NULL;

            g_assert_no_error (error);
            first = g_list_model_get_item (awc_report_get_buckets (report), 0);
            g_assert_cmpstr (awc_bucket_get_label (first), ==, "0~50ms");
            g_assert_cmpuint (awc_bucket_get_count (first), ==, cases[i].expected);
            g_assert_cmpuint (awc_report_get_total_requests (report), ==, cases[i].expected + 10);
          }
      }
}

/* A step back in time says what went wrong, with both times as the report
 * shows them (TZ=UTC here) and, for epoch numbers, what was read. */
static void
test_timestamp_order (void)
{
  const struct { const char *timestamps; const char *message; } cases[] = {
    /* 100000000001 > 1e11 reads as milliseconds, 100000000000 as seconds:
     * "100000000001 at [3] after 100000000000 at [2]" was all it said */
    { "[99999999998,99999999999,100000000000,100000000001]",
      "[3] = 1973-03-03 09:46:40.001 (100000000001 ms) is before [2] = 5138-11-16 09:46:40 (100000000000 s): "
      "epoch milliseconds mixed with seconds" },
    { "[\"1700000000\",\"1700000005\",\"1700000003000\"]",
      "[2] = 2023-11-14 22:13:23 (1700000003000 ms) is before [1] = 2023-11-14 22:13:25 (1700000005 s): "
      "epoch milliseconds mixed with seconds" },
    /* Both read as seconds, but one is about 1000 times the other */
    { "[100000000000,100000001]",
      "[1] = 1973-03-03 09:46:41 (100000001 s) is before [0] = 5138-11-16 09:46:40 (100000000000 s): "
      "epoch milliseconds mixed with seconds" },
    { "[1700000000.5,1700000005,1700000000.5]",
      "[2] = 2023-11-14 22:13:20.500 (1700000000.5 s) is before [1] = 2023-11-14 22:13:25 (1700000005 s): "
      "duplicate timestamp, the same as [0]; goes back in time by 4.5 s" },
    { "[1700000005,1700000000.9999995]",
      "[1] = 2023-11-14 22:13:21 (1700000000.9999995 s) is before [0] = 2023-11-14 22:13:25 (1700000005 s): "
      "goes back in time by 4 s" },
    { "[1700000000,1700000005,1700000003]",
      "[2] = 2023-11-14 22:13:23 (1700000003 s) is before [1] = 2023-11-14 22:13:25 (1700000005 s): "
      "goes back in time by 2 s" },
    { "[1700000000000,1700000000250,1700000000000.5]",
      "[2] = 2023-11-14 22:13:20.000500 (1700000000000.5 ms) is before [1] = 2023-11-14 22:13:20.250 "
      "(1700000000250 ms): goes back in time by 249.5 ms" },
    { "[\"2023-05-04 17:24:44\",\"2023-05-04 19:00:00\",\"2023-05-04T17:24:44.250Z\"]",
      "[2] = 2023-05-04 17:24:44.250 is before [1] = 2023-05-04 19:00:00: goes back in time by 1 h 35 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (AwcReportLoadMode mode = AWC_REPORT_LOAD_AUTO; mode <= AWC_REPORT_LOAD_PLAIN; mode++)
      {
        g_autofree char *text = g_strdup_printf ("{\"broken_list\":{\"commonTimestamps\":%s}}",
                                                 cases[i].timestamps);
        g_autofree char *expected = g_strconcat ("broken_list.commonTimestamps", cases[i].message, NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(AwcReport) report = load_text (text, mode, &error);

        g_assert_null (report);
        g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_DECREASING_TIMESTAMPS);
        g_assert_cmpstr (error->message, ==, expected);
      }
}

static int
run_awchart (char       **out,
             char       **err,
             ...)
{
  va_list args;
  int status;

  va_start (args, err);
  status = cli_test_run_valist (g_get_tmp_dir (), out, err, args);
  va_end (args);
  return status;
}

/* What a user of --summary sees: an error naming the bucket and a failing
 * exit status, never a wrapped total; the largest total shows exactly. */
static void
test_bucket_counts_summary (void)
{
  g_autofree char *too_large = g_test_build_filename (G_TEST_DIST, "data", "loader-bucket-too-large.json", NULL);
  g_autofree char *overflow = g_test_build_filename (G_TEST_DIST, "data", "loader-bucket-overflow.json", NULL);
  g_autofree char *max = g_test_build_filename (G_TEST_DIST, "data", "loader-bucket-max.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_awchart (&out, &err, "--summary", too_large, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "loader-bucket-too-large.json: result.resp_time_range[\"500ms~1s\"]: "
                                 "count \"1.7e19\" is larger than 9223372036854775807"));
  g_assert_null (strstr (err, "9223372036854775808"));

  g_assert_cmpint (run_awchart (&out, &err, "--summary", overflow, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "result.resp_time_range[\"50~200ms\"]: count \"9e18\" takes the total"));
  g_assert_null (strstr (err, "8553255926290448384"));

  g_assert_cmpint (run_awchart (&out, &err, "--summary", max, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "(9223372036854775807 requests: count, share, cumulative)"));
  g_assert_nonnull (strstr (out, "9000000000000000000   97.58 %   97.58 %"));
  g_assert_cmpint (run_awchart (&out, &err, "--summary", "--json", max, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"total_requests\" : 9223372036854775807,"));
  g_assert_nonnull (strstr (out, "\"count\" : 223372036854775806,"));
}

static void
test_nesting_bomb (void)
{
  const char *units[] = { "[", "{\"a\":", "[{\"b\":" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(AwcReport) report = NULL;

      for (guint j = 0; j < 100000; j++)
        g_string_append (text, units[i]);
      bytes = g_bytes_new (text->str, text->len);
      report = awc_report_load_bytes (bytes, NULL, NULL, &error);
      g_assert_null (report);
      g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE);
      g_assert_nonnull (strstr (error->message, "nests deeper"));
    }
}

static void
test_too_large (void)
{
  static const char data[] = "{}";
  g_autoptr(GError) error = NULL;
  /* The size is checked before a single byte is read. */
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, ((gsize) 1 << 30) + 1);
  g_autoptr(AwcReport) report = awc_report_load_bytes (bytes, NULL, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE);
}

/* A device is refused before a byte is read: /dev/zero would otherwise
 * be read to the 1 GiB limit first. */
static void
test_not_regular (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  report = awc_report_load_file (file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "not a regular file");
}

/* The size of a regular file is checked on the open file, before any
 * read (a sparse file: no disk space needed). */
static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("awc-sparse-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, ((off_t) 1 << 30) + 1), ==, 0);
  close (fd);
  file = g_file_new_for_path (path);
  report = awc_report_load_file (file, NULL, &error);
  g_unlink (path);
  g_assert_null (report);
  g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "the file is larger than 1 GiB");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/awchart/report.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_file (file, NULL, &error);

  g_autofree char *expected = g_strdup_printf ("cannot read the file: %s", g_strerror (ENOENT));

  g_assert_null (report);
  g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_IO);
  /* Callers put the path in front: the message must not repeat it. */
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (strstr (error->message, "report.json"));
}

typedef struct
{
  GBytes       *bytes;
  GCancellable *cancellable;
  GError       *error;
  AwcReport    *report;
} CancelData;

static gpointer
cancel_thread (gpointer user_data)
{
  CancelData *data = user_data;

  data->report = awc_report_load_bytes (data->bytes, NULL, data->cancellable, &data->error);
  return NULL;
}

static void
test_cancel (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelData data = { NULL, cancellable, NULL, NULL };
  AwcGenParams params;
  GThread *thread;
  gint64 cancelled_at, elapsed;

  awc_gen_params_init (&params);
  params.n_points = 1000000;
  bytes = awc_gen_report_bytes (&params);
  data.bytes = bytes;

  /* Cancelled beforehand: nothing is read. */
  g_cancellable_cancel (cancellable);
  g_assert_null (awc_report_load_bytes (bytes, NULL, cancellable, &data.error));
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&data.error);
  g_cancellable_reset (cancellable);

  /* Cancelled in the middle of a 1,000,000-point load. */
  for (guint delay_ms = 10; delay_ms <= 110; delay_ms += 50)
    {
      thread = g_thread_new ("load", cancel_thread, &data);
      g_usleep (delay_ms * 1000);
      cancelled_at = g_get_monotonic_time ();
      g_cancellable_cancel (cancellable);
      g_thread_join (thread);
      elapsed = g_get_monotonic_time () - cancelled_at;
      g_test_message ("cancelled after %u ms, stopped %.1f ms later", delay_ms, elapsed / 1000.0);

      g_assert_null (data.report);
      g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      /* A hang guard; how quickly a load stops is not timed here. */
      g_assert_cmpint (elapsed, <, 30 * G_USEC_PER_SEC);
      g_clear_error (&data.error);
      g_cancellable_reset (cancellable);
    }
}

static void
async_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "loader-results-only.json", NULL);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "loader-bad-series.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  awc_report_load_file_async (file, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_async_result_is_tagged (result, awc_report_load_file_async));
  report = awc_report_load_file_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 3);
  g_assert_cmpstr (awc_report_get_title (report), ==, "loader-results-only");
  g_clear_object (&result);
  g_assert_finalize_object (g_steal_pointer (&report));

  awc_report_load_file_async (bad_file, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (awc_report_load_file_finish (result, &error));
  g_assert_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_SERIES);
  g_clear_error (&error);
  g_clear_object (&result);

  contents = read_fixture ("loader-results-only.json", &len);
  bytes = g_bytes_new (contents, len);
  awc_report_load_bytes_async (bytes, "https://example.com/v2/x/chart?a=1", NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_async_result_is_tagged (result, awc_report_load_bytes_async));
  report = awc_report_load_bytes_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (awc_report_get_title (report), ==, "chart");
  g_assert_cmpstr (awc_report_get_source (report), ==, "https://example.com/v2/x/chart?a=1");
  g_assert_finalize_object (g_steal_pointer (&report));
}

static gsize
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0;
  return (gsize) g_ascii_strtoull (line + strlen (field) + 1, NULL, 10);
}

/* Figures for the report and docs/performance.md; run with -m perf. */
static void
test_perf (void)
{
  const guint sizes[] = { 86400, 1000000 };

  if (!g_test_perf ())
    {
      g_test_skip ("run with -m perf");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      AwcGenParams params;
      double best = G_MAXDOUBLE;
      gsize rss_before, peak = 0;

      awc_gen_params_init (&params);
      params.n_points = sizes[i];
      bytes = awc_gen_report_bytes (&params);

      for (guint run = 0; run < 3; run++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(AwcReport) report = NULL;
          gint64 t0;
          double seconds;

          /* Reset the peak so VmHWM measures this load alone. */
          g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
          rss_before = read_status_kb ("VmRSS:");
          t0 = g_get_monotonic_time ();
          report = awc_report_load_bytes (bytes, NULL, NULL, &error);
          seconds = (g_get_monotonic_time () - t0) / 1e6;
          g_assert_no_error (error);
          g_assert_cmpuint (awc_report_get_n_points (report), ==, sizes[i]);
          best = MIN (best, seconds);
          /* Later runs reuse the heap the first one freed. */
          if (run == 0)
            peak = read_status_kb ("VmHWM:") - rss_before;
        }

      g_test_message ("%u points, %.1f MB body: load %.3f s (best of 3), peak +%.1f MB",
                      sizes[i], g_bytes_get_size (bytes) / 1e6, best, peak / 1024.0);
      g_test_minimized_result (best, "load time for %u points", sizes[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/io/loader/sample", test_sample);
  g_test_add_func ("/awc/io/loader/results-only", test_results_only);
  g_test_add_func ("/awc/io/loader/epoch", test_epoch);
  g_test_add_func ("/awc/io/loader/wall-clock-forms", test_wall_clock_forms);
  g_test_add_func ("/awc/io/loader/variants", test_variants);
  g_test_add_func ("/awc/io/loader/performance-load-empty", test_performance_load_empty);
  g_test_add_func ("/awc/io/loader/fast-equals-plain", test_fast_equals_plain);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *name = g_strndup (error_cases[i].file + strlen ("loader-"),
                                         strlen (error_cases[i].file) - strlen ("loader-.json"));
      g_autofree char *test_path = g_strdup_printf ("/awc/io/loader/error/%s", name);

      g_test_add_data_func (test_path, &error_cases[i], test_error);
    }
  g_test_add_func ("/awc/io/loader/error/not-json-variants", test_not_json_variants);
  g_test_add_func ("/awc/io/loader/error/nesting-bomb", test_nesting_bomb);
  g_test_add_func ("/awc/io/loader/error/bucket-counts", test_bucket_counts);
  g_test_add_func ("/awc/io/loader/error/timestamp-order", test_timestamp_order);
  g_test_add_func ("/awc/io/loader/error/bucket-counts-summary", test_bucket_counts_summary);
  g_test_add_func ("/awc/io/loader/error/too-large", test_too_large);
  g_test_add_func ("/awc/io/loader/error/not-regular", test_not_regular);
  g_test_add_func ("/awc/io/loader/error/too-large-file", test_too_large_file);
  g_test_add_func ("/awc/io/loader/error/missing-file", test_missing_file);
  g_test_add_func ("/awc/io/loader/cancel", test_cancel);
  g_test_add_func ("/awc/io/loader/async", test_async);
  g_test_add_func ("/awc/io/loader/perf", test_perf);

  return g_test_run ();
}
