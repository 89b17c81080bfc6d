/* awc-robust.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Robust statistics for the insights: medians and MADs rather than means
 * and standard deviations, so that one bad second does not move a
 * baseline; batch means for intervals, because per-second samples of a
 * load test are autocorrelated. */

/* The median of the finite values of @v[0..n); NaN when there are none.
 * @scratch holds at least @n doubles (the values are copied there). */
double awc_robust_median      (const double *v,
                               guint         n,
                               double       *scratch);
/* 1.4826 × the median absolute deviation from @median: estimates the
 * standard deviation of normal noise, unmoved by outliers. */
double awc_robust_sigma       (const double *v,
                               guint         n,
                               double        median,
                               double       *scratch);
/* Two-sided 95 % quantile of Student's t with @df degrees of freedom. */
double awc_robust_t975        (guint         df);
/* The ratio Σnum/Σden over [0, n) (the mean of @num when @den is NULL)
 * and its 95 % interval from at most 10 batch means.  NaN bounds when
 * there are fewer than 10 finite samples; NaN mean when there are none. */
void   awc_robust_batch_means (const double *num,
                               const double *den,
                               guint         n,
                               double       *mean,
                               double       *lo,
                               double       *hi);

G_END_DECLS
