/* awc-time-axis-controller.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-time-axis-controller-private.h"
#include "awc-time-range.h"

/* The one place where pointer, scroll and keys become cursor and zoom
 * changes, so the chart view and the compare view behave alike.  The
 * host only maps (through AwcTimeAxisPlot) and snaps (through step).
 * This file keeps the state and the range arithmetic; -input.c turns
 * events and keys into calls of it. */

G_DEFINE_FINAL_TYPE (AwcTimeAxisController, awc_time_axis_controller, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CURSOR_TIME,
  PROP_CURSOR_PINNED,
  PROP_VIEW_START,
  PROP_VIEW_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Tells the host, then every listener, under one property name. */
static void
notify (AwcTimeAxisController *self,
        guint                  prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (self->host != NULL)
    g_object_notify (G_OBJECT (self->host), properties[prop_id]->name);
}

gboolean
_awc_time_axis_controller_get_bounds (AwcTimeAxisController *self,
                                      double                *lo,
                                      double                *hi,
                                      double                *min_span)
{
  double span = 0;

  if (self->host == NULL || !self->iface->get_bounds (self->host, lo, hi, &span))
    return FALSE;
  if (min_span != NULL)
    *min_span = MIN (span, *hi - *lo);
  return isfinite (*lo) && isfinite (*hi) && *hi > *lo;
}

double
_awc_time_axis_controller_step (AwcTimeAxisController *self,
                                double                 t,
                                int                    count)
{
  if (self->host == NULL || !isfinite (t))
    return NAN;
  return self->iface->step (self->host, t, count);
}

guint
_awc_time_axis_controller_n_axes (AwcTimeAxisController *self)
{
  if (self->host == NULL || self->iface->get_n_axes == NULL)
    return 1;
  return self->iface->get_n_axes (self->host);
}

/* The range @axis shows, the whole run when not zoomed. */
gboolean
_awc_time_axis_controller_axis_range (AwcTimeAxisController *self,
                                      guint                  axis,
                                      double                *start,
                                      double                *end)
{
  *start = self->view_start;
  *end = self->view_end;
  if (self->host != NULL && self->iface->get_axis_range != NULL)
    self->iface->get_axis_range (self->host, axis, start, end);
  if (isnan (*start) || isnan (*end))
    return _awc_time_axis_controller_get_bounds (self, start, end, NULL);
  return TRUE;
}

void
_awc_time_axis_controller_set_axis_range (AwcTimeAxisController *self,
                                          guint                  axis,
                                          double                 start,
                                          double                 end)
{
  if (self->host != NULL && self->iface->set_axis_range != NULL)
    self->iface->set_axis_range (self->host, axis, start, end);
  else
    awc_time_axis_controller_set_view_range (self, start, end);
}

gboolean
_awc_time_axis_controller_is_zoomed (AwcTimeAxisController *self,
                                     guint                  axis)
{
  double start, end, lo, hi;

  return _awc_time_axis_controller_axis_range (self, axis, &start, &end) &&
         _awc_time_axis_controller_get_bounds (self, &lo, &hi, NULL) &&
         (start > lo || end < hi);
}

/* Zooming out near an edge and panning slide the range back into the run
 * instead of cutting it, so its span is kept. */
void
_awc_time_axis_controller_move_axis (AwcTimeAxisController *self,
                                     guint                  axis,
                                     double                 start,
                                     double                 end)
{
  double lo, hi;

  if (_awc_time_axis_controller_get_bounds (self, &lo, &hi, NULL) &&
      !awc_time_range_slide_into (&start, &end, lo, hi))
    start = end = NAN;
  _awc_time_axis_controller_set_axis_range (self, axis, start, end);
}

static void
awc_time_axis_controller_dispose (GObject *object)
{
  AwcTimeAxisController *self = AWC_TIME_AXIS_CONTROLLER (object);

  if (self->host != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->host), (gpointer *) &self->host);
      self->host = NULL;
    }

  G_OBJECT_CLASS (awc_time_axis_controller_parent_class)->dispose (object);
}

static void
awc_time_axis_controller_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  AwcTimeAxisController *self = AWC_TIME_AXIS_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_CURSOR_TIME:
      g_value_set_double (value, self->cursor_time);
      break;
    case PROP_CURSOR_PINNED:
      g_value_set_boolean (value, self->cursor_pinned);
      break;
    case PROP_VIEW_START:
      g_value_set_double (value, self->view_start);
      break;
    case PROP_VIEW_END:
      g_value_set_double (value, self->view_end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_time_axis_controller_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  AwcTimeAxisController *self = AWC_TIME_AXIS_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_CURSOR_TIME:
      awc_time_axis_controller_set_cursor_time (self, g_value_get_double (value));
      break;
    case PROP_CURSOR_PINNED:
      awc_time_axis_controller_set_cursor_pinned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_time_axis_controller_class_init (AwcTimeAxisControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = awc_time_axis_controller_dispose;
  object_class->get_property = awc_time_axis_controller_get_property;
  object_class->set_property = awc_time_axis_controller_set_property;

  /* NaN (no cursor, whole run) is the initial value; GParamSpec
   * defaults must lie inside the range, which NaN never does. */
  properties[PROP_CURSOR_TIME] =
    g_param_spec_double ("cursor-time", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_PINNED] =
    g_param_spec_boolean ("cursor-pinned", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_START] =
    g_param_spec_double ("view-start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_END] =
    g_param_spec_double ("view-end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_time_axis_controller_init (AwcTimeAxisController *self)
{
  self->cursor_time = NAN;
  self->view_start = NAN;
  self->view_end = NAN;
  /* Until the host binds its own. */
  self->copy_cursor_time = &self->cursor_time;
  self->copy_view_start = &self->view_start;
  self->copy_view_end = &self->view_end;
}

AwcTimeAxisController *
awc_time_axis_controller_new (GtkWidget             *host,
                              const AwcTimeAxisHost *iface)
{
  AwcTimeAxisController *self;

  g_return_val_if_fail (GTK_IS_WIDGET (host), NULL);
  g_return_val_if_fail (iface != NULL && iface->get_bounds != NULL &&
                        iface->plot_at != NULL && iface->step != NULL, NULL);

  self = g_object_new (AWC_TYPE_TIME_AXIS_CONTROLLER, NULL);
  self->host = host;
  self->iface = iface;
  g_object_add_weak_pointer (G_OBJECT (host), (gpointer *) &self->host);
  _awc_time_axis_controller_attach (self);
  return self;
}

void
awc_time_axis_controller_host_param_specs (GParamSpec **pspecs)
{
  gpointer klass = g_type_class_ref (AWC_TYPE_TIME_AXIS_CONTROLLER);

  g_return_if_fail (pspecs != NULL);

  for (guint i = PROP_CURSOR_TIME; i < N_PROPS; i++)
    pspecs[i - PROP_CURSOR_TIME] = g_param_spec_override (properties[i]->name, properties[i]);
  g_type_class_unref (klass);
}

void
awc_time_axis_controller_bind_copies (AwcTimeAxisController *self,
                                      double                *cursor_time,
                                      double                *view_start,
                                      double                *view_end)
{
  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));
  g_return_if_fail (cursor_time != NULL && view_start != NULL && view_end != NULL);

  self->copy_cursor_time = cursor_time;
  self->copy_view_start = view_start;
  self->copy_view_end = view_end;
  *cursor_time = self->cursor_time;
  *view_start = self->view_start;
  *view_end = self->view_end;
}

double
awc_time_axis_controller_get_cursor_time (AwcTimeAxisController *self)
{
  g_return_val_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self), NAN);
  return self->cursor_time;
}

void
awc_time_axis_controller_set_cursor_time (AwcTimeAxisController *self,
                                          double                 t)
{
  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  t = _awc_time_axis_controller_step (self, t, 0);
  if (same_double (self->cursor_time, t))
    return;
  self->cursor_time = *self->copy_cursor_time = t;
  if (self->host != NULL)
    {
      /* Only the cursor layer: motion never records the plot again. */
      gtk_widget_queue_draw (self->host);
      if (self->iface->cursor_changed != NULL)
        self->iface->cursor_changed (self->host);
    }
  notify (self, PROP_CURSOR_TIME);
}

gboolean
awc_time_axis_controller_get_cursor_pinned (AwcTimeAxisController *self)
{
  g_return_val_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self), FALSE);
  return self->cursor_pinned;
}

void
awc_time_axis_controller_set_cursor_pinned (AwcTimeAxisController *self,
                                            gboolean               pinned)
{
  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  pinned = !!pinned;
  if (self->cursor_pinned == pinned)
    return;
  self->cursor_pinned = pinned;
  notify (self, PROP_CURSOR_PINNED);

  /* Unpinned: the cursor goes back to the pointer, or away. */
  if (!pinned && self->pointer_inside)
    _awc_time_axis_controller_hover (self);
  else if (!pinned)
    awc_time_axis_controller_set_cursor_time (self, NAN);
}

void
awc_time_axis_controller_get_view_range (AwcTimeAxisController *self,
                                         double                *start,
                                         double                *end)
{
  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  if (start != NULL)
    *start = self->view_start;
  if (end != NULL)
    *end = self->view_end;
}

void
awc_time_axis_controller_set_view_range (AwcTimeAxisController *self,
                                         double                 start,
                                         double                 end)
{
  double lo, hi, min_span;

  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  if (!isfinite (start) || !isfinite (end) ||
      !_awc_time_axis_controller_get_bounds (self, &lo, &hi, &min_span) ||
      !awc_time_range_clamp (&start, &end, lo, hi, min_span))
    start = end = NAN;
  if (same_double (start, self->view_start) && same_double (end, self->view_end))
    return;

  self->view_start = *self->copy_view_start = start;
  self->view_end = *self->copy_view_end = end;
  /* The host's layout follows before the pointer is mapped again below. */
  if (self->host != NULL && self->iface->range_changed != NULL)
    self->iface->range_changed (self->host);
  if (self->host != NULL)
    g_object_freeze_notify (G_OBJECT (self->host));
  g_object_freeze_notify (G_OBJECT (self));
  notify (self, PROP_VIEW_START);
  notify (self, PROP_VIEW_END);
  g_object_thaw_notify (G_OBJECT (self));
  if (self->host != NULL)
    g_object_thaw_notify (G_OBJECT (self->host));
  /* The time under a resting pointer changed. */
  if (self->pointer_inside)
    _awc_time_axis_controller_hover (self);
}

void
awc_time_axis_controller_reset_zoom (AwcTimeAxisController *self)
{
  guint n;

  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  /* Axis 0 first: extra axes that follow it see the whole run. */
  n = _awc_time_axis_controller_n_axes (self);
  for (guint axis = 0; axis < n; axis++)
    _awc_time_axis_controller_set_axis_range (self, axis, NAN, NAN);
}

void
awc_time_axis_controller_zoom (AwcTimeAxisController *self,
                               guint                  axis,
                               double                 factor,
                               double                 anchor)
{
  double start, end;

  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  /* The time under the pointer stays under the pointer. */
  if (_awc_time_axis_controller_axis_range (self, axis, &start, &end) &&
      awc_time_range_zoom (&start, &end, factor, anchor))
    _awc_time_axis_controller_move_axis (self, axis, start, end);
}

gboolean
awc_time_axis_controller_pan (AwcTimeAxisController *self,
                              guint                  axis,
                              double                 fraction)
{
  double start, end;

  g_return_val_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self), FALSE);

  if (!_awc_time_axis_controller_is_zoomed (self, axis) ||
      !_awc_time_axis_controller_axis_range (self, axis, &start, &end))
    return FALSE;
  awc_time_range_pan (&start, &end, fraction);
  _awc_time_axis_controller_move_axis (self, axis, start, end);
  return TRUE;
}

void
awc_time_axis_controller_refresh (AwcTimeAxisController *self)
{
  g_return_if_fail (AWC_IS_TIME_AXIS_CONTROLLER (self));

  awc_time_axis_controller_set_view_range (self, self->view_start, self->view_end);
  awc_time_axis_controller_set_cursor_time (self, self->cursor_time);
}

