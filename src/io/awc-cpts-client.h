/* awc-cpts-client.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "io/awc-cpts-case.h"
#include "io/awc-cpts-error.h"
#include "io/awc-cpts-project.h"
#include "io/awc-cpts-run.h"
#include "io/awc-cpts-task.h"
#include "io/awc-credentials.h"
#include "model/awc-report.h"

G_BEGIN_DECLS

#define AWC_CPTS_DEFAULT_CONNECT_TIMEOUT 10    /* seconds */
#define AWC_CPTS_DEFAULT_TOTAL_TIMEOUT   60.0  /* seconds */
#define AWC_CPTS_MAX_BODY_SIZE           (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* The regions of the CodeArts PerfTest SDKs (NULL-terminated, static). */
const char * const *awc_cpts_regions          (void);
gboolean            awc_cpts_region_is_known  (const char *region);
/* A decimal integer in 0…2147483647, as the path ids task_run_id and
 * case_run_id must be. */
gboolean            awc_cpts_id_is_numeric    (const char *id);

/* Talks to one CodeArts PerfTest endpoint with one SoupSession for its
 * whole life (system proxy, TLS verification on).  Every call is async,
 * cancellable and bounded by the connect and total timeouts; 429, 502,
 * 503 and 504 are retried up to 3 times with backoff and Retry-After.
 * Redirects are followed only within the origin of the request, so
 * credentials never reach another server; bodies stop one byte past
 * max-body-size, counted after decoding (docs/cpts-client.md).
 *
 * Properties: base-url (read-only), project-id, credentials,
 * connect-timeout (uint s), total-timeout (double s, 0 = none),
 * retry-base (double s), max-body-size (uint64 bytes), id-mapping (the
 * mapping remembered for the current base URL, AwcCptsIdMapping as int). */
#define AWC_TYPE_CPTS_CLIENT (awc_cpts_client_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsClient, awc_cpts_client, AWC, CPTS_CLIENT, GObject)

AwcCptsClient    *awc_cpts_client_new                 (void);

/* https://cpts.{region}.myhuaweicloud.com; @region must be known. */
gboolean          awc_cpts_client_set_region          (AwcCptsClient        *self,
                                                       const char           *region,
                                                       GError              **error);
/* A custom http(s) base URL (private deployments, tests). */
gboolean          awc_cpts_client_set_endpoint        (AwcCptsClient        *self,
                                                       const char           *url,
                                                       GError              **error);
/* Always ends with '/'; NULL until a region or endpoint is set. */
const char       *awc_cpts_client_get_base_url        (AwcCptsClient        *self);
const char       *awc_cpts_client_get_project_id      (AwcCptsClient        *self);
void              awc_cpts_client_set_project_id      (AwcCptsClient        *self,
                                                       const char           *project_id);
AwcCredentials   *awc_cpts_client_get_credentials     (AwcCptsClient        *self);
void              awc_cpts_client_set_credentials     (AwcCptsClient        *self,
                                                       AwcCredentials       *credentials);
guint             awc_cpts_client_get_connect_timeout (AwcCptsClient        *self);
void              awc_cpts_client_set_connect_timeout (AwcCptsClient        *self,
                                                       guint                 seconds);
double            awc_cpts_client_get_total_timeout   (AwcCptsClient        *self);
void              awc_cpts_client_set_total_timeout   (AwcCptsClient        *self,
                                                       double                seconds);
double            awc_cpts_client_get_retry_base      (AwcCptsClient        *self);
void              awc_cpts_client_set_retry_base      (AwcCptsClient        *self,
                                                       double                seconds);
guint64           awc_cpts_client_get_max_body_size   (AwcCptsClient        *self);
void              awc_cpts_client_set_max_body_size   (AwcCptsClient        *self,
                                                       guint64               bytes);
/* The mapping that worked for the current base URL (AUTO until one did).
 * Set it from GSettings cpts-id-mapping; read it back to store it. */
AwcCptsIdMapping  awc_cpts_client_get_id_mapping      (AwcCptsClient        *self);
void              awc_cpts_client_set_id_mapping      (AwcCptsClient        *self,
                                                       AwcCptsIdMapping      mapping);

/* GListModel of AwcCptsProject. */
void              awc_cpts_client_list_projects_async (AwcCptsClient        *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
/* GListModel of AwcCptsTask. */
void              awc_cpts_client_list_tasks_async    (AwcCptsClient        *self,
                                                       const char           *test_suite_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
/* GListModel of AwcCptsRun (the reports of a task). */
void              awc_cpts_client_list_runs_async     (AwcCptsClient        *self,
                                                       const char           *task_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
/* GListModel of AwcCptsCase (cases; their AWs are children). */
void              awc_cpts_client_list_cases_async    (AwcCptsClient        *self,
                                                       const char           *task_run_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
/* For all four list calls. */
GListModel       *awc_cpts_client_list_finish         (AwcCptsClient        *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

/* The chart at explicit ids. */
void              awc_cpts_client_fetch_chart_async   (AwcCptsClient        *self,
                                                       const char           *task_run_id,
                                                       const char           *case_run_id,
                                                       const char           *detail_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
/* The chart of a case or AW: the remembered id mapping first, then the
 * other one when the server answers 4xx (not 401/429); remembers the one
 * that worked. */
void              awc_cpts_client_fetch_case_chart_async (AwcCptsClient     *self,
                                                          const char        *task_run_id,
                                                          AwcCptsCase       *cpts_case,
                                                          GCancellable      *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer           user_data);
/* For both chart calls.  @body_out: (optional) the exact body received,
 * for "Save report as…". */
AwcReport        *awc_cpts_client_fetch_chart_finish  (AwcCptsClient        *self,
                                                       GAsyncResult         *result,
                                                       GBytes              **body_out,
                                                       GError              **error);

G_END_DECLS
