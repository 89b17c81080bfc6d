/* awc-cpts-client-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "awc-cpts-client.h"

G_BEGIN_DECLS

/* Bytes asked of the body stream per read: with the body size cap, the
 * most a request ever holds is the cap plus one of these. */
#define AWC_CPTS_READ_CHUNK     (64 * 1024)
/* Of a non-2xx answer only the head is read: the error message needs no
 * more. */
#define AWC_CPTS_MAX_ERROR_BODY (64 * 1024)
/* Same-origin redirects followed for one request. */
#define AWC_CPTS_MAX_REDIRECTS  5

/* Items asked for per page of the paged lists (projects, tasks). */
#define AWC_CPTS_PAGE_SIZE      50
/* Pages of one list at most: a server that never sends a short page
 * cannot keep the client going forever. */
#define AWC_CPTS_MAX_PAGES      1000

/* How the server reads the offset query parameter of the paged lists
 * (docs/cpts-api-notes.md). */
typedef enum
{
  AWC_CPTS_PAGING_UNKNOWN,
  AWC_CPTS_PAGING_PAGE,    /* page number from 1 */
  AWC_CPTS_PAGING_INDEX,   /* item index from 0 */
} AwcCptsPaging;

/* awc-cpts-client.c */
AwcCptsPaging _awc_cpts_client_get_paging     (AwcCptsClient  *self);
void         _awc_cpts_client_set_paging       (AwcCptsClient  *self,
                                                AwcCptsPaging   paging);
guint        _awc_cpts_client_get_page_size    (AwcCptsClient  *self);
/* At least 2 (one item per page could not tell the readings apart). */
void         _awc_cpts_client_set_page_size    (AwcCptsClient  *self,
                                                guint           page_size);
SoupSession *_awc_cpts_client_get_session      (AwcCptsClient  *self);
/* The most body bytes any request of this client held at once: what it
 * had accumulated plus the chunk in hand (a statistic for tests). */
guint64      _awc_cpts_client_get_peak_held    (AwcCptsClient  *self);
void         _awc_cpts_client_note_held        (AwcCptsClient  *self,
                                                guint64         bytes);

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

/* awc-cpts-redirect.c: the rules for following a redirect. */
gboolean     _awc_cpts_status_is_redirect      (guint                status);
gboolean     _awc_cpts_same_origin             (GUri                *a,
                                                GUri                *b);
/* "scheme://host[:port]", the port only when not the default. */
char        *_awc_cpts_origin_to_string        (GUri                *uri);
/* FALSE with an AWC_CPTS_ERROR_REDIRECT unless @to is http(s), has the
 * origin of @from and is not a downgrade from https. */
gboolean     _awc_cpts_redirect_allowed        (GUri                *from,
                                                GUri                *to,
                                                GError             **error);
/* The URI to follow for a @status answer to @from with @location
 * (relative or absolute), without user info or fragment; NULL with an
 * AWC_CPTS_ERROR_REDIRECT when it must not be followed, or after
 * AWC_CPTS_MAX_REDIRECTS. */
GUri        *_awc_cpts_redirect_target         (GUri                *from,
                                                guint                status,
                                                const char          *location,
                                                guint                n_followed,
                                                GError             **error);

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
