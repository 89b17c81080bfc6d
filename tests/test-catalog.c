/* test-catalog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "model/awc-catalog.h"
#include "model/awc-series.h"

typedef struct
{
  const char *id;
  const char *group;
  AwcUnit     unit;
  gboolean    visible;
} SeedKey;

/* Every series key of the seed's example body (cpts-api.md §1). */
static const SeedKey seed_keys[] = {
  { "tps_brokens.tps", "throughput", AWC_UNIT_PER_SECOND, TRUE },
  { "tps_brokens.average", "response-time", AWC_UNIT_MILLISECONDS, TRUE },
  { "vusers_brokens.vusers", "vusers", AWC_UNIT_USERS, TRUE },
  { "brand_brokens.recBytes", "bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "brand_brokens.sentBytes", "bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "respcode_brokens.success", "throughput", AWC_UNIT_PER_SECOND, FALSE },
  { "respcode_brokens.error", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.timeout", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.checkPointFailed", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.parsedFailed", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.refusedFailed", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.othersFailed", "failures", AWC_UNIT_PER_SECOND, TRUE },
  { "rtmp_brokens.audioRecBytes", "rtmp-bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.audioSentBytes", "rtmp-bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoRecBytes", "rtmp-bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoSentBytes", "rtmp-bandwidth", AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpReceivedPackets", "rtmp-packets", AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpSentPackets", "rtmp-packets", AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "streaming_error_brokens.createStreamFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.handShakeFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.parseFileFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.parseFlvFileFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.playFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.publishFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.retryFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.rtmpConnectFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.tcpConnectFailed", "streaming-errors", AWC_UNIT_PER_SECOND, TRUE },
  /* Derived from the response codes */
  { AWC_CATALOG_ERROR_RATE, "error-rate", AWC_UNIT_PERCENT, TRUE },
};

static void
test_seed_keys (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seed_keys); i++)
    {
      const AwcCatalogEntry *entry = awc_catalog_lookup (seed_keys[i].id);

      g_test_message ("%s", seed_keys[i].id);
      g_assert_nonnull (entry);
      g_assert_cmpstr (entry->id, ==, seed_keys[i].id);
      g_assert_cmpstr (entry->group, ==, seed_keys[i].group);
      g_assert_cmpint (entry->unit, ==, seed_keys[i].unit);
      g_assert_cmpint (entry->default_visible, ==, seed_keys[i].visible);
      g_assert_nonnull (entry->title);
      g_assert_cmpstr (entry->title, !=, "");
      g_assert_nonnull (awc_catalog_lookup_group (entry->group));
    }

  /* No stray rows beyond the seed */
  g_assert_cmpuint (awc_catalog_get_n_entries (), ==, G_N_ELEMENTS (seed_keys));
}

static void
test_titles (void)
{
  g_assert_cmpstr (awc_catalog_lookup ("tps_brokens.tps")->title, ==, "TPS");
  g_assert_cmpstr (awc_catalog_lookup ("tps_brokens.average")->title, ==, "Average response time");
  g_assert_cmpstr (awc_catalog_lookup ("vusers_brokens.vusers")->title, ==, "Virtual users");
  g_assert_cmpstr (awc_catalog_lookup ("brand_brokens.recBytes")->title, ==, "Received (downlink)");
  g_assert_cmpstr (awc_catalog_lookup ("brand_brokens.sentBytes")->title, ==, "Sent (uplink)");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.success")->title, ==, "Successful responses");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.error")->title, ==, "Request errors");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.timeout")->title, ==, "Timeouts");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.checkPointFailed")->title, ==, "Checkpoint failures");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.parsedFailed")->title, ==, "Parse failures");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.refusedFailed")->title, ==, "Refused connections");
  g_assert_cmpstr (awc_catalog_lookup ("respcode_brokens.othersFailed")->title, ==, "Other failures");

  /* Titles are unique so legends can tell series apart */
  for (guint i = 0; i < awc_catalog_get_n_entries (); i++)
    for (guint j = i + 1; j < awc_catalog_get_n_entries (); j++)
      g_assert_cmpstr (awc_catalog_get_entry (i)->title, !=, awc_catalog_get_entry (j)->title);
}

static void
test_groups (void)
{
  static const struct { const char *id; const char *title; } expected[] = {
    { "throughput", "Throughput" },
    { "response-time", "Response time" },
    { "vusers", "Virtual users" },
    { "failures", "Failed responses" },
    { "bandwidth", "Bandwidth" },
    { "rtmp-bandwidth", "RTMP bandwidth" },
    { "rtmp-packets", "RTMP packets" },
    { "streaming-errors", "Streaming errors" },
    { AWC_CATALOG_GROUP_EXPECTED_LOAD, "Expected load" },
  };
  guint previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const AwcCatalogGroup *group = awc_catalog_lookup_group (expected[i].id);

      g_assert_nonnull (group);
      g_assert_cmpstr (group->title, ==, expected[i].title);
      if (i > 0)
        g_assert_cmpuint (group->order, >, previous);
      previous = group->order;
    }

  g_assert_cmpstr (AWC_CATALOG_GROUP_EXPECTED_LOAD, ==, "expected-load");
  g_assert_null (awc_catalog_lookup_group ("latency_brokens"));
  g_assert_null (awc_catalog_lookup_group (NULL));
}

static void
test_unknown (void)
{
  g_assert_null (awc_catalog_lookup ("future_brokens.p99"));
  g_assert_null (awc_catalog_lookup ("tps"));
  g_assert_null (awc_catalog_lookup ("TPS_BROKENS.TPS"));
  g_assert_null (awc_catalog_lookup (NULL));
  g_assert_cmpuint (awc_catalog_get_entry_order ("future_brokens.p99"), ==, G_MAXUINT);
}

static void
test_order (void)
{
  guint n = awc_catalog_get_n_entries ();

  for (guint i = 0; i < n; i++)
    {
      const AwcCatalogEntry *entry = awc_catalog_get_entry (i);

      g_assert_cmpuint (awc_catalog_get_entry_order (entry->id), ==, i);
      g_assert_true (awc_catalog_lookup (entry->id) == entry);
    }

  /* TPS is the first thing a user sees, ahead of the hidden success count */
  g_assert_cmpuint (awc_catalog_get_entry_order ("tps_brokens.tps"), <,
                    awc_catalog_get_entry_order ("respcode_brokens.success"));
  g_assert_cmpuint (awc_catalog_get_entry_order ("brand_brokens.recBytes"), <,
                    awc_catalog_get_entry_order ("brand_brokens.sentBytes"));
}

static void
add_series (GPtrArray    *series,
            const char   *id,
            const double *values,
            guint         n)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (id);
  GArray *array = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (array, values, n);
  g_ptr_array_add (series, awc_series_new (id, entry->title, entry->group, NULL, entry->unit, array));
}

static AwcSeries *
find (GPtrArray  *series,
      const char *id)
{
  for (guint i = 0; i < series->len; i++)
    if (g_str_equal (awc_series_get_id (g_ptr_array_index (series, i)), id))
      return g_ptr_array_index (series, i);
  return NULL;
}

/* Failed / all responses per second, in %; no responses: a gap */
static void
test_error_rate (void)
{
  static const double success[] = { 90, 0, 50, 100, NAN };
  static const double timeout[] = { 5, 0, 50, 0, 1 };
  static const double others[] = { 5, 0, 0, 0, 1 };
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  const double *rate;
  AwcSeries *derived;
  guint n;

  /* Without failure classes there is nothing to derive */
  add_series (series, "respcode_brokens.success", success, G_N_ELEMENTS (success));
  awc_catalog_add_derived (series);
  g_assert_cmpuint (series->len, ==, 1);

  add_series (series, "respcode_brokens.timeout", timeout, G_N_ELEMENTS (timeout));
  add_series (series, "respcode_brokens.othersFailed", others, G_N_ELEMENTS (others));
  awc_catalog_add_derived (series);
  g_assert_cmpuint (series->len, ==, 4);
  derived = find (series, AWC_CATALOG_ERROR_RATE);
  g_assert_nonnull (derived);
  g_assert_cmpstr (awc_series_get_title (derived), ==, "Error rate");
  g_assert_cmpstr (awc_series_get_group (derived), ==, "error-rate");
  g_assert_cmpint (awc_series_get_unit (derived), ==, AWC_UNIT_PERCENT);
  rate = awc_series_get_values (derived, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat_with_epsilon (rate[0], 10, 1e-9);
  g_assert_true (isnan (rate[1]));        /* 0 responses: no value */
  g_assert_cmpfloat_with_epsilon (rate[2], 50, 1e-9);
  g_assert_cmpfloat (rate[3], ==, 0);
  g_assert_true (isnan (rate[4]));        /* a gap in a source */

  /* Deriving twice (a copied report) adds nothing */
  awc_catalog_add_derived (series);
  g_assert_cmpuint (series->len, ==, 4);
}

/* Failure counts come one number per second: a rate */
static void
test_failures_per_second (void)
{
  g_autofree char *text = NULL;

  g_assert_cmpint (awc_catalog_lookup ("respcode_brokens.timeout")->unit, ==, AWC_UNIT_PER_SECOND);
  text = awc_unit_format_value (awc_catalog_lookup ("respcode_brokens.timeout")->unit, 3);
  g_assert_cmpstr (text, ==, "3 /s");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/catalog/seed-keys", test_seed_keys);
  g_test_add_func ("/awc/model/catalog/titles", test_titles);
  g_test_add_func ("/awc/model/catalog/groups", test_groups);
  g_test_add_func ("/awc/model/catalog/unknown", test_unknown);
  g_test_add_func ("/awc/model/catalog/order", test_order);
  g_test_add_func ("/awc/model/catalog/error-rate", test_error_rate);
  g_test_add_func ("/awc/model/catalog/failures-per-second", test_failures_per_second);

  return g_test_run ();
}
