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

G_END_DECLS
