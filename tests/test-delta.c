/* test-delta.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "compare-fixtures.h"
#include "model/awc-delta.h"

static const char * const buckets_a[] = {
  "0~50ms", "500", "50~200ms", "400", "200~500ms", "100", NULL
};
/* 7.3 % of all requests moved from 50~200ms up to 200~500ms */
static const char * const buckets_b[] = {
  "0~50ms", "500", "50~200ms", "327", "200~500ms", "173", NULL
};

static AwcDeltaSummary *
compare_runs (const CfRun *ra,
              const CfRun *rb)
{
  g_autoptr(AwcReport) a = cf_make_report (ra);
  g_autoptr(AwcReport) b = cf_make_report (rb);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  g_autoptr(GError) error = NULL;
  AwcDeltaSummary *summary;

  summary = awc_delta_summary_compute (comparison, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static void
test_no_difference (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  CfRun ra, rb;

  /* Same shape and level, independent noise */
  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 99;
  summary = compare_runs (&ra, &rb);

  g_assert_cmpint (summary->window.source, ==, AWC_WINDOW_STEADY);
  for (guint m = AWC_DELTA_TPS; m <= AWC_DELTA_RT; m++)
    {
      const AwcDeltaRow *row = awc_delta_summary_get_row (summary, m);

      /* Within noise, or too small to matter: never better or worse */
      g_assert_true (row->verdict == AWC_DELTA_WITHIN_NOISE || row->verdict == AWC_DELTA_NO_MEANINGFUL_CHANGE);
      g_assert_cmpfloat (row->ci_low, <, 0);
      g_assert_cmpfloat (row->ci_high, >, 0);
      g_assert_cmpfloat (fabs (row->rel_diff), <, 0.03);
    }
  g_assert_cmpint (awc_delta_summary_get_row (summary, AWC_DELTA_TIMEOUT)->verdict, ==, AWC_DELTA_NO_MEANINGFUL_CHANGE);
  g_assert_false (summary->load_differs);
}

static void
test_known_difference (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  const AwcDeltaRow *rt, *tps, *timeout, *errors, *vusers;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 99;
  rb.rt_ms = 60;          /* 20 % slower */
  rb.tps = 180;           /* 10 % less throughput */
  rb.timeout_share = 0.03;
  summary = compare_runs (&ra, &rb);

  rt = awc_delta_summary_find_row (summary, "rt");
  g_assert_cmpint (rt->verdict, ==, AWC_DELTA_WORSE);
  g_assert_cmpfloat_with_epsilon (rt->rel_diff, 0.20, 0.03);
  g_assert_cmpfloat (rt->ci_low, >, 0);

  tps = awc_delta_summary_find_row (summary, "tps");
  g_assert_cmpint (tps->verdict, ==, AWC_DELTA_WORSE);
  g_assert_cmpfloat_with_epsilon (tps->rel_diff, -0.10, 0.02);
  g_assert_cmpfloat (tps->ci_high, <, 0);

  /* Shares: Σ timeouts / Σ all responses in the window */
  timeout = awc_delta_summary_find_row (summary, "timeout");
  g_assert_true (timeout->is_share);
  g_assert_cmpfloat_with_epsilon (timeout->a, 0.01, 0.003);
  g_assert_cmpfloat_with_epsilon (timeout->b, 0.03, 0.003);
  g_assert_cmpint (timeout->verdict, ==, AWC_DELTA_WORSE);
  errors = awc_delta_summary_find_row (summary, "errors");
  g_assert_cmpfloat_with_epsilon (errors->b, timeout->b, 1e-12);

  /* The same load: not judged, and said so */
  vusers = awc_delta_summary_find_row (summary, "vusers");
  g_assert_cmpfloat (vusers->a, ==, 100);
  g_assert_cmpint (vusers->verdict, ==, AWC_DELTA_NOT_JUDGED);
  g_assert_false (summary->load_differs);

  /* The reverse comparison is better */
  {
    g_autoptr(AwcDeltaSummary) reverse = compare_runs (&rb, &ra);

    g_assert_cmpint (awc_delta_summary_find_row (reverse, "rt")->verdict, ==, AWC_DELTA_BETTER);
    g_assert_cmpint (awc_delta_summary_find_row (reverse, "tps")->verdict, ==, AWC_DELTA_BETTER);
  }
}

static void
test_small_difference_is_noise (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  CfRun ra, rb;

  /* 1.5 % slower with 20 % autocorrelated noise: above the minimum
   * change, but not a finding */
  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.noise = rb.noise = 0.20;
  rb.seed = 5;
  rb.rt_ms = ra.rt_ms * 1.015;
  summary = compare_runs (&ra, &rb);
  g_assert_cmpfloat (fabs (awc_delta_summary_find_row (summary, "rt")->rel_diff), >, 0.01);
  g_assert_cmpint (awc_delta_summary_find_row (summary, "rt")->verdict, ==, AWC_DELTA_WITHIN_NOISE);
}

static void
test_below_min_change (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autoptr(AwcDeltaSummary) reverse = NULL;
  const AwcDeltaRow *rt, *timeout;
  g_autofree char *diff = NULL;
  CfRun ra, rb;

  /* 0.5 % slower with no noise at all: the interval is sure of it, but
   * it is below the 1 % minimum, so no meaningful change */
  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.noise = rb.noise = 0;
  rb.rt_ms = ra.rt_ms * 1.005;
  rb.timeout_share = ra.timeout_share + 0.0002;
  summary = compare_runs (&ra, &rb);
  rt = awc_delta_summary_find_row (summary, "rt");
  g_assert_cmpfloat (rt->ci_low, >, 0);
  g_assert_cmpfloat_with_epsilon (rt->rel_diff, 0.005, 1e-6);
  g_assert_cmpint (rt->verdict, ==, AWC_DELTA_NO_MEANINGFUL_CHANGE);
  g_assert_cmpstr (awc_delta_verdict_to_string (rt->verdict), ==, "no-meaningful-change");
  g_assert_cmpstr (awc_delta_verdict_to_label (rt->verdict), ==, "no meaningful change");

  /* Shares: the minimum is 0.05 percentage points; "+0.00 pp" is never
   * better or worse */
  timeout = awc_delta_summary_find_row (summary, "timeout");
  g_assert_cmpfloat (fabs (timeout->abs_diff), <, 0.0005);
  g_assert_cmpint (timeout->verdict, ==, AWC_DELTA_NO_MEANINGFUL_CHANGE);
  diff = awc_delta_row_format_min_change (timeout);
  g_assert_cmpstr (diff, ==, "0.05 pp");
  g_clear_pointer (&diff, g_free);
  diff = awc_delta_row_format_min_change (rt);
  g_assert_cmpstr (diff, ==, "1 %");

  reverse = compare_runs (&rb, &ra);
  g_assert_cmpint (awc_delta_summary_find_row (reverse, "rt")->verdict, ==, AWC_DELTA_NO_MEANINGFUL_CHANGE);
}

static void
test_not_judged_and_load (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autoptr(AwcDeltaSummary) reverse = NULL;
  g_autofree char *text = NULL;
  g_autofree char *load = NULL;
  CfRun ra, rb;

  /* B runs 50 % more users and gets 50 % more TPS: not like for like */
  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 4;
  rb.vusers = 150;
  rb.tps = 300;
  rb.timeout_share = 0.05;
  summary = compare_runs (&ra, &rb);

  g_assert_true (summary->load_differs);
  g_assert_cmpfloat (summary->peak_vusers[0], ==, 100);
  g_assert_cmpfloat (summary->peak_vusers[1], ==, 150);
  g_assert_cmpint (awc_delta_summary_find_row (summary, "tps")->verdict, ==, AWC_DELTA_LOAD_DIFFERS);
  g_assert_cmpint (awc_delta_summary_find_row (summary, "rt")->verdict, ==, AWC_DELTA_LOAD_DIFFERS);
  g_assert_cmpint (awc_delta_summary_find_row (summary, "vusers")->verdict, ==, AWC_DELTA_NOT_JUDGED);
  /* Failure shares are still judged */
  g_assert_cmpint (awc_delta_summary_find_row (summary, "timeout")->verdict, ==, AWC_DELTA_WORSE);

  load = awc_delta_summary_dup_load_text (summary);
  g_assert_nonnull (load);
  g_assert_true (g_str_has_prefix (load, "Load differs: virtual users peak A 100, B 150"));
  text = awc_delta_summary_to_text (summary);
  g_assert_true (g_str_has_prefix (text, "Comparison\n  Load differs: "));
  g_assert_nonnull (strstr (text, "load differs\n"));

  reverse = compare_runs (&rb, &ra);
  g_assert_true (reverse->load_differs);
  g_assert_cmpint (awc_delta_summary_find_row (reverse, "tps")->verdict, ==, AWC_DELTA_LOAD_DIFFERS);
  g_assert_cmpint (awc_delta_summary_find_row (reverse, "timeout")->verdict, ==, AWC_DELTA_BETTER);

  /* 4 % more users is the same load */
  g_clear_pointer (&summary, awc_delta_summary_unref);
  rb.vusers = 104;
  rb.tps = 200;
  summary = compare_runs (&ra, &rb);
  g_assert_false (summary->load_differs);
  g_assert_null (awc_delta_summary_dup_load_text (summary));
}

/* Swapping the runs mirrors every interval and verdict exactly, also on
 * near-zero and constant series */
static void
test_symmetry (void)
{
  static const double shares[] = { 0, 0.00005, 0.0004, 0.01 };
  static const double noises[] = { 0, 0.05 };

  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    for (guint j = 0; j < G_N_ELEMENTS (noises); j++)
      {
        g_autoptr(AwcDeltaSummary) ab = NULL;
        g_autoptr(AwcDeltaSummary) ba = NULL;
        CfRun ra, rb;

        cf_run_init (&ra);
        cf_run_init (&rb);
        ra.noise = rb.noise = noises[j];
        ra.timeout_share = shares[i];
        rb.timeout_share = shares[(i + 1) % G_N_ELEMENTS (shares)];
        rb.seed = 17 + i;
        rb.n = 500 + 40 * j;
        rb.down_s = rb.n - 60;
        ab = compare_runs (&ra, &rb);
        ba = compare_runs (&rb, &ra);
        for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
          {
            const AwcDeltaRow *x = awc_delta_summary_get_row (ab, m);
            const AwcDeltaRow *y = awc_delta_summary_get_row (ba, m);
            AwcDeltaVerdict mirrored = y->verdict == AWC_DELTA_BETTER ? AWC_DELTA_WORSE
                                     : y->verdict == AWC_DELTA_WORSE ? AWC_DELTA_BETTER : y->verdict;

            g_assert_cmpint (x->verdict, ==, mirrored);
            g_assert_true ((isnan (x->abs_diff) && isnan (y->abs_diff)) || x->abs_diff == -y->abs_diff);
            g_assert_true ((isnan (x->ci_low) && isnan (y->ci_high)) || x->ci_low == -y->ci_high);
            g_assert_true ((isnan (x->ci_high) && isnan (y->ci_low)) || x->ci_high == -y->ci_low);
          }
      }
}

static void
test_deterministic (void)
{
  g_autoptr(AwcDeltaSummary) one = NULL;
  g_autoptr(AwcDeltaSummary) two = NULL;
  g_autofree char *text_one = NULL;
  g_autofree char *text_two = NULL;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 3;
  one = compare_runs (&ra, &rb);
  two = compare_runs (&ra, &rb);
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const AwcDeltaRow *x = awc_delta_summary_get_row (one, m);
      const AwcDeltaRow *y = awc_delta_summary_get_row (two, m);

      g_assert_true ((isnan (x->ci_low) && isnan (y->ci_low)) || x->ci_low == y->ci_low);
      g_assert_true ((isnan (x->ci_high) && isnan (y->ci_high)) || x->ci_high == y->ci_high);
      g_assert_cmpint (x->verdict, ==, y->verdict);
    }
  text_one = awc_delta_summary_to_text (one);
  text_two = awc_delta_summary_to_text (two);
  g_assert_cmpstr (text_one, ==, text_two);
}

static void
test_identical_runs (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  CfRun run;

  /* Exactly the same data: every tested metric is within noise */
  cf_run_init (&run);
  run.noise = 0;
  summary = compare_runs (&run, &run);
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const AwcDeltaRow *row = awc_delta_summary_get_row (summary, m);

      if (!isnan (row->ci_low))
        {
          g_assert_cmpint (row->verdict, ==, AWC_DELTA_NO_MEANINGFUL_CHANGE);
          g_assert_cmpfloat (row->ci_low, ==, 0);
          g_assert_cmpfloat (row->ci_high, ==, 0);
        }
      g_assert_true (row->verdict != AWC_DELTA_BETTER && row->verdict != AWC_DELTA_WORSE);
    }
}

static void
test_percentiles_not_tested (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  const AwcDeltaRow *p90;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.buckets = buckets_a;
  rb.buckets = buckets_b;
  summary = compare_runs (&ra, &rb);

  p90 = awc_delta_summary_find_row (summary, "p90");
  g_assert_cmpint (p90->verdict, ==, AWC_DELTA_NOT_TESTED);
  g_assert_cmpstr (p90->note, ==, "no per-second samples: not tested");
  g_assert_true (isnan (p90->ci_low));
  /* A: 90 % reached at the top of 50~200ms; B inside 200~500ms */
  g_assert_cmpfloat_with_epsilon (p90->a, 200, 1e-9);
  g_assert_cmpfloat (p90->b, >, 200);
  g_assert_cmpfloat (p90->abs_diff, >, 0);
}

static void
test_bucket_shift (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autoptr(AwcDeltaSummary) reverse = NULL;
  g_autofree char *text = NULL;
  g_autofree char *back = NULL;
  const AwcDeltaBucket *bucket;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.buckets = buckets_a;
  rb.buckets = buckets_b;
  summary = compare_runs (&ra, &rb);

  g_assert_cmpuint (summary->buckets->len, ==, 3);
  bucket = &g_array_index (summary->buckets, AwcDeltaBucket, 1);
  g_assert_cmpstr (bucket->label, ==, "50~200ms");
  g_assert_cmpstr (bucket->range_text, ==, "50 – 200 ms");
  g_assert_cmpfloat_with_epsilon (bucket->share_a, 0.400, 1e-12);
  g_assert_cmpfloat_with_epsilon (bucket->share_b, 0.327, 1e-12);

  g_assert_cmpuint (summary->shifts->len, ==, 1);
  text = awc_delta_shift_describe (summary, &g_array_index (summary->shifts, AwcDeltaShift, 0));
  g_assert_cmpstr (text, ==, "7.3 % of requests moved from 50 – 200 ms to 200 – 500 ms");

  reverse = compare_runs (&rb, &ra);
  back = awc_delta_shift_describe (reverse, &g_array_index (reverse->shifts, AwcDeltaShift, 0));
  g_assert_cmpstr (back, ==, "7.3 % of requests moved from 200 – 500 ms to 50 – 200 ms");
}

static void
test_bucket_shift_two_steps (void)
{
  static const char * const before[] = { "0~50ms", "800", "50~200ms", "200", "200~500ms", "0", NULL };
  /* Labels in another order and one missing on a side still match */
  static const char * const after[] = { "200~500ms", "100", "0~50ms", "700", "50~200ms", "200", NULL };
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.buckets = before;
  rb.buckets = after;
  summary = compare_runs (&ra, &rb);

  /* 10 % went from the first to the last bucket: it crosses both
   * boundaries, so both carry 10 % */
  g_assert_cmpuint (summary->shifts->len, ==, 2);
  first = awc_delta_shift_describe (summary, &g_array_index (summary->shifts, AwcDeltaShift, 0));
  second = awc_delta_shift_describe (summary, &g_array_index (summary->shifts, AwcDeltaShift, 1));
  g_assert_cmpstr (first, ==, "10.0 % of requests moved from 0 – 50 ms to 50 – 200 ms");
  g_assert_cmpstr (second, ==, "10.0 % of requests moved from 50 – 200 ms to 200 – 500 ms");
}

static guint
count_separators (const char *line)
{
  guint n = 0;

  for (const char *p = strstr (line, " | "); p != NULL; p = strstr (p + 3, " | "))
    n++;
  return n;
}

static void
test_formats (void)
{
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *text = NULL;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.title = "build 41";
  rb.title = "build 42";
  rb.seed = 99;
  rb.rt_ms = 60;
  ra.buckets = buckets_a;
  rb.buckets = buckets_b;
  summary = compare_runs (&ra, &rb);

  markdown = awc_delta_summary_to_markdown (summary);
  g_assert_nonnull (strstr (markdown, "- **A:** build 41\n- **B:** build 42\n"));
  g_assert_nonnull (strstr (markdown, "| Metric | A | B | Δ | Δ % | 95 % interval of Δ | Verdict |\n"
                                      "| :--- | ---: | ---: | ---: | ---: | ---: | :--- |\n"));
  g_assert_nonnull (strstr (markdown, "| Mean response time | 49.8 ms | 59.9 ms | +10.1 ms | +20.3 % | "));
  g_assert_nonnull (strstr (markdown, "| worse |\n"));
  g_assert_nonnull (strstr (markdown, "| 50 – 200 ms | 40.0 % | 32.7 % | -7.3 pp |\n"));
  g_assert_nonnull (strstr (markdown, "- 7.3 % of requests moved from 50 – 200 ms to 200 – 500 ms\n"));
  g_assert_nonnull (strstr (markdown, "per-window histogram"));
  /* Rows of the table: header, rule, one per metric */
  {
    g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
    guint rows = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "| ") && g_str_has_suffix (lines[i], " |")
          && strstr (lines[i], "interval") == NULL && strstr (lines[i], "---") == NULL
          && count_separators (lines[i]) == 6)
        rows++;
    /* The fixture has no bandwidth and only two failure classes */
    g_assert_cmpuint (rows, ==, AWC_DELTA_N_METRICS - 6);
  }

  text = awc_delta_summary_to_text (summary);
  g_assert_true (g_str_has_prefix (text, "Comparison\n  A: build 41\n  B: build 42\n  Window: steady phase: A "));
  g_assert_null (strstr (text, "| "));
  g_assert_nonnull (strstr (text, "within noise"));
  g_assert_nonnull (strstr (text, "  p90, p99: no per-second samples: not tested\n"));
  g_assert_nonnull (strstr (text, "no meaningful change\n"));
  /* Columns line up: the header and the TPS row are as wide */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
    const char *header = NULL, *tps = NULL;

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (g_str_has_prefix (lines[i], "Metric "))
          header = lines[i];
        else if (g_str_has_prefix (lines[i], "TPS "))
          tps = lines[i];
      }
    g_assert_nonnull (header);
    g_assert_nonnull (tps);
    /* The verdict column is last and left-aligned: compare up to it */
    g_assert_cmpint (g_utf8_strlen (header, -1) - (glong) strlen ("Verdict"), ==,
                     g_utf8_strlen (tps, -1) - (glong) strlen (awc_delta_verdict_to_label (
                       awc_delta_summary_find_row (summary, "tps")->verdict)));
  }
}

static void
test_user_window (void)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  g_autoptr(AwcDeltaSummary) summary = NULL;
  g_autofree char *window = NULL;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 8;
  a = cf_make_report (&ra);
  b = cf_make_report (&rb);
  comparison = awc_comparison_new (a, b);
  awc_comparison_set_window (comparison, 200, 400);
  summary = awc_delta_summary_compute (comparison, NULL, NULL);
  g_assert_cmpint (summary->window.source, ==, AWC_WINDOW_USER);
  g_assert_cmpuint (summary->window.first[0], ==, 200);
  window = awc_delta_summary_dup_window_text (summary);
  g_assert_cmpstr (window, ==, "chosen range: A 200–400 s, B 200–400 s (B offset +0 s)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/delta/no-difference", test_no_difference);
  g_test_add_func ("/awc/compare/delta/known-difference", test_known_difference);
  g_test_add_func ("/awc/compare/delta/small-difference", test_small_difference_is_noise);
  g_test_add_func ("/awc/compare/delta/below-min-change", test_below_min_change);
  g_test_add_func ("/awc/compare/delta/not-judged-and-load", test_not_judged_and_load);
  g_test_add_func ("/awc/compare/delta/symmetry", test_symmetry);
  g_test_add_func ("/awc/compare/delta/deterministic", test_deterministic);
  g_test_add_func ("/awc/compare/delta/identical", test_identical_runs);
  g_test_add_func ("/awc/compare/delta/percentiles", test_percentiles_not_tested);
  g_test_add_func ("/awc/compare/delta/bucket-shift", test_bucket_shift);
  g_test_add_func ("/awc/compare/delta/bucket-shift-two-steps", test_bucket_shift_two_steps);
  g_test_add_func ("/awc/compare/delta/formats", test_formats);
  g_test_add_func ("/awc/compare/delta/user-window", test_user_window);

  return g_test_run ();
}
