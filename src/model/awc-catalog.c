/* awc-catalog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "awc-catalog.h"
#include "awc-series.h"

/* The CPTS API documents no units.  Counts of failed responses come one
 * number per second, so they are rates ("/s") like TPS.  The seed's numbers fit bytes per
 * second for bandwidth and milliseconds for response times, so this table
 * is the one place that decides it. */

static const AwcCatalogGroup groups[] = {
  { "throughput",       N_("Throughput"),       0 },
  { "response-time",    N_("Response time"),    1 },
  { "vusers",           N_("Virtual users"),    2 },
  { "failures",         N_("Failed responses"), 3 },
  /* Derived: its own panel, a percentage does not share an axis with /s */
  { "error-rate",       N_("Error rate"),       4 },
  { "bandwidth",        N_("Bandwidth"),        5 },
  { "rtmp-bandwidth",   N_("RTMP bandwidth"),   6 },
  { "rtmp-packets",     N_("RTMP packets"),     7 },
  { "streaming-errors", N_("Streaming errors"), 8 },
  { AWC_CATALOG_GROUP_EXPECTED_LOAD, N_("Expected load"), 9 },
};

static const AwcCatalogEntry entries[] = {
  { "tps_brokens.tps",           "throughput",    N_("TPS"),                   AWC_UNIT_PER_SECOND,       TRUE },
  /* Duplicates TPS, so hidden unless asked for. */
  { "respcode_brokens.success",  "throughput",    N_("Successful responses"),  AWC_UNIT_PER_SECOND,       FALSE },
  { "tps_brokens.average",       "response-time", N_("Average response time"), AWC_UNIT_MILLISECONDS,     TRUE },
  { "vusers_brokens.vusers",     "vusers",        N_("Virtual users"),         AWC_UNIT_USERS,            TRUE },
  { "respcode_brokens.error",            "failures", N_("Request errors"),      AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.timeout",          "failures", N_("Timeouts"),            AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.checkPointFailed", "failures", N_("Checkpoint failures"), AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.parsedFailed",     "failures", N_("Parse failures"),      AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.refusedFailed",    "failures", N_("Refused connections"), AWC_UNIT_PER_SECOND, TRUE },
  { "respcode_brokens.othersFailed",     "failures", N_("Other failures"),      AWC_UNIT_PER_SECOND, TRUE },
  /* Derived (awc_catalog_add_derived ()): failed / all responses */
  { AWC_CATALOG_ERROR_RATE,      "error-rate",    N_("Error rate"),            AWC_UNIT_PERCENT,          TRUE },
  { "brand_brokens.recBytes",    "bandwidth",     N_("Received (downlink)"),   AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "brand_brokens.sentBytes",   "bandwidth",     N_("Sent (uplink)"),         AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.audioRecBytes",  "rtmp-bandwidth", N_("Audio received"), AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.audioSentBytes", "rtmp-bandwidth", N_("Audio sent"),     AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoRecBytes",  "rtmp-bandwidth", N_("Video received"), AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoSentBytes", "rtmp-bandwidth", N_("Video sent"),     AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpReceivedPackets", "rtmp-packets", N_("Packets received"), AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpSentPackets",     "rtmp-packets", N_("Packets sent"),     AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "streaming_error_brokens.createStreamFailed", "streaming-errors", N_("Create stream failures"),    AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.handShakeFailed",    "streaming-errors", N_("Handshake failures"),        AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.parseFileFailed",    "streaming-errors", N_("File parse failures"),       AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.parseFlvFileFailed", "streaming-errors", N_("FLV parse failures"),        AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.playFailed",         "streaming-errors", N_("Play failures"),             AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.publishFailed",      "streaming-errors", N_("Publish failures"),          AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.retryFailed",        "streaming-errors", N_("Retry failures"),            AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.rtmpConnectFailed",  "streaming-errors", N_("RTMP connection failures"),  AWC_UNIT_PER_SECOND, TRUE },
  { "streaming_error_brokens.tcpConnectFailed",   "streaming-errors", N_("TCP connection failures"),   AWC_UNIT_PER_SECOND, TRUE },
};

const AwcCatalogEntry *
awc_catalog_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  /* Linear: 28 rows, looked up once per series at load time. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (g_str_equal (entries[i].id, id))
      return &entries[i];

  return NULL;
}

const AwcCatalogGroup *
awc_catalog_lookup_group (const char *group_id)
{
  if (group_id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (g_str_equal (groups[i].id, group_id))
      return &groups[i];

  return NULL;
}

guint
awc_catalog_get_n_entries (void)
{
  return G_N_ELEMENTS (entries);
}

const AwcCatalogEntry *
awc_catalog_get_entry (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (entries), NULL);

  return &entries[position];
}

guint
awc_catalog_get_entry_order (const char *id)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (id);

  if (entry == NULL)
    return G_MAXUINT;

  return (guint) (entry - entries);
}

/* The response-code series a failure share is made of: success first */
static const char * const respcodes[] = {
  "respcode_brokens.success",
  "respcode_brokens.error",
  "respcode_brokens.timeout",
  "respcode_brokens.checkPointFailed",
  "respcode_brokens.parsedFailed",
  "respcode_brokens.refusedFailed",
  "respcode_brokens.othersFailed",
};

static AwcSeries *
find_series (GPtrArray  *series,
             const char *id)
{
  for (guint i = 0; i < series->len; i++)
    if (g_strcmp0 (awc_series_get_id (g_ptr_array_index (series, i)), id) == 0)
      return g_ptr_array_index (series, i);
  return NULL;
}

/* The error rate: failed / all responses of each second, in %, where
 * "all" is success plus every failure class the report has.  A second
 * with no response at all (or a gap in any class) has no rate: NaN, a
 * gap in the curve, never a division by zero. */
static AwcSeries *
derive_error_rate (GPtrArray *series)
{
  AwcSeries *classes[G_N_ELEMENTS (respcodes)] = { NULL };
  const double *values[G_N_ELEMENTS (respcodes)] = { NULL };
  guint lens[G_N_ELEMENTS (respcodes)] = { 0 };
  const AwcCatalogEntry *entry = awc_catalog_lookup (AWC_CATALOG_ERROR_RATE);
  const AwcCatalogGroup *group = awc_catalog_lookup_group (entry->group);
  gboolean any_failure = FALSE;
  GArray *rate;
  guint n;

  if (!(classes[0] = find_series (series, respcodes[0])))
    return NULL;
  values[0] = awc_series_get_values (classes[0], &lens[0]);
  n = lens[0];
  for (guint c = 1; c < G_N_ELEMENTS (respcodes); c++)
    if ((classes[c] = find_series (series, respcodes[c])) != NULL)
      {
        values[c] = awc_series_get_values (classes[c], &lens[c]);
        any_failure = TRUE;
      }
  if (!any_failure || n == 0)
    return NULL;

  rate = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      double all = 0, failed = 0, value = NAN;
      gboolean gap = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (respcodes) && !gap; c++)
        {
          if (values[c] == NULL)
            continue;
          if (i >= lens[c] || !isfinite (values[c][i]))
            gap = TRUE;
          else
            {
              all += values[c][i];
              if (c > 0)
                failed += values[c][i];
            }
        }
      if (!gap && all > 0)
        value = 100 * failed / all;
      g_array_append_val (rate, value);
    }

  return awc_series_new (AWC_CATALOG_ERROR_RATE, g_dgettext (GETTEXT_PACKAGE, entry->title),
                         entry->group, g_dgettext (GETTEXT_PACKAGE, group->title),
                         entry->unit, rate);
}

void
awc_catalog_add_derived (GPtrArray *series)
{
  AwcSeries *rate;

  g_return_if_fail (series != NULL);

  /* A copied report already has it */
  if (find_series (series, AWC_CATALOG_ERROR_RATE) != NULL)
    return;
  if ((rate = derive_error_rate (series)) != NULL)
    g_ptr_array_add (series, rate);
}
