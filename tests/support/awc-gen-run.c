/* awc-gen-run.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-gen-run.h"

void
awc_gen_run_params_init (AwcGenRunParams *params)
{
  memset (params, 0, sizeof *params);
  params->lambda = 50;
  params->sigma = 0.05;
  params->kappa = 0.0002;
  params->noise = 0.03;
  params->error_rate = 0.002;
  params->seed = 1;
}

double
awc_gen_run_usl (const AwcGenRunParams *params,
                 double                 users)
{
  if (users <= 0)
    return 0;
  return params->lambda * users
         / (1 + params->sigma * (users - 1) + params->kappa * users * (users - 1));
}

static double
gauss (GRand *rand)
{
  double u = g_rand_double_range (rand, 1e-12, 1), v = g_rand_double (rand);

  return sqrt (-2 * log (u)) * cos (2 * G_PI * v);
}

void
awc_gen_run (AwcRunData            *out,
             const AwcGenStep      *steps,
             guint                  n_steps,
             const AwcGenRunParams *params)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (params->seed);
  GArray *users = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *since = g_array_new (FALSE, FALSE, sizeof (double));
  double level = 0;

  for (guint s = 0; s < n_steps; s++)
    {
      guint ramp = (guint) steps[s].ramp_s, hold = (guint) steps[s].hold_s;

      for (guint k = 1; k <= ramp; k++)
        {
          double u = round (level + (steps[s].users - level) * k / ramp), zero = 0;

          g_array_append_val (users, u);
          g_array_append_val (since, zero);
        }
      for (guint k = 0; k < hold; k++)
        {
          double u = steps[s].users, at = k;

          g_array_append_val (users, u);
          g_array_append_val (since, at);
        }
      level = steps[s].users;
    }
  for (guint k = 1; k <= (guint) params->ramp_down_s; k++)
    {
      double u = round (level * (1 - k / params->ramp_down_s)), zero = 0;

      g_array_append_val (users, u);
      g_array_append_val (since, zero);
    }

  memset (out, 0, sizeof *out);
  out->n = users->len;
  out->t = g_new (double, out->n);
  out->tps = g_new (double, out->n);
  out->rt_ms = g_new (double, out->n);
  out->failed = g_new (double, out->n);
  out->responses = g_new (double, out->n);
  out->vusers = (double *) (void *) g_array_free (users, FALSE);
  for (guint i = 0; i < out->n; i++)
    {
      double u = out->vusers[i], x = awc_gen_run_usl (params, u);
      double settle = g_array_index (since, double, i);

      if (params->warmup_s > 0 && settle < params->warmup_s)
        x *= 0.4 + 0.6 * settle / params->warmup_s;
      x = MAX (0, x * (1 + params->noise * gauss (rand)));
      out->t[i] = 1700000000 + i;
      out->tps[i] = round (x);
      out->failed[i] = round (x * params->error_rate + (g_rand_double (rand) - 0.5));
      out->failed[i] = MAX (0, out->failed[i]);
      out->responses[i] = out->tps[i] + out->failed[i];
      out->rt_ms[i] = x > 0 ? 1000 * u / x * (1 + params->noise * gauss (rand)) : NAN;
    }
  g_array_free (since, TRUE);
}

void
awc_gen_run_inject (AwcRunData      *data,
                    AwcGenInjection  kind,
                    guint            start,
                    guint            length,
                    double           size)
{
  for (guint i = start; i < MIN (start + length, data->n); i++)
    switch (kind)
      {
      case AWC_GEN_ERROR_BURST:
        data->failed[i] = round (data->responses[i] * size);
        data->tps[i] = data->responses[i] - data->failed[i];
        break;
      case AWC_GEN_RT_SPIKE:
        data->rt_ms[i] *= size;
        break;
      case AWC_GEN_TPS_DROP:
        data->tps[i] = round (data->tps[i] * size);
        data->responses[i] = data->tps[i] + data->failed[i];
        break;
      default:
        g_assert_not_reached ();
      }
}
