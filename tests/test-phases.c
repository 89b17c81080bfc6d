/* test-phases.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Load phases found on generated runs whose truth is known: a linear
 * ramp, instant and ramped steps, a constant load, gaps, the warm-up. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "awc-gen-run.h"
#include "model/awc-phases.h"
#include "model/awc-robust.h"

#define T0 1700000000.0

static GArray *
detect (const AwcGenStep *steps,
        guint             n_steps,
        AwcGenRunParams  *params,
        AwcRunData       *data)
{
  awc_gen_run (data, steps, n_steps, params);
  return awc_phases_detect (data);
}

static const AwcPhase *
phase (GArray *phases,
       guint   i)
{
  g_assert_cmpuint (i, <, phases->len);
  return &g_array_index (phases, AwcPhase, i);
}

/* Within @slack seconds of the truth (elapsed seconds). */
static void
assert_near (double t,
             double truth,
             double slack)
{
  g_assert_cmpfloat (fabs ((t - T0) - truth), <=, slack);
}

static void
test_linear_ramp (void)
{
  const AwcGenStep steps[] = { { 100, 300, 600 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;

  awc_gen_run_params_init (&params);
  params.ramp_down_s = 60;
  phases = detect (steps, 1, &params, &data);
  g_assert_cmpuint (phases->len, ==, 3);
  g_assert_cmpint (phase (phases, 0)->kind, ==, AWC_PHASE_RAMP_UP);
  g_assert_cmpint (phase (phases, 1)->kind, ==, AWC_PHASE_STEADY);
  g_assert_cmpint (phase (phases, 2)->kind, ==, AWC_PHASE_RAMP_DOWN);
  assert_near (phase (phases, 1)->t_start, 300, 6);
  assert_near (phase (phases, 1)->t_end, 900, 3);
  assert_near (phase (phases, 2)->t_end, 960, 1);
  g_assert_cmpfloat (phase (phases, 1)->vusers, ==, 100);
}

static void
test_instant_steps (void)
{
  const AwcGenStep steps[] = { { 20, 0, 120 }, { 40, 0, 120 }, { 60, 0, 120 }, { 80, 0, 120 }, { 100, 0, 120 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;

  awc_gen_run_params_init (&params);
  phases = detect (steps, G_N_ELEMENTS (steps), &params, &data);
  g_assert_cmpuint (phases->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const AwcPhase *p = phase (phases, i);

      g_assert_cmpint (p->kind, ==, AWC_PHASE_STEADY);
      g_assert_cmpfloat (p->vusers, ==, steps[i].users);
      assert_near (p->t_start, 120 * i, 1);
      assert_near (p->t_end, 120 * (i + 1), 1);
      /* The truth lies inside the interval of each step's mean TPS. */
      g_assert_cmpfloat (p->tps_lo, <=, awc_gen_run_usl (&params, p->vusers) * 1.01);
      g_assert_cmpfloat (p->tps_hi, >=, awc_gen_run_usl (&params, p->vusers) * 0.99);
      g_assert_cmpfloat (p->tps_lo, <, p->tps);
      g_assert_cmpfloat (p->tps, <, p->tps_hi);
      g_assert_cmpfloat (p->error_pct, >, 0.05);
      g_assert_cmpfloat (p->error_pct, <, 0.5);
    }
}

static void
test_ramped_steps (void)
{
  const AwcGenStep steps[] = { { 50, 30, 300 }, { 100, 20, 300 }, { 150, 20, 300 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;
  const AwcPhaseKind kinds[] = { AWC_PHASE_RAMP_UP, AWC_PHASE_STEADY, AWC_PHASE_RAMP_UP,
                                 AWC_PHASE_STEADY, AWC_PHASE_RAMP_UP, AWC_PHASE_STEADY,
                                 AWC_PHASE_RAMP_DOWN };
  const double starts[] = { 0, 30, 330, 350, 650, 670, 970 };

  awc_gen_run_params_init (&params);
  params.ramp_down_s = 30;
  phases = detect (steps, G_N_ELEMENTS (steps), &params, &data);
  g_assert_cmpuint (phases->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < phases->len; i++)
    {
      g_assert_cmpint (phase (phases, i)->kind, ==, kinds[i]);
      assert_near (phase (phases, i)->t_start, starts[i], 3);
    }
}

static void
test_constant_with_gap (void)
{
  const AwcGenStep steps[] = { { 80, 0, 900 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;

  awc_gen_run_params_init (&params);
  awc_gen_run (&data, steps, 1, &params);
  for (guint i = 400; i < 430; i++)
    data.vusers[i] = data.tps[i] = data.rt_ms[i] = NAN;
  for (guint i = 0; i < 5; i++)
    data.vusers[i] = NAN;
  phases = awc_phases_detect (&data);
  g_assert_cmpuint (phases->len, ==, 1);
  g_assert_cmpint (phase (phases, 0)->kind, ==, AWC_PHASE_STEADY);
  assert_near (phase (phases, 0)->t_start, 0, 0);
  assert_near (phase (phases, 0)->t_end, 900, 0);
  g_assert_true (isfinite (phase (phases, 0)->tps));
  g_assert_true (isfinite (phase (phases, 0)->rt_ms));
}

static void
test_warmup (void)
{
  const AwcGenStep steps[] = { { 100, 0, 600 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;
  const AwcPhase *p;

  awc_gen_run_params_init (&params);
  params.warmup_s = 40;
  phases = detect (steps, 1, &params, &data);
  g_assert_cmpuint (phases->len, ==, 1);
  p = phase (phases, 0);
  /* Throughput is within 5 % of its level from about 33 s on. */
  assert_near (p->t_settled, 36, 8);
  g_assert_cmpfloat (fabs (p->tps / awc_gen_run_usl (&params, 100) - 1), <, 0.02);
}

static void
test_no_load (void)
{
  g_auto(AwcRunData) data = { 0 };
  double t[3] = { 1, 2, 3 }, zero[3] = { 0, 0, 0 };
  g_autoptr(GArray) none = NULL, idle = NULL;

  data.n = 3;
  data.t = g_memdup2 (t, sizeof t);
  none = awc_phases_detect (&data);
  g_assert_cmpuint (none->len, ==, 0);
  data.vusers = g_memdup2 (zero, sizeof zero);
  idle = awc_phases_detect (&data);
  g_assert_cmpuint (idle->len, ==, 0);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The selection-based median equals the sorted one, ties and NaN included. */
static void
test_robust_median (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  double v[301], scratch[301], sorted[301];

  for (guint it = 0; it < 5000; it++)
    {
      guint n = g_rand_int_range (rand, 1, 300), m = 0;
      double want;

      for (guint i = 0; i < n; i++)
        {
          v[i] = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, 5) : g_rand_double (rand);
          if (g_rand_int_range (rand, 0, 20) == 0)
            v[i] = NAN;
          if (isfinite (v[i]))
            sorted[m++] = v[i];
        }
      if (m == 0)
        {
          g_assert_true (isnan (awc_robust_median (v, n, scratch)));
          continue;
        }
      qsort (sorted, m, sizeof (double), compare_doubles);
      want = m % 2 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
      g_assert_cmpfloat (awc_robust_median (v, n, scratch), ==, want);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/awc/phases/linear-ramp", test_linear_ramp);
  g_test_add_func ("/awc/phases/instant-steps", test_instant_steps);
  g_test_add_func ("/awc/phases/ramped-steps", test_ramped_steps);
  g_test_add_func ("/awc/phases/constant-with-gap", test_constant_with_gap);
  g_test_add_func ("/awc/phases/warm-up", test_warmup);
  g_test_add_func ("/awc/phases/no-load", test_no_load);
  g_test_add_func ("/awc/robust/median", test_robust_median);
  return g_test_run ();
}
