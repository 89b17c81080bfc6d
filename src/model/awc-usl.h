/* awc-usl.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Universal Scalability Law, X(N) = λN / (1 + σ(N − 1) + κN(N − 1)),
 * fitted to steady-level means by least squares. */

#define AWC_USL_ERROR (awc_usl_error_quark ())

typedef enum
{
  AWC_USL_ERROR_TOO_FEW_LEVELS,  /* the message says why and what to run */
  AWC_USL_ERROR_NO_THROUGHPUT,
} AwcUslError;

#define AWC_USL_MIN_LEVELS 4

typedef struct
{
  double lambda;      /* throughput of one user, /s */
  double sigma;       /* contention: the share of work that queues */
  double kappa;       /* coherency: the cost of users keeping each other in step */
  double peak_users;  /* N* = √((1 − σ)/κ); NaN when κ = 0 (no peak) */
  double peak_tps;    /* X(N*); NaN with no peak */
  double r2;
  guint  levels;
} AwcUslFit;

GQuark awc_usl_error_quark (void);

double   awc_usl_eval (const AwcUslFit *fit,
                       double           users);
/* @users (distinct levels, any order) and their mean throughput. */
gboolean awc_usl_fit  (const double    *users,
                       const double    *tps,
                       guint            n,
                       AwcUslFit       *out,
                       GError         **error);

G_END_DECLS
