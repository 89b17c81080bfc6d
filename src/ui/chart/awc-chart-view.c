/* awc-chart-view.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-chart-view-private.h"

G_DEFINE_FINAL_TYPE (AwcChartView, awc_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_DARK,
  PROP_CURSOR_TIME,        /* these four in the time axis' order */
  PROP_CURSOR_PINNED,
  PROP_VIEW_START,
  PROP_VIEW_END,
  PROP_READOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double *
get_timestamps (AwcChartView *self,
                guint        *n)
{
  *n = 0;
  if (self->report == NULL)
    return NULL;
  return awc_report_get_timestamps (self->report, n);
}

gboolean
_awc_chart_view_visible_indices (AwcChartView *self,
                                 guint        *first,
                                 guint        *last)
{
  const double *ts;
  guint n;

  ts = get_timestamps (self, &n);
  if (n == 0)
    return FALSE;

  *first = 0;
  *last = n - 1;
  if (!isnan (self->view_start))
    {
      *first = MIN (awc_report_lower_bound (self->report, self->view_start), n - 1);
      *last = MIN (awc_report_lower_bound (self->report, self->view_end), n - 1);
      if (*last > *first && ts[*last] > self->view_end)
        (*last)--;
    }
  return TRUE;
}

void
_awc_chart_view_refresh_readout (AwcChartView *self,
                                 gboolean      force)
{
  /* @force: the series, the theme or the pixel columns changed, so an
   * AwcCursorReadout has other rows even when the text is the same. */
  if (_awc_chart_view_update_readout (self) || force)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
  _awc_chart_view_update_accessible (self);
}

static void
on_series_visible_cb (AwcChartView *self)
{
  /* Another set of series: another snapshot */
  g_clear_pointer (&self->render_data, awc_chart_data_unref);
  _awc_chart_view_invalidate_plot (self, TRUE);
  _awc_chart_view_refresh_readout (self, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
unwatch_series (AwcChartView *self)
{
  for (guint i = 0; i < self->watched_series->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_series, i),
                                          on_series_visible_cb, self);
  g_ptr_array_set_size (self->watched_series, 0);
}

static void
watch_series (AwcChartView *self)
{
  GListModel *list;
  guint n;

  unwatch_series (self);
  if (self->report == NULL)
    return;

  list = awc_report_get_series (self->report);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      AwcSeries *series = g_list_model_get_item (list, i);

      g_signal_connect_object (series, "notify::visible",
                               G_CALLBACK (on_series_visible_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched_series, series);
    }
}

static void
on_series_items_changed_cb (AwcChartView *self)
{
  watch_series (self);
  _awc_chart_view_invalidate_plot (self, FALSE);
  _awc_chart_view_refresh_readout (self, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_report_notify_cb (AwcChartView *self)
{
  /* New timestamps: the range and the cursor must snap to the new run. */
  _awc_chart_view_invalidate_plot (self, FALSE);
  awc_time_axis_controller_refresh (self->time_axis);
  _awc_chart_view_refresh_readout (self, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_scale_factor_cb (AwcChartView *self)
{
  _awc_chart_view_invalidate_plot (self, TRUE);
}

static gboolean
readout_idle_cb (gpointer user_data)
{
  AwcChartView *self = user_data;

  self->readout_idle = 0;
  _awc_chart_view_refresh_readout (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
awc_chart_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  AwcChartView *self = AWC_CHART_VIEW (widget);

  if (width != self->layout_width || height != self->layout_height)
    {
      _awc_chart_view_invalidate_plot (self, TRUE);
      /* The readout's min – max follows the pixel columns; it is updated
       * after this allocation, not inside it. */
      if (self->readout_idle == 0 && width != self->layout_width)
        self->readout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, readout_idle_cb, self, NULL);
    }
}

static void
awc_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  AwcChartView *self = AWC_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 800;
    }
  else
    {
      /* Every panel keeps a plot with its y labels; the window scrolls
       * the view beyond that (awc_render_min_height()). */
      *minimum = MAX (160, _awc_chart_view_min_height (self, for_size));
      *natural = MAX (500, *minimum);
    }
}

static GtkSizeRequestMode
awc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
awc_chart_view_dispose (GObject *object)
{
  AwcChartView *self = AWC_CHART_VIEW (object);

  if (self->report != NULL)
    {
      g_signal_handlers_disconnect_by_data (awc_report_get_series (self->report), self);
      g_signal_handlers_disconnect_by_data (self->report, self);
    }
  if (self->watched_series != NULL)
    unwatch_series (self);
  awc_plot_cache_clear (&self->plot);
  g_clear_handle_id (&self->readout_idle, g_source_remove);
  g_clear_object (&self->report);
  g_clear_pointer (&self->render_data, awc_chart_data_unref);
  g_clear_pointer (&self->thresholds, g_ptr_array_unref);
  g_clear_pointer (&self->insights, awc_insights_unref);

  G_OBJECT_CLASS (awc_chart_view_parent_class)->dispose (object);
}

static void
awc_chart_view_finalize (GObject *object)
{
  AwcChartView *self = AWC_CHART_VIEW (object);

  /* Here, not in dispose: the view's setters stay usable until the end. */
  g_clear_object (&self->time_axis);
  g_clear_pointer (&self->watched_series, g_ptr_array_unref);
  g_free (self->readout);
  g_free (self->description);

  G_OBJECT_CLASS (awc_chart_view_parent_class)->finalize (object);
}

static void
awc_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AwcChartView *self = AWC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, awc_chart_view_get_report (self));
      break;
    case PROP_DARK:
      g_value_set_boolean (value, awc_chart_view_get_dark (self));
      break;
    case PROP_CURSOR_TIME:
    case PROP_CURSOR_PINNED:
    case PROP_VIEW_START:
    case PROP_VIEW_END:
      g_object_get_property (G_OBJECT (self->time_axis), pspec->name, value);
      break;
    case PROP_READOUT:
      g_value_set_string (value, awc_chart_view_get_readout (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AwcChartView *self = AWC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      awc_chart_view_set_report (self, g_value_get_object (value));
      break;
    case PROP_DARK:
      awc_chart_view_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_CURSOR_TIME:
    case PROP_CURSOR_PINNED:
      g_object_set_property (G_OBJECT (self->time_axis), pspec->name, value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_chart_view_class_init (AwcChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_chart_view_dispose;
  object_class->finalize = awc_chart_view_finalize;
  object_class->get_property = awc_chart_view_get_property;
  object_class->set_property = awc_chart_view_set_property;

  widget_class->snapshot = _awc_chart_view_snapshot;
  widget_class->size_allocate = awc_chart_view_size_allocate;
  widget_class->measure = awc_chart_view_measure;
  widget_class->get_request_mode = awc_chart_view_get_request_mode;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AWC_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The time axis' own: one naming in both views. */
  awc_time_axis_controller_host_param_specs (&properties[PROP_CURSOR_TIME]);
  properties[PROP_READOUT] =
    g_param_spec_string ("readout", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
awc_chart_view_init (AwcChartView *self)
{
  awc_plot_cache_init (&self->plot, g_free);
  self->watched_series = g_ptr_array_new_with_free_func (g_object_unref);
  self->readout = g_strdup ("");

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_cb), NULL);
  _awc_chart_view_init_input (self);
  _awc_chart_view_update_accessible (self);
}

GtkWidget *
awc_chart_view_new (void)
{
  return g_object_new (AWC_TYPE_CHART_VIEW, NULL);
}

AwcReport *
awc_chart_view_get_report (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->report;
}

void
awc_chart_view_set_report (AwcChartView *self,
                           AwcReport    *report)
{
  g_return_if_fail (AWC_IS_CHART_VIEW (self));
  g_return_if_fail (report == NULL || AWC_IS_REPORT (report));

  if (self->report == report)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->report != NULL)
    {
      g_signal_handlers_disconnect_by_data (awc_report_get_series (self->report), self);
      g_signal_handlers_disconnect_by_data (self->report, self);
    }
  g_set_object (&self->report, report);
  /* The insights belong to the old report. */
  g_clear_pointer (&self->insights, awc_insights_unref);
  if (report != NULL)
    {
      g_signal_connect_object (report, "notify",
                               G_CALLBACK (on_report_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (awc_report_get_series (report), "items-changed",
                               G_CALLBACK (on_series_items_changed_cb), self, G_CONNECT_SWAPPED);
    }
  watch_series (self);

  _awc_chart_view_invalidate_plot (self, FALSE);
  awc_time_axis_controller_set_cursor_pinned (self->time_axis, FALSE);
  awc_time_axis_controller_set_cursor_time (self->time_axis, NAN);
  awc_time_axis_controller_set_view_range (self->time_axis, NAN, NAN);
  _awc_chart_view_refresh_readout (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
awc_chart_view_get_dark (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), FALSE);
  return self->dark;
}

void
awc_chart_view_set_dark (AwcChartView *self,
                         gboolean      dark)
{
  g_return_if_fail (AWC_IS_CHART_VIEW (self));

  dark = !!dark;
  if (self->dark != dark)
    {
      self->dark = dark;
      _awc_chart_view_invalidate_plot (self, TRUE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
    }
}

AwcTimeAxisController *
awc_chart_view_get_time_axis (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->time_axis;
}

const char *
awc_chart_view_get_readout (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->readout;
}

void
awc_chart_view_get_render_options (AwcChartView     *self,
                                   AwcRenderOptions *options)
{
  g_return_if_fail (AWC_IS_CHART_VIEW (self));
  g_return_if_fail (options != NULL);
  _awc_chart_view_fill_options (self, options);
}

guint
_awc_chart_view_get_plot_render_count (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), 0);
  return self->plot.render_count;
}

const char *
_awc_chart_view_get_description (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->description;
}
