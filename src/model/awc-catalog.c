/* awc-catalog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-catalog.h"

/* The CPTS API documents no units.  The seed's numbers fit bytes per
 * second for bandwidth and milliseconds for response times, so this table
 * is the one place that decides it. */

static const AwcCatalogGroup groups[] = {
  { "throughput",       N_("Throughput"),       0 },
  { "response-time",    N_("Response time"),    1 },
  { "vusers",           N_("Virtual users"),    2 },
  { "failures",         N_("Failed responses"), 3 },
  { "bandwidth",        N_("Bandwidth"),        4 },
  { "rtmp-bandwidth",   N_("RTMP bandwidth"),   5 },
  { "rtmp-packets",     N_("RTMP packets"),     6 },
  { "streaming-errors", N_("Streaming errors"), 7 },
  { AWC_CATALOG_GROUP_EXPECTED_LOAD, N_("Expected load"), 8 },
};

static const AwcCatalogEntry entries[] = {
  { "tps_brokens.tps",           "throughput",    N_("TPS"),                   AWC_UNIT_PER_SECOND,       TRUE },
  /* Duplicates TPS, so hidden unless asked for. */
  { "respcode_brokens.success",  "throughput",    N_("Successful responses"),  AWC_UNIT_PER_SECOND,       FALSE },
  { "tps_brokens.average",       "response-time", N_("Average response time"), AWC_UNIT_MILLISECONDS,     TRUE },
  { "vusers_brokens.vusers",     "vusers",        N_("Virtual users"),         AWC_UNIT_USERS,            TRUE },
  { "respcode_brokens.error",            "failures", N_("Request errors"),      AWC_UNIT_COUNT, TRUE },
  { "respcode_brokens.timeout",          "failures", N_("Timeouts"),            AWC_UNIT_COUNT, TRUE },
  { "respcode_brokens.checkPointFailed", "failures", N_("Checkpoint failures"), AWC_UNIT_COUNT, TRUE },
  { "respcode_brokens.parsedFailed",     "failures", N_("Parse failures"),      AWC_UNIT_COUNT, TRUE },
  { "respcode_brokens.refusedFailed",    "failures", N_("Refused connections"), AWC_UNIT_COUNT, TRUE },
  { "respcode_brokens.othersFailed",     "failures", N_("Other failures"),      AWC_UNIT_COUNT, TRUE },
  { "brand_brokens.recBytes",    "bandwidth",     N_("Received (downlink)"),   AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "brand_brokens.sentBytes",   "bandwidth",     N_("Sent (uplink)"),         AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.audioRecBytes",  "rtmp-bandwidth", N_("Audio received"), AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.audioSentBytes", "rtmp-bandwidth", N_("Audio sent"),     AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoRecBytes",  "rtmp-bandwidth", N_("Video received"), AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.videoSentBytes", "rtmp-bandwidth", N_("Video sent"),     AWC_UNIT_BYTES_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpReceivedPackets", "rtmp-packets", N_("Packets received"), AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "rtmp_brokens.rtmpSentPackets",     "rtmp-packets", N_("Packets sent"),     AWC_UNIT_PACKETS_PER_SECOND, TRUE },
  { "streaming_error_brokens.createStreamFailed", "streaming-errors", N_("Create stream failures"),    AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.handShakeFailed",    "streaming-errors", N_("Handshake failures"),        AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.parseFileFailed",    "streaming-errors", N_("File parse failures"),       AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.parseFlvFileFailed", "streaming-errors", N_("FLV parse failures"),        AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.playFailed",         "streaming-errors", N_("Play failures"),             AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.publishFailed",      "streaming-errors", N_("Publish failures"),          AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.retryFailed",        "streaming-errors", N_("Retry failures"),            AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.rtmpConnectFailed",  "streaming-errors", N_("RTMP connection failures"),  AWC_UNIT_COUNT, TRUE },
  { "streaming_error_brokens.tcpConnectFailed",   "streaming-errors", N_("TCP connection failures"),   AWC_UNIT_COUNT, TRUE },
};

const AwcCatalogEntry *
awc_catalog_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  /* Linear: 27 rows, looked up once per series at load time. */
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
