/* awc-render.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/awc-chart-data.h"

G_BEGIN_DECLS

/* The one renderer behind the window, the CLI and every export.
 * cairo + pango only: no GTK may be included in src/render/. */

typedef enum
{
  AWC_THEME_LIGHT,
  AWC_THEME_DARK,
} AwcTheme;

/* A second run drawn dashed over the first one's panels, in the same
 * colours (the compare view's overlay mode).  Its snapshot is built
 * aligned to the main one (AwcChartDataOptions.align_to): series i of
 * each is the same series, and its time shift puts it on the main axis. */
typedef struct
{
  AwcChartData       *data;           /* borrowed */
} AwcRenderOverlay;

typedef struct
{
  AwcTheme            theme;
  double              t0, t1;         /* visible time range; NaN = whole run */
  const char         *title;          /* NULL = the snapshot's title */
  gboolean            show_title;
  gboolean            show_legend;
  gboolean            show_buckets;   /* bucket table beside the panels */
  /* Added for comparisons (issue 5); awc_render_options_init() clears them. */
  gboolean            elapsed_axis;   /* time labels as elapsed "m:ss" since time_origin */
  double              time_origin;    /* seconds since the epoch shown as 0:00 */
  const AwcRenderOverlay *overlay;    /* NULL = none */
  /* One line above the title naming what was exported (report, run, and
   * range); also the first CSV line, as a comment.  NULL = none. */
  const char         *header;
} AwcRenderOptions;

#define AWC_RENDER_MAX_PANELS 16

typedef struct
{
  const char *group;                  /* borrowed from the series */
  double      y0, y1;                 /* plot area of this panel, y0 < y1 (top, bottom) */
  double      v0, v1;                 /* value range of the y axis */
  double      header_y;               /* top of the panel title and legend row(s) */
  AwcUnit     unit;                   /* of the panel's first series */
  guint       n_y_ticks;              /* labels on its y axis, as drawn */
} AwcRenderPanel;

/* Every panel gets at least this many y labels when its plot is at least
 * AWC_RENDER_MIN_PLOT_LINES small text lines high; widgets ask for
 * awc_render_min_height() and scroll rather than squeeze panels. */
#define AWC_RENDER_MIN_Y_TICKS    4
#define AWC_RENDER_MIN_PLOT_LINES 5.5

/* Where things went, so a widget can map pointer positions to times. */
typedef struct
{
  int            width, height;
  double         plot_x0, plot_x1;    /* shared time axis, x0 < x1 */
  double         t0, t1;              /* time range mapped onto it */
  guint          n_panels;
  AwcRenderPanel panels[AWC_RENDER_MAX_PANELS];
  double         buckets_x0;          /* bucket block, when shown */
} AwcRenderLayout;

void     awc_render_options_init   (AwcRenderOptions       *options);

/* Lays out panels for a @width x @height (in cairo user units) target. */
void     awc_render_compute_layout (cairo_t                *cr,
                                    AwcChartData           *data,
                                    int                     width,
                                    int                     height,
                                    const AwcRenderOptions *options,
                                    AwcRenderLayout        *layout);
/* The least height at @width that gives every panel a plot of
 * AWC_RENDER_MIN_PLOT_LINES lines (so AWC_RENDER_MIN_Y_TICKS labels). */
int      awc_render_min_height     (cairo_t                *cr,
                                    AwcChartData           *data,
                                    int                     width,
                                    const AwcRenderOptions *options);
/* Background, title, legend, axes, ticks and lines; no cursor. */
void     awc_render_plot           (cairo_t                *cr,
                                    AwcChartData           *data,
                                    const AwcRenderLayout  *layout,
                                    const AwcRenderOptions *options);
/* Cursor line at @t (snapped to the nearest sample) with a point marker
 * per drawn series and a small time chip on the axis; the values are
 * shown outside the plot.  Cheap enough for every pointer motion. */
void     awc_render_cursor         (cairo_t                *cr,
                                    AwcChartData           *data,
                                    const AwcRenderLayout  *layout,
                                    const AwcRenderOptions *options,
                                    double                  t);
/* Bucket table with bars and percentile estimates into a box. */
void     awc_render_buckets        (cairo_t                *cr,
                                    AwcChartData           *data,
                                    double                  x,
                                    double                  y,
                                    double                  width,
                                    double                  height,
                                    AwcTheme                theme);
/* Layout + plot in one call. */
void     awc_render_chart          (cairo_t                *cr,
                                    AwcChartData           *data,
                                    int                     width,
                                    int                     height,
                                    const AwcRenderOptions *options);

/* Time at a horizontal position and back, for the layout's range. */
double   awc_render_layout_x_to_time (const AwcRenderLayout *layout,
                                      double                 x);
double   awc_render_layout_time_to_x (const AwcRenderLayout *layout,
                                      double                 t);

G_END_DECLS
