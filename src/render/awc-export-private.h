/* awc-export-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-atomic-file.h"
#include "awc-export.h"

G_BEGIN_DECLS

/* CSV of the drawn series: timestamp column then one column per series. */
GBytes *_awc_export_csv (AwcChartData           *data,
                         const AwcRenderOptions *options);

/* The same CSV written to @file in chunks, checking @cancellable between
 * them; the caller commits. */
gboolean _awc_export_csv_to_file (AwcChartData           *data,
                                  const AwcRenderOptions *options,
                                  AwcAtomicFile          *file,
                                  GCancellable           *cancellable,
                                  GError                **error);

G_END_DECLS
