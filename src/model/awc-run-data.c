/* awc-run-data.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-run-data.h"

static const char * const failure_ids[] = {
  "respcode_brokens.error",
  "respcode_brokens.timeout",
  "respcode_brokens.checkPointFailed",
  "respcode_brokens.parsedFailed",
  "respcode_brokens.refusedFailed",
  "respcode_brokens.othersFailed",
};

/* A copy of the series' values, n long, NaN where the series is short. */
static double *
copy_series (AwcReport  *report,
             const char *id,
             guint       n)
{
  AwcSeries *series = awc_report_find_series (report, id);
  const double *values;
  guint n_values = 0;
  double *out;

  if (series == NULL)
    return NULL;
  values = awc_series_get_values (series, &n_values);
  out = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    out[i] = i < n_values ? values[i] : NAN;
  return out;
}

/* Adds @v into @sum; NaN + x stays x so one missing class does not hide
 * the others, and a second where every class is missing stays NaN. */
static void
add_into (double       *sum,
          const double *v,
          guint         n)
{
  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      sum[i] = isfinite (sum[i]) ? sum[i] + v[i] : v[i];
}

void
awc_run_data_init_from_report (AwcRunData *data,
                               AwcReport  *report)
{
  const double *t;
  g_autofree double *success = NULL;

  memset (data, 0, sizeof *data);
  t = awc_report_get_timestamps (report, &data->n);
  data->t = g_memdup2 (t, MAX (data->n, 1) * sizeof (double));
  data->vusers = copy_series (report, "vusers_brokens.vusers", data->n);
  data->tps = copy_series (report, "tps_brokens.tps", data->n);
  data->rt_ms = copy_series (report, "tps_brokens.average", data->n);

  for (guint k = 0; k < G_N_ELEMENTS (failure_ids); k++)
    {
      g_autofree double *v = copy_series (report, failure_ids[k], data->n);

      if (v == NULL)
        continue;
      if (data->failed == NULL)
        {
          data->failed = g_new (double, MAX (data->n, 1));
          for (guint i = 0; i < data->n; i++)
            data->failed[i] = NAN;
        }
      add_into (data->failed, v, data->n);
    }

  /* All responses: successful + failed.  Without the success class, TPS
   * stands in: it counts the successful responses per second. */
  success = copy_series (report, "respcode_brokens.success", data->n);
  if (success == NULL && data->tps != NULL)
    success = g_memdup2 (data->tps, MAX (data->n, 1) * sizeof (double));
  if (success != NULL && data->failed != NULL)
    {
      data->responses = g_steal_pointer (&success);
      add_into (data->responses, data->failed, data->n);
    }
}

void
awc_run_data_clear (AwcRunData *data)
{
  g_clear_pointer (&data->t, g_free);
  g_clear_pointer (&data->vusers, g_free);
  g_clear_pointer (&data->tps, g_free);
  g_clear_pointer (&data->rt_ms, g_free);
  g_clear_pointer (&data->failed, g_free);
  g_clear_pointer (&data->responses, g_free);
  data->n = 0;
}

double
awc_run_data_error_pct (const AwcRunData *data,
                        guint             i)
{
  if (data->failed == NULL || data->responses == NULL || i >= data->n)
    return NAN;
  if (!isfinite (data->failed[i]) || !isfinite (data->responses[i]) || data->responses[i] <= 0)
    return NAN;
  return 100.0 * data->failed[i] / data->responses[i];
}
