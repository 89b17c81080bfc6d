/* compare-fixtures.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Synthetic runs for the compare tests (plateau, delta, fail-if, CLI):
 * a ramp-up, a plateau and a ramp-down of virtual users, TPS and response
 * time with autocorrelated noise, response codes and buckets.  Built
 * either as an AwcReport through the model API or as a CPTS JSON body.
 * Deterministic: a seed gives the same run. */
#pragma once

#include <math.h>

#include "model/awc-catalog.h"
#include "model/awc-report.h"

typedef struct
{
  guint        n;             /* samples, one per second */
  double       ramp_s;        /* ramp-up length; the plateau starts here */
  double       down_s;        /* the ramp-down starts here (n = none) */
  double       vusers;        /* plateau level */
  double       tps;           /* TPS level on the plateau */
  double       rt_ms;         /* mean response time on the plateau */
  double       timeout_share; /* timeouts / all responses */
  double       noise;         /* relative noise on TPS and RT, e.g. 0.05 */
  guint32      seed;
  gboolean     no_vusers;
  gboolean     no_tps;
  const char  *title;
  /* NULL-terminated "label", count pairs given as strings: "0~50ms", "500" */
  const char * const *buckets;
} CfRun;

static inline void
cf_run_init (CfRun *run)
{
  *run = (CfRun) {
    .n = 600, .ramp_s = 120, .down_s = 540, .vusers = 100, .tps = 200, .rt_ms = 50,
    .timeout_share = 0.01, .noise = 0.05, .seed = 1, .title = NULL, .buckets = NULL,
  };
}

/* Load fraction 0…1 at second @t */
static inline double
cf_load (const CfRun *run,
         double       t)
{
  if (t < run->ramp_s)
    return t / run->ramp_s;
  if (t >= run->down_s)
    return MAX (0.0, 1.0 - (t - run->down_s) / 30.0);
  return 1.0;
}

typedef struct
{
  GArray *t, *vusers, *tps, *rt, *success, *timeout, *error;
} CfCurves;

static inline void
cf_curves_clear (CfCurves *c)
{
  g_clear_pointer (&c->t, g_array_unref);
  g_clear_pointer (&c->vusers, g_array_unref);
  g_clear_pointer (&c->tps, g_array_unref);
  g_clear_pointer (&c->rt, g_array_unref);
  g_clear_pointer (&c->success, g_array_unref);
  g_clear_pointer (&c->timeout, g_array_unref);
  g_clear_pointer (&c->error, g_array_unref);
}

#define CF_START_EPOCH 1772442000.0   /* 2026-03-02 09:00:00 UTC */

static inline void
cf_curves (const CfRun *run,
           CfCurves    *c)
{
  GRand *rand = g_rand_new_with_seed (run->seed);
  double ar_tps = 0, ar_rt = 0;

#define NEW_ARRAY() g_array_sized_new (FALSE, FALSE, sizeof (double), run->n)
  c->t = NEW_ARRAY ();
  c->vusers = NEW_ARRAY ();
  c->tps = NEW_ARRAY ();
  c->rt = NEW_ARRAY ();
  c->success = NEW_ARRAY ();
  c->timeout = NEW_ARRAY ();
  c->error = NEW_ARRAY ();
#undef NEW_ARRAY

  for (guint i = 0; i < run->n; i++)
    {
      double load = cf_load (run, i);
      double t = CF_START_EPOCH + i;
      double vu = round (run->vusers * load);
      double tps, rt, timeouts, success, zero = 0;

      /* AR(1) noise: neighbouring seconds are correlated, as in real runs */
      ar_tps = 0.7 * ar_tps + g_rand_double_range (rand, -1, 1) * run->noise;
      ar_rt = 0.7 * ar_rt + g_rand_double_range (rand, -1, 1) * run->noise;
      tps = MAX (0.0, round (run->tps * load * (1 + ar_tps)));
      rt = run->rt_ms * (1 + ar_rt);
      timeouts = round (tps * run->timeout_share);
      success = tps - timeouts;

      g_array_append_val (c->t, t);
      g_array_append_val (c->vusers, vu);
      g_array_append_val (c->tps, tps);
      g_array_append_val (c->rt, rt);
      g_array_append_val (c->success, success);
      g_array_append_val (c->timeout, timeouts);
      g_array_append_val (c->error, zero);
    }
  g_rand_free (rand);
}

static inline AwcSeries *
cf_series (const char *id,
           GArray     *values)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (id);

  g_assert_nonnull (entry);
  return awc_series_new (id, entry->title, entry->group, NULL, entry->unit, g_array_ref (values));
}

static inline AwcReport *
cf_make_report (const CfRun *run)
{
  AwcReport *report = awc_report_new ();
  GPtrArray *series = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *buckets = g_ptr_array_new_with_free_func (g_object_unref);
  CfCurves c = { NULL };

  cf_curves (run, &c);
  awc_report_set_title (report, run->title != NULL ? run->title : "run");
  awc_report_set_timestamps (report, g_array_ref (c.t), TRUE);
  if (!run->no_tps)
    {
      g_ptr_array_add (series, cf_series ("tps_brokens.tps", c.tps));
      g_ptr_array_add (series, cf_series ("tps_brokens.average", c.rt));
    }
  if (!run->no_vusers)
    g_ptr_array_add (series, cf_series ("vusers_brokens.vusers", c.vusers));
  g_ptr_array_add (series, cf_series ("respcode_brokens.success", c.success));
  g_ptr_array_add (series, cf_series ("respcode_brokens.timeout", c.timeout));
  g_ptr_array_add (series, cf_series ("respcode_brokens.error", c.error));
  awc_report_set_series (report, series);

  for (guint i = 0; run->buckets != NULL && run->buckets[i] != NULL; i += 2)
    g_ptr_array_add (buckets, awc_bucket_new (run->buckets[i],
                                              g_ascii_strtoull (run->buckets[i + 1], NULL, 10)));
  awc_report_set_buckets (report, buckets);

  cf_curves_clear (&c);
  return report;
}

static inline void
cf_append_array (GString    *out,
                 const char *name,
                 GArray     *values)
{
  g_string_append_printf (out, "\"%s\": [", name);
  for (guint i = 0; i < values->len; i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                              g_ascii_formatd (buf, sizeof buf, "%.6g", g_array_index (values, double, i)));
    }
  g_string_append (out, "]");
}

/* The run as a full CPTS chart response body. */
static inline GString *
cf_run_json (const CfRun *run)
{
  GString *out = g_string_new (NULL);
  CfCurves c = { NULL };

  cf_curves (run, &c);
  g_string_append (out, "{\"code\": \"SVCSTG.CPTS.0000000\", \"message\": \"success\", \"result\": {"
                        "\"err_message\": \"\", \"resp_time_range\": {");
  for (guint i = 0; run->buckets != NULL && run->buckets[i] != NULL; i += 2)
    g_string_append_printf (out, "%s\"%s\": \"%s\"", i > 0 ? ", " : "", run->buckets[i], run->buckets[i + 1]);
  g_string_append (out, "}, \"broken_list\": {\"commonTimestamps\": [");
  for (guint i = 0; i < run->n; i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((gint64) g_array_index (c.t, double, i));
      g_autofree char *text = g_date_time_format (dt, "%Y-%m-%d %H:%M:%S");

      g_string_append_printf (out, "%s\"%s\"", i > 0 ? "," : "", text);
    }
  g_string_append (out, "]");
  if (!run->no_tps)
    {
      g_string_append (out, ", \"tps_brokens\": {");
      cf_append_array (out, "tps", c.tps);
      g_string_append (out, ", ");
      cf_append_array (out, "average", c.rt);
      g_string_append (out, "}");
    }
  if (!run->no_vusers)
    {
      g_string_append (out, ", \"vusers_brokens\": {");
      cf_append_array (out, "vusers", c.vusers);
      g_string_append (out, "}");
    }
  g_string_append (out, ", \"respcode_brokens\": {");
  cf_append_array (out, "success", c.success);
  g_string_append (out, ", ");
  cf_append_array (out, "timeout", c.timeout);
  g_string_append (out, ", ");
  cf_append_array (out, "error", c.error);
  g_string_append (out, "}}}}");

  cf_curves_clear (&c);
  return out;
}
