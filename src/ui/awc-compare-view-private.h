/* awc-compare-view-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-compare-view.h"
#include "awc-plot-cache.h"
#include "model/awc-chart-data-builder.h"

G_BEGIN_DECLS

/* Shared by awc-compare-view.c (state, properties), -draw.c (plot cache
 * and cursor), -readout.c and -input.c (controllers and key bindings). */
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

  AwcRenderCompareLayout  layout;           /* for the current size and state */
  gboolean                layout_valid;

  double                  cursor;           /* A-elapsed; NaN = none */
  gboolean                cursor_pinned;
  double                  view_start;       /* NaN, NaN = both runs */
  double                  view_end;
  double                  view_start_b;     /* B's own zoom while unlinked; NaN = A's */
  double                  view_end_b;
  AwcSide                 active_side;      /* what pointer zoom and pan act on */
  gboolean                dark;

  gboolean                pointer_inside;
  double                  pointer_x;
  double                  pointer_y;
  gboolean                selecting;
  gboolean                drag_moved;
  double                  select_x0;
  double                  select_x1;
};

/* awc-compare-view-draw.c */
/* Drops the cached plot; @keep_preview: show it until the new one is
 * ready (same data), else forget it. */
void     _awc_compare_view_invalidate_plot (AwcCompareView *self,
                                            gboolean        keep_preview);
/* Drops the snapshots (also done by _awc_compare_view_invalidate_plot()). */
void     _awc_compare_view_clear_pair   (AwcCompareView *self);
void     _awc_compare_view_snapshot     (GtkWidget      *widget,
                                         GtkSnapshot    *snapshot);

/* awc-compare-view.c */
const AwcRenderCompareLayout *_awc_compare_view_ensure_layout (AwcCompareView *self);
/* Elapsed seconds at widget position (@x, @y); NaN outside every plot. */
double   _awc_compare_view_x_to_elapsed (AwcCompareView *self,
                                         double          x,
                                         double          y,
                                         gboolean        clamp);
/* The elapsed range shown: the zoom or both runs. */
gboolean _awc_compare_view_current_range (AwcCompareView *self,
                                          double         *start,
                                          double         *end);
/* Mean sample interval of A (of B without A), > 0. */
double   _awc_compare_view_sample_step  (AwcCompareView *self);
guint    _awc_compare_view_get_plot_render_count (AwcCompareView *self);

/* awc-compare-view-range.c: per-side zoom (issue 5 §1.2) */
/* The side whose plot holds (@x, @y); -1 outside both. */
int      _awc_compare_view_side_at      (AwcCompareView *self,
                                         double          x,
                                         double          y);
/* Pointer zoom and pan act on @side while unlinked (on both otherwise). */
void     _awc_compare_view_set_active_side (AwcCompareView *self,
                                            AwcSide         side);
/* The range shown on the active side / zooms the active side. */
gboolean _awc_compare_view_active_range (AwcCompareView *self,
                                         double         *start,
                                         double         *end);
void     _awc_compare_view_set_active_range (AwcCompareView *self,
                                             double          start,
                                             double          end);
/* B follows A again. */
void     _awc_compare_view_clear_range_b (AwcCompareView *self);
gboolean _awc_compare_view_active_is_zoomed (AwcCompareView *self);
/* Unzooms the active side (both while linked). */
void     _awc_compare_view_reset_active_range (AwcCompareView *self);
/* awc-compare-view.c: notifies view-start-b and view-end-b. */
void     _awc_compare_view_notify_range_b (AwcCompareView *self);

/* awc-compare-view-input.c */
void     _awc_compare_view_class_init_input (GtkWidgetClass *widget_class);
void     _awc_compare_view_init_input       (AwcCompareView *self);
void     _awc_compare_view_snapshot_selection (AwcCompareView *self,
                                               GtkSnapshot    *snapshot);

G_END_DECLS
