/* awc-chart-view-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-chart-view.h"
#include "awc-plot-cache.h"
#include "awc-time-axis-controller.h"
#include "model/awc-chart-data-builder.h"

G_BEGIN_DECLS

/* Shared by the files of AwcChartView: awc-chart-view.c (state and
 * properties), -draw.c (plot cache, cursor, selection), -readout.c (text
 * and accessibility) and -input.c (the host side of the time-axis
 * controller, which owns pointer, keys and the cursor and zoom state). */
struct _AwcChartView
{
  GtkWidget        parent_instance;

  /* Owned */
  AwcReport       *report;
  GPtrArray       *watched_series;   /* AwcSeries whose notify::visible we follow */
  AwcPlotCache     plot;             /* node_data: the AwcRenderLayout it was drawn with */
  AwcChartData    *render_data;      /* the snapshot drawn; NULL = build one */
  GPtrArray       *thresholds;       /* AwcThreshold rules drawn as layers */
  AwcInsights     *insights;         /* phases and events drawn as layers */
  char            *readout;
  char            *description;      /* accessible description */
  guint            readout_idle;     /* a resize changed the pixel columns */

  AwcRenderLayout  layout;
  gboolean         layout_valid;
  int              layout_width;     /* size the layout and node were made for */
  int              layout_height;

  AwcTimeAxisController *time_axis;  /* pointer, keys, cursor and zoom */
  gboolean         dark;

  /* Copies of the time axis' state for the draw and readout code, kept
   * by the controller (awc_time_axis_controller_bind_copies). */
  double           cursor_time;      /* NaN = no cursor */
  double           view_start;       /* NaN, NaN = whole run */
  double           view_end;
};

/* awc-chart-view-draw.c */
void                   _awc_chart_view_fill_options    (AwcChartView     *self,
                                                        AwcRenderOptions *options);
/* Drops the cached plot; @keep_preview: show it stretched until the new
 * one is ready (same data), else forget it (new data). */
void                   _awc_chart_view_invalidate_plot (AwcChartView *self,
                                                        gboolean      keep_preview);
/* The snapshot of the report as drawn now (built on demand). */
AwcChartData          *_awc_chart_view_ensure_data     (AwcChartView *self);
/* Layout for the current size and range (computed on demand). */
const AwcRenderLayout *_awc_chart_view_ensure_layout   (AwcChartView *self);
void                   _awc_chart_view_snapshot        (GtkWidget    *widget,
                                                        GtkSnapshot  *snapshot);
/* Records the plot layer synchronously, as snapshot() does for small
 * reports: for the benchmark and tests. */
void                   _awc_chart_view_record_plot_now (AwcChartView *self);
/* The least height that keeps every panel's plot and labels at @width
 * (-1: the current width); 0 without a report. */
int                    _awc_chart_view_min_height      (AwcChartView *self,
                                                        int           width);
/* TRUE while a drawn view has no plot for its current state yet. */
gboolean               _awc_chart_view_is_rendering    (AwcChartView *self);

/* awc-chart-view-readout.c */
void                   _awc_chart_view_format_elapsed  (GString      *string,
                                                        double        seconds);
gboolean               _awc_chart_view_update_readout  (AwcChartView *self);
/* One pixel column of the plot covers several samples. */
gboolean               _awc_chart_view_column_is_wide  (AwcChartView *self);
void                   _awc_chart_view_update_accessible (AwcChartView *self);

/* awc-chart-view.c */
/* Rebuilds the readout and the accessible description. */
void                   _awc_chart_view_refresh_readout (AwcChartView *self,
                                                        gboolean      force);
/* Sample index range [first, last] drawn in the current view; FALSE
 * when the report has no samples. */
gboolean               _awc_chart_view_visible_indices (AwcChartView *self,
                                                        guint        *first,
                                                        guint        *last);

/* awc-chart-view-input.c: creates self->time_axis */
void                   _awc_chart_view_init_input       (AwcChartView   *self);

/* For tests and the benchmark: how often the plot layer was recorded,
 * and the accessible description last set. */
guint                  _awc_chart_view_get_plot_render_count (AwcChartView *self);
const char            *_awc_chart_view_get_description       (AwcChartView *self);

G_END_DECLS
