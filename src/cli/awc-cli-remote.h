/* awc-cli-remote.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

/* Options that name a chart on a CodeArts PerfTest endpoint.  Credentials
 * never come from the command line: only from HUAWEICLOUD_SDK_AK/SK
 * (+ _SECURITY_TOKEN), HUAWEICLOUD_SDK_PROJECT_ID or CPTS_AUTH_TOKEN. */
typedef struct
{
  char   *project_id;
  char   *task_run_id;
  char   *case_run_id;
  char   *detail_id;
  char   *region;
  char   *endpoint;
  double  timeout;        /* seconds; 0 = default */
} AwcRemoteArgs;

void          awc_remote_args_clear        (AwcRemoteArgs       *args);
/* --project-id --task-run-id --case-run-id --detail-id --region
 * --endpoint --timeout, filling @args (which must outlive the group). */
GOptionGroup *awc_remote_args_option_group (AwcRemoteArgs       *args);
/* TRUE when any remote option was given. */
gboolean      awc_remote_args_present      (const AwcRemoteArgs *args);

/* Fetches the chart (runs a main loop until done).  @body_out: the exact
 * body received.  Errors are one sentence for "awchart: reason". */
AwcReport    *awc_cli_remote_fetch_report  (const AwcRemoteArgs *args,
                                            GBytes             **body_out,
                                            GError             **error);
/* awchart --fetch OUT.json …: exit status 0 / 1 (nothing written) / 2 usage. */
int           awc_cli_fetch_main           (const char          *out_path,
                                            const AwcRemoteArgs *args);
/* awchart --list-cases …: one line per case/AW; exit status 0 / 1 / 2. */
int           awc_cli_list_cases_main      (const AwcRemoteArgs *args);

G_END_DECLS
