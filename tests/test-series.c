/* test-series.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-test-util.h"
#include "model/awc-series.h"

static GArray *
array_from (const double *v,
            guint         n)
{
  GArray *a = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  g_array_append_vals (a, v, n);
  return a;
}

static void
test_properties (void)
{
  static const double v[] = { 1, 2, 3 };
  AwcSeries *series = awc_series_new ("tps_brokens.tps", "TPS", "throughput", "Throughput",
                                      AWC_UNIT_PER_SECOND, array_from (v, 3));
  g_autofree char *id = NULL, *title = NULL, *group = NULL, *group_title = NULL;
  AwcUnit unit;
  guint n_values, color_index;
  gboolean visible;
  double min, max, mean, last;

  g_object_get (series,
                "id", &id, "title", &title, "group", &group, "group-title", &group_title,
                "unit", &unit, "n-values", &n_values, "color-index", &color_index,
                "visible", &visible, "min", &min, "max", &max, "mean", &mean, "last", &last,
                NULL);
  g_assert_cmpstr (id, ==, "tps_brokens.tps");
  g_assert_cmpstr (title, ==, "TPS");
  g_assert_cmpstr (group, ==, "throughput");
  g_assert_cmpstr (group_title, ==, "Throughput");
  g_assert_cmpint (unit, ==, AWC_UNIT_PER_SECOND);
  g_assert_cmpuint (n_values, ==, 3);
  g_assert_cmpuint (color_index, ==, 0);
  g_assert_true (visible);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 3);
  g_assert_cmpfloat (mean, ==, 2);
  g_assert_cmpfloat (last, ==, 3);
  g_assert_cmpstr (awc_series_get_key (series), ==, "tps");

  g_object_set (series, "visible", FALSE, "color-index", 4, NULL);
  g_assert_false (awc_series_get_visible (series));
  g_assert_cmpuint (awc_series_get_color_index (series), ==, 4);
  g_object_get (series, "visible", &visible, "color-index", &color_index, NULL);
  g_assert_false (visible);
  g_assert_cmpuint (color_index, ==, 4);

  g_assert_finalize_object (series);
}

static void
test_key (void)
{
  AwcSeries *plain = awc_series_new ("loadcurve", NULL, "expected-load", NULL, AWC_UNIT_COUNT, NULL);
  AwcSeries *deep = awc_series_new ("performance_load.stage.users", NULL, "expected-load", NULL,
                                    AWC_UNIT_USERS, NULL);

  g_assert_cmpstr (awc_series_get_key (plain), ==, "loadcurve");
  /* No title given: the raw id stands in */
  g_assert_cmpstr (awc_series_get_title (plain), ==, "loadcurve");
  g_assert_cmpstr (awc_series_get_group_title (plain), ==, "expected-load");
  g_assert_cmpuint (awc_series_get_n_values (plain), ==, 0);
  g_assert_cmpstr (awc_series_get_key (deep), ==, "users");

  g_assert_finalize_object (plain);
  g_assert_finalize_object (deep);
}

static void
test_notify_once (void)
{
  AwcSeries *series = awc_series_new ("a.b", "B", "g", "G", AWC_UNIT_COUNT, NULL);
  guint visible_count = 0, color_count = 0;

  g_signal_connect (series, "notify::visible", G_CALLBACK (awc_test_count_notify), &visible_count);
  g_signal_connect (series, "notify::color-index", G_CALLBACK (awc_test_count_notify), &color_count);

  awc_series_set_visible (series, TRUE);           /* already visible */
  g_object_set (series, "visible", TRUE, NULL);
  g_assert_cmpuint (visible_count, ==, 0);

  awc_series_set_visible (series, FALSE);
  g_assert_cmpuint (visible_count, ==, 1);
  awc_series_set_visible (series, FALSE);
  g_object_set (series, "visible", FALSE, NULL);
  g_assert_cmpuint (visible_count, ==, 1);

  /* Any non-zero gboolean is TRUE: one change, not two */
  awc_series_set_visible (series, 2);
  g_assert_cmpuint (visible_count, ==, 2);
  awc_series_set_visible (series, TRUE);
  g_assert_cmpuint (visible_count, ==, 2);

  g_object_set (series, "visible", FALSE, NULL);
  g_assert_cmpuint (visible_count, ==, 3);

  awc_series_set_color_index (series, 0);
  g_assert_cmpuint (color_count, ==, 0);
  awc_series_set_color_index (series, 2);
  awc_series_set_color_index (series, 2);
  g_assert_cmpuint (color_count, ==, 1);

  g_assert_finalize_object (series);
}

static void
test_stats_gaps (void)
{
  static const double v[] = { NAN, 4, -2, NAN, 10, NAN };
  static const double none[] = { NAN, NAN };
  static const double inf[] = { 1, INFINITY, 3 };
  AwcSeries *series = awc_series_new ("x.y", NULL, "g", NULL, AWC_UNIT_COUNT, array_from (v, 6));
  AwcSeries *gaps = awc_series_new ("x.z", NULL, "g", NULL, AWC_UNIT_COUNT, array_from (none, 2));
  AwcSeries *infs = awc_series_new ("x.w", NULL, "g", NULL, AWC_UNIT_COUNT, array_from (inf, 3));
  AwcStats stats;
  const double *values;
  guint n;

  g_assert_cmpfloat (awc_series_get_min (series), ==, -2);
  g_assert_cmpfloat (awc_series_get_max (series), ==, 10);
  g_assert_cmpfloat (awc_series_get_mean (series), ==, 4);
  /* The last finite value, not the trailing gap */
  g_assert_cmpfloat (awc_series_get_last (series), ==, 10);

  values = awc_series_get_values (series, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_true (isnan (values[0]));
  g_assert_cmpfloat (values[1], ==, 4);

  awc_series_compute_stats (series, 1, 3, &stats);
  g_assert_cmpuint (stats.n_finite, ==, 2);
  g_assert_cmpfloat (stats.min, ==, -2);
  g_assert_cmpfloat (stats.max, ==, 4);
  g_assert_cmpfloat (stats.mean, ==, 1);
  g_assert_cmpfloat (stats.last, ==, -2);

  awc_series_compute_stats (series, 5, 100, &stats);
  g_assert_cmpuint (stats.n_finite, ==, 0);
  g_assert_true (isnan (stats.min) && isnan (stats.max) && isnan (stats.mean) && isnan (stats.last));

  awc_series_compute_stats (series, 4, 2, &stats);
  g_assert_cmpuint (stats.n_finite, ==, 0);

  g_assert_true (isnan (awc_series_get_min (gaps)));
  g_assert_true (isnan (awc_series_get_max (gaps)));
  g_assert_true (isnan (awc_series_get_mean (gaps)));
  g_assert_true (isnan (awc_series_get_last (gaps)));

  /* ±inf is treated as a gap */
  g_assert_cmpfloat (awc_series_get_max (infs), ==, 3);
  g_assert_cmpfloat (awc_series_get_mean (infs), ==, 2);

  g_assert_finalize_object (series);
  g_assert_finalize_object (gaps);
  g_assert_finalize_object (infs);
}

static void
brute_stats (const double *v,
             guint         first,
             guint         last,
             AwcStats     *s)
{
  double sum = 0;

  s->min = s->max = s->mean = s->last = NAN;
  s->n_finite = 0;
  for (guint i = first; i < last; i++)
    {
      if (isnan (v[i]))
        continue;
      if (s->n_finite == 0 || v[i] < s->min)
        s->min = v[i];
      if (s->n_finite == 0 || v[i] > s->max)
        s->max = v[i];
      s->last = v[i];
      sum += v[i];
      s->n_finite++;
    }
  if (s->n_finite > 0)
    s->mean = sum / s->n_finite;
}

static AwcSeries *
random_series (guint n,
               double nan_rate)
{
  GArray *a = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  for (guint i = 0; i < n; i++)
    {
      double v = g_test_rand_double () < nan_rate ? NAN : g_test_rand_double_range (0, 5000);

      g_array_append_val (a, v);
    }
  /* A long gap, so "last" must look far back */
  for (guint i = n / 2; i < n / 2 + n / 5; i++)
    g_array_index (a, double, i) = NAN;

  return awc_series_new ("r.r", NULL, "g", NULL, AWC_UNIT_MILLISECONDS, a);
}

static void
test_compute_stats_brute (void)
{
  static const double nan_rates[] = { 0, 0.3 };

  for (guint r = 0; r < G_N_ELEMENTS (nan_rates); r++)
    {
      AwcSeries *series = random_series (200000, nan_rates[r]);
      const double *v = awc_series_get_values (series, NULL);
      guint n = awc_series_get_n_values (series);

      for (guint i = 0; i < 600; i++)
        {
          guint a = g_test_rand_int_range (0, n + 1);
          guint b = g_test_rand_int_range (0, n + 1);
          guint first = MIN (a, b), last = MAX (a, b);
          AwcStats got, want;

          /* Short ranges too, around the length where the index takes
           * over from a scan, with ends on and off block boundaries */
          if (i % 3 == 0)
            last = first + g_test_rand_int_range (0, 5000);
          else if (i % 3 == 1)
            last = (first & ~31u) + 200 + g_test_rand_int_range (0, 128);
          last = MIN (last, n);

          awc_series_compute_stats (series, first, last, &got);
          brute_stats (v, first, last, &want);

          g_assert_cmpuint (got.n_finite, ==, want.n_finite);
          if (want.n_finite == 0)
            {
              g_assert_true (isnan (got.min) && isnan (got.max));
              g_assert_true (isnan (got.mean) && isnan (got.last));
              continue;
            }
          g_assert_cmpfloat (got.min, ==, want.min);
          g_assert_cmpfloat (got.max, ==, want.max);
          g_assert_cmpfloat (got.last, ==, want.last);
          /* Values are 0..5000: a relative tolerance of a few roundings */
          g_assert_cmpfloat (fabs (got.mean - want.mean), <=, 1e-12 * fabs (want.mean));
        }

      g_assert_finalize_object (series);
    }
}

/* Issue 6: the model keeps about 8 bytes per point per series plus
 * per-level summaries.  The values are the 8 bytes; the index behind
 * range stats and drawing (min/max levels, block sums and counts) must
 * stay a small fraction of them. */
static void
test_index_memory (void)
{
  guint n = 1000000;
  AwcSeries *series = random_series (n, 0.01);
  AwcStats stats;
  double per_point;

  /* A large range builds the whole index */
  awc_series_compute_stats (series, 10, n - 10, &stats);
  g_assert_cmpuint (stats.n_finite, >, 0);
  per_point = (double) awc_minmax_pyramid_get_size (awc_series_get_pyramid (series)) / n;
  g_test_message ("1,000,000 points: index %.2f bytes per point (values: 8)", per_point);
  g_assert_cmpfloat (per_point, <=, 4.0);

  g_assert_finalize_object (series);
}

static gpointer
get_pyramid_thread (gpointer data)
{
  return (gpointer) awc_series_get_pyramid (data);
}

static void
test_pyramid_threads (void)
{
  AwcSeries *series = random_series (300000, 0.1);
  GThread *threads[4];
  gconstpointer results[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("pyramid", get_pyramid_thread, series);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_assert_nonnull (results[i]);
      g_assert_true (results[i] == awc_series_get_pyramid (series));
    }
  g_assert_cmpuint (awc_minmax_pyramid_get_n_levels (results[0]), ==, 19);

  g_assert_finalize_object (series);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/series/properties", test_properties);
  g_test_add_func ("/awc/model/series/key", test_key);
  g_test_add_func ("/awc/model/series/notify-once", test_notify_once);
  g_test_add_func ("/awc/model/series/stats-gaps", test_stats_gaps);
  g_test_add_func ("/awc/model/series/compute-stats-brute", test_compute_stats_brute);
  g_test_add_func ("/awc/model/series/index-memory", test_index_memory);
  g_test_add_func ("/awc/model/series/pyramid-threads", test_pyramid_threads);

  return g_test_run ();
}
