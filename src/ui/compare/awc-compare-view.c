/* awc-compare-view.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-compare-view-private.h"

/* State, properties and the readout of AwcCompareView; the plot cache is
 * in -draw.c, pointer and keys in -input.c. */

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_SUMMARY,
  PROP_DARK,
  PROP_CURSOR_TIME,        /* these four in the time axis' order */
  PROP_CURSOR_PINNED,
  PROP_VIEW_START,
  PROP_VIEW_END,
  PROP_VIEW_START_B,
  PROP_VIEW_END_B,
  PROP_OVERLAY_IDS,
  PROP_READOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AwcCompareView, awc_compare_view, GTK_TYPE_WIDGET)

/* awc-compare-view-readout.c */
char *_awc_compare_view_build_readout (AwcCompareView *self);

void
_awc_compare_view_refresh_readout (AwcCompareView *self,
                                   gboolean        force)
{
  g_autofree char *text = _awc_compare_view_build_readout (self);

  /* @force: the series, theme or zoom changed, so an AwcCursorReadout
   * has other rows or min – max columns even when the text is the same. */
  if (force && g_strcmp0 (text, self->readout) == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
  else if (g_strcmp0 (text, self->readout) != 0)
    {
      g_free (self->readout);
      self->readout = g_steal_pointer (&text);
      /* Screen readers hear the values under the cursor. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      *self->readout != '\0' ? self->readout
                                                             : _("Move the cursor with the arrow keys"),
                                      -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
    }
}

static void
on_series_visible_cb (AwcCompareView *self)
{
  _awc_compare_view_invalidate_plot (self, TRUE);
  _awc_compare_view_refresh_readout (self, TRUE);
}

static void
unwatch (AwcCompareView *self)
{
  if (self->watched == NULL)
    return;
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch_series (AwcCompareView *self)
{
  unwatch (self);
  if (self->comparison == NULL)
    return;
  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = awc_comparison_get_report (self->comparison, s);
      GListModel *list;

      if (report == NULL)
        continue;
      list = awc_report_get_series (report);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

          g_signal_connect_object (series, "notify::visible",
                                   G_CALLBACK (on_series_visible_cb), self, G_CONNECT_SWAPPED);
          g_ptr_array_add (self->watched, g_object_ref (series));
        }
    }
}

static void
on_comparison_notify_cb (AwcCompareView *self,
                         GParamSpec     *pspec)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "report-a") || g_str_equal (name, "report-b"))
    {
      watch_series (self);
      _awc_compare_view_invalidate_plot (self, FALSE);
    }
  else if (g_str_equal (name, "offset") || g_str_equal (name, "stacked") ||
           g_str_equal (name, "overlay"))
    _awc_compare_view_invalidate_plot (self, TRUE);
  else if (g_str_equal (name, "linked"))
    {
      /* Linking again shares A's zoom; the value ranges change too. */
      if (awc_comparison_get_linked (self->comparison))
        _awc_compare_view_clear_range_b (self);
      _awc_compare_view_invalidate_plot (self, TRUE);
    }
  else
    return;
  _awc_compare_view_refresh_readout (self, TRUE);
}

gboolean
_awc_compare_view_current_range (AwcCompareView *self,
                                 double         *start,
                                 double         *end)
{
  const AwcRenderCompareLayout *layout;

  *start = self->view_start;
  *end = self->view_end;
  if (!isnan (*start))
    return TRUE;
  if (self->comparison == NULL)
    return FALSE;
  if ((layout = _awc_compare_view_ensure_layout (self)) != NULL)
    {
      *start = layout->e0;
      *end = layout->e1;
      return TRUE;
    }
  /* Not allocated yet: the renderer's default range. */
  return _awc_compare_view_full_range (self, start, end);
}

double
_awc_compare_view_sample_step (AwcCompareView *self)
{
  for (guint s = 0; self->comparison != NULL && s < 2; s++)
    {
      AwcReport *report = awc_comparison_get_report (self->comparison, s);
      guint n = report != NULL ? awc_report_get_n_points (report) : 0;

      if (n > 1)
        return awc_comparison_get_duration (self->comparison, s) / (n - 1);
    }
  return 1.0;
}

double
_awc_compare_view_x_to_elapsed (AwcCompareView *self,
                                double          x,
                                double          y,
                                gboolean        clamp)
{
  AwcTimeAxisPlot plot;

  if (!_awc_compare_view_plot_at (self, x, y, &plot) || !(plot.x1 > plot.x0))
    return NAN;
  if (clamp)
    x = CLAMP (x, plot.x0, plot.x1);
  else if (x < plot.x0 || x > plot.x1)
    return NAN;
  return plot.t0 + (x - plot.x0) / (plot.x1 - plot.x0) * (plot.t1 - plot.t0);
}

static gboolean
readout_idle_cb (gpointer user_data)
{
  AwcCompareView *self = user_data;

  self->readout_idle = 0;
  _awc_compare_view_refresh_readout (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Another width, other pixel columns: the readout's min – max changes.
 * It is updated after this allocation, not inside it. */
static void
awc_compare_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);

  if (width != self->readout_width && self->readout_idle == 0)
    self->readout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, readout_idle_cb, self, NULL);
  self->readout_width = width;
}

static void
awc_compare_view_dispose (GObject *object)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (object);

  g_clear_handle_id (&self->readout_idle, g_source_remove);
  awc_plot_cache_clear (&self->plot);
  unwatch (self);
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->summary, awc_delta_summary_unref);

  G_OBJECT_CLASS (awc_compare_view_parent_class)->dispose (object);
}

static void
awc_compare_view_finalize (GObject *object)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (object);

  /* Here, not in dispose: the view's setters stay usable until the end. */
  g_clear_object (&self->time_axis);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_strfreev (self->overlay_ids);
  _awc_compare_view_clear_pair (self);
  g_clear_pointer (&self->thresholds, g_ptr_array_unref);
  g_free (self->readout);

  G_OBJECT_CLASS (awc_compare_view_parent_class)->finalize (object);
}

static void
awc_compare_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, awc_compare_view_get_comparison (self));
      break;
    case PROP_SUMMARY:
      g_value_set_boxed (value, awc_compare_view_get_summary (self));
      break;
    case PROP_DARK:
      g_value_set_boolean (value, awc_compare_view_get_dark (self));
      break;
    case PROP_CURSOR_TIME:
    case PROP_CURSOR_PINNED:
    case PROP_VIEW_START:
    case PROP_VIEW_END:
      g_object_get_property (G_OBJECT (self->time_axis), pspec->name, value);
      break;
    case PROP_VIEW_START_B:
      g_value_set_double (value, self->view_start_b);
      break;
    case PROP_VIEW_END_B:
      g_value_set_double (value, self->view_end_b);
      break;
    case PROP_OVERLAY_IDS:
      g_value_set_boxed (value, awc_compare_view_get_overlay_ids (self));
      break;
    case PROP_READOUT:
      g_value_set_string (value, awc_compare_view_get_readout (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_compare_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      awc_compare_view_set_comparison (self, g_value_get_object (value));
      break;
    case PROP_SUMMARY:
      awc_compare_view_set_summary (self, g_value_get_boxed (value));
      break;
    case PROP_DARK:
      awc_compare_view_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_CURSOR_TIME:
    case PROP_CURSOR_PINNED:
      g_object_set_property (G_OBJECT (self->time_axis), pspec->name, value);
      break;
    case PROP_OVERLAY_IDS:
      awc_compare_view_set_overlay_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_compare_view_class_init (AwcCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_compare_view_dispose;
  object_class->finalize = awc_compare_view_finalize;
  object_class->get_property = awc_compare_view_get_property;
  object_class->set_property = awc_compare_view_set_property;
  widget_class->snapshot = _awc_compare_view_snapshot;
  widget_class->measure = _awc_compare_view_measure;
  widget_class->get_request_mode = _awc_compare_view_get_request_mode;
  widget_class->size_allocate = awc_compare_view_size_allocate;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, AWC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_boxed ("summary", NULL, NULL, AWC_TYPE_DELTA_SUMMARY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The time axis' own: one naming in both views. */
  awc_time_axis_controller_host_param_specs (&properties[PROP_CURSOR_TIME]);
  properties[PROP_VIEW_START_B] =
    g_param_spec_double ("view-start-b", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_END_B] =
    g_param_spec_double ("view-end-b", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERLAY_IDS] =
    g_param_spec_boxed ("overlay-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READOUT] =
    g_param_spec_string ("readout", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
awc_compare_view_init (AwcCompareView *self)
{
  awc_plot_cache_init (&self->plot, NULL);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->view_start_b = self->view_end_b = NAN;
  self->readout = g_strdup ("");
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comparison of runs A and B"),
                                  -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  _awc_compare_view_init_input (self);
}

GtkWidget *
awc_compare_view_new (void)
{
  return g_object_new (AWC_TYPE_COMPARE_VIEW, NULL);
}

AwcComparison *
awc_compare_view_get_comparison (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return self->comparison;
}

void
awc_compare_view_set_comparison (AwcCompareView *self,
                                 AwcComparison  *comparison)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));
  g_return_if_fail (comparison == NULL || AWC_IS_COMPARISON (comparison));

  if (self->comparison == comparison)
    return;
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_set_object (&self->comparison, comparison);
  if (comparison != NULL)
    g_signal_connect_object (comparison, "notify", G_CALLBACK (on_comparison_notify_cb),
                             self, G_CONNECT_SWAPPED);
  watch_series (self);
  _awc_compare_view_invalidate_plot (self, FALSE);
  self->view_start_b = self->view_end_b = NAN;
  awc_time_axis_controller_set_cursor_pinned (self->time_axis, FALSE);
  awc_time_axis_controller_set_cursor_time (self->time_axis, NAN);
  awc_time_axis_controller_set_view_range (self->time_axis, NAN, NAN);
  _awc_compare_view_refresh_readout (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

AwcDeltaSummary *
awc_compare_view_get_summary (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return self->summary;
}

void
awc_compare_view_set_summary (AwcCompareView  *self,
                              AwcDeltaSummary *summary)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));

  if (self->summary == summary)
    return;
  g_clear_pointer (&self->summary, awc_delta_summary_unref);
  self->summary = summary != NULL ? awc_delta_summary_ref (summary) : NULL;
  _awc_compare_view_invalidate_plot (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

gboolean
awc_compare_view_get_dark (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), FALSE);
  return self->dark;
}

void
awc_compare_view_set_dark (AwcCompareView *self,
                           gboolean        dark)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  _awc_compare_view_invalidate_plot (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

AwcTimeAxisController *
awc_compare_view_get_time_axis (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return self->time_axis;
}

void
_awc_compare_view_notify_range_b (AwcCompareView *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_START_B]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_END_B]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char * const *
awc_compare_view_get_overlay_ids (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return (const char * const *) self->overlay_ids;
}

void
awc_compare_view_set_overlay_ids (AwcCompareView     *self,
                                  const char * const *ids)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));

  if (ids == NULL && self->overlay_ids == NULL)
    return;
  if (ids != NULL && self->overlay_ids != NULL &&
      g_strv_equal ((const char * const *) self->overlay_ids, ids))
    return;
  g_strfreev (self->overlay_ids);
  self->overlay_ids = g_strdupv ((char **) ids);
  _awc_compare_view_invalidate_plot (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERLAY_IDS]);
}

const char *
awc_compare_view_get_readout (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return self->readout;
}

void
awc_compare_view_get_render_options (AwcCompareView          *self,
                                     AwcRenderCompareOptions *options)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));
  g_return_if_fail (options != NULL);

  awc_render_compare_options_init (options);
  options->base.theme = self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options->base.show_title = TRUE;
  options->base.show_legend = TRUE;
  options->e0 = self->view_start;
  options->e1 = self->view_end;
  options->e0_b = self->view_start_b;
  options->e1_b = self->view_end_b;
  options->show_window = TRUE;
  if (self->comparison != NULL)
    {
      options->stacked = awc_comparison_get_stacked (self->comparison);
      options->overlay = awc_comparison_get_overlay (self->comparison);
    }
}

guint
_awc_compare_view_get_plot_render_count (AwcCompareView *self)
{
  return self->plot.render_count;
}
