/* awc-robust.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-robust.h"

#define MAX_BATCHES 10

/* The k-th smallest of a[0..n) (quickselect, median-of-three pivots):
 * linear on average, where a sort would be n log n; the rolling
 * baselines of the event detector take thousands of these. */
static double
select_kth (double *a,
            guint   n,
            guint   k)
{
  guint lo = 0, hi = n - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2, i = lo, j = hi;
      double x = a[lo], y = a[mid], z = a[hi], pivot;

      pivot = x < y ? (y < z ? y : MAX (x, z)) : (x < z ? x : MAX (y, z));
      while (i <= j)
        {
          while (a[i] < pivot)
            i++;
          while (a[j] > pivot)
            j--;
          if (i <= j)
            {
              double tmp = a[i];

              a[i] = a[j];
              a[j] = tmp;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        return a[k];
    }
  return a[k];
}

double
awc_robust_median (const double *v,
                   guint         n,
                   double       *scratch)
{
  guint m = 0;
  double upper, lower;

  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      scratch[m++] = v[i];
  if (m == 0)
    return NAN;
  upper = select_kth (scratch, m, m / 2);
  if (m % 2)
    return upper;
  /* Even count: the largest of the lower half, which selection left
   * below the upper middle. */
  lower = scratch[0];
  for (guint i = 1; i < m / 2; i++)
    lower = MAX (lower, scratch[i]);
  return 0.5 * (lower + upper);
}

double
awc_robust_sigma (const double *v,
                  guint         n,
                  double        median,
                  double       *scratch)
{
  guint m = 0;

  if (!isfinite (median))
    return NAN;
  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      scratch[m++] = fabs (v[i] - median);
  return 1.4826 * awc_robust_median (scratch, m, scratch);
}

double
awc_robust_t975 (guint df)
{
  static const double table[] = {
    NAN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
    2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
  };

  if (df < G_N_ELEMENTS (table))
    return table[df];
  return 1.96 + 2.4 / df;
}

void
awc_robust_batch_means (const double *num,
                        const double *den,
                        guint         n,
                        double       *mean,
                        double       *lo,
                        double       *hi)
{
  double total_num = 0, total_den = 0, batch[MAX_BATCHES];
  guint finite = 0, k = 0;

  *mean = *lo = *hi = NAN;
  for (guint i = 0; i < n; i++)
    if (isfinite (num[i]) && (den == NULL || isfinite (den[i])))
      {
        total_num += num[i];
        total_den += den != NULL ? den[i] : 1;
        finite++;
      }
  if (finite == 0 || total_den <= 0)
    return;
  *mean = total_num / total_den;
  if (finite < MAX_BATCHES)
    return;

  /* Contiguous batches of equal length: long enough that their means are
   * nearly independent even when neighbouring seconds are not. */
  for (guint b = 0; b < MAX_BATCHES; b++)
    {
      guint from = (guint) ((guint64) n * b / MAX_BATCHES);
      guint to = (guint) ((guint64) n * (b + 1) / MAX_BATCHES);
      double s_num = 0, s_den = 0;

      for (guint i = from; i < to; i++)
        if (isfinite (num[i]) && (den == NULL || isfinite (den[i])))
          {
            s_num += num[i];
            s_den += den != NULL ? den[i] : 1;
          }
      if (s_den > 0)
        batch[k++] = s_num / s_den;
    }
  if (k < 2)
    return;

  {
    double m = 0, var = 0, half;

    for (guint b = 0; b < k; b++)
      m += batch[b];
    m /= k;
    for (guint b = 0; b < k; b++)
      var += (batch[b] - m) * (batch[b] - m);
    var /= k - 1;
    half = awc_robust_t975 (k - 1) * sqrt (var / k);
    *lo = *mean - half;
    *hi = *mean + half;
  }
}
