/* awc-chart-view-input.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-chart-view-private.h"
#include "awc-time-range.h"

/* Pointer, scroll and keyboard handling of AwcChartView.  Keys are bound
 * to widget actions ("chart.cursor-next", …) so the window, menus and
 * tests can drive the same code paths. */

/* Below this width (px) a drag is a click, not a zoom selection. */
#define MIN_SELECTION 4.
#define ZOOM_STEP 1.25
#define PAN_STEP 0.10
/* Touchpad deltas come in pixels; this many make one wheel step. */
#define PIXELS_PER_STEP 40.

static void
current_range (AwcChartView *self,
               double       *start,
               double       *end)
{
  const double *ts;
  guint n = 0;

  *start = self->view_start;
  *end = self->view_end;
  if (isnan (*start) && self->report != NULL)
    {
      ts = awc_report_get_timestamps (self->report, &n);
      if (n > 0)
        {
          *start = ts[0];
          *end = ts[n - 1];
        }
    }
}

/* Zooming out near an edge and panning slide the range back into the run
 * instead of cutting it, so its span is kept. */
static void
set_range_keeping_span (AwcChartView *self,
                        double        start,
                        double        end)
{
  const double *ts;
  guint n = 0;

  if (self->report != NULL)
    ts = awc_report_get_timestamps (self->report, &n);
  if (n >= 2)
    awc_time_range_slide_into (&start, &end, ts[0], ts[n - 1]);
  awc_chart_view_set_view_range (self, start, end);
}

void
_awc_chart_view_zoom (AwcChartView *self,
                      double        factor,
                      double        anchor)
{
  double start, end;

  current_range (self, &start, &end);
  /* The time under the pointer stays under the pointer. */
  if (awc_time_range_zoom (&start, &end, factor, anchor))
    set_range_keeping_span (self, start, end);
}

void
_awc_chart_view_pan (AwcChartView *self,
                     double        fraction)
{
  double start = self->view_start, end = self->view_end;

  if (isnan (start))
    return;

  awc_time_range_pan (&start, &end, fraction);
  set_range_keeping_span (self, start, end);
}

/* Keyboard cursor: moves by @delta samples from the current cursor (from
 * the edge of the view when there is none), pins it and keeps it in view. */
static void
move_cursor_to_index (AwcChartView *self,
                      guint         index)
{
  const double *ts;
  guint n;

  ts = awc_report_get_timestamps (self->report, &n);
  index = MIN (index, n - 1);
  awc_chart_view_set_cursor_pinned (self, TRUE);
  awc_chart_view_set_cursor_time (self, ts[index]);

  if (!isnan (self->view_start) && (ts[index] < self->view_start || ts[index] > self->view_end))
    {
      double span = self->view_end - self->view_start;
      double start = ts[index] < self->view_start ? ts[index] : ts[index] - span;

      set_range_keeping_span (self, start, start + span);
    }
}

static void
move_cursor (AwcChartView *self,
             int           delta)
{
  guint first, last, index;

  if (!_awc_chart_view_visible_indices (self, &first, &last))
    return;

  if (isnan (self->cursor_time))
    index = delta > 0 ? first : last;
  else
    {
      gint64 i = awc_report_index_at_time (self->report, self->cursor_time);

      i = CLAMP (i + delta, 0, (gint64) G_MAXUINT);
      index = (guint) i;
    }
  move_cursor_to_index (self, index);
}

static void
cursor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AwcChartView *self = AWC_CHART_VIEW (widget);
  guint first, last;

  if (!_awc_chart_view_visible_indices (self, &first, &last))
    return;

  if (g_str_equal (action_name, "chart.cursor-next"))
    move_cursor (self, 1);
  else if (g_str_equal (action_name, "chart.cursor-prev"))
    move_cursor (self, -1);
  else if (g_str_equal (action_name, "chart.cursor-next-page"))
    move_cursor (self, 10);
  else if (g_str_equal (action_name, "chart.cursor-prev-page"))
    move_cursor (self, -10);
  else if (g_str_equal (action_name, "chart.cursor-first"))
    move_cursor_to_index (self, 0);
  else if (g_str_equal (action_name, "chart.cursor-last"))
    move_cursor_to_index (self, G_MAXUINT);
  else
    g_assert_not_reached ();
}

static void
unpin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  awc_chart_view_set_cursor_pinned (AWC_CHART_VIEW (widget), FALSE);
}

static void
reset_zoom_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  awc_chart_view_reset_zoom (AWC_CHART_VIEW (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AwcChartView *self = AWC_CHART_VIEW (widget);
  double factor = g_str_equal (action_name, "chart.zoom-in") ? 1 / ZOOM_STEP : ZOOM_STEP;

  /* Around the cursor when there is one, else the middle of the view. */
  _awc_chart_view_zoom (self, factor, self->cursor_time);
}

static void
on_motion_cb (AwcChartView             *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  self->pointer_inside = TRUE;
  self->pointer_x = x;
  _awc_chart_view_hover (self, x);
}

static void
on_leave_cb (AwcChartView             *self,
             GtkEventControllerMotion *motion)
{
  self->pointer_inside = FALSE;
  if (!self->cursor_pinned)
    awc_chart_view_set_cursor_time (self, NAN);
}

static void
on_click_pressed_cb (AwcChartView    *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *click)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    awc_chart_view_reset_zoom (self);
}

static void
on_click_released_cb (AwcChartView    *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *click)
{
  gboolean was_pinned = self->cursor_pinned;

  /* The release that ends a zoom selection is not a click. */
  if (n_press != 1 || self->drag_moved)
    return;

  /* A click pins the cursor where it was clicked, even when pinned. */
  self->cursor_pinned = FALSE;
  _awc_chart_view_hover (self, x);
  self->cursor_pinned = was_pinned;
  awc_chart_view_set_cursor_pinned (self, TRUE);
}

static void
on_drag_begin_cb (AwcChartView   *self,
                  double          start_x,
                  double          start_y,
                  GtkGestureDrag *drag)
{
  self->select_x0 = self->select_x1 = start_x;
  self->selecting = FALSE;
  self->drag_moved = FALSE;
}

static void
on_drag_update_cb (AwcChartView   *self,
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
on_drag_end_cb (AwcChartView   *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *drag)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);
  double x0, x1;

  if (!self->selecting)
    return;

  self->selecting = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (layout == NULL)
    return;

  self->select_x1 = self->select_x0 + offset_x;
  x0 = CLAMP (MIN (self->select_x0, self->select_x1), layout->plot_x0, layout->plot_x1);
  x1 = CLAMP (MAX (self->select_x0, self->select_x1), layout->plot_x0, layout->plot_x1);
  if (x1 - x0 > MIN_SELECTION)
    awc_chart_view_set_view_range (self,
                                   awc_render_layout_x_to_time (layout, x0),
                                   awc_render_layout_x_to_time (layout, x1));
}

static void
on_drag_cancel_cb (AwcChartView     *self,
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
on_scroll_cb (AwcChartView             *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *scroll)
{
  GdkModifierType state;
  double steps;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  if (gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE)
    {
      dx /= PIXELS_PER_STEP;
      dy /= PIXELS_PER_STEP;
    }

  if (state & GDK_CONTROL_MASK)
    {
      const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);
      double anchor = NAN;

      if (dy == 0 || layout == NULL)
        return FALSE;
      if (self->pointer_inside)
        anchor = awc_render_layout_x_to_time (layout,
                                              CLAMP (self->pointer_x,
                                                     layout->plot_x0, layout->plot_x1));
      /* Wheel down zooms out, up zooms in; smooth deltas scale smoothly. */
      _awc_chart_view_zoom (self, pow (ZOOM_STEP, dy), anchor);
      return TRUE;
    }

  /* Plain or Shift+scroll, either axis: pan while zoomed in. */
  steps = dx != 0 ? dx : dy;
  if (isnan (self->view_start) || steps == 0)
    return FALSE;
  _awc_chart_view_pan (self, steps * PAN_STEP);
  return TRUE;
}

void
_awc_chart_view_init_input (AwcChartView *self)
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

void
_awc_chart_view_class_init_input (GtkWidgetClass *widget_class)
{
  static const struct {
    const char      *action;
    guint            key;
    GdkModifierType  mods;
  } bindings[] = {
    { "chart.cursor-next", GDK_KEY_Right, 0 },
    { "chart.cursor-next", GDK_KEY_KP_Right, 0 },
    { "chart.cursor-prev", GDK_KEY_Left, 0 },
    { "chart.cursor-prev", GDK_KEY_KP_Left, 0 },
    { "chart.cursor-next-page", GDK_KEY_Right, GDK_SHIFT_MASK },
    { "chart.cursor-next-page", GDK_KEY_KP_Right, GDK_SHIFT_MASK },
    { "chart.cursor-prev-page", GDK_KEY_Left, GDK_SHIFT_MASK },
    { "chart.cursor-prev-page", GDK_KEY_KP_Left, GDK_SHIFT_MASK },
    { "chart.cursor-first", GDK_KEY_Home, 0 },
    { "chart.cursor-first", GDK_KEY_KP_Home, 0 },
    { "chart.cursor-last", GDK_KEY_End, 0 },
    { "chart.cursor-last", GDK_KEY_KP_End, 0 },
    { "chart.unpin", GDK_KEY_Escape, 0 },
    { "chart.reset-zoom", GDK_KEY_0, GDK_CONTROL_MASK },
    { "chart.zoom-in", GDK_KEY_plus, 0 },
    { "chart.zoom-in", GDK_KEY_KP_Add, 0 },
    { "chart.zoom-out", GDK_KEY_minus, 0 },
    { "chart.zoom-out", GDK_KEY_KP_Subtract, 0 },
  };

  gtk_widget_class_install_action (widget_class, "chart.cursor-next", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.cursor-prev", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.cursor-next-page", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.cursor-prev-page", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.cursor-first", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.cursor-last", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "chart.unpin", NULL, unpin_action);
  gtk_widget_class_install_action (widget_class, "chart.reset-zoom", NULL, reset_zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_action);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, bindings[i].mods,
                                         bindings[i].action, NULL);
}
