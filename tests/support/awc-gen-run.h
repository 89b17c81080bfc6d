/* awc-gen-run.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/awc-run-data.h"

G_BEGIN_DECLS

/* Runs with a known truth for the insight tests and the benchmark: a
 * load profile of steps, throughput shaped by the Universal Scalability
 * Law, response time from Little's law, multiplicative noise. */

typedef struct
{
  double users;     /* the level held */
  double ramp_s;    /* seconds of linear ramp from the previous level (0: instant) */
  double hold_s;    /* seconds held at the level */
} AwcGenStep;

typedef struct
{
  double  lambda;      /* throughput of one user, /s */
  double  sigma;       /* contention */
  double  kappa;       /* coherency */
  double  noise;       /* relative standard deviation of the per-second noise */
  double  error_rate;  /* share of failed responses, e.g. 0.002 */
  double  warmup_s;    /* throughput rises over this many seconds after each ramp */
  double  ramp_down_s; /* linear ramp to 0 after the last step (0: none) */
  guint32 seed;
} AwcGenRunParams;

void   awc_gen_run_params_init (AwcGenRunParams  *params);
/* USL throughput at @users. */
double awc_gen_run_usl         (const AwcGenRunParams *params,
                                double            users);
void   awc_gen_run             (AwcRunData       *out,
                                const AwcGenStep *steps,
                                guint             n_steps,
                                const AwcGenRunParams *params);

typedef enum
{
  AWC_GEN_ERROR_BURST,   /* error share to @size (0.2 = 20 %) */
  AWC_GEN_RT_SPIKE,      /* response time × @size */
  AWC_GEN_TPS_DROP,      /* throughput × @size (0.3 = down to 30 %) */
} AwcGenInjection;

/* Changes samples [start, start + length) of @data. */
void   awc_gen_run_inject      (AwcRunData       *data,
                                AwcGenInjection   kind,
                                guint             start,
                                guint             length,
                                double            size);

G_END_DECLS
