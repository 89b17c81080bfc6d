/* awc-window.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-theme.h"
#include "awc-window-private.h"
#include "awc-util.h"
#include "io/awc-report-loader.h"
#include "io/awc-samples.h"
#include "model/awc-report-range.h"

G_DEFINE_FINAL_TYPE (AwcWindow, awc_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_CURSOR_TIME,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  AwcWindow *self;
  char      *name;      /* shown in errors */
  GFile     *file;      /* NULL for bytes */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data->name);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
awc_window_update_title (AwcWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;
  const char *source = NULL;

  if (self->report != NULL && self->remote_source != NULL)
    {
      /* Fetched: name the task, report, case and detail, not a URL. */
      title = awc_remote_source_dup_title (self->remote_source);
      subtitle = awc_remote_source_dup_subtitle (self->remote_source);
      source = subtitle;
      window_title = g_strdup_printf (_("%s — AW Chart"), title);
    }
  else if (self->report != NULL)
    {
      const char *report_title = awc_report_get_title (self->report);

      source = awc_report_get_source (self->report);
      if (report_title != NULL && *report_title != '\0')
        title = g_strdup (report_title);
      else if (source != NULL && *source != '\0')
        title = g_path_get_basename (source);
      else
        title = g_strdup (_("Untitled report"));
      /* Translators: window title, "report title — application name" */
      window_title = g_strdup_printf (_("%s — AW Chart"), title);
    }

  gtk_label_set_label (GTK_LABEL (self->title_label), title ? title : _("AW Chart"));
  gtk_label_set_label (GTK_LABEL (self->subtitle_label), source ? source : "");
  gtk_widget_set_visible (self->subtitle_label, source != NULL && *source != '\0');
  gtk_window_set_title (GTK_WINDOW (self), window_title ? window_title : _("AW Chart"));
}

static void chart_range_notify_cb (AwcWindow *self);

void
_awc_window_set_report (AwcWindow *self,
                        AwcReport *report)
{
  if (!g_set_object (&self->report, report))
    {
      /* Same report, maybe a new origin (remote source, file). */
      awc_window_update_title (self);
      _awc_window_update_actions (self);
    }
  else
    {
      awc_window_update_title (self);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                        report != NULL ? "report" : "welcome");
      /* The panel toggles mean nothing on the welcome page. */
      gtk_widget_set_visible (self->series_toggle, report != NULL);
      gtk_widget_set_visible (self->buckets_toggle, report != NULL);
      gtk_widget_set_visible (self->insights_button, report != NULL);
      _awc_window_update_actions (self);
      /* Notifying updates the panels and the chart through their bindings. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
      _awc_window_restore_thresholds (self);
      chart_range_notify_cb (self);
      _awc_window_apply_screenshot_cursor (self);
      /* The arrow keys move the cursor as soon as a report is shown. */
      if (report != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
    }
}

static void
awc_window_set_loading (AwcWindow  *self,
                        const char *name)
{
  gboolean was_loading = self->loading_name != NULL;

  awc_set_str (&self->loading_name, name);
  if (name != NULL)
    {
      g_autofree char *shown = awc_escape_text (name);
      g_autofree char *text = g_strdup_printf (_("Loading %s…"), shown);

      gtk_label_set_label (GTK_LABEL (self->loading_label), text);
    }
  gtk_spinner_set_spinning (GTK_SPINNER (self->loading_spinner), name != NULL);
  /* The loading page instead of a welcome page under the report's title;
   * when the load ends (or is cancelled) the window shows what it showed
   * before, the new report's page follows a successful load. */
  if (name != NULL)
    /* At once: the click on Open must show its effect in the next frame. */
    gtk_stack_set_visible_child_full (GTK_STACK (self->stack), "loading",
                                      GTK_STACK_TRANSITION_TYPE_NONE);
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                      self->report != NULL ? "report" : "welcome");
  _awc_window_update_actions (self);
  if (was_loading != (name != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_awc_window_show_banner (AwcWindow  *self,
                         const char *message)
{
  g_assert (AWC_IS_WINDOW (self));

  /* A late callback after dispose has nothing left to show. */
  if (self->message_bar == NULL)
    return;
  if (message != NULL)
    awc_message_bar_show_error (self->message_bar, message);
  else if (awc_message_bar_get_error (self->message_bar))
    awc_message_bar_dismiss (self->message_bar);
}

void
_awc_window_show_toast (AwcWindow  *self,
                        const char *message)
{
  g_assert (AWC_IS_WINDOW (self));

  if (self->message_bar != NULL)
    awc_message_bar_show_info (self->message_bar, message);
}

const char *
_awc_window_get_banner_text (AwcWindow *self)
{
  if (!awc_message_bar_get_error (self->message_bar))
    return NULL;
  return awc_message_bar_get_text (self->message_bar);
}

const char *
_awc_window_get_toast_text (AwcWindow *self)
{
  if (awc_message_bar_get_error (self->message_bar))
    return NULL;
  return awc_message_bar_get_text (self->message_bar);
}

char *
_awc_window_dup_readout_text (AwcWindow *self)
{
  return awc_cursor_readout_dup_text (self->cursor_readout);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  AwcWindow *self = data->self;

  if (data->file != NULL)
    report = awc_report_load_file_finish (result, &error);
  else
    report = awc_report_load_bytes_finish (result, &error);

  /* Whoever cancelled (a newer load, Cancel, dispose) owns the state now. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  _awc_window_end_load (self);

  if (report == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: "Could not open FILE: reason" */
      message = g_strdup_printf (_("Could not open %s: %s"), data->name, error->message);
      _awc_window_show_banner (self, message);
      return;
    }

  /* A file (or a sample) replaces a fetched report: no Reload from the server. */
  g_clear_object (&self->remote_source);
  g_set_object (&self->file, data->file);
  _awc_window_show_banner (self, NULL);
  _awc_window_set_report (self, report);

  if (data->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (data->file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
}

void
_awc_window_end_load (AwcWindow *self)
{
  g_clear_object (&self->load_cancellable);
  awc_window_set_loading (self, NULL);
}

GCancellable *
_awc_window_begin_load (AwcWindow  *self,
                        const char *name)
{
  /* A new load replaces the running one. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  awc_window_set_loading (self, name);
  return self->load_cancellable;
}

void
awc_window_open_file (AwcWindow *self,
                      GFile     *file)
{
  LoadData *data;
  GCancellable *cancellable;

  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->name = g_file_get_basename (file);
  cancellable = _awc_window_begin_load (self, data->name);
  awc_report_load_file_async (file, cancellable, load_cb, data);
}

void
awc_window_open_bytes (AwcWindow  *self,
                       GBytes     *bytes,
                       const char *source)
{
  LoadData *data;
  GCancellable *cancellable;

  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (bytes != NULL);

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->name = g_path_get_basename (source != NULL ? source : _("report"));
  cancellable = _awc_window_begin_load (self, data->name);
  awc_report_load_bytes_async (bytes, source, cancellable, load_cb, data);
}

void
awc_window_open_sample (AwcWindow  *self,
                        const char *name)
{
  g_autofree char *source = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  source = g_strdup_printf ("%s.json", name);
  bytes = awc_sample_dup_bytes (name, &error);
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open %s: %s"), source, error->message);

      _awc_window_show_banner (self, message);
      return;
    }
  awc_window_open_bytes (self, bytes, source);
}

void
_awc_window_cancel_load (AwcWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  awc_window_set_loading (self, NULL);
}

static void
awc_window_update_dark (AwcWindow *self)
{
  awc_chart_view_set_dark (self->chart_view, awc_theme_is_dark (GTK_WIDGET (self)));
}

static void
chart_cursor_notify_cb (AwcWindow *self)
{
  double t = awc_time_axis_controller_get_cursor_time (awc_chart_view_get_time_axis (self->chart_view));

  if (t != self->cursor_time && !(isnan (t) && isnan (self->cursor_time)))
    {
      self->cursor_time = t;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_TIME]);
    }
}

/* The readout table keeps its rows (with a hint and dashes) when there is
 * no cursor, so the chart does not jump as the pointer comes and goes. */
static void
chart_readout_notify_cb (AwcWindow *self)
{
  awc_chart_view_fill_readout (self->chart_view, self->cursor_readout);
}

static void
chart_range_notify_cb (AwcWindow *self)
{
  double start, end;

  awc_time_axis_controller_get_view_range (awc_chart_view_get_time_axis (self->chart_view), &start, &end);
  awc_series_list_set_view_range (self->series_list, start, end);
  /* The bar shows only while zoomed: the whole run needs no reminder. */
  if (self->report != NULL && !isnan (start) && !isnan (end))
    {
      g_autofree char *text = awc_report_format_range (self->report, start, end);

      awc_range_bar_set_range_text (self->range_bar, text);
    }
  else
    awc_range_bar_set_range_text (self->range_bar, NULL);
}

static gboolean
awc_window_close_request (GtkWindow *window)
{
  AwcWindow *self = AWC_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (awc_window_parent_class)->close_request (window);
}

static void
awc_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  GTK_WIDGET_CLASS (awc_window_parent_class)->size_allocate (widget, width, height, baseline);
  _awc_window_panels_allocated (AWC_WINDOW (widget), width);
}

static void
awc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AwcWindow *self = AWC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, awc_window_get_report (self));
      break;
    case PROP_CURSOR_TIME:
      g_value_set_double (value, awc_window_get_cursor_time (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, awc_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_window_dispose (GObject *object)
{
  AwcWindow *self = AWC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _awc_window_panels_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_WINDOW);
  g_clear_object (&self->report);
  g_clear_object (&self->remote_source);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (awc_window_parent_class)->dispose (object);
}

static void
awc_window_finalize (GObject *object)
{
  AwcWindow *self = AWC_WINDOW (object);

  g_free (self->loading_name);

  G_OBJECT_CLASS (awc_window_parent_class)->finalize (object);
}

static void
awc_window_class_init (AwcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = awc_window_get_property;
  object_class->dispose = awc_window_dispose;
  object_class->finalize = awc_window_finalize;
  window_class->close_request = awc_window_close_request;
  widget_class->size_allocate = awc_window_size_allocate;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AWC_TYPE_REPORT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The value is NaN while there is no cursor; a NaN default is not allowed. */
  properties[PROP_CURSOR_TIME] =
    g_param_spec_double ("cursor-time", NULL, NULL, -INFINITY, INFINITY, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AWC_TYPE_INSIGHTS_PANEL);
  g_type_ensure (AWC_TYPE_BUCKET_PANEL);
  g_type_ensure (AWC_TYPE_CHART_VIEW);
  g_type_ensure (AWC_TYPE_CURSOR_READOUT);
  g_type_ensure (AWC_TYPE_MESSAGE_BAR);
  g_type_ensure (AWC_TYPE_RANGE_BAR);
  g_type_ensure (AWC_TYPE_SERIES_LIST);
  g_type_ensure (AWC_TYPE_WELCOME);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, series_toggle);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, buckets_toggle);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, message_bar);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, range_bar);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, welcome);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, series_box);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, series_list);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, cursor_readout);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, bucket_box);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, bucket_panel);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, chart_scroller);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, insights_button);
  gtk_widget_class_bind_template_child (widget_class, AwcWindow, insights_panel);

}

static void
awc_window_init (AwcWindow *self)
{
  self->cursor_time = NAN;
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));


  /* Expression bindings on the template object itself trip a weak-ref
   * warning when GTK 4.8 finalizes the window, so these are bound here. */
  g_object_bind_property (self, "report", self->chart_view, "report", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "report", self->series_list, "report", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "report", self->bucket_panel, "report", G_BINDING_SYNC_CREATE);
  /* The insights: computed in a thread, drawn in the chart, listed in the popover. */
  awc_insights_panel_set_chart_view (self->insights_panel, self->chart_view);
  g_object_bind_property (self, "report", self->insights_panel, "report", G_BINDING_SYNC_CREATE);
  {
    g_autoptr(GAction) show_insights = g_settings_create_action (self->settings, "show-insights");

    g_action_map_add_action (G_ACTION_MAP (self), show_insights);
  }
  /* The list's colour swatches use the chart's palette, light or dark. */
  g_object_bind_property (self->chart_view, "dark", self->series_list, "dark", G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->chart_view, "notify::cursor-time",
                           G_CALLBACK (chart_cursor_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "notify::readout",
                           G_CALLBACK (chart_readout_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "notify::dark",
                           G_CALLBACK (chart_readout_notify_cb), self, G_CONNECT_SWAPPED);
  chart_readout_notify_cb (self);
  g_signal_connect_object (self->chart_view, "notify::view-start",
                           G_CALLBACK (chart_range_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "notify::view-end",
                           G_CALLBACK (chart_range_notify_cb), self, G_CONNECT_SWAPPED);

  awc_theme_watch (GTK_WIDGET (self), G_CALLBACK (awc_window_update_dark));

  _awc_window_init_actions (self);
  _awc_window_init_panels (self);
  _awc_window_init_remote_actions (self);
  awc_window_set_loading (self, NULL);
  awc_window_update_title (self);
}

AwcWindow *
awc_window_new (AwcApplication *application)
{
  return g_object_new (AWC_TYPE_WINDOW, "application", application, NULL);
}

AwcReport *
awc_window_get_report (AwcWindow *self)
{
  g_return_val_if_fail (AWC_IS_WINDOW (self), NULL);

  return self->report;
}

GPtrArray *
awc_window_get_thresholds (AwcWindow *self)
{
  g_return_val_if_fail (AWC_IS_WINDOW (self), NULL);

  return awc_chart_view_get_thresholds (self->chart_view);
}

double
awc_window_get_cursor_time (AwcWindow *self)
{
  g_return_val_if_fail (AWC_IS_WINDOW (self), NAN);

  return self->cursor_time;
}

gboolean
awc_window_get_loading (AwcWindow *self)
{
  g_return_val_if_fail (AWC_IS_WINDOW (self), FALSE);

  return self->loading_name != NULL;
}

gboolean
awc_window_is_empty (AwcWindow *self)
{
  g_return_val_if_fail (AWC_IS_WINDOW (self), FALSE);

  return self->report == NULL && self->loading_name == NULL;
}
