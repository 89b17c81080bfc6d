/* awc-delta-bootstrap.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "awc-delta-private.h"

/* Why a block bootstrap: per-second samples of a load test are strongly
 * autocorrelated (a slow second is followed by slow seconds), so
 * resampling single seconds would understate the noise and call every
 * wiggle significant.  Resampling blocks of ~20 s keeps that correlation
 * inside each block.  Blocks are circular (they wrap around the end) so
 * every sample is equally likely to be drawn.
 *
 * Each resample draws ceil(n / L) block starts uniformly; with prefix sums
 * of w·v and w a block costs O(1), so 2 000 resamples of hours of data
 * take microseconds.  The PRNG is SplitMix64 with a fixed seed: the same
 * input always gives the same interval and verdict. */

#define MIN_SAMPLES 10

typedef struct
{
  double *wv;     /* prefix sums, n + 1 entries */
  double *w;
  guint   n;
  guint   block;
} Side;

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += 0x9e3779b97f4a7c15ull);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static void
side_init (Side         *side,
           const double *v,
           const double *w,
           guint         n,
           guint         block)
{
  side->n = n;
  side->block = CLAMP (block, 1, n);
  side->wv = g_new (double, n + 1);
  side->w = g_new (double, n + 1);
  side->wv[0] = side->w[0] = 0;
  for (guint i = 0; i < n; i++)
    {
      side->wv[i + 1] = side->wv[i] + w[i] * v[i];
      side->w[i + 1] = side->w[i] + w[i];
    }
}

static void
side_clear (Side *side)
{
  g_free (side->wv);
  g_free (side->w);
}

/* Sum over the circular block [start, start + block) */
static inline double
block_sum (const double *prefix,
           guint         n,
           guint         start,
           guint         block)
{
  guint end = start + block;

  if (end <= n)
    return prefix[end] - prefix[start];
  return prefix[n] - prefix[start] + prefix[end - n];
}

/* One resampled mean; NaN when the drawn weights are all zero. */
static double
resample_mean (const Side *side,
               guint64    *state)
{
  guint n_blocks = (side->n + side->block - 1) / side->block;
  double wv = 0, w = 0;

  for (guint k = 0; k < n_blocks; k++)
    {
      guint start = (guint) (splitmix64 (state) % side->n);

      wv += block_sum (side->wv, side->n, start, side->block);
      w += block_sum (side->w, side->n, start, side->block);
    }
  return w > 0 ? wv / w : NAN;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A total order on the two sides' samples, so that the pair is always
 * resampled in the same order whichever run is called A. */
static int
compare_sides (const double *va,
               const double *wa,
               guint         na,
               guint         block_a,
               const double *vb,
               const double *wb,
               guint         nb,
               guint         block_b)
{
  if (na != nb)
    return na < nb ? -1 : 1;
  if (block_a != block_b)
    return block_a < block_b ? -1 : 1;
  for (guint i = 0; i < na; i++)
    if (va[i] != vb[i])
      return va[i] < vb[i] ? -1 : 1;
  for (guint i = 0; i < na; i++)
    if (wa[i] != wb[i])
      return wa[i] < wb[i] ? -1 : 1;
  return 0;
}

static gboolean
bootstrap_ordered (const double *va,
                   const double *wa,
                   guint         na,
                   guint         block_a,
                   const double *vb,
                   const double *wb,
                   guint         nb,
                   guint         block_b,
                   guint         n_resamples,
                   guint64       seed,
                   double       *ci_low,
                   double       *ci_high)
{
  g_autofree double *diffs = NULL;
  guint64 state = seed;
  Side a, b;
  guint m = 0;

  *ci_low = *ci_high = NAN;
  if (na < MIN_SAMPLES || nb < MIN_SAMPLES || n_resamples < 40)
    return FALSE;

  side_init (&a, va, wa, na, block_a);
  side_init (&b, vb, wb, nb, block_b);
  diffs = g_new (double, n_resamples);
  for (guint r = 0; r < n_resamples; r++)
    {
      double mean_a = resample_mean (&a, &state);
      double mean_b = resample_mean (&b, &state);

      if (isfinite (mean_a) && isfinite (mean_b))
        diffs[m++] = mean_b - mean_a;
    }
  side_clear (&a);
  side_clear (&b);

  if (m < n_resamples / 2)
    return FALSE;

  /* Percentile interval */
  qsort (diffs, m, sizeof (double), compare_doubles);
  *ci_low = diffs[(guint) floor (0.025 * (m - 1))];
  *ci_high = diffs[(guint) ceil (0.975 * (m - 1))];
  return TRUE;
}

/* Symmetric by construction: swapping A and B must negate the interval
 * exactly, or a verdict could flip from "within noise" to "worse" just by
 * naming the runs the other way round.  The random stream depends only
 * on @seed, the pair is resampled in a fixed order of the two sides
 * (compare_sides()), and the other order gets the negated interval. */
gboolean
_awc_delta_bootstrap (const double *va,
                      const double *wa,
                      guint         na,
                      guint         block_a,
                      const double *vb,
                      const double *wb,
                      guint         nb,
                      guint         block_b,
                      guint         n_resamples,
                      guint64       seed,
                      double       *ci_low,
                      double       *ci_high)
{
  double low, high;
  int order;

  *ci_low = *ci_high = NAN;
  if (na < MIN_SAMPLES || nb < MIN_SAMPLES || n_resamples < 40)
    return FALSE;

  order = compare_sides (va, wa, na, block_a, vb, wb, nb, block_b);
  if (order == 0)
    {
      /* The same samples on both sides: the difference is exactly 0 */
      *ci_low = *ci_high = 0;
      return TRUE;
    }
  if (order < 0)
    return bootstrap_ordered (va, wa, na, block_a, vb, wb, nb, block_b,
                              n_resamples, seed, ci_low, ci_high);

  if (!bootstrap_ordered (vb, wb, nb, block_b, va, wa, na, block_a,
                          n_resamples, seed, &low, &high))
    return FALSE;
  /* "+ 0.0" turns a -0 into 0 */
  *ci_low = -high + 0.0;
  *ci_high = -low + 0.0;
  return TRUE;
}
