/* awc-cpts-run.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A report (run) of a task
 * (/v1/{project_id}/tasks/history-run-list/{task_id}); id is the
 * task_run_id.  All properties are construct-only. */
#define AWC_TYPE_CPTS_RUN (awc_cpts_run_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsRun, awc_cpts_run, AWC, CPTS_RUN, GObject)

AwcCptsRun *awc_cpts_run_new            (const char *id,
                                         const char *name,
                                         const char *start_time,
                                         const char *end_time,
                                         double      duration,
                                         int         run_type);
const char *awc_cpts_run_get_id         (AwcCptsRun *self);
const char *awc_cpts_run_get_name       (AwcCptsRun *self);
const char *awc_cpts_run_get_start_time (AwcCptsRun *self);
const char *awc_cpts_run_get_end_time   (AwcCptsRun *self);
double      awc_cpts_run_get_duration   (AwcCptsRun *self);
int         awc_cpts_run_get_run_type   (AwcCptsRun *self);
const char * const *awc_cpts_run_get_case_names (AwcCptsRun *self);
/* The start time; NULL when absent or unreadable. */
GDateTime  *awc_cpts_run_dup_start      (AwcCptsRun *self);
/* The run's length in seconds (continue_time, or end − start). */
double      awc_cpts_run_get_seconds    (AwcCptsRun *self);

/* A CPTS time: ISO 8601 (local when without a zone), "YYYY-MM-DD
 * HH:MM:SS", or epoch seconds / milliseconds; NULL when unreadable. */
GDateTime  *awc_cpts_time_parse         (const char *text);
/* "h:mm:ss" ("4:00:00" for a 4-hour soak); "–" when not a duration. */
char       *awc_cpts_format_duration    (double      seconds);

G_END_DECLS
