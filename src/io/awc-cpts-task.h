/* awc-cpts-task.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A task of a PerfTest project
 * (/v1/{project_id}/all-tasks/{test_suite_id}); last-run-id is
 * task_run_info.id when given (the task's latest report); update-time is
 * update_time, which CPTS sets when a run ends (the list has no run
 * time); concurrency is bench_concurrent (0: unknown).  All properties
 * are construct-only. */
#define AWC_TYPE_CPTS_TASK (awc_cpts_task_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsTask, awc_cpts_task, AWC, CPTS_TASK, GObject)

AwcCptsTask *awc_cpts_task_new             (const char *id,
                                            const char *name,
                                            const char *description,
                                            const char *last_run_id);
const char  *awc_cpts_task_get_id          (AwcCptsTask *self);
const char  *awc_cpts_task_get_name        (AwcCptsTask *self);
const char  *awc_cpts_task_get_description (AwcCptsTask *self);
const char  *awc_cpts_task_get_last_run_id (AwcCptsTask *self);
const char  *awc_cpts_task_get_update_time (AwcCptsTask *self);
int          awc_cpts_task_get_concurrency (AwcCptsTask *self);

G_END_DECLS
