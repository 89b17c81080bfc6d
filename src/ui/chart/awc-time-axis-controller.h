/* awc-time-axis-controller.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One plot of the host, in widget coordinates: the data area spans
 * [x0, x1] and shows times [t0, t1]; a drag selection shades [y0, y1].
 * @axis names the range the plot shows: 0 is the controller's own view
 * range, other values a host's extra ranges (see get_n_axes). */
typedef struct
{
  double x0;
  double x1;
  double y0;
  double y1;
  double t0;
  double t1;
  guint  axis;
} AwcTimeAxisPlot;

/* What the controller asks of the widget it is attached to.  The first
 * three are required; the axis functions are for a host that shows more
 * than one time range (the compare view while unlinked). */
typedef struct
{
  /* The whole run and the narrowest range a zoom may reach; FALSE when
   * there is nothing to show. */
  gboolean (*get_bounds)     (GtkWidget       *host,
                              double          *start,
                              double          *end,
                              double          *min_span);
  /* The plot at (@x, @y); FALSE outside every plot. */
  gboolean (*plot_at)        (GtkWidget       *host,
                              double           x,
                              double           y,
                              AwcTimeAxisPlot *plot);
  /* The sample @count samples after the one nearest @t (0: the nearest,
   * negative: earlier), kept inside the run; NaN without samples. */
  double   (*step)           (GtkWidget       *host,
                              double           t,
                              int              count);

  /* Optional.  How many ranges the keys zoom (default 1). */
  guint    (*get_n_axes)     (GtkWidget       *host);
  /* Optional.  The range of @axis, NaN, NaN for the whole run (default:
   * the view range), and setting it (default: set_view_range). */
  void     (*get_axis_range) (GtkWidget       *host,
                              guint            axis,
                              double          *start,
                              double          *end);
  void     (*set_axis_range) (GtkWidget       *host,
                              guint            axis,
                              double           start,
                              double           end);

  /* Optional.  The cursor moved (the host's cursor layer is already
   * queued for drawing) / the view range changed (the host drops its
   * plot); called before the notifications. */
  void     (*cursor_changed) (GtkWidget       *host);
  void     (*range_changed)  (GtkWidget       *host);

  /* Optional.  Seconds one pixel column of the plot covers (axis 0);
   * NaN when unknown.  When it is more than a sample interval the arrow
   * keys step by pixel columns instead of samples. */
  double   (*column_span)    (GtkWidget       *host);
} AwcTimeAxisHost;

#define AWC_TYPE_TIME_AXIS_CONTROLLER (awc_time_axis_controller_get_type ())
G_DECLARE_FINAL_TYPE (AwcTimeAxisController, awc_time_axis_controller,
                      AWC, TIME_AXIS_CONTROLLER, GObject)

/* Pointer, scroll and keyboard interaction on a time axis, shared by the
 * chart view and the compare view.  It adds its event controllers and a
 * "view" action group to @host and keeps the interaction state.  On a
 * change it calls the host back, then notifies its own property and the
 * host's property of the same name, so both views expose one naming:
 * @host must have these four properties.
 *
 * Properties (all notify only on change):
 *   cursor-time    double    time of the cursor, snapped to a sample; NaN = none
 *   cursor-pinned  gboolean  a click or a key pinned it; Escape unpins
 *   view-start,
 *   view-end       double    zoomed range (read-only, see set_view_range);
 *                            NaN, NaN = the whole run
 *
 * Actions (group "view"): cursor-next, cursor-previous, cursor-next-page,
 * cursor-previous-page (one sample, or ten; one pixel column, or ten,
 * when a column covers several samples), cursor-first, cursor-last, unpin,
 * zoom-in, zoom-out, zoom-reset.  The key map is in the .c file and in
 * resources/gtk/help-overlay.ui. */

AwcTimeAxisController *awc_time_axis_controller_new        (GtkWidget             *host,
                                                            const AwcTimeAxisHost *iface);
/* Fills @pspecs[0..3] with the four properties every host exposes,
 * cursor-time, cursor-pinned, view-start and view-end (in this order), as
 * overrides of the controller's own. */
void     awc_time_axis_controller_host_param_specs (GParamSpec            **pspecs);
/* Plain fields of the host kept equal to cursor-time, view-start and
 * view-end (before any callback), for its drawing code. */
void     awc_time_axis_controller_bind_copies      (AwcTimeAxisController *self,
                                                    double                *cursor_time,
                                                    double                *view_start,
                                                    double                *view_end);
double   awc_time_axis_controller_get_cursor_time  (AwcTimeAxisController *self);
/* Snapped to the nearest sample; NaN or no samples: no cursor. */
void     awc_time_axis_controller_set_cursor_time  (AwcTimeAxisController *self,
                                                    double                 t);
gboolean awc_time_axis_controller_get_cursor_pinned (AwcTimeAxisController *self);
/* Unpinning hands the cursor back to the pointer, or hides it. */
void     awc_time_axis_controller_set_cursor_pinned (AwcTimeAxisController *self,
                                                     gboolean               pinned);
void     awc_time_axis_controller_get_view_range   (AwcTimeAxisController *self,
                                                    double                *start,
                                                    double                *end);
/* Clamped to the run and widened to the minimum span; a range covering
 * the run, or NaN, NaN, is the whole run (NaN, NaN). */
void     awc_time_axis_controller_set_view_range   (AwcTimeAxisController *self,
                                                    double                 start,
                                                    double                 end);
/* Unzooms every axis. */
void     awc_time_axis_controller_reset_zoom       (AwcTimeAxisController *self);
/* Zooms @axis by @factor (> 1 zooms out) around time @anchor (NaN: the
 * middle), keeping the span inside the run. */
void     awc_time_axis_controller_zoom             (AwcTimeAxisController *self,
                                                    guint                  axis,
                                                    double                 factor,
                                                    double                 anchor);
/* Shifts a zoomed @axis by @fraction of its span; FALSE when it is not
 * zoomed. */
gboolean awc_time_axis_controller_pan              (AwcTimeAxisController *self,
                                                    guint                  axis,
                                                    double                 fraction);
/* The run changed: the range is clamped and the cursor snapped again. */
void     awc_time_axis_controller_refresh          (AwcTimeAxisController *self);
/* TRUE while a drag selects a range. */
gboolean awc_time_axis_controller_get_selecting    (AwcTimeAxisController *self);
/* Appends the drag selection (nothing when there is none). */
void     awc_time_axis_controller_snapshot_selection (AwcTimeAxisController *self,
                                                      GtkSnapshot           *snapshot);

G_END_DECLS
