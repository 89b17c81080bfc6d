/* awc-render-compare.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "model/awc-delta-summary.h"
#include "render/awc-export.h"
#include "render/awc-render.h"

G_BEGIN_DECLS

/* Two runs in one image (issue 5): A and B side by side (or stacked) on
 * one elapsed-time axis, B shifted by the comparison's offset, the delta
 * window shaded; or, in overlay mode, B dashed on A's panels.  The delta
 * table (and the bucket comparison) go in a block at the bottom. */

typedef struct
{
  /* theme, series_ids, show_title, show_legend are used; t0/t1 are
   * ignored (see e0/e1); show_buckets adds the bucket comparison. */
  AwcRenderOptions    base;
  double              e0, e1;        /* A-elapsed seconds shown; NaN = both runs */
  gboolean            stacked;       /* A above B instead of side by side */
  gboolean            overlay;       /* one set of panels, B dashed */
  gboolean            show_delta;    /* the delta table block */
  gboolean            show_window;   /* shade the delta window */
  /* B's own A-elapsed range while the comparison is unlinked (issue 5
   * §1.2); NaN = the same as A's.  Ignored while linked or in overlay. */
  double              e0_b, e1_b;
  /* Exports: each side's title also names its run's date and span and,
   * when zoomed, the range shown. */
  gboolean            run_headers;
} AwcRenderCompareOptions;

/* Where things went, for a widget mapping pointer positions to times. */
typedef struct
{
  int             width, height;
  guint           n_sides;           /* 2, or 1 in overlay mode */
  double          side_x[2], side_y[2], side_w[2], side_h[2];
  AwcRenderLayout sides[2];          /* in the side's own coordinates */
  double          block_y;           /* top of the delta/bucket block; = height when none */
  double          e0, e1;            /* A's range (both sides' while linked) */
  double          e0_b, e1_b;        /* B's range; equal to e0, e1 unless unlinked */
} AwcRenderCompareLayout;

void     awc_render_compare_options_init   (AwcRenderCompareOptions       *options);

void     awc_render_compare_compute_layout (cairo_t                       *cr,
                                            const AwcChartPair           *pair,
                                            AwcDeltaSummary               *summary,
                                            int                            width,
                                            int                            height,
                                            const AwcRenderCompareOptions *options,
                                            AwcRenderCompareLayout        *layout);
/* The least height at @width that gives every panel of each side the
 * minimum plot height of awc_render_min_height() (the block at full size). */
int      awc_render_compare_min_height     (cairo_t                       *cr,
                                            const AwcChartPair           *pair,
                                            AwcDeltaSummary               *summary,
                                            int                            width,
                                            const AwcRenderCompareOptions *options);
/* Everything: both sides, labels, window shading and the block.
 * @summary may be NULL (then no delta block and no shading). */
void     awc_render_compare                (cairo_t                       *cr,
                                            const AwcChartPair           *pair,
                                            AwcDeltaSummary               *summary,
                                            int                            width,
                                            int                            height,
                                            const AwcRenderCompareOptions *options);

/* The comparison through the one export path (awc_export_render_async()):
 * rendered in a GTask thread from references to @pair and @summary, to
 * @path (format from its extension) or, with @path NULL, to bytes in
 * @format.  Finish with awc_export_finish(). */
void     awc_render_compare_async          (const AwcChartPair            *pair,
                                            AwcDeltaSummary               *summary,
                                            const char                    *path,
                                            AwcExportFormat                format,
                                            int                            width,
                                            int                            height,
                                            double                         scale,
                                            const AwcRenderCompareOptions *options,
                                            GCancellable                  *cancellable,
                                            GAsyncReadyCallback            callback,
                                            gpointer                       user_data);

G_END_DECLS
