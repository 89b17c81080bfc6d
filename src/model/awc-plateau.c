/* awc-plateau.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "awc-plateau.h"

/* Steady-phase detection.
 *
 * 1. Smooth the curve with a centred running median: it removes single
 *    spikes and noise without moving the edges of a ramp.
 * 2. The "sustained maximum" is a high quantile (95 %) of the smoothed
 *    curve, not its maximum, so a short burst does not set the level.
 * 3. A sample is steady when the smoothed value is at least 95 % of that
 *    level.  Steady samples form runs (gaps inside a run do not break it);
 *    a run counts when it lasts at least the minimum hold time.
 * 4. The steady phase goes from the start of the first such run to the
 *    end of the last one, i.e. short dips in the middle stay inside and
 *    the ramp-down after the last run is outside. */

#define VUSERS_ID "vusers_brokens.vusers"
#define TPS_ID    "tps_brokens.tps"
#define MAX_WINDOW 63

G_DEFINE_QUARK (awc-plateau-error-quark, awc_plateau_error)

void
awc_plateau_params_init (AwcPlateauParams *params)
{
  g_return_if_fail (params != NULL);

  params->median_window = 9;
  params->high_quantile = 0.95;
  params->threshold = 0.95;
  params->min_hold_s = 30;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Centred running median over at most @window samples; NaN where the
 * window holds no finite value. */
static double *
running_median (const double *v,
                guint         n,
                guint         window)
{
  double *out = g_new (double, n);
  double buf[MAX_WINDOW];
  guint half = window / 2;

  for (guint i = 0; i < n; i++)
    {
      guint lo = i >= half ? i - half : 0;
      guint hi = MIN (n, i + half + 1);
      guint m = 0;

      for (guint j = lo; j < hi; j++)
        if (isfinite (v[j]))
          buf[m++] = v[j];

      /* Insertion sort: the window is small */
      for (guint a = 1; a < m; a++)
        for (guint b = a; b > 0 && buf[b - 1] > buf[b]; b--)
          {
            double tmp = buf[b];

            buf[b] = buf[b - 1];
            buf[b - 1] = tmp;
          }

      if (m == 0)
        out[i] = NAN;
      else if (m % 2 == 1)
        out[i] = buf[m / 2];
      else
        out[i] = (buf[m / 2 - 1] + buf[m / 2]) / 2;
    }

  return out;
}

static double
quantile_of_finite (const double *v,
                    guint         n,
                    double        q)
{
  g_autofree double *sorted = g_new (double, MAX (n, 1));
  guint m = 0;

  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      sorted[m++] = v[i];
  if (m == 0)
    return NAN;

  qsort (sorted, m, sizeof (double), compare_doubles);
  return sorted[(guint) floor (CLAMP (q, 0.0, 1.0) * (m - 1))];
}

gboolean
awc_plateau_detect_values (const double           *t,
                           const double           *v,
                           guint                   n,
                           const AwcPlateauParams *params,
                           AwcPlateau             *out,
                           GError                **error)
{
  AwcPlateauParams defaults;
  g_autofree double *smooth = NULL;
  double level, threshold, hold;
  gboolean found = FALSE;
  guint window;
  guint run_start = 0;
  gboolean in_run = FALSE;

  g_return_val_if_fail (n == 0 || (t != NULL && v != NULL), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (params == NULL)
    {
      awc_plateau_params_init (&defaults);
      params = &defaults;
    }

  out->start = out->end = 0;
  out->level = NAN;

  if (n < 3)
    {
      g_set_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_TOO_SHORT,
                   _("Only %u samples: too few to find a steady phase"), n);
      return FALSE;
    }

  window = CLAMP (params->median_window, 1, MIN (n, MAX_WINDOW));
  window |= 1;
  if (window > n)
    window -= 2;
  smooth = running_median (v, n, window);

  level = quantile_of_finite (smooth, n, params->high_quantile);
  if (!(level > 0))
    {
      g_set_error_literal (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NO_LOAD,
                           _("The load curve never rises above zero"));
      return FALSE;
    }

  threshold = params->threshold * level;
  hold = MIN (params->min_hold_s, (t[n - 1] - t[0]) / 5);

  for (guint i = 0; i <= n; i++)
    {
      gboolean steady = i < n && (smooth[i] >= threshold || (in_run && isnan (smooth[i])));

      if (steady && !in_run)
        {
          in_run = TRUE;
          run_start = i;
        }
      else if (!steady && in_run)
        {
          in_run = FALSE;
          if (t[i - 1] - t[run_start] >= hold)
            {
              if (!found)
                out->start = run_start;
              out->end = i;
              found = TRUE;
            }
        }
    }

  if (!found)
    {
      g_set_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NOT_STEADY,
                   _("The load never stays within %.0f %% of its maximum for %.0f s"),
                   (1 - params->threshold) * 100, hold);
      return FALSE;
    }

  out->level = level;
  return TRUE;
}

gboolean
awc_plateau_detect (AwcReport              *report,
                    const AwcPlateauParams *params,
                    AwcPlateau             *out,
                    GError                **error)
{
  AwcSeries *series;
  const double *t, *v;
  guint n, n_values;
  gboolean fallback = FALSE;
  const char *id = VUSERS_ID;

  g_return_val_if_fail (AWC_IS_REPORT (report), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!(series = awc_report_find_series (report, VUSERS_ID)))
    {
      id = TPS_ID;
      fallback = TRUE;
      series = awc_report_find_series (report, TPS_ID);
    }
  if (series == NULL)
    {
      out->start = out->end = 0;
      out->level = NAN;
      out->series_id = NULL;
      out->fallback = FALSE;
      g_set_error_literal (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NO_SERIES,
                           _("The report has neither a virtual-users nor a TPS curve"));
      return FALSE;
    }

  t = awc_report_get_timestamps (report, &n);
  v = awc_series_get_values (series, &n_values);
  if (!awc_plateau_detect_values (t, v, MIN (n, n_values), params, out, error))
    {
      g_prefix_error (error, "%s: ", id);
      out->series_id = id;
      out->fallback = fallback;
      return FALSE;
    }

  out->series_id = id;
  out->fallback = fallback;
  return TRUE;
}
