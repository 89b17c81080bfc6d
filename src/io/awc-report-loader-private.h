/* awc-report-loader-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "awc-json-values.h"
#include "awc-report-loader.h"

G_BEGIN_DECLS

/* The largest body the loader reads, from a file or from memory. */
#define MAX_BODY_SIZE (G_GUINT64_CONSTANT (1) << 30)

/* awc-report-loader-file.c: the contents of @file, NUL-terminated, if it
 * is a regular file (else AWC_REPORT_ERROR_IO "not a regular file").  A
 * file over MAX_BODY_SIZE gives NULL, no error and *too_large set;
 * system errors are G_IO_ERROR with the bare reason. */
char      *_awc_report_read_file         (GFile              *file,
                                          GCancellable       *cancellable,
                                          gsize              *len_out,
                                          gboolean           *too_large,
                                          GError            **error);

/* How the loader hands the body to json-glib; AUTO is what the public API
 * does, the others exist so tests can compare both paths. */
typedef enum
{
  AWC_REPORT_LOAD_AUTO,
  AWC_REPORT_LOAD_FAST,    /* every flat array is read by awc-json-values.c */
  AWC_REPORT_LOAD_PLAIN,   /* json-glib builds the whole tree */
} AwcReportLoadMode;

/* A flat array read straight from the raw bytes, before json-glib saw
 * the (blanked) rest of the body. */
typedef struct
{
  const char *data;        /* the raw array, brackets included */
  gsize       len;
  const char *path;        /* borrowed from the scan */
  gboolean    timestamps;  /* read as timestamps rather than numbers */
  /* Results */
  GArray     *values;
  gboolean    wall_clock;
  GError     *error;
} AwcLoaderArray;

AwcReport *_awc_report_load_data         (const char         *data,
                                          gsize               len,
                                          const char         *source,
                                          AwcReportLoadMode   mode,
                                          GCancellable       *cancellable,
                                          GError            **error);

/* awc-report-loader-build.c */
GArray    *_awc_loader_parse_timestamps  (const char         *data,
                                          gsize               len,
                                          const char         *path,
                                          gboolean           *wall_clock,
                                          GCancellable       *cancellable,
                                          GError            **error);
GArray    *_awc_loader_parse_timestamps_node (JsonArray      *array,
                                              const char     *path,
                                              gboolean       *wall_clock,
                                              GCancellable   *cancellable,
                                              GError        **error);
/* Kind of a json-glib node, with its number or (borrowed) string. */
AwcJsonKind _awc_loader_node_kind        (JsonNode           *node,
                                          double             *number,
                                          const char        **str);
/* @arrays: the AwcLoaderArray of each range blanked out of @root (by
 * range index), or NULL. */
AwcReport *_awc_loader_build_report      (JsonNode           *root,
                                          GPtrArray          *arrays,
                                          const char         *source,
                                          GCancellable       *cancellable,
                                          GError            **error);
/* awc-report-loader-buckets.c; @warnings: strings, appended to. */
GPtrArray *_awc_loader_load_buckets      (JsonObject         *result,
                                          const char         *prefix,
                                          GPtrArray          *warnings,
                                          GError            **error);
/* awc-report-loader.c */
char      *_awc_loader_title_from_source (const char         *source);

G_END_DECLS
