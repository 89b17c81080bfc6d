/* awc-decimate.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/awc-minmax-pyramid.h"
#include "awc-render.h"

G_BEGIN_DECLS

/* Pixel columns of the time axis: where each column's samples start.
 * Computed once per draw for the shared timestamps and reused by every
 * series, so drawing costs O(width · log n), never O(n). */
typedef struct
{
  guint   *col_start;     /* n_cols + 1 entries */
  guint    n_cols;
  double   dev_x0;        /* device x of column 0's left edge */
  double   scale;         /* device pixels per user unit */
  double   offset;        /* 0.5: points on pixel centres; 0 for vector
                           * output, where whole numbers print shorter */
  guint    lo, hi;        /* visible samples [lo, hi) */
  gboolean direct;        /* fewer samples than columns: draw them all */
} AwcColumns;

void awc_columns_init  (AwcColumns            *cols,
                        const AwcRenderLayout *layout,
                        const double          *ts,
                        guint                  n,
                        double                 scale);
void awc_columns_clear (AwcColumns            *cols);

/* Appends the line of @values for @panel to the current path of @cr:
 * per pixel column at most its first/min/max/last (min and max from
 * @pyramid when zoomed out, exact: its levels start at blocks of 2^base
 * samples and it scans the raw samples of partial blocks; a dense
 * column draws as its min–max span), O(width · (log n + 2^base)) work,
 * points snapped to pixel centres, a NaN breaks the line.
 * With @bars (raster targets, solid lines, at least 4 samples per
 * column: see awc_decimate_uses_bars()) a dense view becomes one
 * vertical segment per column instead: stroke it with miter joins and
 * butt caps so cairo takes its rectilinear fast path.  On vector targets
 * (@cols->offset 0) @bars makes closed bands from the columns' maxima to
 * their minima instead, horizontal runs merged: fill, then stroke them. */
gboolean awc_decimate_uses_bars (const AwcColumns *cols,
                                 gboolean          bars);
void awc_decimate_path (cairo_t                *cr,
                        const AwcColumns       *cols,
                        const AwcRenderLayout  *layout,
                        const AwcRenderPanel   *panel,
                        const double           *ts,
                        const double           *values,
                        guint                   n,
                        const AwcMinMaxPyramid *pyramid,
                        gboolean                bars);

G_END_DECLS
