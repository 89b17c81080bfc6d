/* test-pyramid.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "model/awc-minmax-pyramid-private.h"

static gboolean
brute_force (const double *v,
             guint         first,
             guint         last,
             double       *min,
             double       *max)
{
  gboolean any = FALSE;

  *min = *max = NAN;
  for (guint i = first; i < last; i++)
    {
      if (isnan (v[i]))
        continue;
      if (!any || v[i] < *min)
        *min = v[i];
      if (!any || v[i] > *max)
        *max = v[i];
      any = TRUE;
    }

  return any;
}

static gint64
brute_last (const double *v,
            guint         first,
            guint         last)
{
  for (guint i = last; i > first; i--)
    if (!isnan (v[i - 1]))
      return i - 1;

  return -1;
}

/* Random values with NaN gaps of every scale: single samples, aligned
 * and unaligned runs of 2^k, so whole blocks at every level are gaps. */
static double *
make_data (guint  n,
           double nan_rate)
{
  double *v = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    v[i] = g_test_rand_double_range (-1000, 1000);

  for (guint i = 0; i < n; i++)
    if (g_test_rand_double () < nan_rate)
      v[i] = NAN;

  for (guint k = 1; n > 0 && (1u << k) < n; k++)
    {
      guint len = 1u << k;
      guint start = g_test_rand_int_range (0, n);

      if (g_test_rand_bit ())
        start &= ~(len - 1);   /* aligned: a whole block at level k */
      for (guint i = start; i < MIN (n, start + len); i++)
        v[i] = NAN;
    }

  return v;
}

/* Neumaier-compensated sum of the non-NaN values: the reference for
 * the pyramid's double-double block sums. */
static guint
brute_sum (const double *v,
           guint         first,
           guint         last,
           double       *sum,
           double       *abs_sum)
{
  double s = 0, c = 0, a = 0;
  guint count = 0;

  for (guint i = first; i < last; i++)
    {
      double t;

      if (isnan (v[i]))
        continue;
      t = s + v[i];
      c += fabs (s) >= fabs (v[i]) ? (s - t) + v[i] : (v[i] - t) + s;
      s = t;
      a += fabs (v[i]);
      count++;
    }

  *sum = s + c;
  *abs_sum = a;
  return count;
}

static void
check_range (const AwcMinMaxPyramid *pyramid,
             const double           *v,
             guint                   first,
             guint                   last)
{
  double bmin, bmax, pmin = 0, pmax = 0, bsum, babs, psum = -1;
  gboolean bany = brute_force (v, first, last, &bmin, &bmax);
  gboolean pany = awc_minmax_pyramid_query (pyramid, first, last, &pmin, &pmax);
  guint bcount = brute_sum (v, first, last, &bsum, &babs);
  guint pcount = _awc_minmax_pyramid_sum (pyramid, first, last, &psum);

  if (bany != pany || (bany && (bmin != pmin || bmax != pmax)))
    g_error ("range [%u, %u): brute %d %g %g, pyramid %d %g %g",
             first, last, bany, bmin, bmax, pany, pmin, pmax);
  if (!bany)
    g_assert_true (isnan (pmin) && isnan (pmax));

  g_assert_cmpint (_awc_minmax_pyramid_find_last (pyramid, first, last), ==,
                   brute_last (v, first, last));

  g_assert_cmpuint (pcount, ==, bcount);
  /* Relative to the magnitudes summed: a few roundings at most */
  if (fabs (psum - bsum) > 1e-14 * babs)
    g_error ("range [%u, %u): sum %.17g, brute force %.17g", first, last, psum, bsum);
}

/* Every range of small arrays of every length, at several base levels
 * so that ranges shorter than a block, unaligned ends and partial last
 * blocks all occur at every stored level. */
static void
test_exhaustive_small (void)
{
  static const guint bases[] = { 1, 2, 3, 4, AWC_MINMAX_PYRAMID_BASE_LEVEL };

  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    for (guint n = 0; n <= 100; n++)
      {
        g_autofree double *v = make_data (n, 0.3);
        g_autoptr(AwcMinMaxPyramid) pyramid = _awc_minmax_pyramid_new_full (v, n, bases[b]);

        g_assert_cmpuint (awc_minmax_pyramid_get_base_level (pyramid), ==, bases[b]);
        for (guint first = 0; first <= n; first++)
          for (guint last = first; last <= n; last++)
            check_range (pyramid, v, first, last);
      }
}

static void
test_random_large (void)
{
  static const guint sizes[] = { 1000, 4097, 65536, 100003 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      guint n = sizes[s];
      g_autofree double *v = make_data (n, s % 2 ? 0.9 : 0.05);
      g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);
      guint size = 1u << awc_minmax_pyramid_get_base_level (pyramid);

      for (guint i = 0; i < 3000; i++)
        {
          guint a = g_test_rand_int_range (0, n + 1);
          guint b = g_test_rand_int_range (0, n + 1);
          guint first = MIN (a, b), last = MAX (a, b);

          switch (i % 3)
            {
            case 0:   /* shorter than two blocks, anywhere */
              last = first + g_test_rand_int_range (0, 2 * size + 1);
              last = MIN (last, n);
              break;
            case 1:   /* ends on block boundaries, or just off them */
              {
                /* (CLAMP and MIN evaluate their arguments twice) */
                gint64 a_off = (gint64) (first / size * size) + g_test_rand_int_range (-1, 2);
                gint64 b_off = (gint64) (last / size * size) + g_test_rand_int_range (-1, 2);

                first = (guint) CLAMP (a_off, 0, n);
                last = (guint) CLAMP (b_off, first, n);
              }
              break;
            default:
              break;
            }
          check_range (pyramid, v, first, last);
        }

      check_range (pyramid, v, 0, n);
      /* Ranges past the end are clamped */
      check_range (pyramid, v, n / 2, n);
      {
        double mn, mx, bmn, bmx;
        gboolean any = awc_minmax_pyramid_query (pyramid, n / 2, n + 50, &mn, &mx);

        g_assert_cmpint (any, ==, brute_force (v, n / 2, n, &bmn, &bmx));
        if (any)
          {
            g_assert_cmpfloat (mn, ==, bmn);
            g_assert_cmpfloat (mx, ==, bmx);
          }
        g_assert_cmpint (_awc_minmax_pyramid_find_last (pyramid, n / 2, n + 50), ==,
                         brute_last (v, n / 2, n));
      }
    }
}

/* The stored levels are what a renderer may draw from: check each block,
 * including the partial last block of a level, at every stored level and
 * several gap rates (make_data blanks whole aligned blocks too). */
static void
test_levels (void)
{
  static const double nan_rates[] = { 0, 0.2, 0.97 };
  guint n = 1000;

  for (guint r = 0; r < G_N_ELEMENTS (nan_rates); r++)
    {
      g_autofree double *v = make_data (n, nan_rates[r]);
      g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);
      guint n_levels = awc_minmax_pyramid_get_n_levels (pyramid);
      guint base = awc_minmax_pyramid_get_base_level (pyramid);
      guint n_stored = 0;

      g_assert_cmpuint (n_levels, ==, 10);   /* 2^10 = 1024 >= 1000 */
      g_assert_cmpuint (base, ==, AWC_MINMAX_PYRAMID_BASE_LEVEL);

      for (guint k = 0; k <= n_levels + 1; k++)
        {
          const double *mins = (const double *) &n, *maxs = (const double *) &n;
          guint n_blocks = awc_minmax_pyramid_get_level (pyramid, k, &mins, &maxs);
          guint size = 1u << k;

          /* Below the base level (and above the top) nothing is stored */
          if (k < base || k > n_levels)
            {
              g_assert_cmpuint (n_blocks, ==, 0);
              g_assert_null (mins);
              g_assert_null (maxs);
              continue;
            }

          n_stored++;
          g_assert_cmpuint (n_blocks, ==, (n + size - 1) / size);
          for (guint b = 0; b < n_blocks; b++)
            {
              double bmin, bmax;
              gboolean any = brute_force (v, b * size, MIN (n, (b + 1) * size), &bmin, &bmax);

              if (any)
                {
                  g_assert_cmpfloat (mins[b], ==, bmin);
                  g_assert_cmpfloat (maxs[b], ==, bmax);
                }
              else
                g_assert_true (isnan (mins[b]) && isnan (maxs[b]));
            }
        }
      g_assert_cmpuint (n_stored, ==, n_levels - base + 1);
    }
}

static void
test_edge_cases (void)
{
  static const double one[] = { 42 };
  static const double gaps[] = { NAN, NAN, NAN };
  g_autoptr(AwcMinMaxPyramid) empty = awc_minmax_pyramid_new (NULL, 0);
  g_autoptr(AwcMinMaxPyramid) single = awc_minmax_pyramid_new (one, 1);
  g_autoptr(AwcMinMaxPyramid) all_gaps = awc_minmax_pyramid_new (gaps, 3);
  double mn, mx, sum = -1;

  g_assert_cmpuint (awc_minmax_pyramid_get_n_levels (empty), ==, 0);
  g_assert_false (awc_minmax_pyramid_query (empty, 0, 10, &mn, &mx));
  g_assert_cmpuint (_awc_minmax_pyramid_sum (empty, 0, 10, &sum), ==, 0);
  g_assert_cmpfloat (sum, ==, 0);
  g_assert_cmpuint (awc_minmax_pyramid_get_n_levels (single), ==, 0);
  g_assert_true (awc_minmax_pyramid_query (single, 0, 1, &mn, &mx));
  g_assert_cmpfloat (mn, ==, 42);
  g_assert_cmpfloat (mx, ==, 42);
  g_assert_cmpuint (_awc_minmax_pyramid_sum (single, 0, 5, &sum), ==, 1);
  g_assert_cmpfloat (sum, ==, 42);
  g_assert_false (awc_minmax_pyramid_query (single, 1, 1, &mn, &mx));
  g_assert_false (awc_minmax_pyramid_query (all_gaps, 0, 3, &mn, &mx));
  g_assert_true (isnan (mn) && isnan (mx));
  g_assert_cmpint (_awc_minmax_pyramid_find_last (all_gaps, 0, 3), ==, -1);
  g_assert_cmpuint (_awc_minmax_pyramid_sum (all_gaps, 0, 3, &sum), ==, 0);
}

/* Range sums must not inherit the rounding of huge values elsewhere in
 * the series: after a first half near 1e12, the running sum is near
 * 5e16, where a double's step is 8, so a plain prefix sum would lose
 * the small values of the second half entirely. */
static void
test_sum_cancellation (void)
{
  guint n = 100000;
  g_autofree double *v = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      if (i < n / 2)
        v[i] = 1e12 + g_test_rand_double_range (-1000, 1000);
      else
        v[i] = g_test_rand_double_range (0, 10);
    }

  {
    g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);

    for (guint i = 0; i < 500; i++)
      {
        guint first = g_test_rand_int_range (n / 2, n);
        guint last = first + g_test_rand_int_range (0, 5000);

        last = MIN (last, n);

        check_range (pyramid, v, first, last);
      }
    /* Straddling both halves */
    check_range (pyramid, v, n / 2 - 100, n / 2 + 1000);
  }
}

/* Summaries are a small fraction of the 8 bytes per sample of the values:
 * min/max from blocks of 2^base (2 doubles × 2/2^base per sample) plus
 * the double-double block prefix sums and, with gaps, their counts. */
static void
test_memory (void)
{
  guint n = 1000000;
  g_autofree double *v = g_new0 (double, n);

  for (guint gaps = 0; gaps < 2; gaps++)
    {
      g_autoptr(AwcMinMaxPyramid) pyramid = NULL;
      double per_sample, expected;
      guint base;

      if (gaps)
        v[n / 3] = NAN;
      pyramid = awc_minmax_pyramid_new (v, n);
      base = awc_minmax_pyramid_get_base_level (pyramid);
      per_sample = (double) awc_minmax_pyramid_get_size (pyramid) / n;
      expected = (32.0 + 16 + (gaps ? 4 : 0)) / (1u << base);

      g_test_message ("summaries of %u samples (%s): %.3f bytes per sample",
                      n, gaps ? "with gaps" : "no gaps", per_sample);
      g_assert_cmpfloat (per_sample, >=, expected * 0.99);
      g_assert_cmpfloat (per_sample, <=, expected * 1.01 + 0.01);
      g_assert_cmpfloat (per_sample, <=, 4.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/pyramid/exhaustive-small", test_exhaustive_small);
  g_test_add_func ("/awc/model/pyramid/random-large", test_random_large);
  g_test_add_func ("/awc/model/pyramid/levels", test_levels);
  g_test_add_func ("/awc/model/pyramid/edge-cases", test_edge_cases);
  g_test_add_func ("/awc/model/pyramid/sum-cancellation", test_sum_cancellation);
  g_test_add_func ("/awc/model/pyramid/memory", test_memory);

  return g_test_run ();
}
