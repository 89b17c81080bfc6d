/* test-bucket.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-test-util.h"
#include "model/awc-bucket.h"

typedef struct
{
  const char *label;
  gboolean    parsed;
  double      lower;
  double      upper;
} LabelCase;

static void
test_parse_labels (void)
{
  static const LabelCase cases[] = {
    /* What the API sends */
    { "0~50ms", TRUE, 0, 50 },
    { "50~200ms", TRUE, 50, 200 },
    { "200~500ms", TRUE, 200, 500 },
    { "500ms~1s", TRUE, 500, 1000 },
    { "1~2s", TRUE, 1000, 2000 },
    { "2~3s", TRUE, 2000, 3000 },
    { "3~4s", TRUE, 3000, 4000 },
    { "4~5s", TRUE, 4000, 5000 },
    { ">5s", TRUE, 5000, INFINITY },
    /* Similar spellings */
    { "0-100", TRUE, 0, 100 },
    { "100-200ms", TRUE, 100, 200 },
    { "<50ms", TRUE, 0, 50 },
    { "<=50ms", TRUE, 0, 50 },
    { ">=5s", TRUE, 5000, INFINITY },
    { "≥ 5 s", TRUE, 5000, INFINITY },
    { "5s+", TRUE, 5000, INFINITY },
    { "> 10000", TRUE, 10000, INFINITY },
    { " 0 ~ 50 ms ", TRUE, 0, 50 },
    { "0～50ms", TRUE, 0, 50 },
    { "1～2S", TRUE, 1000, 2000 },
    { "0.5~1.5s", TRUE, 500, 1500 },
    { "1.5s~2500ms", TRUE, 1500, 2500 },
    { "100~1500", TRUE, 100, 1500 },
    { "1~2min", TRUE, 60000, 120000 },
    { "30s~1min", TRUE, 30000, 60000 },
    { "2 sec - 3 sec", TRUE, 2000, 3000 },
    { "0 – 50 ms", TRUE, 0, 50 },
    /* Not bucket labels */
    { "", FALSE, NAN, NAN },
    { "other", FALSE, NAN, NAN },
    { "~50ms", FALSE, NAN, NAN },
    { "0~", FALSE, NAN, NAN },
    { "50~10ms", FALSE, NAN, NAN },
    { "0~50xs", FALSE, NAN, NAN },
    { "0~50ms~100ms", FALSE, NAN, NAN },
    { ">", FALSE, NAN, NAN },
    { "-5~5ms", FALSE, NAN, NAN },
    { "1e3~2e3", FALSE, NAN, NAN },
    /* A unit on one side applies to both: 500 ms ~ 1 ms is no range */
    { "500ms~1", FALSE, NAN, NAN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double lower = 0, upper = 0;
      gboolean parsed = awc_bucket_parse_label (cases[i].label, &lower, &upper);

      g_test_message ("label '%s'", cases[i].label);
      g_assert_cmpint (parsed, ==, cases[i].parsed);
      if (cases[i].parsed)
        {
          g_assert_cmpfloat (lower, ==, cases[i].lower);
          g_assert_cmpfloat (upper, ==, cases[i].upper);
        }
      else
        g_assert_true (isnan (lower) && isnan (upper));
    }

  g_assert_false (awc_bucket_parse_label (NULL, NULL, NULL));
}

static void
test_properties (void)
{
  AwcBucket *bucket = awc_bucket_new ("500ms~1s", 42);
  AwcBucket *bad = awc_bucket_new ("weird", 7);
  g_autofree char *label = NULL;
  double lower, upper, share, cumulative;
  gboolean parsed;
  guint64 count;

  g_object_get (bucket, "label", &label, "lower-ms", &lower, "upper-ms", &upper,
                "parsed", &parsed, "count", &count, "share", &share,
                "cumulative-share", &cumulative, NULL);
  g_assert_cmpstr (label, ==, "500ms~1s");
  g_assert_cmpfloat (lower, ==, 500);
  g_assert_cmpfloat (upper, ==, 1000);
  g_assert_true (parsed);
  g_assert_cmpuint (count, ==, 42);
  g_assert_cmpfloat (share, ==, 0);
  g_assert_cmpfloat (cumulative, ==, 0);

  /* An unparsable label keeps its count */
  g_assert_false (awc_bucket_get_parsed (bad));
  g_assert_cmpuint (awc_bucket_get_count (bad), ==, 7);
  g_assert_true (isnan (awc_bucket_get_lower_ms (bad)));
  g_assert_true (isnan (awc_bucket_get_upper_ms (bad)));

  g_assert_finalize_object (bucket);
  g_assert_finalize_object (bad);
}

static void
test_shares_notify (void)
{
  AwcBucket *bucket = awc_bucket_new ("1~2s", 10);
  guint share_count = 0, cumulative_count = 0;

  g_signal_connect (bucket, "notify::share", G_CALLBACK (awc_test_count_notify), &share_count);
  g_signal_connect (bucket, "notify::cumulative-share", G_CALLBACK (awc_test_count_notify), &cumulative_count);

  _awc_bucket_set_shares (bucket, 0.25, 0.5);
  g_assert_cmpuint (share_count, ==, 1);
  g_assert_cmpuint (cumulative_count, ==, 1);
  _awc_bucket_set_shares (bucket, 0.25, 0.5);
  g_assert_cmpuint (share_count, ==, 1);
  g_assert_cmpuint (cumulative_count, ==, 1);
  _awc_bucket_set_shares (bucket, 0.25, 0.75);
  g_assert_cmpuint (share_count, ==, 1);
  g_assert_cmpuint (cumulative_count, ==, 2);
  g_assert_cmpfloat (awc_bucket_get_share (bucket), ==, 0.25);
  g_assert_cmpfloat (awc_bucket_get_cumulative_share (bucket), ==, 0.75);

  g_assert_finalize_object (bucket);
}

static void
test_range_text (void)
{
  static const struct { const char *label; const char *text; } cases[] = {
    { "0~50ms", "0 – 50 ms" },
    { "50~200ms", "50 – 200 ms" },
    { "500ms~1s", "500 ms – 1 s" },
    { "1~2s", "1 – 2 s" },
    { "1.5~2.5s", "1.5 – 2.5 s" },
    { ">5s", "≥ 5 s" },
    { ">=5s", "≥ 5 s" },
    { "5s+", "≥ 5 s" },
    { ">500ms", "≥ 500 ms" },
    { "<50ms", "0 – 50 ms" },
    { "0-2s", "0 – 2 s" },
    { "whatever", "whatever" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AwcBucket *bucket = awc_bucket_new (cases[i].label, 1);
      g_autofree char *text = awc_bucket_dup_range_text (bucket);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_finalize_object (bucket);
    }
}

static int
compare_ptrs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return awc_bucket_compare (*(gpointer const *) a, *(gpointer const *) b, user_data);
}

/* Whatever order the JSON object gives, the result is by bound. */
static void
test_compare (void)
{
  static const char *sorted[] = {
    "0~50ms", "50~200ms", "200~500ms", "500ms~1s", "1~2s", "2~3s", "3~4s", "4~5s", ">5s",
    "???", "n/a",
  };

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
        g_ptr_array_add (buckets, awc_bucket_new (sorted[i], i));

      /* Fisher–Yates with the test's seed */
      for (guint i = buckets->len - 1; i > 0; i--)
        {
          guint j = g_test_rand_int_range (0, i + 1);
          gpointer tmp = buckets->pdata[i];

          buckets->pdata[i] = buckets->pdata[j];
          buckets->pdata[j] = tmp;
        }

      g_ptr_array_sort_with_data (buckets, compare_ptrs, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
        g_assert_cmpstr (awc_bucket_get_label (g_ptr_array_index (buckets, i)), ==, sorted[i]);
    }
}

/* One count may not exceed what every output can show exactly. */
static void
test_count_limit (void)
{
  AwcBucket *bucket = awc_bucket_new ("0~50ms", AWC_BUCKET_COUNT_MAX);

  g_assert_cmpuint (awc_bucket_get_count (bucket), ==, 9223372036854775807u);
  g_assert_finalize_object (bucket);

  /* 1.7e19 fits in a guint64, but not in a JSON integer */
  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*count*");
  bucket = awc_bucket_new ("0~50ms", 17000000000000000000u);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (awc_bucket_get_count (bucket), ==, 0);
  g_assert_finalize_object (bucket);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/bucket/parse-labels", test_parse_labels);
  g_test_add_func ("/awc/model/bucket/properties", test_properties);
  g_test_add_func ("/awc/model/bucket/shares-notify", test_shares_notify);
  g_test_add_func ("/awc/model/bucket/range-text", test_range_text);
  g_test_add_func ("/awc/model/bucket/compare", test_compare);
  g_test_add_func ("/awc/model/bucket/count-limit", test_count_limit);

  return g_test_run ();
}
