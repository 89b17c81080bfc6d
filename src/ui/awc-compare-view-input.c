/* awc-compare-view-input.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-compare-view-private.h"
#include "awc-time-range.h"

/* Pointer, scroll and keys of AwcCompareView.  Keys are bound to widget
 * actions ("compare.cursor-move", …) so menus and tests drive the same
 * code.  Both sides share one elapsed axis, so a drag or a scroll on
 * either side zooms both while linked; unlinked, only that side. */

#define MIN_SELECTION 4.
#define ZOOM_STEP 1.25
#define PAN_STEP 0.10
#define PIXELS_PER_STEP 40.

/* The whole elapsed range of both runs, without the zoom. */
static gboolean
full_range (AwcCompareView *self,
            double         *start,
            double         *end)
{
  double offset, da, db;

  if (self->comparison == NULL)
    return FALSE;
  offset = awc_comparison_get_offset (self->comparison);
  da = awc_comparison_get_duration (self->comparison, AWC_SIDE_A);
  db = awc_comparison_get_duration (self->comparison, AWC_SIDE_B);
  *start = MIN (0, isnan (db) ? 0 : offset);
  *end = MAX (isnan (da) ? 0 : da, isnan (db) ? 0 : db + offset);
  return *end > *start;
}

static void
set_range_keeping_span (AwcCompareView *self,
                        double          start,
                        double          end)
{
  double lo, hi;

  /* The active side only, while unlinked (awc-compare-view-range.c). */
  if (full_range (self, &lo, &hi) && !awc_time_range_slide_into (&start, &end, lo, hi))
    {
      _awc_compare_view_reset_active_range (self);
      return;
    }
  _awc_compare_view_set_active_range (self, start, end);
}

static void
zoom (AwcCompareView *self,
      double          factor,
      double          anchor)
{
  double start, end;

  if (_awc_compare_view_active_range (self, &start, &end) &&
      awc_time_range_zoom (&start, &end, factor, anchor))
    set_range_keeping_span (self, start, end);
}

/* Moves the cursor by @samples (from the view's edge when there is none),
 * pins it and keeps it in view. */
static void
move_cursor_to (AwcCompareView *self,
                double          elapsed)
{
  double start, end, lo, hi;

  if (!full_range (self, &lo, &hi))
    return;
  elapsed = CLAMP (elapsed, lo, hi);
  /* Kept in A's view (B's too while linked). */
  _awc_compare_view_set_active_side (self, AWC_SIDE_A);
  awc_compare_view_set_cursor_pinned (self, TRUE);
  awc_compare_view_set_cursor (self, elapsed);
  if (!isnan (self->view_start) && (self->cursor < self->view_start || self->cursor > self->view_end))
    {
      start = self->view_start;
      end = self->view_end;
      if (self->cursor < start)
        set_range_keeping_span (self, self->cursor, self->cursor + (end - start));
      else
        set_range_keeping_span (self, self->cursor - (end - start), self->cursor);
    }
}

static void
cursor_move_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);
  int samples = g_variant_get_int32 (parameter);
  double start, end;

  if (!_awc_compare_view_current_range (self, &start, &end))
    return;
  if (isnan (self->cursor))
    move_cursor_to (self, samples > 0 ? start : end);
  else
    move_cursor_to (self, self->cursor + samples * _awc_compare_view_sample_step (self));
}

static void
cursor_edge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);
  double start, end;

  if (!_awc_compare_view_current_range (self, &start, &end))
    return;
  move_cursor_to (self, g_str_equal (action_name, "compare.cursor-first") ? start : end);
}

static void
unpin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  awc_compare_view_set_cursor_pinned (AWC_COMPARE_VIEW (widget), FALSE);
}

static void
reset_zoom_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  awc_compare_view_reset_zoom (AWC_COMPARE_VIEW (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);
  double factor = g_str_equal (action_name, "compare.zoom-in") ? 1 / ZOOM_STEP : ZOOM_STEP;

  /* Unlinked, the keys zoom each side on its own range (B after A, so
   * B's range is pinned before A moves). */
  _awc_compare_view_set_active_side (self, AWC_SIDE_B);
  if (self->comparison != NULL && !awc_comparison_get_linked (self->comparison))
    zoom (self, factor, self->cursor);
  _awc_compare_view_set_active_side (self, AWC_SIDE_A);
  zoom (self, factor, self->cursor);
}

static void
hover (AwcCompareView *self,
       double          x,
       double          y)
{
  double e;

  if (self->cursor_pinned)
    return;
  e = _awc_compare_view_x_to_elapsed (self, x, y, FALSE);
  awc_compare_view_set_cursor (self, e);
}

static void
on_motion_cb (AwcCompareView           *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  hover (self, x, y);
}

static void
on_leave_cb (AwcCompareView           *self,
             GtkEventControllerMotion *motion)
{
  self->pointer_inside = FALSE;
  if (!self->cursor_pinned)
    awc_compare_view_set_cursor (self, NAN);
}

static void
on_click_pressed_cb (AwcCompareView  *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *click)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    awc_compare_view_reset_zoom (self);
}

static void
on_click_released_cb (AwcCompareView  *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *click)
{
  double e;

  if (n_press != 1 || self->drag_moved)
    return;
  /* A click pins the cursor where it was clicked, even when pinned. */
  e = _awc_compare_view_x_to_elapsed (self, x, y, FALSE);
  if (isnan (e))
    return;
  awc_compare_view_set_cursor (self, e);
  awc_compare_view_set_cursor_pinned (self, TRUE);
}

static void
on_drag_begin_cb (AwcCompareView *self,
                  double          start_x,
                  double          start_y,
                  GtkGestureDrag *drag)
{
  self->select_x0 = self->select_x1 = start_x;
  self->pointer_y = start_y;
  self->selecting = FALSE;
  self->drag_moved = FALSE;
}

static void
on_drag_update_cb (AwcCompareView *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *drag)
{
  self->select_x1 = self->select_x0 + offset_x;
  if (fabs (offset_x) > MIN_SELECTION)
    self->selecting = self->drag_moved = TRUE;
  if (self->selecting)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (AwcCompareView *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *drag)
{
  double e0, e1, y;

  if (!self->selecting)
    return;
  self->selecting = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  self->select_x1 = self->select_x0 + offset_x;
  y = self->pointer_y;
  if (fabs (self->select_x1 - self->select_x0) <= MIN_SELECTION)
    return;
  if (_awc_compare_view_side_at (self, self->select_x0, y) >= 0)
    _awc_compare_view_set_active_side (self, _awc_compare_view_side_at (self, self->select_x0, y));
  /* Both ends map through the side the drag started on. */
  e0 = _awc_compare_view_x_to_elapsed (self, self->select_x0, y, TRUE);
  e1 = _awc_compare_view_x_to_elapsed (self, self->select_x1, y, TRUE);
  if (isnan (e0) || isnan (e1))
    {
      /* Dragged past the side: clamp the end inside it. */
      const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (self);

      for (guint s = 0; layout != NULL && isnan (e1) && s < layout->n_sides; s++)
        if (self->select_x0 >= layout->side_x[s] && self->select_x0 <= layout->side_x[s] + layout->side_w[s])
          e1 = _awc_compare_view_x_to_elapsed (self,
                                               CLAMP (self->select_x1, layout->side_x[s],
                                                      layout->side_x[s] + layout->side_w[s]),
                                               y, TRUE);
    }
  if (!isnan (e0) && !isnan (e1) && e0 != e1)
    set_range_keeping_span (self, MIN (e0, e1), MAX (e0, e1));
}

static void
on_drag_cancel_cb (AwcCompareView   *self,
                   GdkEventSequence *sequence,
                   GtkGesture       *gesture)
{
  if (self->selecting)
    {
      self->selecting = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_scroll_cb (AwcCompareView           *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *scroll)
{
  GdkModifierType state;
  double start, end, steps;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  if (self->pointer_inside && _awc_compare_view_side_at (self, self->pointer_x, self->pointer_y) >= 0)
    _awc_compare_view_set_active_side (self, _awc_compare_view_side_at (self, self->pointer_x,
                                                                         self->pointer_y));
  if (gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE)
    {
      dx /= PIXELS_PER_STEP;
      dy /= PIXELS_PER_STEP;
    }
  if (state & GDK_CONTROL_MASK)
    {
      double anchor = NAN;

      if (dy == 0)
        return FALSE;
      if (self->pointer_inside)
        anchor = _awc_compare_view_x_to_elapsed (self, self->pointer_x, self->pointer_y, TRUE);
      zoom (self, pow (ZOOM_STEP, dy), anchor);
      return TRUE;
    }
  /* Plain scroll pans while zoomed in. */
  steps = dx != 0 ? dx : dy;
  if (steps == 0 || !_awc_compare_view_active_is_zoomed (self)
      || !_awc_compare_view_active_range (self, &start, &end))
    return FALSE;
  awc_time_range_pan (&start, &end, PAN_STEP * steps);
  set_range_keeping_span (self, start, end);
  return TRUE;
}

void
_awc_compare_view_snapshot_selection (AwcCompareView *self,
                                      GtkSnapshot    *snapshot)
{
  const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (self);
  GdkRGBA fill = { 0.21, 0.52, 0.89, 0.22 };
  double x0 = MIN (self->select_x0, self->select_x1);
  double x1 = MAX (self->select_x0, self->select_x1);

  if (layout == NULL || x1 - x0 < 1)
    return;
  /* The band on the side the drag is on, full height of that side. */
  for (guint s = 0; s < layout->n_sides; s++)
    {
      double sx0 = layout->side_x[s] + layout->sides[s].plot_x0;
      double sx1 = layout->side_x[s] + layout->sides[s].plot_x1;

      if (self->select_x0 < layout->side_x[s] || self->select_x0 > layout->side_x[s] + layout->side_w[s])
        continue;
      x0 = CLAMP (x0, sx0, sx1);
      x1 = CLAMP (x1, sx0, sx1);
      gtk_snapshot_append_color (snapshot, &fill,
                                 &GRAPHENE_RECT_INIT (x0, layout->side_y[s], x1 - x0, layout->side_h[s]));
    }
}

void
_awc_compare_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compare.cursor-move", "i", cursor_move_action);
  gtk_widget_class_install_action (widget_class, "compare.cursor-first", NULL, cursor_edge_action);
  gtk_widget_class_install_action (widget_class, "compare.cursor-last", NULL, cursor_edge_action);
  gtk_widget_class_install_action (widget_class, "compare.unpin", NULL, unpin_action);
  gtk_widget_class_install_action (widget_class, "compare.reset-zoom", NULL, reset_zoom_action);
  gtk_widget_class_install_action (widget_class, "compare.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "compare.zoom-out", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "compare.cursor-move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "compare.cursor-move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "compare.cursor-move", "i", 10);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "compare.cursor-move", "i", -10);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "compare.cursor-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "compare.cursor-last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.unpin", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "compare.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "compare.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "compare.zoom-out", NULL);
}

void
_awc_compare_view_init_input (AwcCompareView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  g_signal_connect_swapped (gesture, "cancel", G_CALLBACK (on_drag_cancel_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
