/* awc-compare-window.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-util.h"
#include "awc-compare-window-private.h"
#include "ui/awc-theme.h"
#include "io/awc-report-loader.h"
#include "io/awc-samples.h"
#include "model/awc-report-range.h"
#include "model/awc-time-range-spec.h"

/* The window around one AwcComparison: it keeps the labels, the shared
 * series visibility (A drives B while linked), the zoom → delta window
 * link and the delta summary (computed in a thread, coalesced) in step
 * with the comparison.  Actions live in -actions.c, export in -export.c. */

#define SUMMARY_DELAY_MS 150
#define STACKED_HEIGHT   (2 * 420 + 30)

G_DEFINE_FINAL_TYPE (AwcCompareWindow, awc_compare_window, GTK_TYPE_APPLICATION_WINDOW)

void
_awc_compare_window_show_banner (AwcCompareWindow *self,
                                 const char       *message)
{
  if (self->message_bar != NULL)
    awc_message_bar_show_error (self->message_bar, message);
}

void
_awc_compare_window_show_toast (AwcCompareWindow *self,
                                const char       *message)
{
  if (self->message_bar != NULL)
    awc_message_bar_show_info (self->message_bar, message);
}

static void
update_labels (AwcCompareWindow *self)
{
  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = awc_comparison_get_report (self->comparison, s);
      const char *title = report != NULL ? awc_report_get_title (report) : NULL;
      g_autofree char *text = NULL;

      if (report == NULL)
        text = g_strdup_printf (s == AWC_SIDE_A ? _("A: loading…") : _("B: loading…"));
      else
        text = g_strdup_printf (s == AWC_SIDE_A ? _("A: %s") : _("B: %s"),
                                title != NULL && *title != '\0' ? title : _("Untitled"));
      gtk_label_set_text (GTK_LABEL (s == AWC_SIDE_A ? self->label_a : self->label_b), text);
    }
}

/* Linked visibility: B's series with the same id follows A's. */
static void
sync_series_visibility (AwcCompareWindow *self,
                        AwcSeries        *series)
{
  AwcReport *b = awc_comparison_get_report_b (self->comparison);
  AwcSeries *twin;

  if (b == NULL || !awc_comparison_get_linked (self->comparison))
    return;
  twin = awc_report_find_series (b, awc_series_get_id (series));
  if (twin != NULL)
    awc_series_set_visible (twin, awc_series_get_visible (series));
}

/* Connected swapped: the emitting series comes last. */
static void
on_series_visible_cb (AwcCompareWindow *self,
                      GParamSpec       *pspec,
                      AwcSeries        *series)
{
  sync_series_visibility (self, series);
}

static void
sync_all_series (AwcCompareWindow *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    sync_series_visibility (self, g_ptr_array_index (self->watched, i));
}

static void
watch_series (AwcCompareWindow *self)
{
  AwcReport *a = awc_comparison_get_report_a (self->comparison);
  GListModel *list;

  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
  if (a == NULL)
    return;

  list = awc_report_get_series (a);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

      g_signal_connect_object (series, "notify::visible", G_CALLBACK (on_series_visible_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched, g_object_ref (series));
    }
  sync_all_series (self);
}

static void
summary_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AwcComparison *comparison = task_data;
  g_autoptr(GError) error = NULL;
  AwcDeltaSummary *summary;

  if (g_task_return_error_if_cancelled (task))
    return;
  summary = awc_delta_summary_compute (comparison, NULL, &error);
  if (summary == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) awc_delta_summary_unref);
}

static void
summary_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcDeltaSummary) summary = NULL;

  summary = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* a newer computation replaced this one (or dispose) */

  self->summary_pending = FALSE;
  g_clear_pointer (&self->summary, awc_delta_summary_unref);
  if (summary != NULL)
    {
      self->summary = awc_delta_summary_ref (summary);
      awc_delta_table_set_error (self->delta_table, NULL);
    }
  else
    awc_delta_table_set_error (self->delta_table, error->message);
  awc_delta_table_set_summary (self->delta_table, summary);
  awc_compare_view_set_summary (self->view, summary);
}

static gboolean
compute_summary_cb (gpointer user_data)
{
  AwcCompareWindow *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->summary_source = 0;
  if (self->summary_cancellable != NULL)
    g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);

  if (awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    {
      self->summary_pending = FALSE;
      return G_SOURCE_REMOVE;
    }

  /* The bootstrap takes a while on day-long runs: a thread, on a copy. */
  self->summary_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->summary_cancellable, summary_done_cb, NULL);
  g_task_set_source_tag (task, compute_summary_cb);
  g_task_set_task_data (task, awc_compare_view_detach_comparison (self->comparison), g_object_unref);
  g_task_run_in_thread (task, summary_thread);
  return G_SOURCE_REMOVE;
}

void
_awc_compare_window_queue_summary (AwcCompareWindow *self)
{
  self->summary_pending = TRUE;
  g_clear_handle_id (&self->summary_source, g_source_remove);
  self->summary_source = g_timeout_add (SUMMARY_DELAY_MS, compute_summary_cb, self);
}

/* Stacked, each run needs the height of a single report view: the view
 * then scrolls instead of squeezing the panels. */
static void
update_view_height (AwcCompareWindow *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1,
                               awc_comparison_get_stacked (self->comparison) ? STACKED_HEIGHT : -1);
}

static void
on_comparison_notify_cb (AwcCompareWindow *self,
                         GParamSpec       *pspec)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "report-a") || g_str_equal (name, "report-b"))
    {
      update_labels (self);
      watch_series (self);
      _awc_compare_window_rebuild_overlay_picker (self);
      _awc_compare_window_rebuild_series_picker (self);
      _awc_compare_window_queue_summary (self);
    }
  else if (g_str_equal (name, "linked"))
    sync_all_series (self);
  else if (g_str_equal (name, "stacked"))
    update_view_height (self);
  else if (g_str_equal (name, "offset") || g_str_equal (name, "window-start") ||
           g_str_equal (name, "window-end"))
    _awc_compare_window_queue_summary (self);
}

/* The delta window follows the zoomed range; zooming out restores the
 * steady phase. */
/* While zoomed: run A's part on screen as A's report shows times, and the
 * elapsed times both runs share on the axis. */
static void
update_range_bar (AwcCompareWindow *self)
{
  AwcReport *a = awc_comparison_get_report_a (self->comparison);
  g_autofree char *range = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  double start, end, origin;

  awc_time_axis_controller_get_view_range (awc_compare_view_get_time_axis (self->view), &start, &end);
  origin = a != NULL ? awc_report_get_start_time (a) : NAN;
  if (isnan (start) || isnan (end) || !isfinite (origin))
    {
      awc_range_bar_set_range_text (self->range_bar, NULL);
      return;
    }
  range = awc_report_format_range (a, origin + start, origin + end);
  from = awc_time_range_format_duration (start);
  to = awc_time_range_format_duration (end);
  /* Translators: run A's zoomed range, then the elapsed times, "1m30s..5m" */
  text = g_strdup_printf (_("A %s, elapsed %s..%s"), range, from, to);
  awc_range_bar_set_range_text (self->range_bar, text);
}

static void
on_view_range_cb (AwcCompareWindow *self)
{
  double start, end;

  awc_time_axis_controller_get_view_range (awc_compare_view_get_time_axis (self->view), &start, &end);
  awc_comparison_set_window (self->comparison, start, end);
  update_range_bar (self);
}

static void
on_readout_cb (AwcCompareWindow *self)
{
  awc_compare_view_fill_readout (self->view, self->cursor_readout);
}

static void
update_dark (AwcCompareWindow *self)
{
  /* Same rule as the report window. */
  awc_compare_view_set_dark (self->view, awc_theme_is_dark (GTK_WIDGET (self)));
}

static gboolean
layout_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_boolean (value, g_strcmp0 (g_variant_get_string (variant, NULL), "stacked") == 0);
  return TRUE;
}

static GVariant *
layout_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  return g_variant_new_string (g_value_get_boolean (value) ? "stacked" : "side-by-side");
}

static void
awc_compare_window_dispose (GObject *object)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->summary_cancellable != NULL)
    g_cancellable_cancel (self->summary_cancellable);
  g_clear_handle_id (&self->summary_source, g_source_remove);
  if (self->watched != NULL)
    {
      for (guint i = 0; i < self->watched->len; i++)
        g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
      g_ptr_array_set_size (self->watched, 0);
    }
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);

  g_clear_handle_id (&self->divider_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_COMPARE_WINDOW);

  /* The property actions hold the comparison; GtkApplicationWindow keeps
   * its action group past dispose, so drop them here. */
  g_action_map_remove_action (G_ACTION_MAP (self), "stacked");
  g_action_map_remove_action (G_ACTION_MAP (self), "linked");
  g_action_map_remove_action (G_ACTION_MAP (self), "overlay");
  g_action_map_remove_action (G_ACTION_MAP (self), "show-delta");

  g_clear_object (&self->comparison);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->summary_cancellable);
  g_clear_pointer (&self->summary, awc_delta_summary_unref);

  G_OBJECT_CLASS (awc_compare_window_parent_class)->dispose (object);
}

static void
awc_compare_window_finalize (GObject *object)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (awc_compare_window_parent_class)->finalize (object);
}

static void
awc_compare_window_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GTK_WIDGET_CLASS (awc_compare_window_parent_class)->size_allocate (widget, width, height, baseline);
  _awc_compare_window_allocated (AWC_COMPARE_WINDOW (widget));
}

static gboolean
awc_compare_window_close_request (GtkWindow *window)
{
  _awc_compare_window_save_layout (AWC_COMPARE_WINDOW (window));

  return GTK_WINDOW_CLASS (awc_compare_window_parent_class)->close_request (window);
}

static void
awc_compare_window_class_init (AwcCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_compare_window_dispose;
  widget_class->size_allocate = awc_compare_window_size_allocate;
  GTK_WINDOW_CLASS (klass)->close_request = awc_compare_window_close_request;
  object_class->finalize = awc_compare_window_finalize;

  g_type_ensure (AWC_TYPE_COMPARE_VIEW);
  g_type_ensure (AWC_TYPE_CURSOR_READOUT);
  g_type_ensure (AWC_TYPE_DELTA_TABLE);
  g_type_ensure (AWC_TYPE_MESSAGE_BAR);
  g_type_ensure (AWC_TYPE_RANGE_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/awchart/AwChart/ui/awc-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, label_a);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, label_b);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, message_bar);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, range_bar);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, offset_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, offset_adjustment);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, cursor_readout);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, delta_scroller);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, overlay_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, overlay_box);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, series_grid);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, view);
  gtk_widget_class_bind_template_child (widget_class, AwcCompareWindow, delta_table);

  _awc_compare_window_class_init_actions (widget_class);
}

static void
awc_compare_window_init (AwcCompareWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = g_settings_new (APP_ID);
  self->comparison = awc_comparison_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "compare-window-width"),
                               g_settings_get_int (self->settings, "compare-window-height"));

  g_settings_bind_with_mapping (self->settings, "compare-layout", self->comparison, "stacked",
                                G_SETTINGS_BIND_DEFAULT, layout_get_mapping, layout_set_mapping,
                                NULL, NULL);
  update_view_height (self);
  g_object_bind_property (self->comparison, "offset", self->offset_adjustment, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->comparison, "notify", G_CALLBACK (on_comparison_notify_cb),
                           self, G_CONNECT_SWAPPED);
  awc_compare_view_set_comparison (self->view, self->comparison);
  g_signal_connect_object (self->view, "notify::view-start", G_CALLBACK (on_view_range_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::view-end", G_CALLBACK (update_range_bar),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::readout", G_CALLBACK (on_readout_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::dark", G_CALLBACK (on_readout_cb),
                           self, G_CONNECT_SWAPPED);
  on_readout_cb (self);

  awc_theme_watch (GTK_WIDGET (self), G_CALLBACK (update_dark));

  _awc_compare_window_init_actions (self);
  update_labels (self);
  self->divider_auto = -1;
  gtk_paned_set_position (GTK_PANED (self->paned), 520);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

AwcCompareWindow *
awc_compare_window_new (AwcApplication *application,
                        AwcReport      *a,
                        AwcReport      *b)
{
  AwcCompareWindow *self;

  g_return_val_if_fail (application == NULL || AWC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (a == NULL || AWC_IS_REPORT (a), NULL);
  g_return_val_if_fail (b == NULL || AWC_IS_REPORT (b), NULL);

  self = g_object_new (AWC_TYPE_COMPARE_WINDOW, "application", application, NULL);
  if (a != NULL)
    awc_comparison_set_report_a (self->comparison, a);
  if (b != NULL)
    awc_comparison_set_report_b (self->comparison, b);
  return self;
}

AwcComparison *
awc_compare_window_get_comparison (AwcCompareWindow *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_WINDOW (self), NULL);
  return self->comparison;
}

typedef struct
{
  AwcCompareWindow *self;
  AwcSide           side;
} LoadData;

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LoadData *data = user_data;
  g_autoptr(AwcCompareWindow) self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  AwcSide side = data->side;

  g_free (data);
  if (g_async_result_is_tagged (result, awc_sample_load_async))
    report = awc_sample_load_finish (result, &error);
  else
    report = awc_report_load_file_finish (result, &error);
  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->n_loading--;
      {
        g_autofree char *message = g_strdup_printf (_("Could not load run %s: %s"),
                                                    side == AWC_SIDE_A ? "A" : "B", error->message);

        _awc_compare_window_show_banner (self, message);
      }
      return;
    }
  self->n_loading--;
  if (side == AWC_SIDE_A)
    awc_comparison_set_report_a (self->comparison, report);
  else
    awc_comparison_set_report_b (self->comparison, report);
}

void
awc_compare_window_load_file (AwcCompareWindow *self,
                              AwcSide           side,
                              GFile            *file)
{
  LoadData *data;

  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->side = side;
  self->n_loading++;
  awc_report_load_file_async (file, self->cancellable, load_done_cb, data);
}

void
awc_compare_window_load_sample (AwcCompareWindow *self,
                                AwcSide           side,
                                const char       *name)
{
  LoadData *data;

  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (name != NULL);

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->side = side;
  self->n_loading++;
  awc_sample_load_async (name, self->cancellable, load_done_cb, data);
}

AwcCompareView *
_awc_compare_window_get_view (AwcCompareWindow *self)
{
  return self->view;
}

void
awc_compare_window_set_thresholds (AwcCompareWindow *self,
                                   GPtrArray        *thresholds)
{
  g_return_if_fail (AWC_IS_COMPARE_WINDOW (self));

  awc_compare_view_set_thresholds (self->view, thresholds);
}

AwcDeltaTable *
_awc_compare_window_get_delta_table (AwcCompareWindow *self)
{
  return self->delta_table;
}

const char *
_awc_compare_window_get_side_label (AwcCompareWindow *self,
                                    AwcSide           side)
{
  return gtk_label_get_text (GTK_LABEL (side == AWC_SIDE_A ? self->label_a : self->label_b));
}

const char *
_awc_compare_window_get_banner_text (AwcCompareWindow *self)
{
  if (!awc_message_bar_get_error (self->message_bar))
    return NULL;
  return awc_message_bar_get_text (self->message_bar);
}

const char *
_awc_compare_window_get_toast_text (AwcCompareWindow *self)
{
  if (awc_message_bar_get_error (self->message_bar))
    return NULL;
  return awc_message_bar_get_text (self->message_bar);
}

gboolean
_awc_compare_window_is_busy (AwcCompareWindow *self)
{
  return self->n_loading > 0 || self->summary_pending;
}
