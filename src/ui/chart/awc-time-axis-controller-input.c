/* awc-time-axis-controller-input.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-time-axis-controller-private.h"

/* Pointer, scroll and keys of AwcTimeAxisController: every event becomes
 * a cursor or range change through the same functions the actions use. */

/* Below this width (px) a drag is a click, not a zoom selection. */
#define MIN_SELECTION 4.
#define ZOOM_STEP 1.25
#define PAN_STEP 0.10
#define PAGE 10
/* Touchpad deltas come in pixels; this many make one wheel step. */
#define PIXELS_PER_STEP 40.

static gboolean
plot_at (AwcTimeAxisController *self,
         double                 x,
         double                 y,
         AwcTimeAxisPlot       *plot)
{
  return self->host != NULL && self->iface->plot_at (self->host, x, y, plot) &&
         plot->x1 > plot->x0;
}

/* The time at @x, clamped into the plot. */
static double
plot_time (const AwcTimeAxisPlot *plot,
           double                 x)
{
  x = CLAMP (x, plot->x0, plot->x1);
  return plot->t0 + (x - plot->x0) / (plot->x1 - plot->x0) * (plot->t1 - plot->t0);
}

/* The sample nearest @t inside [@lo, @hi] when there is one. */
static double
snap_within (AwcTimeAxisController *self,
             double                 t,
             double                 lo,
             double                 hi)
{
  double s = _awc_time_axis_controller_step (self, t, 0), other;

  if (s < lo && (other = _awc_time_axis_controller_step (self, s, 1)) > s && other <= hi)
    s = other;
  else if (s > hi && (other = _awc_time_axis_controller_step (self, s, -1)) < s && other >= lo)
    s = other;
  return s;
}

void
_awc_time_axis_controller_hover (AwcTimeAxisController *self)
{
  AwcTimeAxisPlot plot;

  if (self->cursor_pinned)
    return;
  if (!plot_at (self, self->pointer_x, self->pointer_y, &plot))
    awc_time_axis_controller_set_cursor_time (self, NAN);
  else
    awc_time_axis_controller_set_cursor_time (self, snap_within (self, plot_time (&plot, self->pointer_x),
                                                                 plot.t0, plot.t1));
}

/* Keyboard cursor: pins it at @t and scrolls the view to keep it shown. */
static void
move_cursor_to (AwcTimeAxisController *self,
                double                 t)
{
  double start, end, c;

  awc_time_axis_controller_set_cursor_pinned (self, TRUE);
  awc_time_axis_controller_set_cursor_time (self, t);
  c = self->cursor_time;
  if (isnan (c) || !_awc_time_axis_controller_is_zoomed (self, 0) ||
      !_awc_time_axis_controller_axis_range (self, 0, &start, &end))
    return;
  if (c < start)
    _awc_time_axis_controller_move_axis (self, 0, c, c + (end - start));
  else if (c > end)
    _awc_time_axis_controller_move_axis (self, 0, c - (end - start), c);
}

/* @count samples from @t or, when one pixel column covers several
 * samples (zoomed out on a long run), @count pixel columns, so each key
 * press visibly moves the cursor and reaches the next column's data. */
static double
column_step (AwcTimeAxisController *self,
             double                 t,
             int                    count)
{
  double next = _awc_time_axis_controller_step (self, t, count > 0 ? 1 : -1);
  double span = self->iface->column_span != NULL ? self->iface->column_span (self->host) : NAN;
  double target;

  /* Columns only when one holds at least two samples, as where the
   * readout shows a column's min – max: else a step could skip one. */
  if (!isfinite (span) || span <= 0 || !isfinite (next) || 2 * fabs (next - t) > span)
    return _awc_time_axis_controller_step (self, t, count);
  target = _awc_time_axis_controller_step (self, t + count * span, 0);
  /* Snapping back onto the sample it started from would not move. */
  if (!isfinite (target) || (count > 0 ? target <= t : target >= t))
    return next;
  return target;
}

static void
cursor_step (AwcTimeAxisController *self,
             int                    count)
{
  double start, end;

  if (!_awc_time_axis_controller_axis_range (self, 0, &start, &end))
    return;
  /* Without a cursor the first key lands on the edge of the view. */
  if (isnan (self->cursor_time))
    move_cursor_to (self, snap_within (self, count > 0 ? start : end, start, end));
  else
    move_cursor_to (self, column_step (self, self->cursor_time, count));
}

static void
cursor_action_cb (GSimpleAction         *action,
                  GVariant              *parameter,
                  gpointer               user_data)
{
  AwcTimeAxisController *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  double lo, hi;

  if (g_str_equal (name, "cursor-next"))
    cursor_step (self, 1);
  else if (g_str_equal (name, "cursor-previous"))
    cursor_step (self, -1);
  else if (g_str_equal (name, "cursor-next-page"))
    cursor_step (self, PAGE);
  else if (g_str_equal (name, "cursor-previous-page"))
    cursor_step (self, -PAGE);
  else if (!_awc_time_axis_controller_get_bounds (self, &lo, &hi, NULL))
    return;
  else if (g_str_equal (name, "cursor-first"))
    move_cursor_to (self, _awc_time_axis_controller_step (self, lo, 0));
  else if (g_str_equal (name, "cursor-last"))
    move_cursor_to (self, _awc_time_axis_controller_step (self, hi, 0));
  else
    g_assert_not_reached ();
}

static void
unpin_action_cb (GSimpleAction         *action,
                 GVariant              *parameter,
                 gpointer               user_data)
{
  awc_time_axis_controller_set_cursor_pinned (user_data, FALSE);
}

static void
zoom_action_cb (GSimpleAction         *action,
                GVariant              *parameter,
                gpointer               user_data)
{
  AwcTimeAxisController *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  double factor = g_str_equal (name, "zoom-in") ? 1 / ZOOM_STEP : ZOOM_STEP;

  /* Every axis on its own range, around the cursor (else the middle);
   * the extra axes first, so a host can pin them before axis 0 moves. */
  for (guint axis = _awc_time_axis_controller_n_axes (self); axis-- > 0;)
    awc_time_axis_controller_zoom (self, axis, factor, self->cursor_time);
}

static void
zoom_reset_action_cb (GSimpleAction         *action,
                      GVariant              *parameter,
                      gpointer               user_data)
{
  awc_time_axis_controller_reset_zoom (user_data);
}

static void
on_motion_cb (AwcTimeAxisController    *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  _awc_time_axis_controller_hover (self);
}

static void
on_leave_cb (AwcTimeAxisController    *self,
             GtkEventControllerMotion *motion)
{
  self->pointer_inside = FALSE;
  if (!self->cursor_pinned)
    awc_time_axis_controller_set_cursor_time (self, NAN);
}

static void
on_click_pressed_cb (AwcTimeAxisController *self,
                     int                    n_press,
                     double                 x,
                     double                 y,
                     GtkGestureClick       *click)
{
  if (self->host != NULL)
    gtk_widget_grab_focus (self->host);
  if (n_press == 2)
    awc_time_axis_controller_reset_zoom (self);
}

static void
on_click_released_cb (AwcTimeAxisController *self,
                      int                    n_press,
                      double                 x,
                      double                 y,
                      GtkGestureClick       *click)
{
  AwcTimeAxisPlot plot;

  /* The release that ends a zoom selection is not a click. */
  if (n_press != 1 || self->drag_moved || !plot_at (self, x, y, &plot))
    return;
  /* A click pins the cursor where it was clicked, even when pinned. */
  awc_time_axis_controller_set_cursor_time (self, snap_within (self, plot_time (&plot, x),
                                                               plot.t0, plot.t1));
  awc_time_axis_controller_set_cursor_pinned (self, TRUE);
}

static void
on_drag_begin_cb (AwcTimeAxisController *self,
                  double                 start_x,
                  double                 start_y,
                  GtkGestureDrag        *drag)
{
  self->select_x0 = self->select_x1 = start_x;
  self->select_y = start_y;
  self->selecting = FALSE;
  self->drag_moved = FALSE;
}

static void
on_drag_update_cb (AwcTimeAxisController *self,
                   double                 offset_x,
                   double                 offset_y,
                   GtkGestureDrag        *drag)
{
  self->select_x1 = self->select_x0 + offset_x;
  if (fabs (offset_x) > MIN_SELECTION)
    self->selecting = self->drag_moved = TRUE;
  if (self->selecting && self->host != NULL)
    gtk_widget_queue_draw (self->host);
}

static void
stop_selecting (AwcTimeAxisController *self)
{
  if (!self->selecting)
    return;
  self->selecting = FALSE;
  if (self->host != NULL)
    gtk_widget_queue_draw (self->host);
}

static void
on_drag_end_cb (AwcTimeAxisController *self,
                double                 offset_x,
                double                 offset_y,
                GtkGestureDrag        *drag)
{
  AwcTimeAxisPlot plot;
  double x0, x1;

  if (!self->selecting)
    return;
  stop_selecting (self);
  self->select_x1 = self->select_x0 + offset_x;
  /* Both ends map through the plot the drag started on. */
  if (!plot_at (self, self->select_x0, self->select_y, &plot))
    return;
  x0 = CLAMP (MIN (self->select_x0, self->select_x1), plot.x0, plot.x1);
  x1 = CLAMP (MAX (self->select_x0, self->select_x1), plot.x0, plot.x1);
  if (x1 - x0 > MIN_SELECTION)
    _awc_time_axis_controller_move_axis (self, plot.axis, plot_time (&plot, x0), plot_time (&plot, x1));
}

static void
on_drag_cancel_cb (AwcTimeAxisController *self,
                   GdkEventSequence      *sequence,
                   GtkGesture            *gesture)
{
  stop_selecting (self);
}

static gboolean
on_scroll_cb (AwcTimeAxisController    *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *scroll)
{
  GdkModifierType state;
  AwcTimeAxisPlot plot;
  gboolean over_plot;
  double steps;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  over_plot = self->pointer_inside && plot_at (self, self->pointer_x, self->pointer_y, &plot);
  if (gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE)
    {
      dx /= PIXELS_PER_STEP;
      dy /= PIXELS_PER_STEP;
    }

  if (state & GDK_CONTROL_MASK)
    {
      if (dy == 0)
        return FALSE;
      /* Wheel down zooms out, up zooms in, around the time under the
       * pointer; smooth deltas scale smoothly. */
      awc_time_axis_controller_zoom (self, over_plot ? plot.axis : 0, pow (ZOOM_STEP, dy),
                                     over_plot ? plot_time (&plot, self->pointer_x) : NAN);
      return TRUE;
    }

  /* Plain or Shift+scroll, either axis: pan while zoomed in. */
  steps = dx != 0 ? dx : dy;
  return steps != 0 && awc_time_axis_controller_pan (self, over_plot ? plot.axis : 0,
                                                     steps * PAN_STEP);
}

static const GActionEntry action_entries[] = {
  { "cursor-next", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "cursor-previous", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "cursor-next-page", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "cursor-previous-page", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "cursor-first", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "cursor-last", cursor_action_cb, NULL, NULL, NULL, { 0 } },
  { "unpin", unpin_action_cb, NULL, NULL, NULL, { 0 } },
  { "zoom-in", zoom_action_cb, NULL, NULL, NULL, { 0 } },
  { "zoom-out", zoom_action_cb, NULL, NULL, NULL, { 0 } },
  { "zoom-reset", zoom_reset_action_cb, NULL, NULL, NULL, { 0 } },
};

/* The one key map of both views (listed in help-overlay.ui): the zoom
 * keys work bare, with Ctrl and on the keypad. */
static const struct {
  guint            key;
  GdkModifierType  mods;
  const char      *action;
} key_map[] = {
  { GDK_KEY_Right, 0, "view.cursor-next" },
  { GDK_KEY_KP_Right, 0, "view.cursor-next" },
  { GDK_KEY_Left, 0, "view.cursor-previous" },
  { GDK_KEY_KP_Left, 0, "view.cursor-previous" },
  { GDK_KEY_Right, GDK_SHIFT_MASK, "view.cursor-next-page" },
  { GDK_KEY_KP_Right, GDK_SHIFT_MASK, "view.cursor-next-page" },
  { GDK_KEY_Left, GDK_SHIFT_MASK, "view.cursor-previous-page" },
  { GDK_KEY_KP_Left, GDK_SHIFT_MASK, "view.cursor-previous-page" },
  { GDK_KEY_Home, 0, "view.cursor-first" },
  { GDK_KEY_KP_Home, 0, "view.cursor-first" },
  { GDK_KEY_End, 0, "view.cursor-last" },
  { GDK_KEY_KP_End, 0, "view.cursor-last" },
  { GDK_KEY_Escape, 0, "view.unpin" },
  { GDK_KEY_plus, 0, "view.zoom-in" },
  { GDK_KEY_equal, 0, "view.zoom-in" },
  { GDK_KEY_KP_Add, 0, "view.zoom-in" },
  { GDK_KEY_plus, GDK_CONTROL_MASK, "view.zoom-in" },
  { GDK_KEY_equal, GDK_CONTROL_MASK, "view.zoom-in" },
  { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "view.zoom-in" },
  { GDK_KEY_minus, 0, "view.zoom-out" },
  { GDK_KEY_KP_Subtract, 0, "view.zoom-out" },
  { GDK_KEY_minus, GDK_CONTROL_MASK, "view.zoom-out" },
  { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "view.zoom-out" },
  { GDK_KEY_0, GDK_CONTROL_MASK, "view.zoom-reset" },
  { GDK_KEY_KP_0, GDK_CONTROL_MASK, "view.zoom-reset" },
};

void
_awc_time_axis_controller_attach (AwcTimeAxisController *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkEventController *controller;
  GtkGesture *gesture;

  g_action_map_add_action_entries (G_ACTION_MAP (group), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (self->host, "view", G_ACTION_GROUP (group));

  controller = gtk_shortcut_controller_new ();
  for (guint i = 0; i < G_N_ELEMENTS (key_map); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (key_map[i].key,
                                                                                    key_map[i].mods),
                                                            gtk_named_action_new (key_map[i].action)));
  gtk_widget_add_controller (self->host, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->host, controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->host, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "cancel", G_CALLBACK (on_drag_cancel_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->host, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->host, controller);
}

gboolean
awc_time_axis_controller_get_selecting (AwcTimeAxisController *self)
{
  g_return_val_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self), FALSE);
  return self->selecting;
}

void
awc_time_axis_controller_snapshot_selection (AwcTimeAxisController *self,
                                             GtkSnapshot           *snapshot)
{
  static const GdkRGBA fill = { 0.21, 0.52, 0.89, 0.22 };
  static const GdkRGBA edge = { 0.21, 0.52, 0.89, 0.9 };
  AwcTimeAxisPlot plot;
  GskRoundedRect outline;
  double x0, x1;

  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  /* The band on the plot the drag started on, its full height. */
  if (!self->selecting || !plot_at (self, self->select_x0, self->select_y, &plot))
    return;
  x0 = CLAMP (MIN (self->select_x0, self->select_x1), plot.x0, plot.x1);
  x1 = CLAMP (MAX (self->select_x0, self->select_x1), plot.x0, plot.x1);
  if (x1 - x0 < 1 || plot.y1 <= plot.y0)
    return;

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x0, plot.y0, x1 - x0, plot.y1 - plot.y0), 0);
  gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { edge, edge, edge, edge });
}
