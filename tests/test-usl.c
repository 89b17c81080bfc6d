/* test-usl.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Universal Scalability Law fit: exact and noisy USL-shaped points
 * give back λ, σ, κ and N* within stated tolerances; a linear system has
 * no peak; too few levels say why. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-gen-run.h"
#include "model/awc-phases.h"
#include "model/awc-usl.h"

static void
test_exact (void)
{
  const double users[] = { 10, 20, 40, 60, 80, 120, 160 };
  double tps[G_N_ELEMENTS (users)];
  AwcGenRunParams params;
  AwcUslFit fit;
  g_autoptr(GError) error = NULL;

  awc_gen_run_params_init (&params);
  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    tps[i] = awc_gen_run_usl (&params, users[i]);
  g_assert_true (awc_usl_fit (users, tps, G_N_ELEMENTS (users), &fit, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (fabs (fit.lambda - 50), <, 0.05);
  g_assert_cmpfloat (fabs (fit.sigma - 0.05), <, 0.001);
  g_assert_cmpfloat (fabs (fit.kappa / 0.0002 - 1), <, 0.01);
  g_assert_cmpfloat (fabs (fit.peak_users - sqrt (0.95 / 0.0002)), <, 0.5);
  g_assert_cmpfloat (fit.r2, >, 0.9999);
  g_assert_cmpuint (fit.levels, ==, 7);
}

/* From a generated stepped run with 3 % noise, through the phases. */
static void
test_from_run (void)
{
  const AwcGenStep steps[] = { { 10, 0, 300 }, { 20, 10, 300 }, { 40, 10, 300 }, { 60, 10, 300 },
                               { 80, 10, 300 }, { 120, 10, 300 }, { 160, 10, 300 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) phases = NULL;
  double users[8], tps[8];
  guint n = 0;
  AwcUslFit fit;
  g_autoptr(GError) error = NULL;

  awc_gen_run_params_init (&params);
  params.warmup_s = 20;
  awc_gen_run (&data, steps, G_N_ELEMENTS (steps), &params);
  phases = awc_phases_detect (&data);
  for (guint i = 0; i < phases->len; i++)
    {
      const AwcPhase *p = &g_array_index (phases, AwcPhase, i);

      if (p->kind == AWC_PHASE_STEADY)
        {
          users[n] = p->vusers;
          tps[n++] = p->tps;
        }
    }
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (awc_usl_fit (users, tps, n, &fit, &error));
  /* Stated tolerances (docs/insights.md): σ ± 0.02, κ ± 30 %, N* ± 10 %. */
  g_assert_cmpfloat (fabs (fit.sigma - 0.05), <, 0.02);
  g_assert_cmpfloat (fabs (fit.kappa / 0.0002 - 1), <, 0.3);
  g_assert_cmpfloat (fabs (fit.peak_users / sqrt (0.95 / 0.0002) - 1), <, 0.1);
  g_assert_cmpfloat (fit.r2, >, 0.98);
}

static void
test_linear (void)
{
  const double users[] = { 10, 20, 30, 40, 50 };
  const double tps[] = { 100, 200, 300, 400, 500 };
  AwcUslFit fit;

  g_assert_true (awc_usl_fit (users, tps, 5, &fit, NULL));
  g_assert_cmpfloat (fit.sigma, <, 1e-6);
  g_assert_cmpfloat (fit.kappa, ==, 0);
  g_assert_true (isnan (fit.peak_users));
  g_assert_cmpfloat (fabs (fit.lambda - 10), <, 1e-6);
}

static void
test_too_few (void)
{
  const double users[] = { 10, 20, 30 };
  const double tps[] = { 100, 200, 300 };
  AwcUslFit fit;
  g_autoptr(GError) one = NULL, three = NULL;

  g_assert_false (awc_usl_fit (users, tps, 1, &fit, &one));
  g_assert_error (one, AWC_USL_ERROR, AWC_USL_ERROR_TOO_FEW_LEVELS);
  g_assert_nonnull (strstr (one->message, "constant load"));
  g_assert_false (awc_usl_fit (users, tps, 3, &fit, &three));
  g_assert_nonnull (strstr (three->message, "3 steady load levels"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/awc/usl/exact", test_exact);
  g_test_add_func ("/awc/usl/from-run", test_from_run);
  g_test_add_func ("/awc/usl/linear", test_linear);
  g_test_add_func ("/awc/usl/too-few", test_too_few);
  return g_test_run ();
}
