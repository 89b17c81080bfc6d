/* awc-usl.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-usl.h"

/* Non-linear least squares in two parameters: for given σ and κ the best
 * λ has a closed form (a linear fit through the origin), so only (σ, κ)
 * is searched: a grid over σ ∈ [0, 1] and log κ ∈ [1e-9, 1] (and κ = 0),
 * then a pattern search from the best grid point until the steps are
 * below 1e-7.  Both parameters stay ≥ 0, as the law requires. */

#define LOG_KAPPA_MIN (-9.0)
#define LOG_KAPPA_MAX 0.0

G_DEFINE_QUARK (awc-usl-error-quark, awc_usl_error)

typedef struct
{
  const double *n;
  const double *x;
  guint         count;
} Points;

static double
shape (double users,
       double sigma,
       double kappa)
{
  return users / (1 + sigma * (users - 1) + kappa * users * (users - 1));
}

/* The squared error at (σ, κ) with the best λ, which goes to @lambda. */
static double
sse (const Points *p,
     double        sigma,
     double        kappa,
     double       *lambda)
{
  double xf = 0, ff = 0, err = 0;

  for (guint i = 0; i < p->count; i++)
    {
      double f = shape (p->n[i], sigma, kappa);

      xf += p->x[i] * f;
      ff += f * f;
    }
  *lambda = ff > 0 ? xf / ff : 0;
  for (guint i = 0; i < p->count; i++)
    {
      double d = p->x[i] - *lambda * shape (p->n[i], sigma, kappa);

      err += d * d;
    }
  return err;
}

static double
kappa_of (double log_kappa)
{
  return log_kappa <= LOG_KAPPA_MIN - 0.5 ? 0 : pow (10, log_kappa);
}

double
awc_usl_eval (const AwcUslFit *fit,
              double           users)
{
  return fit->lambda * shape (users, fit->sigma, fit->kappa);
}

gboolean
awc_usl_fit (const double  *users,
             const double  *tps,
             guint          n,
             AwcUslFit     *out,
             GError       **error)
{
  Points p = { users, tps, n };
  double best_sigma = 0, best_log = LOG_KAPPA_MIN - 1, best, lambda, step_s = 0.01, step_k = 0.05;
  double mean = 0, sst = 0;

  if (n < AWC_USL_MIN_LEVELS)
    {
      if (n <= 1)
        g_set_error_literal (error, AWC_USL_ERROR, AWC_USL_ERROR_TOO_FEW_LEVELS,
                             _("A constant load cannot show capacity; run a stepped load."));
      else
        g_set_error (error, AWC_USL_ERROR, AWC_USL_ERROR_TOO_FEW_LEVELS,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%u steady load level is too few to fit a capacity curve (%d are needed); run a stepped load.",
                                  "%u steady load levels are too few to fit a capacity curve (%d are needed); run a stepped load.",
                                  n),
                     n, AWC_USL_MIN_LEVELS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    mean += tps[i] / n;
  if (!(mean > 0))
    {
      g_set_error_literal (error, AWC_USL_ERROR, AWC_USL_ERROR_NO_THROUGHPUT,
                           _("The steady phases have no throughput to fit."));
      return FALSE;
    }

  best = sse (&p, 0, 0, &lambda);
  for (double s = 0; s <= 1.0 + 1e-9; s += 0.01)
    for (double lk = LOG_KAPPA_MIN - 1; lk <= LOG_KAPPA_MAX + 1e-9; lk += lk < LOG_KAPPA_MIN ? 1 : 0.05)
      {
        double e = sse (&p, s, kappa_of (lk), &lambda);

        if (e < best)
          {
            best = e;
            best_sigma = s;
            best_log = lk;
          }
      }

  while (step_s > 1e-7 || step_k > 1e-7)
    {
      gboolean moved = FALSE;
      const double tries[4][2] = { { step_s, 0 }, { -step_s, 0 }, { 0, step_k }, { 0, -step_k } };

      for (guint t = 0; t < 4; t++)
        {
          double s = CLAMP (best_sigma + tries[t][0], 0, 1);
          double lk = best_log + tries[t][1];
          double e;

          /* κ = 0 is its own point, not reached by small steps in log κ. */
          if (best_log < LOG_KAPPA_MIN - 0.5 && tries[t][1] != 0)
            continue;
          lk = MIN (lk, LOG_KAPPA_MAX);
          e = sse (&p, s, kappa_of (lk), &lambda);
          if (e < best)
            {
              best = e;
              best_sigma = s;
              best_log = lk;
              moved = TRUE;
            }
        }
      if (!moved)
        {
          step_s /= 2;
          step_k /= 2;
        }
    }

  sse (&p, best_sigma, kappa_of (best_log), &lambda);
  for (guint i = 0; i < n; i++)
    sst += (tps[i] - mean) * (tps[i] - mean);
  out->lambda = lambda;
  out->sigma = best_sigma;
  out->kappa = kappa_of (best_log);
  out->levels = n;
  out->r2 = sst > 0 ? 1 - best / sst : 1;
  if (out->kappa > 0 && out->sigma < 1)
    {
      out->peak_users = sqrt ((1 - out->sigma) / out->kappa);
      out->peak_tps = awc_usl_eval (out, out->peak_users);
    }
  else
    out->peak_users = out->peak_tps = NAN;
  return TRUE;
}
