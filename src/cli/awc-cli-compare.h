/* awc-cli-compare.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "model/awc-chart-data-builder.h"
#include "model/awc-report.h"
#include "render/awc-render.h"

G_BEGIN_DECLS

/* Headless comparison commands (issue 5), called by the dispatcher in
 * awc-cli.c when two reports are given.  Return the exit status:
 * 0 ok, 1 failure, 3 when @fail_if is given and the comparison breaks it. */
int awc_cli_compare_export  (AwcReport              *a,
                             AwcReport              *b,
                             const char             *out_path,
                             int                     width,
                             int                     height,
                             double                  scale,
                             const AwcChartDataOptions *data_options,
                             const AwcRenderOptions *options,
                             gboolean                overlay,
                             const char             *fail_if);
int awc_cli_compare_summary (AwcReport              *a,
                             AwcReport              *b,
                             gboolean                json,
                             const char             *fail_if);

G_END_DECLS
