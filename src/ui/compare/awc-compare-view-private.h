/* awc-compare-view-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-compare-view.h"
#include "ui/chart/awc-plot-cache.h"
#include "ui/chart/awc-time-axis-controller.h"
#include "model/awc-chart-data-builder.h"

G_BEGIN_DECLS

/* Shared by awc-compare-view.c (state, properties), -draw.c (plot cache
 * and cursor), -readout.c, -range.c (B's own zoom) and -input.c (the
 * host side of the time axis controller, which owns pointer and keys). */
struct _AwcCompareView
{
  GtkWidget               parent_instance;

  /* Owned */
  AwcComparison          *comparison;
  AwcDeltaSummary        *summary;
  GPtrArray              *watched;          /* AwcSeries and AwcReports we follow */
  GStrv                   overlay_ids;
  AwcPlotCache            plot;
  AwcChartPair            pair;             /* the snapshots drawn, when pair_valid */
  gboolean                pair_valid;
  GPtrArray              *thresholds;       /* AwcThreshold drawn on both runs' panels */
  char                   *readout;
  guint                   readout_idle;     /* a resize changed the pixel columns */
  int                     readout_width;

  AwcRenderCompareLayout  layout;           /* for the current size and state */
  gboolean                layout_valid;

  AwcTimeAxisController  *time_axis;        /* pointer, keys, cursor and A's zoom */
  double                  view_start_b;     /* B's own zoom while unlinked; NaN = A's */
  double                  view_end_b;
  gboolean                dark;

  /* Copies of the time axis' state for the draw and readout code, kept
   * by the controller (awc_time_axis_controller_bind_copies). */
  double                  cursor;           /* A-elapsed; NaN = none */
  double                  view_start;       /* NaN, NaN = both runs */
  double                  view_end;
};

/* awc-compare-view-draw.c */
/* Drops the cached plot; @keep_preview: show it until the new one is
 * ready (same data), else forget it. */
void     _awc_compare_view_invalidate_plot (AwcCompareView *self,
                                            gboolean        keep_preview);
/* Drops the snapshots (also done by _awc_compare_view_invalidate_plot()). */
void     _awc_compare_view_clear_pair   (AwcCompareView *self);
GtkSizeRequestMode _awc_compare_view_get_request_mode (GtkWidget *widget);
void     _awc_compare_view_measure      (GtkWidget      *widget,
                                         GtkOrientation  orientation,
                                         int             for_size,
                                         int            *minimum,
                                         int            *natural,
                                         int            *minimum_baseline,
                                         int            *natural_baseline);
void     _awc_compare_view_snapshot     (GtkWidget      *widget,
                                         GtkSnapshot    *snapshot);

/* awc-compare-view.c */
/* Rebuilds the readout and the accessible description. */
void     _awc_compare_view_refresh_readout (AwcCompareView *self,
                                            gboolean        force);
const AwcRenderCompareLayout *_awc_compare_view_ensure_layout (AwcCompareView *self);
/* Elapsed seconds at widget position (@x, @y); NaN outside every plot
 * (with @clamp, only outside every side). */
double   _awc_compare_view_x_to_elapsed (AwcCompareView *self,
                                         double          x,
                                         double          y,
                                         gboolean        clamp);
/* The elapsed range shown: the zoom or both runs. */
gboolean _awc_compare_view_current_range (AwcCompareView *self,
                                          double         *start,
                                          double         *end);
/* awc-compare-view-readout.c: seconds one pixel column of A covers;
 * NaN without a layout. */
double   _awc_compare_view_column_span  (AwcCompareView *self);
/* Mean sample interval of A (of B without A), > 0. */
double   _awc_compare_view_sample_step  (AwcCompareView *self);
guint    _awc_compare_view_get_plot_render_count (AwcCompareView *self);

/* awc-compare-view-range.c */
/* Both sides show one range: linked, or B overlaid on A. */
gboolean _awc_compare_view_shares_range (AwcCompareView *self);
/* The elapsed range of both runs, without the zoom. */
gboolean _awc_compare_view_full_range   (AwcCompareView *self,
                                         double         *start,
                                         double         *end);
/* B follows A again. */
void     _awc_compare_view_clear_range_b (AwcCompareView *self);
/* awc-compare-view.c: notifies view-start-b and view-end-b. */
void     _awc_compare_view_notify_range_b (AwcCompareView *self);

/* awc-compare-view-input.c: creates self->time_axis */
void     _awc_compare_view_init_input   (AwcCompareView  *self);
gboolean _awc_compare_view_plot_at      (AwcCompareView  *self,
                                         double           x,
                                         double           y,
                                         AwcTimeAxisPlot *plot);

G_END_DECLS
