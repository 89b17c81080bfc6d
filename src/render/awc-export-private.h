/* awc-export-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-export.h"

G_BEGIN_DECLS

/* CSV of the drawn series: timestamp column then one column per series. */
GBytes *_awc_export_csv (AwcChartData           *data,
                         const AwcRenderOptions *options);

G_END_DECLS
