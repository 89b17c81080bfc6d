/* awc-minmax-pyramid.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-minmax-pyramid-private.h"

/* Level k (base ≤ k ≤ n_levels) holds ceil (n / 2^k) blocks; the last
 * block of a level may be partial.  The stored levels live in two flat
 * arrays (mins and maxs), level k starting at offsets[k], so they cost
 * (n/2^base + n/2^(base+1) + … + 1) × 2 doubles, i.e. about 32/2^base
 * bytes per sample: 1 at the default base of 32-sample blocks.  The top
 * level has a single block covering everything.
 *
 * Range means come from prefix sums over the whole base blocks:
 * sum_hi[b] + sum_lo[b] is the sum of the finite samples in blocks
 * [0, b), kept in double-double so that subtracting two large prefixes
 * loses nothing; finite[b] counts those samples (NULL without gaps).
 * That is 20/2^base bytes per sample (16 without gaps): 0.625 (0.5). */
struct _AwcMinMaxPyramid
{
  /* Borrowed */
  const double *values;
  guint         n_values;

  /* Owned */
  guint         base;
  guint         n_levels;
  guint        *offsets;   /* n_levels + 1 entries; 0 below the base */
  guint        *counts;    /* blocks per level; 0 below the base */
  double       *mins;
  double       *maxs;
  gsize         n_blocks;
  guint         n_full;    /* whole base blocks */
  double       *sum_hi;    /* n_full + 1 entries */
  double       *sum_lo;
  guint        *finite;    /* n_full + 1 entries, or NULL */
};

static inline void
merge (double *min,
       double *max,
       double  vmin,
       double  vmax)
{
  /* NaN marks "no finite value": never let it win a comparison */
  if (!isnan (vmin) && (isnan (*min) || vmin < *min))
    *min = vmin;
  if (!isnan (vmax) && (isnan (*max) || vmax > *max))
    *max = vmax;
}

/* Min and max of the non-NaN values[first, last) merged into *min, *max. */
static inline void
scan_min_max (const double *values,
              guint         first,
              guint         last,
              double       *min,
              double       *max)
{
  for (guint i = first; i < last; i++)
    merge (min, max, values[i], values[i]);
}

/* Knuth's TwoSum: s + e == a + b exactly. */
static inline void
two_sum (double  a,
         double  b,
         double *s,
         double *e)
{
  double bb;

  *s = a + b;
  bb = *s - a;
  *e = (a - (*s - bb)) + (b - bb);
}

/* One pass over the values: min, max, and for whole blocks the sum and
 * count of the finite samples, per base block. */
static void
build_base (AwcMinMaxPyramid *self)
{
  const double *values = self->values;
  guint size = 1u << self->base;
  guint n_here = self->counts[self->base];
  double *mins = self->mins + self->offsets[self->base];
  double *maxs = self->maxs + self->offsets[self->base];
  double hi = 0, lo = 0;
  guint total = 0;

  for (guint b = 0; b < n_here; b++)
    {
      guint start = b << self->base;
      guint end = MIN (self->n_values - start, size) + start;
      double mn = INFINITY, mx = -INFINITY, sum = 0;
      guint count = 0;

      for (guint i = start; i < end; i++)
        {
          double v = values[i];

          if (isnan (v))
            continue;
          mn = v < mn ? v : mn;
          mx = v > mx ? v : mx;
          sum += v;
          count++;
        }
      mins[b] = count > 0 ? mn : NAN;
      maxs[b] = count > 0 ? mx : NAN;

      if (b < self->n_full)
        {
          double s, e;

          /* (hi, lo) += sum in double-double, renormalised so that lo
           * stays below half an ulp of hi and keeps its precision */
          two_sum (hi, sum, &s, &e);
          two_sum (s, e + lo, &hi, &lo);
          total += count;
          self->sum_hi[b + 1] = hi;
          self->sum_lo[b + 1] = lo;
          self->finite[b + 1] = total;
        }
    }
}

AwcMinMaxPyramid *
_awc_minmax_pyramid_new_full (const double *values,
                              guint         n_values,
                              guint         base_level)
{
  AwcMinMaxPyramid *self;
  guint n_levels = 0;
  gsize total = 0;

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);
  g_return_val_if_fail (base_level >= 1 && base_level < 31, NULL);

  while (n_levels < 32 && (G_GUINT64_CONSTANT (1) << n_levels) < n_values)
    n_levels++;

  self = g_new0 (AwcMinMaxPyramid, 1);
  self->values = values;
  self->n_values = n_values;
  self->base = base_level;
  self->n_levels = n_levels;
  self->offsets = g_new0 (guint, n_levels + 1);
  self->counts = g_new0 (guint, n_levels + 1);

  for (guint k = base_level; k <= n_levels; k++)
    {
      self->offsets[k] = total;
      self->counts[k] = (guint) (((guint64) n_values + (G_GUINT64_CONSTANT (1) << k) - 1) >> k);
      total += self->counts[k];
    }
  self->n_blocks = total;
  self->mins = g_new (double, MAX (total, 1));
  self->maxs = g_new (double, MAX (total, 1));

  self->n_full = n_values >> base_level;
  self->sum_hi = g_new (double, self->n_full + 1);
  self->sum_lo = g_new (double, self->n_full + 1);
  self->finite = g_new (guint, self->n_full + 1);
  self->sum_hi[0] = self->sum_lo[0] = 0;
  self->finite[0] = 0;

  if (n_levels >= base_level)
    build_base (self);

  for (guint k = base_level + 1; k <= n_levels; k++)
    {
      guint n_below = self->counts[k - 1];
      const double *bmins = self->mins + self->offsets[k - 1];
      const double *bmaxs = self->maxs + self->offsets[k - 1];
      double *mins = self->mins + self->offsets[k];
      double *maxs = self->maxs + self->offsets[k];

      for (guint i = 0; i < self->counts[k]; i++)
        {
          double mn = bmins[2 * i], mx = bmaxs[2 * i];

          if (2 * i + 1 < n_below)
            merge (&mn, &mx, bmins[2 * i + 1], bmaxs[2 * i + 1]);
          mins[i] = mn;
          maxs[i] = mx;
        }
    }

  /* Without gaps the count of a range is its length */
  if (self->finite[self->n_full] == (guint64) self->n_full << base_level)
    g_clear_pointer (&self->finite, g_free);

  return self;
}

AwcMinMaxPyramid *
awc_minmax_pyramid_new (const double *values,
                        guint         n_values)
{
  return _awc_minmax_pyramid_new_full (values, n_values, AWC_MINMAX_PYRAMID_BASE_LEVEL);
}

void
awc_minmax_pyramid_free (AwcMinMaxPyramid *self)
{
  if (self == NULL)
    return;

  g_free (self->offsets);
  g_free (self->counts);
  g_free (self->mins);
  g_free (self->maxs);
  g_free (self->sum_hi);
  g_free (self->sum_lo);
  g_free (self->finite);
  g_free (self);
}

guint
awc_minmax_pyramid_get_n_levels (const AwcMinMaxPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_levels;
}

guint
awc_minmax_pyramid_get_base_level (const AwcMinMaxPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->base;
}

guint
awc_minmax_pyramid_get_level (const AwcMinMaxPyramid  *self,
                              guint                    level,
                              const double           **mins,
                              const double           **maxs)
{
  gboolean stored;

  g_return_val_if_fail (self != NULL, 0);

  stored = level >= self->base && level <= self->n_levels;
  if (mins != NULL)
    *mins = stored ? self->mins + self->offsets[level] : NULL;
  if (maxs != NULL)
    *maxs = stored ? self->maxs + self->offsets[level] : NULL;

  return stored ? self->counts[level] : 0;
}

/* The raw samples before the first and after the last whole base block
 * are scanned (fewer than 2^base each); the whole blocks between are
 * walked up the levels: at each level take the odd block at either end
 * of the remaining range, then halve the range.  Only whole blocks
 * inside [first, last) are ever read, so partial last blocks never leak
 * values from outside the range.  At most two blocks per level. */
gboolean
awc_minmax_pyramid_query (const AwcMinMaxPyramid *self,
                          guint                   first,
                          guint                   last,
                          double                 *min,
                          double                 *max)
{
  double mn = NAN, mx = NAN;
  guint lo, hi;

  g_return_val_if_fail (self != NULL, FALSE);

  last = MIN (last, self->n_values);
  lo = (guint) (((guint64) first + (1u << self->base) - 1) >> self->base);
  hi = last >> self->base;

  if (lo >= hi)
    scan_min_max (self->values, first, last, &mn, &mx);
  else
    {
      scan_min_max (self->values, first, lo << self->base, &mn, &mx);
      scan_min_max (self->values, hi << self->base, last, &mn, &mx);

      for (guint k = self->base; lo < hi; k++)
        {
          const double *mins = self->mins + self->offsets[k];
          const double *maxs = self->maxs + self->offsets[k];

          g_assert (k <= self->n_levels);

          if (lo & 1)
            {
              merge (&mn, &mx, mins[lo], maxs[lo]);
              lo++;
            }
          if (hi & 1 && lo < hi)
            {
              hi--;
              merge (&mn, &mx, mins[hi], maxs[hi]);
            }

          lo >>= 1;
          hi >>= 1;
        }
    }

  if (min != NULL)
    *min = mn;
  if (max != NULL)
    *max = mx;

  return !isnan (mn);
}

/* Index of the last non-NaN sample in [first, last), or -1.  Scans back
 * to a block boundary, steps back over the largest aligned blocks that
 * fit, descends into the first block that holds a value and scans its
 * base block; what is left before the first whole block is scanned too:
 * O(log n + 2^base). */
gint64
_awc_minmax_pyramid_find_last (const AwcMinMaxPyramid *self,
                               guint                   first,
                               guint                   last)
{
  guint64 size = G_GUINT64_CONSTANT (1) << self->base;
  guint64 i, stop;

  g_return_val_if_fail (self != NULL, -1);

  last = MIN (last, self->n_values);
  i = last;
  stop = MAX (first, (i >> self->base) << self->base);

  for (; i > stop; i--)
    if (!isnan (self->values[i - 1]))
      return (gint64) i - 1;

  /* Here i is a multiple of the block size, or first */
  while (i > first && i - first >= size)
    {
      guint k = self->base;
      guint64 index;

      while (k < self->n_levels &&
             (i & ((G_GUINT64_CONSTANT (2) << k) - 1)) == 0 &&
             i - first >= (G_GUINT64_CONSTANT (2) << k))
        k++;

      index = (i >> k) - 1;
      if (!isnan (self->mins[self->offsets[k] + index]))
        {
          guint64 start;

          while (k > self->base)
            {
              k--;
              index = isnan (self->mins[self->offsets[k] + 2 * index + 1]) ? 2 * index : 2 * index + 1;
            }
          start = index << self->base;
          for (i = start + size; i > start; i--)
            if (!isnan (self->values[i - 1]))
              return (gint64) i - 1;
          g_assert_not_reached ();
        }

      i -= G_GUINT64_CONSTANT (1) << k;
    }

  for (; i > first; i--)
    if (!isnan (self->values[i - 1]))
      return (gint64) i - 1;

  return -1;
}

/* Plain sum and count of the non-NaN values[first, last) */
static inline double
scan_sum (const double *values,
          guint         first,
          guint         last,
          guint        *count)
{
  double sum = 0;

  for (guint i = first; i < last; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        (*count)++;
      }

  return sum;
}

guint
_awc_minmax_pyramid_sum (const AwcMinMaxPyramid *self,
                         guint                   first,
                         guint                   last,
                         double                 *sum)
{
  guint lo, hi, count = 0;
  double s, e, ends, s2, e2;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (sum != NULL, 0);

  last = MIN (last, self->n_values);
  *sum = 0;
  if (first >= last)
    return 0;

  lo = (guint) (((guint64) first + (1u << self->base) - 1) >> self->base);
  hi = last >> self->base;
  if (lo >= hi)
    {
      *sum = scan_sum (self->values, first, last, &count);
      return count;
    }

  ends = scan_sum (self->values, first, lo << self->base, &count)
         + scan_sum (self->values, hi << self->base, last, &count);
  if (self->finite != NULL)
    count += self->finite[hi] - self->finite[lo];
  else
    count += (hi - lo) << self->base;

  /* (hi_b + lo_b) − (hi_a + lo_a) + ends, rounded once at the end */
  two_sum (self->sum_hi[hi], -self->sum_hi[lo], &s, &e);
  e += self->sum_lo[hi] - self->sum_lo[lo];
  two_sum (s, ends, &s2, &e2);
  *sum = count > 0 ? s2 + (e + e2) : 0;

  return count;
}

gsize
awc_minmax_pyramid_get_size (const AwcMinMaxPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sizeof *self
         + self->n_blocks * 2 * sizeof (double)
         + (self->n_levels + 1) * 2 * sizeof (guint)
         + ((gsize) self->n_full + 1) * 2 * sizeof (double)
         + (self->finite != NULL ? ((gsize) self->n_full + 1) * sizeof (guint) : 0);
}
