/* awc-cpts-client-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "awc-cpts-client.h"

G_BEGIN_DECLS

/* awc-cpts-client.c */
SoupSession *_awc_cpts_client_get_session      (AwcCptsClient  *self);

/* awc-cpts-request.c: one signed GET of @path (relative to the base URL,
 * no leading '/') with retries, timeouts and the body size cap.  Finishes
 * with the body of a 2xx answer; any other status is an AWC_CPTS_ERROR. */
void         _awc_cpts_request_async           (AwcCptsClient       *client,
                                                const char          *path,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GBytes      *_awc_cpts_request_finish          (GAsyncResult        *result,
                                                GError             **error);
/* Seconds to wait for a Retry-After value (delta seconds or an HTTP
 * date), capped; -1 when absent or unreadable. */
double       _awc_cpts_parse_retry_after       (const char          *value,
                                                GDateTime           *now);

/* awc-cpts-parse.c: list bodies into GListStores; errors name the JSON
 * path. */
GListModel  *_awc_cpts_parse_projects          (GBytes              *body,
                                                GError             **error);
GListModel  *_awc_cpts_parse_tasks             (GBytes              *body,
                                                GError             **error);
GListModel  *_awc_cpts_parse_runs              (GBytes              *body,
                                                GError             **error);
GListModel  *_awc_cpts_parse_cases             (GBytes              *body,
                                                GError             **error);

G_END_DECLS
