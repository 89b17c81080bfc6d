/* test-report.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-test-util.h"
#include "model/awc-report.h"

typedef struct
{
  guint n_calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->n_calls++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static GArray *
doubles (guint n,
         ...)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (double));
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      double v = va_arg (args, double);

      g_array_append_val (a, v);
    }
  va_end (args);

  return a;
}

static AwcSeries *
make_series (const char *id,
             const char *group)
{
  return awc_series_new (id, NULL, group, NULL, AWC_UNIT_COUNT, doubles (2, 1.0, 2.0));
}

static void
test_properties (void)
{
  AwcReport *report = awc_report_new ();
  guint title_count = 0, source_count = 0, err_count = 0;
  g_autofree char *title = NULL, *source = NULL, *err = NULL;
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) buckets = NULL;

  g_signal_connect (report, "notify::title", G_CALLBACK (awc_test_count_notify), &title_count);
  g_signal_connect (report, "notify::source", G_CALLBACK (awc_test_count_notify), &source_count);
  g_signal_connect (report, "notify::err-message", G_CALLBACK (awc_test_count_notify), &err_count);

  g_object_set (report, "title", "Load test", "source", "/tmp/r.json", "err-message", "partial", NULL);
  g_object_set (report, "title", "Load test", "source", "/tmp/r.json", "err-message", "partial", NULL);
  awc_report_set_title (report, "Load test");
  g_assert_cmpuint (title_count, ==, 1);
  g_assert_cmpuint (source_count, ==, 1);
  g_assert_cmpuint (err_count, ==, 1);

  g_object_get (report, "title", &title, "source", &source, "err-message", &err,
                "series", &series, "buckets", &buckets, NULL);
  g_assert_cmpstr (title, ==, "Load test");
  g_assert_cmpstr (source, ==, "/tmp/r.json");
  g_assert_cmpstr (err, ==, "partial");
  g_assert_true (series == awc_report_get_series (report));
  g_assert_true (buckets == awc_report_get_buckets (report));
  g_assert_true (g_list_model_get_item_type (series) == AWC_TYPE_SERIES);
  g_assert_true (g_list_model_get_item_type (buckets) == AWC_TYPE_BUCKET);

  awc_report_set_title (report, NULL);
  g_assert_cmpuint (title_count, ==, 2);
  g_assert_null (awc_report_get_title (report));

  g_clear_object (&series);
  g_clear_object (&buckets);
  g_assert_finalize_object (report);
}

static void
test_timestamps (void)
{
  AwcReport *report = awc_report_new ();
  guint n_count = 0, start_count = 0, end_count = 0;
  const double *ts;
  guint n;

  g_assert_cmpuint (awc_report_get_n_points (report), ==, 0);
  g_assert_true (isnan (awc_report_get_start_time (report)));
  g_assert_true (isnan (awc_report_get_end_time (report)));
  g_assert_cmpuint (awc_report_index_at_time (report, 5), ==, 0);
  g_assert_cmpuint (awc_report_lower_bound (report, 5), ==, 0);

  g_signal_connect (report, "notify::n-points", G_CALLBACK (awc_test_count_notify), &n_count);
  g_signal_connect (report, "notify::start-time", G_CALLBACK (awc_test_count_notify), &start_count);
  g_signal_connect (report, "notify::end-time", G_CALLBACK (awc_test_count_notify), &end_count);

  awc_report_set_timestamps (report, doubles (4, 100.0, 110.0, 120.0, 140.0), TRUE);
  g_assert_cmpuint (n_count, ==, 1);
  g_assert_cmpuint (start_count, ==, 1);
  g_assert_cmpuint (end_count, ==, 1);
  g_assert_cmpuint (awc_report_get_n_points (report), ==, 4);
  g_assert_cmpfloat (awc_report_get_start_time (report), ==, 100);
  g_assert_cmpfloat (awc_report_get_end_time (report), ==, 140);
  g_assert_true (awc_report_get_wall_clock (report));

  ts = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (ts[3], ==, 140);

  /* Same length and start, new end: only end-time changes */
  awc_report_set_timestamps (report, doubles (4, 100.0, 110.0, 120.0, 150.0), TRUE);
  g_assert_cmpuint (n_count, ==, 1);
  g_assert_cmpuint (start_count, ==, 1);
  g_assert_cmpuint (end_count, ==, 2);

  awc_report_set_timestamps (report, doubles (4, 0.0, 10.0, 20.0, 40.0), FALSE);
  g_assert_cmpuint (awc_report_index_at_time (report, -5), ==, 0);
  g_assert_cmpuint (awc_report_index_at_time (report, 4), ==, 0);
  g_assert_cmpuint (awc_report_index_at_time (report, 5), ==, 0);   /* tie: the earlier */
  g_assert_cmpuint (awc_report_index_at_time (report, 6), ==, 1);
  g_assert_cmpuint (awc_report_index_at_time (report, 20), ==, 2);
  g_assert_cmpuint (awc_report_index_at_time (report, 31), ==, 3);
  g_assert_cmpuint (awc_report_index_at_time (report, 1000), ==, 3);
  g_assert_cmpuint (awc_report_lower_bound (report, -1), ==, 0);
  g_assert_cmpuint (awc_report_lower_bound (report, 10), ==, 1);
  g_assert_cmpuint (awc_report_lower_bound (report, 11), ==, 2);
  g_assert_cmpuint (awc_report_lower_bound (report, 41), ==, 4);

  g_assert_finalize_object (report);
}

/* main() sets TZ to UTC+8, so the two display zones differ. */
static void
test_format_time (void)
{
  AwcReport *report = awc_report_new ();
  /* 2026-03-02 09:00:00.25 UTC */
  double t = 1772442000.25;
  g_autofree char *wall = NULL;
  g_autofree char *local = NULL;
  g_autofree char *nan_text = NULL;

  awc_report_set_timestamps (report, doubles (1, t), TRUE);
  wall = awc_report_format_time (report, t, "%Y-%m-%d %H:%M:%S.%f");
  g_assert_cmpstr (wall, ==, "2026-03-02 09:00:00.250000");

  awc_report_set_timestamps (report, doubles (1, t), FALSE);
  local = awc_report_format_time (report, t, "%Y-%m-%d %H:%M:%S");
  g_assert_cmpstr (local, ==, "2026-03-02 17:00:00");

  nan_text = awc_report_format_time (report, NAN, "%H:%M");
  g_assert_cmpstr (nan_text, ==, "—");

  g_assert_finalize_object (report);
}

static void
test_warnings (void)
{
  AwcReport *report = awc_report_new ();
  guint count = 0;
  g_auto(GStrv) strv = NULL;
  const char * const *warnings;

  warnings = awc_report_get_warnings (report);
  g_assert_nonnull (warnings);
  g_assert_null (warnings[0]);

  g_signal_connect (report, "notify::warnings", G_CALLBACK (awc_test_count_notify), &count);
  awc_report_add_warning (report, "series %s cut to %u points", "tps_brokens.tps", 10u);
  awc_report_add_warning (report, "performance_load.%s skipped", "x");
  g_assert_cmpuint (count, ==, 2);

  warnings = awc_report_get_warnings (report);
  g_assert_cmpstr (warnings[0], ==, "series tps_brokens.tps cut to 10 points");
  g_assert_cmpstr (warnings[1], ==, "performance_load.x skipped");
  g_assert_null (warnings[2]);

  g_object_get (report, "warnings", &strv, NULL);
  g_assert_cmpuint (g_strv_length (strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "performance_load.x skipped");

  g_assert_finalize_object (report);
}

static void
test_series_order (void)
{
  static const struct { const char *id; const char *group; } loaded[] = {
    { "foo_brokens.a", "foo_brokens" },
    { "respcode_brokens.timeout", "failures" },
    { "performance_load.users", "expected-load" },
    { "tps_brokens.average", "response-time" },
    { "respcode_brokens.success", "throughput" },
    { "tps_brokens.tps", "throughput" },
    { "bar.x", "bar" },
    { "foo_brokens.b", "foo_brokens" },
    { "respcode_brokens.error", "failures" },
  };
  static const struct { const char *id; guint color; } expected[] = {
    { "tps_brokens.tps", 0 },
    { "respcode_brokens.success", 1 },
    { "tps_brokens.average", 0 },
    { "respcode_brokens.error", 0 },
    { "respcode_brokens.timeout", 1 },
    { "performance_load.users", 0 },
    { "foo_brokens.a", 0 },
    { "foo_brokens.b", 1 },
    { "bar.x", 0 },
  };
  AwcReport *report = awc_report_new ();
  GListModel *model = awc_report_get_series (report);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  ItemsChanged record = { 0 };
  AwcSeries *kept;

  for (guint i = 0; i < G_N_ELEMENTS (loaded); i++)
    g_ptr_array_add (array, make_series (loaded[i].id, loaded[i].group));

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &record);
  awc_report_set_series (report, array);

  g_assert_cmpuint (record.n_calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_cmpuint (record.added, ==, G_N_ELEMENTS (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (model, i);

      g_assert_cmpstr (awc_series_get_id (series), ==, expected[i].id);
      g_assert_cmpuint (awc_series_get_color_index (series), ==, expected[i].color);
    }

  /* Lookup by id, by unique key; "a" is unique, no key is shared here */
  g_assert_nonnull (awc_report_find_series (report, "tps_brokens.tps"));
  g_assert_true (awc_report_find_series (report, "tps") == awc_report_find_series (report, "tps_brokens.tps"));
  g_assert_cmpstr (awc_series_get_id (awc_report_find_series (report, "timeout")), ==, "respcode_brokens.timeout");
  g_assert_null (awc_report_find_series (report, "nope"));

  /* Replacing: one splice that removes all and adds the new ones */
  kept = g_object_ref (awc_report_find_series (report, "tps"));
  g_object_add_weak_pointer (G_OBJECT (kept), (gpointer *) &kept);
  g_object_unref (kept);   /* the store's reference keeps it alive */
  g_assert_nonnull (kept);

  array = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (array, make_series ("x.same", "bar"));
  g_ptr_array_add (array, make_series ("y.same", "bar"));
  awc_report_set_series (report, array);
  g_assert_cmpuint (record.n_calls, ==, 2);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, G_N_ELEMENTS (loaded));
  g_assert_cmpuint (record.added, ==, 2);
  g_assert_null (kept);   /* dropped with the old list */

  /* An ambiguous bare key finds nothing; the full id still works */
  g_assert_null (awc_report_find_series (report, "same"));
  g_assert_nonnull (awc_report_find_series (report, "y.same"));

  g_assert_finalize_object (report);
}

static GPtrArray *
make_buckets (const char * const *labels,
              const guint64      *counts,
              guint               n)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, awc_bucket_new (labels[i], counts[i]));

  return array;
}

static void
test_buckets (void)
{
  /* JSON key order is not bound order */
  static const char *labels[] = { ">5s", "1~2s", "0~50ms", "???", "500ms~1s", "50~200ms", "200~500ms" };
  static const guint64 counts[] = { 5, 10, 40, 5, 20, 15, 5 };
  static const char *sorted[] = { "0~50ms", "50~200ms", "200~500ms", "500ms~1s", "1~2s", ">5s", "???" };
  AwcReport *report = awc_report_new ();
  GListModel *model = awc_report_get_buckets (report);
  ItemsChanged record = { 0 };
  guint total_count = 0;
  double sum = 0, previous = 0;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &record);
  g_signal_connect (report, "notify::total-requests", G_CALLBACK (awc_test_count_notify), &total_count);
  awc_report_set_buckets (report, make_buckets (labels, counts, G_N_ELEMENTS (labels)));

  g_assert_cmpuint (record.n_calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_cmpuint (record.added, ==, G_N_ELEMENTS (labels));
  g_assert_cmpuint (total_count, ==, 1);
  g_assert_cmpuint (awc_report_get_total_requests (report), ==, 100);

  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(AwcBucket) bucket = g_list_model_get_item (model, i);

      g_assert_cmpstr (awc_bucket_get_label (bucket), ==, sorted[i]);
      sum += awc_bucket_get_share (bucket);
      g_assert_cmpfloat_with_epsilon (awc_bucket_get_cumulative_share (bucket), sum, 1e-12);
      g_assert_cmpfloat (awc_bucket_get_cumulative_share (bucket), >=, previous);
      previous = awc_bucket_get_cumulative_share (bucket);
    }
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
  g_assert_cmpfloat (previous, ==, 1.0);

  {
    g_autoptr(AwcBucket) first = g_list_model_get_item (model, 0);
    g_autoptr(AwcBucket) unparsed = g_list_model_get_item (model, 6);

    g_assert_cmpfloat (awc_bucket_get_share (first), ==, 0.4);
    /* Unparsed labels keep their share of all requests */
    g_assert_cmpfloat (awc_bucket_get_share (unparsed), ==, 0.05);
  }

  /* Replacing: one splice */
  awc_report_set_buckets (report, make_buckets (labels, counts, 2));
  g_assert_cmpuint (record.n_calls, ==, 2);
  g_assert_cmpuint (record.removed, ==, G_N_ELEMENTS (labels));
  g_assert_cmpuint (record.added, ==, 2);
  g_assert_cmpuint (awc_report_get_total_requests (report), ==, 15);

  g_assert_finalize_object (report);
}

static void
test_percentiles (void)
{
  static const char *labels[] = { "200~500ms", "0~50ms", "50~200ms", "oops" };
  static const guint64 counts[] = { 10, 50, 40, 1000 };
  AwcReport *report = awc_report_new ();
  AwcPercentile p;

  /* No buckets: nothing to estimate */
  g_assert_false (awc_report_estimate_percentile (report, 0.5, &p));
  g_assert_false (p.valid);

  /* "oops" is in the total but cannot take part in percentiles */
  awc_report_set_buckets (report, make_buckets (labels, counts, G_N_ELEMENTS (labels)));
  g_assert_cmpuint (awc_report_get_total_requests (report), ==, 1100);

  g_assert_true (awc_report_estimate_percentile (report, 0.5, &p));
  g_assert_true (p.valid);
  g_assert_cmpfloat (p.p, ==, 0.5);
  g_assert_cmpstr (awc_bucket_get_label (p.bucket), ==, "0~50ms");
  g_assert_cmpfloat (p.lower_ms, ==, 0);
  g_assert_cmpfloat (p.upper_ms, ==, 50);
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 50, 1e-9);
  g_assert_false (p.open_top);

  g_assert_true (awc_report_estimate_percentile (report, 0.9, &p));
  g_assert_cmpstr (awc_bucket_get_label (p.bucket), ==, "50~200ms");
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 200, 1e-9);

  g_assert_true (awc_report_estimate_percentile (report, 0.95, &p));
  g_assert_cmpstr (awc_bucket_get_label (p.bucket), ==, "200~500ms");
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 350, 1e-9);

  g_assert_true (awc_report_estimate_percentile (report, 0.99, &p));
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 470, 1e-9);

  g_assert_true (awc_report_estimate_percentile (report, 0.25, &p));
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 25, 1e-9);

  g_assert_finalize_object (report);
}

static void
test_percentiles_open_top (void)
{
  static const char *labels[] = { ">5s", "0~50ms", "4~5s", "50~200ms" };
  static const guint64 counts[] = { 20, 50, 20, 10 };
  AwcReport *report = awc_report_new ();
  AwcPercentile p;

  awc_report_set_buckets (report, make_buckets (labels, counts, G_N_ELEMENTS (labels)));

  /* p50 lands at the end of the first bucket */
  g_assert_true (awc_report_estimate_percentile (report, 0.5, &p));
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 50, 1e-9);

  /* p70: the 20 in 4~5s cover 60…80 → halfway */
  g_assert_true (awc_report_estimate_percentile (report, 0.7, &p));
  g_assert_cmpfloat_with_epsilon (p.estimate_ms, 4500, 1e-9);
  g_assert_false (p.open_top);

  /* p90 and p99 fall in ">5s": only a lower bound is honest */
  g_assert_true (awc_report_estimate_percentile (report, 0.9, &p));
  g_assert_true (p.open_top);
  g_assert_cmpstr (awc_bucket_get_label (p.bucket), ==, ">5s");
  g_assert_cmpfloat (p.lower_ms, ==, 5000);
  g_assert_true (isinf (p.upper_ms));
  g_assert_cmpfloat (p.estimate_ms, ==, 5000);

  g_assert_true (awc_report_estimate_percentile (report, 0.99, &p));
  g_assert_true (p.open_top);

  g_assert_finalize_object (report);
}

static void
test_zero_counts (void)
{
  static const char *labels[] = { "0~50ms", "50~200ms", "whatever" };
  static const guint64 counts[] = { 0, 0, 3 };
  AwcReport *report = awc_report_new ();
  GListModel *model = awc_report_get_buckets (report);
  AwcPercentile p;

  awc_report_set_buckets (report, make_buckets (labels, counts, 3));
  /* Only unparsed requests: no estimate, but shares still make sense */
  g_assert_false (awc_report_estimate_percentile (report, 0.5, &p));
  g_assert_false (p.valid);
  {
    g_autoptr(AwcBucket) last = g_list_model_get_item (model, 2);

    g_assert_cmpfloat (awc_bucket_get_share (last), ==, 1.0);
  }

  awc_report_set_buckets (report, make_buckets (labels, counts, 2));
  g_assert_cmpuint (awc_report_get_total_requests (report), ==, 0);
  {
    g_autoptr(AwcBucket) first = g_list_model_get_item (model, 0);

    g_assert_cmpfloat (awc_bucket_get_share (first), ==, 0);
  }

  g_assert_finalize_object (report);
}

/* The largest total is carried exactly, with shares that add up; one
 * more request would wrap a 64-bit sum, so the report refuses it (the
 * loader says which bucket) instead of showing a wrong total. */
static void
test_bucket_total_limit (void)
{
  static const char *labels[] = { "0~50ms", "50~200ms", ">5s" };
  const guint64 fits[] = { 9000000000000000000u, 223372036854775806u, 1 };
  const guint64 too_many[] = { 9000000000000000000u, 9000000000000000000u, 9000000000000000000u };
  AwcReport *report = awc_report_new ();
  GListModel *model = awc_report_get_buckets (report);
  AwcPercentile p;

  awc_report_set_buckets (report, make_buckets (labels, fits, 3));
  g_assert_cmpuint (awc_report_get_total_requests (report), ==, AWC_BUCKET_COUNT_MAX);
  {
    g_autoptr(AwcBucket) first = g_list_model_get_item (model, 0);
    g_autoptr(AwcBucket) last = g_list_model_get_item (model, 2);

    g_assert_cmpuint (awc_bucket_get_count (first), ==, 9000000000000000000u);
    g_assert_cmpfloat_with_epsilon (awc_bucket_get_share (first), 9e18 / 0x1p63, 1e-12);
    g_assert_cmpfloat (awc_bucket_get_cumulative_share (last), ==, 1.0);
  }
  g_assert_true (awc_report_estimate_percentile (report, 0.5, &p));
  g_assert_cmpfloat (p.upper_ms, ==, 50);

  /* 3 × 9e18 wrapped to 8553255926290448384 with every bucket at 100 % */
  if (g_test_subprocess ())
    {
      /* Not fatal here, to see what the report keeps */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      awc_report_set_buckets (report, make_buckets (labels, too_many, 3));
      g_print ("total %" G_GUINT64_FORMAT ", %u buckets\n",
               awc_report_get_total_requests (report), g_list_model_get_n_items (model));
      g_object_unref (report);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*CRITICAL*add up to more than 9223372036854775807*");
  /* The previous, valid buckets stay */
  g_test_trap_assert_stdout ("total 9223372036854775807, 3 buckets*");

  g_assert_finalize_object (report);
}

/* A compare window gets its own view of a report: same data, shared
 * arrays, but hiding a series there must not hide it in the original. */
static void
test_dup (void)
{
  g_autoptr(AwcReport) report = awc_report_new ();
  g_autoptr(AwcReport) copy = NULL;
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rt = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(AwcSeries) orig = NULL, dup = NULL;
  const double *a, *b;
  guint n_a, n_b;

  for (guint i = 0; i < 10; i++)
    {
      double t = 1000 + i, v = i * 2, w = 20 + i;
      g_array_append_val (times, t);
      g_array_append_val (tps, v);
      g_array_append_val (rt, w);
    }
  awc_report_set_title (report, "run");
  awc_report_set_source (report, "/tmp/run.json");
  awc_report_add_warning (report, "a warning");
  awc_report_set_timestamps (report, g_steal_pointer (&times), TRUE);
  g_ptr_array_add (series, awc_series_new ("tps_brokens.tps", "TPS", "throughput", "Throughput",
                                           AWC_UNIT_PER_SECOND, g_steal_pointer (&tps)));
  g_ptr_array_add (series, awc_series_new ("tps_brokens.average", "RT", "response-time", "Response time",
                                           AWC_UNIT_MILLISECONDS, g_steal_pointer (&rt)));
  awc_report_set_series (report, g_steal_pointer (&series));
  g_ptr_array_add (buckets, awc_bucket_new ("0~50ms", 30));
  g_ptr_array_add (buckets, awc_bucket_new (">5s", 10));
  awc_report_set_buckets (report, g_steal_pointer (&buckets));

  copy = awc_report_dup (report);
  g_assert_cmpstr (awc_report_get_title (copy), ==, "run");
  g_assert_cmpstr (awc_report_get_source (copy), ==, "/tmp/run.json");
  g_assert_cmpstr (awc_report_get_warnings (copy)[0], ==, "a warning");
  g_assert_null (awc_report_get_warnings (copy)[1]);
  g_assert_true (awc_report_get_wall_clock (copy));
  g_assert_cmpuint (awc_report_get_n_points (copy), ==, 10);
  g_assert_true (awc_report_get_timestamps (copy, NULL) == awc_report_get_timestamps (report, NULL));
  g_assert_cmpuint (awc_report_get_total_requests (copy), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_buckets (copy)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (awc_report_get_series (copy)), ==, 2);

  orig = g_list_model_get_item (awc_report_get_series (report), 0);
  dup = g_list_model_get_item (awc_report_get_series (copy), 0);
  g_assert_true (orig != dup);
  g_assert_cmpstr (awc_series_get_id (dup), ==, awc_series_get_id (orig));
  g_assert_cmpuint (awc_series_get_color_index (dup), ==, awc_series_get_color_index (orig));
  a = awc_series_get_values (orig, &n_a);
  b = awc_series_get_values (dup, &n_b);
  g_assert_true (a == b);
  g_assert_cmpuint (n_a, ==, n_b);
  g_assert_cmpfloat (awc_series_get_max (dup), ==, 18);

  awc_series_set_visible (dup, FALSE);
  g_assert_true (awc_series_get_visible (orig));

  g_clear_object (&dup);
  g_clear_object (&orig);
  g_assert_finalize_object (g_steal_pointer (&copy));
}

int
main (int   argc,
      char *argv[])
{
  /* A non-UTC local zone (no tzdata needed) to tell wall-clock from local */
  g_setenv ("TZ", "CST-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/report/properties", test_properties);
  g_test_add_func ("/awc/model/report/timestamps", test_timestamps);
  g_test_add_func ("/awc/model/report/format-time", test_format_time);
  g_test_add_func ("/awc/model/report/warnings", test_warnings);
  g_test_add_func ("/awc/model/report/series-order", test_series_order);
  g_test_add_func ("/awc/model/report/buckets", test_buckets);
  g_test_add_func ("/awc/model/report/percentiles", test_percentiles);
  g_test_add_func ("/awc/model/report/percentiles-open-top", test_percentiles_open_top);
  g_test_add_func ("/awc/model/report/zero-counts", test_zero_counts);
  g_test_add_func ("/awc/model/report/bucket-total-limit", test_bucket_total_limit);

  g_test_add_func ("/awc/model/report/dup", test_dup);

  return g_test_run ();
}
