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

static void
check_range (const AwcMinMaxPyramid *pyramid,
             const double           *v,
             guint                   first,
             guint                   last)
{
  double bmin, bmax, pmin = 0, pmax = 0;
  gboolean bany = brute_force (v, first, last, &bmin, &bmax);
  gboolean pany = awc_minmax_pyramid_query (pyramid, first, last, &pmin, &pmax);

  if (bany != pany || (bany && (bmin != pmin || bmax != pmax)))
    g_error ("range [%u, %u): brute %d %g %g, pyramid %d %g %g",
             first, last, bany, bmin, bmax, pany, pmin, pmax);
  if (!bany)
    g_assert_true (isnan (pmin) && isnan (pmax));

  g_assert_cmpint (_awc_minmax_pyramid_find_last (pyramid, first, last), ==,
                   brute_last (v, first, last));
}

/* Every range of small arrays of every length. */
static void
test_exhaustive_small (void)
{
  for (guint n = 0; n <= 40; n++)
    {
      g_autofree double *v = make_data (n, 0.3);
      g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);

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

      for (guint i = 0; i < 2000; i++)
        {
          guint a = g_test_rand_int_range (0, n + 1);
          guint b = g_test_rand_int_range (0, n + 1);

          check_range (pyramid, v, MIN (a, b), MAX (a, b));
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
      }
    }
}

/* The stored levels are what the renderer draws from: check each block,
 * including the partial last block of a level. */
static void
test_levels (void)
{
  guint n = 1000;
  g_autofree double *v = make_data (n, 0.2);
  g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);
  guint n_levels = awc_minmax_pyramid_get_n_levels (pyramid);

  g_assert_cmpuint (n_levels, ==, 10);   /* 2^10 = 1024 >= 1000 */

  for (guint k = 1; k <= n_levels; k++)
    {
      const double *mins, *maxs;
      guint n_blocks = awc_minmax_pyramid_get_level (pyramid, k, &mins, &maxs);
      guint size = 1u << k;

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
}

static void
test_edge_cases (void)
{
  static const double one[] = { 42 };
  static const double gaps[] = { NAN, NAN, NAN };
  g_autoptr(AwcMinMaxPyramid) empty = awc_minmax_pyramid_new (NULL, 0);
  g_autoptr(AwcMinMaxPyramid) single = awc_minmax_pyramid_new (one, 1);
  g_autoptr(AwcMinMaxPyramid) all_gaps = awc_minmax_pyramid_new (gaps, 3);
  double mn, mx;

  g_assert_cmpuint (awc_minmax_pyramid_get_n_levels (empty), ==, 0);
  g_assert_false (awc_minmax_pyramid_query (empty, 0, 10, &mn, &mx));
  g_assert_cmpuint (awc_minmax_pyramid_get_n_levels (single), ==, 0);
  g_assert_true (awc_minmax_pyramid_query (single, 0, 1, &mn, &mx));
  g_assert_cmpfloat (mn, ==, 42);
  g_assert_cmpfloat (mx, ==, 42);
  g_assert_false (awc_minmax_pyramid_query (single, 1, 1, &mn, &mx));
  g_assert_false (awc_minmax_pyramid_query (all_gaps, 0, 3, &mn, &mx));
  g_assert_true (isnan (mn) && isnan (mx));
  g_assert_cmpint (_awc_minmax_pyramid_find_last (all_gaps, 0, 3), ==, -1);
}

/* About 2 doubles per sample in total (n/2 + n/4 + … blocks × 2). */
static void
test_memory (void)
{
  guint n = 1000000;
  g_autofree double *v = g_new0 (double, n);
  g_autoptr(AwcMinMaxPyramid) pyramid = awc_minmax_pyramid_new (v, n);
  gsize size = awc_minmax_pyramid_get_size (pyramid);

  g_test_message ("pyramid of %u samples: %" G_GSIZE_FORMAT " bytes (%.2f per sample)",
                  n, size, (double) size / n);
  g_assert_cmpuint (size, >=, (gsize) n * 2 * sizeof (double) * 0.99);
  g_assert_cmpuint (size, <=, (gsize) n * 2 * sizeof (double) * 1.01 + 4096);
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
  g_test_add_func ("/awc/model/pyramid/memory", test_memory);

  return g_test_run ();
}
