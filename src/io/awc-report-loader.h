/* awc-report-loader.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

#define AWC_REPORT_ERROR (awc_report_error_quark ())

/* Messages name the problem and its JSON path, never the file: callers
 * prefix the file or URL ("awchart: FILE: reason"). */
typedef enum
{
  AWC_REPORT_ERROR_IO,                    /* the file could not be read */
  AWC_REPORT_ERROR_EMPTY,                 /* zero bytes or only white space */
  AWC_REPORT_ERROR_NOT_JSON,              /* not JSON (message says if it looks like HTML) */
  AWC_REPORT_ERROR_TRUNCATED,             /* JSON that ends too early */
  AWC_REPORT_ERROR_API_ERROR,             /* {code,message} / {error_code,error_msg} error body */
  AWC_REPORT_ERROR_NOT_CHART,             /* valid JSON but no result / broken_list object */
  AWC_REPORT_ERROR_NULL_RESULT,           /* "result": null */
  AWC_REPORT_ERROR_MISSING_TIMESTAMPS,    /* no commonTimestamps array */
  AWC_REPORT_ERROR_BAD_GROUP,             /* a *_brokens group that is not an object */
  AWC_REPORT_ERROR_BAD_SERIES,            /* a series that is not an array of numbers */
  AWC_REPORT_ERROR_BAD_TIMESTAMP,         /* a timestamp that cannot be read (index and value) */
  AWC_REPORT_ERROR_DECREASING_TIMESTAMPS, /* a timestamp before the previous one (and why) */
  AWC_REPORT_ERROR_TOO_LARGE,             /* nesting or size beyond the limits */
  AWC_REPORT_ERROR_BAD_BUCKET,            /* a bucket count that is no whole count, or too large a total */
} AwcReportError;

GQuark     awc_report_error_quark       (void);

/* Accepts the full response body or a body whose top level is the
 * `result` object.  @source is stored as the report's source. */
AwcReport *awc_report_load_bytes        (GBytes               *bytes,
                                         const char           *source,
                                         GCancellable         *cancellable,
                                         GError              **error);
AwcReport *awc_report_load_file         (GFile                *file,
                                         GCancellable         *cancellable,
                                         GError              **error);

/* Parse in a GTask thread. */
void       awc_report_load_bytes_async  (GBytes               *bytes,
                                         const char           *source,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AwcReport *awc_report_load_bytes_finish (GAsyncResult         *result,
                                         GError              **error);
void       awc_report_load_file_async   (GFile                *file,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AwcReport *awc_report_load_file_finish  (GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
