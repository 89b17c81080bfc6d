/* awc-cli-remote.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "io/awc-cpts-client.h"
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
  char   *test_suite_id;  /* --list-tasks */
  char   *task_id;        /* --list-runs */
} AwcRemoteArgs;

/* Which ids a command needs besides the project id. */
typedef enum
{
  AWC_REMOTE_NEED_NOTHING,
  AWC_REMOTE_NEED_RUN,     /* --task-run-id */
  AWC_REMOTE_NEED_CASE,    /* --task-run-id, --case-run-id, --detail-id */
} AwcRemoteNeed;

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

/* What a remote command is (awc-cli-lists.c). */
typedef enum
{
  AWC_CLI_LIST_PROJECTS,
  AWC_CLI_LIST_TASKS,
  AWC_CLI_LIST_RUNS,
} AwcCliList;

/* awchart --list-projects / --list-tasks --test-suite-id ID /
 * --list-runs --task-id ID [--json]: an aligned table or a JSON array;
 * exit status 0 / 1 / 2, as --list-cases. */
int           awc_cli_list_main            (AwcCliList           what,
                                            const AwcRemoteArgs *args,
                                            gboolean             json);
/* The table or JSON text of a list (for tests and the command). */
char         *_awc_cli_list_format         (AwcCliList           what,
                                            GListModel          *items,
                                            gboolean             json);

/* A client for @args.  Usage problems are AWC_CPTS_ERROR_INVALID_ARGUMENT
 * (exit 2); missing credentials AWC_CPTS_ERROR_NO_CREDENTIALS (exit 1). */
AwcCptsClient *_awc_cli_remote_make_client (const AwcRemoteArgs  *args,
                                            AwcRemoteNeed         need,
                                            GError              **error);
/* 2 for a usage problem, else 1. */
int           _awc_cli_remote_status_for   (const GError        *error);
/* One line "awchart: reason", control characters escaped. */
void          _awc_cli_remote_print_error  (const char          *message);

G_END_DECLS
