/* awc-minmax-pyramid.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-minmax-pyramid-private.h"

/* Level k (1 ≤ k ≤ n_levels) holds ceil (n / 2^k) blocks; the last block
 * of a level may be partial.  All levels live in two flat arrays (mins and
 * maxs), level k starting at offsets[k], so the whole pyramid costs
 * (n/2 + n/4 + … + 1) × 2 doubles, i.e. about 16 bytes per sample.
 * The top level has a single block covering everything. */
struct _AwcMinMaxPyramid
{
  /* Borrowed */
  const double *values;
  guint         n_values;

  /* Owned */
  guint         n_levels;
  guint        *offsets;   /* n_levels + 2 entries; [0] and [1] are 0 */
  guint        *counts;    /* blocks per level; [0] = n_values */
  double       *mins;
  double       *maxs;
  gsize         n_blocks;
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

AwcMinMaxPyramid *
awc_minmax_pyramid_new (const double *values,
                        guint         n_values)
{
  AwcMinMaxPyramid *self;
  guint n_levels = 0;
  gsize total = 0;

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  for (guint64 count = n_values; count > 1; n_levels++)
    {
      count = (count + 1) / 2;
      total += count;
    }

  self = g_new0 (AwcMinMaxPyramid, 1);
  self->values = values;
  self->n_values = n_values;
  self->n_levels = n_levels;
  self->offsets = g_new0 (guint, n_levels + 2);
  self->counts = g_new0 (guint, n_levels + 1);
  self->n_blocks = total;
  self->mins = g_new (double, MAX (total, 1));
  self->maxs = g_new (double, MAX (total, 1));
  self->counts[0] = n_values;

  for (guint k = 1; k <= n_levels; k++)
    {
      guint n_below = self->counts[k - 1];
      guint n_here = (n_below + 1) / 2;
      double *mins = self->mins + self->offsets[k];
      double *maxs = self->maxs + self->offsets[k];

      self->counts[k] = n_here;
      self->offsets[k + 1] = self->offsets[k] + n_here;

      if (k == 1)
        {
          for (guint i = 0; i < n_here; i++)
            {
              double mn = NAN, mx = NAN;

              merge (&mn, &mx, values[2 * i], values[2 * i]);
              if (2 * i + 1 < n_values)
                merge (&mn, &mx, values[2 * i + 1], values[2 * i + 1]);
              mins[i] = mn;
              maxs[i] = mx;
            }
        }
      else
        {
          const double *bmins = self->mins + self->offsets[k - 1];
          const double *bmaxs = self->maxs + self->offsets[k - 1];

          for (guint i = 0; i < n_here; i++)
            {
              double mn = bmins[2 * i], mx = bmaxs[2 * i];

              if (2 * i + 1 < n_below)
                merge (&mn, &mx, bmins[2 * i + 1], bmaxs[2 * i + 1]);
              mins[i] = mn;
              maxs[i] = mx;
            }
        }
    }

  return self;
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
  g_free (self);
}

guint
awc_minmax_pyramid_get_n_levels (const AwcMinMaxPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_levels;
}

guint
awc_minmax_pyramid_get_level (const AwcMinMaxPyramid  *self,
                              guint                    level,
                              const double           **mins,
                              const double           **maxs)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (level >= 1 && level <= self->n_levels, 0);

  if (mins != NULL)
    *mins = self->mins + self->offsets[level];
  if (maxs != NULL)
    *maxs = self->maxs + self->offsets[level];

  return self->counts[level];
}

/* Walks up from the raw values: at each level take the odd block at
 * either end of the remaining range, then halve the range.  Only whole
 * blocks inside [first, last) are ever read, so partial last blocks never
 * leak values from outside the range.  At most two blocks per level. */
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
  lo = first;
  hi = last;

  for (guint k = 0; lo < hi; k++)
    {
      const double *mins, *maxs;

      g_assert (k <= self->n_levels);

      if (k == 0)
        mins = maxs = self->values;
      else
        {
          mins = self->mins + self->offsets[k];
          maxs = self->maxs + self->offsets[k];
        }

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

  if (min != NULL)
    *min = mn;
  if (max != NULL)
    *max = mx;

  return !isnan (mn);
}

static inline gboolean
block_has_value (const AwcMinMaxPyramid *self,
                 guint                   level,
                 guint                   index)
{
  if (level == 0)
    return !isnan (self->values[index]);

  return !isnan (self->mins[self->offsets[level] + index]);
}

/* Index of the last non-NaN sample in [first, last), or -1.  Steps back
 * over the largest aligned blocks that fit, then descends into the first
 * block that holds a value: O(log n). */
gint64
_awc_minmax_pyramid_find_last (const AwcMinMaxPyramid *self,
                               guint                   first,
                               guint                   last)
{
  guint64 i;

  g_return_val_if_fail (self != NULL, -1);

  last = MIN (last, self->n_values);
  i = last;

  while (i > first)
    {
      guint k = 0;
      guint64 index;

      while (k < self->n_levels &&
             (i & ((G_GUINT64_CONSTANT (2) << k) - 1)) == 0 &&
             i - first >= (G_GUINT64_CONSTANT (2) << k))
        k++;

      index = (i >> k) - 1;
      if (block_has_value (self, k, index))
        {
          while (k > 0)
            {
              k--;
              index = block_has_value (self, k, 2 * index + 1) ? 2 * index + 1 : 2 * index;
            }
          return (gint64) index;
        }

      i -= G_GUINT64_CONSTANT (1) << k;
    }

  return -1;
}

gsize
awc_minmax_pyramid_get_size (const AwcMinMaxPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sizeof *self
         + self->n_blocks * 2 * sizeof (double)
         + (self->n_levels + 2) * sizeof (guint)
         + (self->n_levels + 1) * sizeof (guint);
}
