/* awc-ticks.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-ticks.h"

double
awc_ticks_nice_step (double range,
                     guint  max_ticks)
{
  static const double mults[] = { 1, 2, 5, 10 };
  double raw, mag;

  if (!(range > 0) || !isfinite (range))
    return 1;
  max_ticks = MAX (max_ticks, 1);

  raw = range / max_ticks;
  mag = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (mults); i++)
    {
      /* Tolerate rounding: 0.3 / 3 must give 0.1, not 0.2. */
      if (mults[i] * mag >= raw * (1 - 1e-9))
        return mults[i] * mag;
    }

  return 10 * mag;
}

/* The next 1-2-5 step below @step. */
static double
smaller_step (double step)
{
  double mag = pow (10, floor (log10 (step) + 1e-9));
  double mant = step / mag;

  if (mant > 4)
    return 2 * mag;
  if (mant > 1.5)
    return mag;
  return 0.5 * mag;
}

guint
awc_ticks_compute (double  v0,
                   double  v1,
                   guint   max_ticks,
                   double *first,
                   double *step)
{
  return awc_ticks_compute_full (v0, v1, max_ticks, 0, first, step);
}

guint
awc_ticks_compute_full (double  v0,
                        double  v1,
                        guint   max_ticks,
                        double  min_step,
                        double *first,
                        double *step)
{
  double s, f, eps;
  guint n;

  s = MAX (awc_ticks_nice_step (v1 - v0, max_ticks), min_step);
  for (guint tries = 0;; tries++)
    {
      eps = s * 1e-9;
      f = ceil ((v0 - eps) / s) * s;
      if (fabs (f) < eps)
        f = 0;
      n = (v1 >= f) ? (guint) floor ((v1 - f + eps) / s) + 1 : 0;
      /* One tick says nothing about the scale: take the next smaller
       * 1-2-5 step, unless that crowds the axis. */
      if (n >= 2 || tries == 3 || !(v1 > v0))
        break;
      {
        double smaller = smaller_step (s);
        double f2 = ceil ((v0 - smaller * 1e-9) / smaller) * smaller;
        guint n2 = (v1 >= f2) ? (guint) floor ((v1 - f2 + smaller * 1e-9) / smaller) + 1 : 0;

        if (n2 > MAX (max_ticks, 2) + 1 || smaller < min_step)
          break;
        s = smaller;
      }
    }

  *first = f;
  *step = s;

  return n;
}

void
awc_ticks_value_range (double   min,
                       double   max,
                       gboolean include_zero,
                       double  *v0,
                       double  *v1)
{
  double pad;

  if (!isfinite (min) || !isfinite (max))
    {
      *v0 = 0;
      *v1 = 1;
      return;
    }

  if (include_zero)
    {
      min = MIN (min, 0);
      max = MAX (max, 0);
    }

  if (max - min <= fabs (max) * 1e-12)
    {
      /* Flat: centre the line (or put 0 at the bottom) with some room. */
      double half = fabs (max) > 0 ? fabs (max) * 0.1 : 0.5;

      if (include_zero && max == 0)
        {
          *v0 = 0;
          *v1 = 1;
        }
      else
        {
          *v0 = max - half;
          *v1 = max + half;
        }
      return;
    }

  pad = (max - min) * 0.05;
  *v0 = (include_zero && min == 0) ? 0 : min - pad;
  *v1 = (include_zero && max == 0) ? 0 : max + pad;
}
