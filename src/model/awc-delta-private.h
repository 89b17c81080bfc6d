/* awc-delta-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-delta.h"

G_BEGIN_DECLS

/* 95 % interval of mean(B) − mean(A), each mean Σ w·v / Σ w, from a
 * circular block bootstrap of each side (blocks of @block_a / @block_b
 * samples).  FALSE when a side has too few samples to resample. */
gboolean _awc_delta_bootstrap (const double *va,
                               const double *wa,
                               guint         na,
                               guint         block_a,
                               const double *vb,
                               const double *wb,
                               guint         nb,
                               guint         block_b,
                               guint         n_resamples,
                               guint64       seed,
                               double       *ci_low,
                               double       *ci_high);

G_END_DECLS
