/* awc-capacity-plot.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "awc-palette.h"
#include "model/awc-capacity-data.h"

G_BEGIN_DECLS

/* Two panels side by side: throughput and response time against virtual
 * users, with the fitted curve, N* marked, and a line under them that says
 * what σ, κ and N* mean for this system. */
void             awc_render_capacity    (cairo_t               *cr,
                                         int                    width,
                                         int                    height,
                                         const AwcCapacityData *plot,
                                         AwcTheme               theme);

G_END_DECLS
