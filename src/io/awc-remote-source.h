/* awc-remote-source.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "io/awc-cpts-client.h"
#include "model/awc-report.h"

G_BEGIN_DECLS

/* Where a report fetched from CodeArts PerfTest came from: the client (its
 * endpoint, project and credentials), the task and report, the case or AW
 * or the explicit chart ids, and the exact body last received.  The window
 * uses it for its title and subtitle, Reload (F5) and "Save report as…".
 *
 * Properties: client, task-name, report-name (read-write, optional
 * display names), task-run-id, case (AwcCptsCase; NULL for explicit ids),
 * case-run-id, detail-id (the ids of the last successful fetch), body
 * (GBytes, the exact last body; NULL before the first fetch). */
#define AWC_TYPE_REMOTE_SOURCE (awc_remote_source_get_type ())
G_DECLARE_FINAL_TYPE (AwcRemoteSource, awc_remote_source, AWC, REMOTE_SOURCE, GObject)

/* The chart of a case or AW from a report's case list. */
AwcRemoteSource *awc_remote_source_new_for_case     (AwcCptsClient        *client,
                                                     const char           *task_run_id,
                                                     AwcCptsCase          *cpts_case);
/* The chart at explicit ids. */
AwcRemoteSource *awc_remote_source_new_for_ids      (AwcCptsClient        *client,
                                                     const char           *task_run_id,
                                                     const char           *case_run_id,
                                                     const char           *detail_id);

AwcCptsClient   *awc_remote_source_get_client       (AwcRemoteSource      *self);
const char      *awc_remote_source_get_task_name    (AwcRemoteSource      *self);
void             awc_remote_source_set_task_name    (AwcRemoteSource      *self,
                                                     const char           *task_name);
const char      *awc_remote_source_get_report_name  (AwcRemoteSource      *self);
void             awc_remote_source_set_report_name  (AwcRemoteSource      *self,
                                                     const char           *report_name);
const char      *awc_remote_source_get_task_run_id  (AwcRemoteSource      *self);
AwcCptsCase     *awc_remote_source_get_case         (AwcRemoteSource      *self);
const char      *awc_remote_source_get_case_run_id  (AwcRemoteSource      *self);
const char      *awc_remote_source_get_detail_id    (AwcRemoteSource      *self);
GBytes          *awc_remote_source_get_body         (AwcRemoteSource      *self);

/* "report / case" for the window title. */
char            *awc_remote_source_dup_title        (AwcRemoteSource      *self);
/* "task · report · case/AW · detail id" for the subtitle. */
char            *awc_remote_source_dup_subtitle     (AwcRemoteSource      *self);
/* A file name for "Save report as…", ending in .json. */
char            *awc_remote_source_dup_file_name    (AwcRemoteSource      *self);

/* Fetches the chart (again).  On success the body and the ids are
 * updated before the callback runs. */
void             awc_remote_source_fetch_async      (AwcRemoteSource      *self,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
AwcReport       *awc_remote_source_fetch_finish     (AwcRemoteSource      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* Writes the body to @file through a temporary file in the same folder,
 * renamed over the target, in a thread. */
void             awc_remote_source_save_async       (AwcRemoteSource      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean         awc_remote_source_save_finish      (AwcRemoteSource      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
