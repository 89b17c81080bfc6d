/* test-render-util.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In-memory reports for the render and export tests: built through the
 * model's building API, no JSON loader involved. */
#pragma once

#include <math.h>

#include "model/awc-catalog.h"
#include "model/awc-report.h"

/* 2026-05-03 23:40:00 UTC: a 30-minute run from here crosses midnight. */
#define TEST_T0 1777851600.0

static inline GArray *
test_values_new (guint n)
{
  GArray *a = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  g_array_set_size (a, n);
  return a;
}

/* A series from the catalog (title, group and unit from there). */
static inline AwcSeries *
test_series_new (const char *id,
                 GArray     *values)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (id);
  const AwcCatalogGroup *group;

  g_assert_nonnull (entry);
  group = awc_catalog_lookup_group (entry->group);
  g_assert_nonnull (group);

  return awc_series_new (id, entry->title, entry->group, group->title, entry->unit, values);
}

static inline void
test_report_set_times (AwcReport *report,
                       double     t0,
                       double     step,
                       guint      n,
                       gboolean   wall_clock)
{
  GArray *ts = test_values_new (n);

  for (guint i = 0; i < n; i++)
    g_array_index (ts, double, i) = t0 + i * step;
  awc_report_set_timestamps (report, ts, wall_clock);
}

/* @n samples one second apart from TEST_T0; @ids and @values NULL-terminated
 * in parallel: one GArray per id. */
static inline AwcReport *
test_report_new (guint        n,
                 const char **ids,
                 GArray     **values)
{
  AwcReport *report = awc_report_new ();
  GPtrArray *series = g_ptr_array_new_with_free_func (g_object_unref);

  awc_report_set_title (report, "Test report");
  test_report_set_times (report, TEST_T0, 1, n, TRUE);
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (series, test_series_new (ids[i], values[i]));
  /* Takes the array; its free function drops our references. */
  awc_report_set_series (report, series);

  return report;
}

static inline double
test_noise (GRand *rand,
            double amplitude)
{
  return (g_rand_double (rand) - 0.5) * 2 * amplitude;
}

/* A 30-minute load test the way CPTS draws it: virtual users ramp up,
 * TPS saturates, response time grows, timeouts and refused connections
 * appear under saturation, nine response-time buckets. */
static inline AwcReport *
test_report_realistic (guint n)
{
  static const char *ids[] = {
    "tps_brokens.tps", "tps_brokens.average", "vusers_brokens.vusers",
    "respcode_brokens.error", "respcode_brokens.timeout", "respcode_brokens.refusedFailed",
    "brand_brokens.recBytes", "brand_brokens.sentBytes", NULL,
  };
  static const struct { const char *label; guint64 count; } buckets[] = {
    { "0~50ms", 182344 }, { "50~200ms", 240113 }, { "200~500ms", 98412 },
    { "500ms~1s", 31877 }, { "1~2s", 9021 }, { "2~3s", 2210 }, { "3~4s", 640 },
    { "4~5s", 233 }, { ">5s", 187 },
  };
  GArray *values[G_N_ELEMENTS (ids)];
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GPtrArray *bucket_list = g_ptr_array_new_with_free_func (g_object_unref);
  AwcReport *report;

  for (guint s = 0; ids[s] != NULL; s++)
    values[s] = test_values_new (n);
  values[G_N_ELEMENTS (ids) - 1] = NULL;

  for (guint i = 0; i < n; i++)
    {
      double f = (double) i / MAX (n - 1, 1);
      double users = floor (MIN (f / 0.6, 1.0) * 400);
      double capacity = 520;
      double tps = MIN (users * 2.2, capacity) + test_noise (rand, 12);
      double load = users * 2.2 / capacity;
      double rt = 35 + (load > 0.8 ? (load - 0.8) * 900 : 0) + test_noise (rand, 4);
      double timeouts = load > 1.3 ? floor (g_rand_double (rand) * (load - 1.2) * 25) : 0;
      double refused = (load > 1.5 && g_rand_double (rand) < 0.08) ? floor (g_rand_double (rand) * 40) : 0;

      if (i == 0)
        tps = rt = 0;
      g_array_index (values[0], double, i) = MAX (tps, 0);
      g_array_index (values[1], double, i) = MAX (rt, 0);
      g_array_index (values[2], double, i) = users;
      g_array_index (values[3], double, i) = 0;
      g_array_index (values[4], double, i) = timeouts;
      g_array_index (values[5], double, i) = refused;
      g_array_index (values[6], double, i) = MAX (tps, 0) * 5400 + test_noise (rand, 20000);
      g_array_index (values[7], double, i) = MAX (tps, 0) * 820 + test_noise (rand, 3000);
    }

  report = test_report_new (n, ids, values);
  awc_report_set_title (report, "Checkout flow — ramp to 400 users");
  for (guint i = 0; i < G_N_ELEMENTS (buckets); i++)
    g_ptr_array_add (bucket_list, awc_bucket_new (buckets[i].label, buckets[i].count));
  awc_report_set_buckets (report, bucket_list);

  return report;
}

#include "model/awc-chart-data-builder.h"

/* A fresh snapshot of @report as drawn now (visibility or @series_ids),
 * kept alive by the report so tests can pass it inline; the renderer
 * only ever sees snapshots. */
static inline AwcChartData *
test_data_ids (AwcReport          *report,
               const char * const *series_ids)
{
  GPtrArray *kept = g_object_get_data (G_OBJECT (report), "test-snapshots");
  AwcChartDataOptions options;
  AwcChartData *data;

  if (kept == NULL)
    {
      kept = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_chart_data_unref);
      g_object_set_data_full (G_OBJECT (report), "test-snapshots", kept,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  awc_chart_data_options_init (&options);
  options.series_ids = series_ids;
  data = awc_chart_data_new_from_report (report, &options, NULL);
  g_ptr_array_add (kept, data);
  return data;
}

/* Series the next test_data() snapshots select (NULL = visibility):
 * selection is the snapshot's job now, not the render options'. */
static const char * const *test_series_ids;

static inline AwcChartData *
test_data (AwcReport *report)
{
  return test_data_ids (report, test_series_ids);
}

static inline void
test_pair_free (gpointer p)
{
  awc_chart_pair_clear (p);
  g_free (p);
}

/* The pair of snapshots for @comparison, kept alive by it. */
static inline const AwcChartPair *
test_pair_ids (AwcComparison      *comparison,
               const char * const *series_ids,
               gboolean            overlay)
{
  AwcChartPair *pair = g_new0 (AwcChartPair, 1);
  AwcChartDataOptions options;
  char key[32];
  static guint serial;

  awc_chart_data_options_init (&options);
  options.series_ids = series_ids;
  g_assert_true (awc_chart_pair_init_from_comparison (pair, comparison, &options, overlay,
                                                      NULL, NULL));
  g_snprintf (key, sizeof key, "test-pair-%u", serial++);
  g_object_set_data_full (G_OBJECT (comparison), key, pair, test_pair_free);
  return pair;
}
