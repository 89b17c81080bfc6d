/* awc-time-axis-controller-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-time-axis-controller.h"

G_BEGIN_DECLS

/* Shared by awc-time-axis-controller.c (state, properties, the range
 * arithmetic through the host) and -input.c (event controllers, actions,
 * the key map and the selection band). */

struct _AwcTimeAxisController
{
  GObject                parent_instance;

  /* Borrowed: the host owns the controller (weak pointer) */
  GtkWidget             *host;
  const AwcTimeAxisHost *iface;

  /* The host's copies (see bind_copies) */
  double                *copy_cursor_time;
  double                *copy_view_start;
  double                *copy_view_end;

  double                 cursor_time;     /* NaN = none */
  gboolean               cursor_pinned;
  double                 view_start;      /* NaN, NaN = whole run */
  double                 view_end;

  gboolean               pointer_inside;
  double                 pointer_x;
  double                 pointer_y;

  /* Drag selection, in widget coordinates */
  gboolean               selecting;
  gboolean               drag_moved;      /* this press became a drag: no click */
  double                 select_x0;
  double                 select_x1;
  double                 select_y;
};

/* awc-time-axis-controller.c */
gboolean _awc_time_axis_controller_get_bounds     (AwcTimeAxisController *self,
                                                   double                *lo,
                                                   double                *hi,
                                                   double                *min_span);
/* The host's step; NaN without a host or for a non-finite @t. */
double   _awc_time_axis_controller_step           (AwcTimeAxisController *self,
                                                   double                 t,
                                                   int                    count);
guint    _awc_time_axis_controller_n_axes         (AwcTimeAxisController *self);
/* The range @axis shows, the whole run when not zoomed. */
gboolean _awc_time_axis_controller_axis_range     (AwcTimeAxisController *self,
                                                   guint                  axis,
                                                   double                *start,
                                                   double                *end);
void     _awc_time_axis_controller_set_axis_range (AwcTimeAxisController *self,
                                                   guint                  axis,
                                                   double                 start,
                                                   double                 end);
gboolean _awc_time_axis_controller_is_zoomed      (AwcTimeAxisController *self,
                                                   guint                  axis);
/* Sets @axis, slid into the run with its span kept. */
void     _awc_time_axis_controller_move_axis      (AwcTimeAxisController *self,
                                                   guint                  axis,
                                                   double                 start,
                                                   double                 end);

/* awc-time-axis-controller-input.c */
/* An unpinned cursor follows the pointer. */
void     _awc_time_axis_controller_hover          (AwcTimeAxisController *self);
/* Adds the controllers, the "view" actions and the key map to the host. */
void     _awc_time_axis_controller_attach         (AwcTimeAxisController *self);

G_END_DECLS
