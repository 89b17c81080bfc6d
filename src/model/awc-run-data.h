/* awc-run-data.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-report.h"

G_BEGIN_DECLS

/* The per-second curves the insights read, as plain arrays: what the
 * phase, event and capacity detectors need and nothing of the GObject
 * model, so that they run in a worker thread on data nobody changes. */
typedef struct
{
  guint   n;
  double *t;          /* seconds, ascending */
  double *vusers;     /* NULL when the report has no virtual users */
  double *tps;        /* NULL when the report has no TPS */
  double *rt_ms;      /* average response time; NULL when absent */
  double *failed;     /* failed responses per second (all failure classes); NULL when none */
  double *responses;  /* all responses per second (successful + failed); NULL when unknown */
} AwcRunData;

/* Copies the curves of @report; the arrays belong to @data. */
void awc_run_data_init_from_report (AwcRunData *data,
                                    AwcReport  *report);
void awc_run_data_clear            (AwcRunData *data);

/* Failed responses as a share of all responses, in %, at sample @i; NaN
 * when that second has no responses or no failure data. */
double awc_run_data_error_pct      (const AwcRunData *data,
                                    guint             i);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AwcRunData, awc_run_data_clear)

G_END_DECLS
