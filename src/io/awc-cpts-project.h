/* awc-cpts-project.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A PerfTest project (test suite) of /v1/{project_id}/test-suites.  All
 * properties are construct-only. */
#define AWC_TYPE_CPTS_PROJECT (awc_cpts_project_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsProject, awc_cpts_project, AWC, CPTS_PROJECT, GObject)

AwcCptsProject *awc_cpts_project_new             (const char *id,
                                                  const char *name,
                                                  const char *description);
const char     *awc_cpts_project_get_id          (AwcCptsProject *self);
const char     *awc_cpts_project_get_name        (AwcCptsProject *self);
const char     *awc_cpts_project_get_description (AwcCptsProject *self);

G_END_DECLS
