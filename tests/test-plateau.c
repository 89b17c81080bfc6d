/* test-plateau.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "compare-fixtures.h"
#include "model/awc-plateau.h"

/* A linear ramp to @level over @ramp samples, a plateau until @down, a
 * 60-sample ramp-down, then zero; uniform noise of ±@noise and, when
 * @spikes, a one-sample drop to zero every 97 samples on the plateau. */
static void
make_curve (guint    n,
            guint    ramp,
            guint    down,
            double   level,
            double   noise,
            gboolean spikes,
            guint32  seed,
            double **t_out,
            double **v_out)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  double *t = g_new (double, n);
  double *v = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      double x;

      if (i < ramp)
        x = level * i / ramp;
      else if (i < down)
        x = level;
      else
        x = MAX (0.0, level * (1.0 - (i - down) / 60.0));
      x += g_rand_double_range (rand, -noise, noise);
      if (spikes && i > ramp + 10 && i < down - 10 && i % 97 == 0)
        x = 0;
      t[i] = 1000.0 + i;
      v[i] = MAX (0.0, x);
    }
  *t_out = t;
  *v_out = v;
}

static void
test_noisy_ramps (void)
{
  /* The detector puts the start where the smoothed curve reaches 95 % of
   * the level: on a linear ramp that is 5 % of the ramp early. */
  static const struct { guint ramp, down; double noise; gboolean spikes; } cases[] = {
    { 300, 1500, 0.0, FALSE },
    { 300, 1500, 3.0, FALSE },
    { 300, 1500, 3.0, TRUE },
    { 120, 700, 4.0, TRUE },
    { 600, 1700, 2.0, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint32 seed = 1; seed <= 5; seed++)
      {
        g_autofree double *t = NULL;
        g_autofree double *v = NULL;
        g_autoptr(GError) error = NULL;
        AwcPlateau plateau;

        make_curve (1800, cases[c].ramp, cases[c].down, 100, cases[c].noise, cases[c].spikes, seed, &t, &v);
        g_assert_true (awc_plateau_detect_values (t, v, 1800, NULL, &plateau, &error));
        g_assert_no_error (error);

        g_assert_cmpfloat_with_epsilon (plateau.level, 100, 5);
        /* Known start within 8 % of the ramp (+ 5 s) */
        g_assert_cmpfloat (fabs ((double) plateau.start - cases[c].ramp), <=, 0.08 * cases[c].ramp + 5);
        /* The ramp-down begins at `down`; 95 % is reached 3 s later */
        g_assert_cmpfloat (fabs ((double) plateau.end - cases[c].down), <=, 8);
      }
}

static void
test_flat_run (void)
{
  double t[200], v[200];
  AwcPlateau plateau;

  for (guint i = 0; i < 200; i++)
    {
      t[i] = i;
      v[i] = 50;
    }
  g_assert_true (awc_plateau_detect_values (t, v, 200, NULL, &plateau, NULL));
  g_assert_cmpuint (plateau.start, ==, 0);
  g_assert_cmpuint (plateau.end, ==, 200);
  g_assert_cmpfloat (plateau.level, ==, 50);
}

static void
test_gap_inside_plateau (void)
{
  g_autofree double *t = NULL;
  g_autofree double *v = NULL;
  AwcPlateau plateau;

  make_curve (900, 100, 800, 80, 1.0, FALSE, 7, &t, &v);
  /* A gap of NaN samples in the middle does not split the steady phase */
  for (guint i = 400; i < 420; i++)
    v[i] = NAN;
  g_assert_true (awc_plateau_detect_values (t, v, 900, NULL, &plateau, NULL));
  g_assert_cmpuint (plateau.start, <, 400);
  g_assert_cmpuint (plateau.end, >, 700);
}

static void
test_no_load (void)
{
  double t[100], v[100];
  g_autoptr(GError) error = NULL;
  AwcPlateau plateau;

  for (guint i = 0; i < 100; i++)
    {
      t[i] = i;
      v[i] = 0;
    }
  g_assert_false (awc_plateau_detect_values (t, v, 100, NULL, &plateau, &error));
  g_assert_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NO_LOAD);
}

static void
test_too_short (void)
{
  double t[2] = { 0, 1 }, v[2] = { 5, 5 };
  g_autoptr(GError) error = NULL;
  AwcPlateau plateau;

  g_assert_false (awc_plateau_detect_values (t, v, 2, NULL, &plateau, &error));
  g_assert_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_TOO_SHORT);
}

static void
test_never_steady (void)
{
  double t[600], v[600];
  g_autoptr(GError) error = NULL;
  AwcPlateauParams params;
  AwcPlateau plateau;

  /* A sawtooth that stays near its top for only 6 s of every 60 */
  for (guint i = 0; i < 600; i++)
    {
      t[i] = i;
      v[i] = i % 60;
    }
  awc_plateau_params_init (&params);
  params.median_window = 1;
  g_assert_false (awc_plateau_detect_values (t, v, 600, &params, &plateau, &error));
  g_assert_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NOT_STEADY);
  g_assert_nonnull (strstr (error->message, "30 s"));
}

static void
test_report_vusers (void)
{
  g_autoptr(AwcReport) report = NULL;
  CfRun run;
  AwcPlateau plateau;

  cf_run_init (&run);
  report = cf_make_report (&run);
  g_assert_true (awc_plateau_detect (report, NULL, &plateau, NULL));
  g_assert_cmpstr (plateau.series_id, ==, "vusers_brokens.vusers");
  g_assert_false (plateau.fallback);
  g_assert_cmpfloat (fabs ((double) plateau.start - run.ramp_s), <=, 0.08 * run.ramp_s);
  g_assert_cmpfloat (fabs ((double) plateau.end - run.down_s), <=, 4);
}

static void
test_report_no_vusers (void)
{
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(AwcReport) bare = NULL;
  g_autoptr(GError) error = NULL;
  AwcPlateau plateau;
  CfRun run;

  /* Falls back to TPS, which has the same shape but noise */
  cf_run_init (&run);
  run.no_vusers = TRUE;
  run.noise = 0.03;
  report = cf_make_report (&run);
  g_assert_true (awc_plateau_detect (report, NULL, &plateau, NULL));
  g_assert_cmpstr (plateau.series_id, ==, "tps_brokens.tps");
  g_assert_true (plateau.fallback);
  g_assert_cmpfloat (fabs ((double) plateau.start - run.ramp_s), <=, 0.12 * run.ramp_s);

  /* Neither curve: a reason, not a guess */
  run.no_tps = TRUE;
  bare = cf_make_report (&run);
  g_assert_false (awc_plateau_detect (bare, NULL, &plateau, &error));
  g_assert_error (error, AWC_PLATEAU_ERROR, AWC_PLATEAU_ERROR_NO_SERIES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/plateau/noisy-ramps", test_noisy_ramps);
  g_test_add_func ("/awc/compare/plateau/flat", test_flat_run);
  g_test_add_func ("/awc/compare/plateau/gap", test_gap_inside_plateau);
  g_test_add_func ("/awc/compare/plateau/no-load", test_no_load);
  g_test_add_func ("/awc/compare/plateau/too-short", test_too_short);
  g_test_add_func ("/awc/compare/plateau/never-steady", test_never_steady);
  g_test_add_func ("/awc/compare/plateau/report", test_report_vusers);
  g_test_add_func ("/awc/compare/plateau/no-vusers", test_report_no_vusers);

  return g_test_run ();
}
