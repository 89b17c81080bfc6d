/* awc-json-scan.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Deepest nesting the loader accepts; json-glib recurses per level. */
#define AWC_JSON_MAX_DEPTH 256

#define AWC_JSON_BLANK_MARKER         "\001awc-blank"
#define AWC_JSON_BLANK_MARKER_ESCAPED "\\u0001awc-blank"

/* A flat array (no object or array inside) found by the scanner. */
typedef struct
{
  gsize  offset;    /* of its '[' in the scanned data */
  gsize  len;       /* up to and including its ']' */
  char  *path;      /* "result.broken_list.tps_brokens.tps" */
} AwcJsonRange;

typedef struct
{
  GArray *ranges;       /* AwcJsonRange, in document order */
  /* The data with each range replaced by a marker array
   * ["\u0001awc-blank",INDEX] plus the newlines it held, so json-glib's
   * line numbers stay right; NULL when there are no ranges.  The index
   * (not the path) identifies the range: duplicate keys can give two
   * arrays one path. */
  char   *compact;
  gsize   compact_len;
} AwcJsonScan;

/* Validates @data as one JSON value (strict RFC 8259 syntax, UTF-8 in
 * strings, nesting up to AWC_JSON_MAX_DEPTH) in a single pass and records
 * the flat arrays at least @min_range_len bytes long.  Errors are in the
 * AWC_REPORT_ERROR domain: NOT_JSON, TRUNCATED or TOO_LARGE, with the line. */
gboolean awc_json_scan       (const char    *data,
                              gsize          len,
                              gsize          min_range_len,
                              AwcJsonScan   *scan,
                              GCancellable  *cancellable,
                              GError       **error);
void     awc_json_scan_clear (AwcJsonScan   *scan);

G_END_DECLS
