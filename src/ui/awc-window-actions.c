/* awc-window-actions.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ui/compare/awc-compare-launch.h"
#include "awc-export-dialog.h"
#include "awc-file-chooser.h"
#include "awc-window-private.h"
#include "model/awc-report-range.h"
#include "model/awc-threshold.h"
#include "render/awc-export.h"

static void
open_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AwcWindow) self = user_data;
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  if (file != NULL)
    awc_window_open_file (self, file);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  g_autoptr(GListModel) filters = awc_file_chooser_json_filters_new ();

  awc_file_chooser_open_async (GTK_WINDOW (self), _("Open Report"), _("_Open"), filters,
                               self->cancellable, open_chosen_cb, g_object_ref (self));
}

static void
open_uri_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  awc_window_open_file (AWC_WINDOW (user_data), file);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  awc_window_open_sample (AWC_WINDOW (user_data), g_variant_get_string (param, NULL));
}

static void
cancel_load_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  _awc_window_cancel_load (AWC_WINDOW (user_data));
}

/* The file name the export dialog offers: the report's title, else its
 * file name without the extension. */
static char *
suggested_name (AwcWindow *self)
{
  const char *title = awc_report_get_title (self->report);
  const char *source = awc_report_get_source (self->report);
  g_autofree char *name = NULL;
  char *dot;

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (source == NULL)
    return NULL;
  name = g_path_get_basename (source);
  dot = strrchr (name, '.');
  if (dot != NULL && dot != name)
    *dot = '\0';
  return g_steal_pointer (&name);
}

/* What the export dialog chose, as render options for today's export of
 * one report: start from what the view shows (drawn series, zoom). */
static void
start_export (AwcWindow              *self,
              GFile                  *file,
              const AwcExportOptions *choice)
{
  g_autofree char *header = NULL;
  AwcRenderOptions options;

  awc_chart_view_get_render_options (self->chart_view, &options);
  options.theme = choice->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options.show_buckets = choice->buckets;
  if (choice->whole_run)
    options.t0 = options.t1 = NAN;
  /* Which report, which run and which part of it, on the image itself. */
  header = awc_report_dup_export_header (self->report, options.t0, options.t1);
  options.header = header;
  /* The options are copied by the export, so borrowing from the view is fine. */
  awc_window_export_file_async (self, g_file_peek_path (file), choice->width, choice->height,
                                choice->scale, &options, NULL, NULL);
}

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->report == NULL)
    return;
  name = suggested_name (self);
  dialog = g_object_new (AWC_TYPE_EXPORT_DIALOG,
                         "transient-for", self,
                         "suggested-name", name,
                         "view-width", gtk_widget_get_width (GTK_WIDGET (self->chart_view)),
                         "view-height", gtk_widget_get_height (GTK_WIDGET (self->chart_view)),
                         NULL);
  g_signal_connect_object (dialog, "export", G_CALLBACK (start_export), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_image_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors are already in the banner. */
  awc_window_copy_image_finish (AWC_WINDOW (object), result, &error);
}

static void
copy_image_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  awc_window_copy_image_async (AWC_WINDOW (user_data), copy_image_cb, NULL);
}

static void
reset_zoom_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  awc_time_axis_controller_reset_zoom (awc_chart_view_get_time_axis (AWC_WINDOW (user_data)->chart_view));
}

static void
toggle_series_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  AwcSeries *series;

  if (self->report == NULL)
    return;
  series = awc_report_find_series (self->report, g_variant_get_string (param, NULL));
  if (series != NULL)
    awc_series_set_visible (series, !awc_series_get_visible (series));
}

/* Targets are kept per series id in GSettings ("thresholds"), as the
 * rules --threshold takes, so every report with that series gets them. */
static void
store_threshold (AwcWindow          *self,
                 const char         *series_id,
                 const AwcThreshold *rule)
{
  g_auto(GStrv) stored = g_settings_get_strv (self->settings, "thresholds");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) rules = NULL;

  for (guint i = 0; stored[i] != NULL; i++)
    {
      g_autoptr(AwcThreshold) old = awc_threshold_parse (stored[i], NULL);

      if (old != NULL && g_strcmp0 (old->series, series_id) != 0)
        g_strv_builder_add (builder, stored[i]);
    }
  if (rule != NULL)
    {
      g_autoptr(AwcThreshold) copy = awc_threshold_new (series_id, rule->op, rule->number, rule->unit);
      g_autofree char *text = awc_threshold_format (copy);

      g_strv_builder_add (builder, text);
    }
  rules = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "thresholds", (const char * const *) rules);
}

void
_awc_window_restore_thresholds (AwcWindow *self)
{
  g_auto(GStrv) stored = g_settings_get_strv (self->settings, "thresholds");
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);

  for (guint i = 0; self->report != NULL && stored[i] != NULL; i++)
    {
      g_autoptr(AwcThreshold) rule = awc_threshold_parse (stored[i], NULL);
      AwcSeries *series = rule != NULL ? awc_report_find_series (self->report, rule->series) : NULL;
      double value;

      /* Only the targets of series this report has, in units that fit. */
      if (series != NULL && awc_threshold_resolve (rule, awc_series_get_unit (series), &value, NULL))
        g_ptr_array_add (rules, g_steal_pointer (&rule));
    }
  awc_chart_view_set_thresholds (self->chart_view, rules->len > 0 ? rules : NULL);
}

/* The chart view's thresholds with the one for @series_id replaced by
 * @rule (NULL: only removed). */
static void
replace_threshold (AwcWindow    *self,
                   const char   *series_id,
                   AwcThreshold *rule)
{
  GPtrArray *old = awc_chart_view_get_thresholds (self->chart_view);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
  AwcSeries *target = awc_report_find_series (self->report, series_id);

  for (guint i = 0; old != NULL && i < old->len; i++)
    {
      const AwcThreshold *t = g_ptr_array_index (old, i);

      if (awc_report_find_series (self->report, t->series) != target)
        g_ptr_array_add (rules, awc_threshold_copy (t));
    }
  store_threshold (self, series_id, rule);
  if (rule != NULL)
    g_ptr_array_add (rules, rule);
  awc_chart_view_set_thresholds (self->chart_view, rules->len > 0 ? rules : NULL);
}

static void
set_threshold_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);
  g_autoptr(AwcThreshold) rule = NULL;
  g_autoptr(GError) error = NULL;
  AwcSeries *series;
  double value;

  if (self->report == NULL)
    return;
  if (!(rule = awc_threshold_parse (g_variant_get_string (param, NULL), &error)))
    {
      _awc_window_show_banner (self, error->message);
      return;
    }
  series = awc_report_find_series (self->report, rule->series);
  if (series == NULL ||
      !awc_threshold_resolve (rule, awc_series_get_unit (series), &value, &error))
    {
      _awc_window_show_banner (self, error ? error->message : _("No such series"));
      return;
    }
  {
    /* Not rule->series in the same call: the steal may come first */
    g_autofree char *id = g_strdup (awc_series_get_id (series));

    replace_threshold (self, id, g_steal_pointer (&rule));
  }
}

static void
remove_threshold_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  AwcWindow *self = AWC_WINDOW (user_data);

  if (self->report != NULL)
    replace_threshold (self, g_variant_get_string (param, NULL), NULL);
}

static void
close_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AwcWindow     *self)
{
  g_autoptr(GSList) copy = NULL;
  GSList *files;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = g_value_get_boxed (value);
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    files = copy = g_slist_prepend (NULL, g_value_get_object (value));
  else
    return FALSE;

  if (files == NULL)
    return FALSE;

  /* One file on a report: ask whether to replace it or compare (issue 5). */
  if (files->next == NULL && self->report != NULL)
    {
      awc_compare_launch_ask_drop (self, GTK_WIDGET (self->message_bar), files->data);
      return TRUE;
    }

  /* The first file replaces this window's report; the others get windows. */
  awc_window_open_file (self, files->data);
  for (GSList *l = files->next; l != NULL; l = l->next)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      AwcWindow *other = awc_window_new (AWC_APPLICATION (app));

      awc_window_open_file (other, l->data);
      gtk_window_present (GTK_WINDOW (other));
    }
  return TRUE;
}

static void
compare_with_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  awc_compare_launch_choose_file (AWC_WINDOW (user_data));
}

static const GActionEntry window_actions[] = {
  { "compare-with", compare_with_action, NULL, NULL, NULL, { 0 } },
  { "open", open_action, NULL, NULL, NULL, { 0 } },
  { "open-uri", open_uri_action, "s", NULL, NULL, { 0 } },
  { "open-sample", open_sample_action, "s", NULL, NULL, { 0 } },
  { "cancel-load", cancel_load_action, NULL, NULL, NULL, { 0 } },
  { "export", export_action, NULL, NULL, NULL, { 0 } },
  { "copy-image", copy_image_action, NULL, NULL, NULL, { 0 } },
  { "reset-zoom", reset_zoom_action, NULL, NULL, NULL, { 0 } },
  { "toggle-series", toggle_series_action, "s", NULL, NULL, { 0 } },
  { "set-threshold", set_threshold_action, "s", NULL, NULL, { 0 } },
  { "remove-threshold", remove_threshold_action, "s", NULL, NULL, { 0 } },
  { "close", close_action, NULL, NULL, NULL, { 0 } },
};

/* GtkApplicationWindow owns the "win" prefix, so these live in its action
 * map rather than being installed on the class. */
void
_awc_window_init_actions (AwcWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *drop;

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);

  /* Files dropped on the window open like win.open. */
  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  /* The panel toggles are in awc-window-panels.c. */
}

void
_awc_window_set_action_enabled (AwcWindow  *self,
                                const char *name,
                                gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_awc_window_update_actions (AwcWindow *self)
{
  gboolean has_report = self->report != NULL;

  _awc_window_set_action_enabled (self, "cancel-load", self->loading_name != NULL);
  _awc_window_set_action_enabled (self, "export", has_report);
  _awc_window_set_action_enabled (self, "compare-with", has_report);
  _awc_window_set_action_enabled (self, "copy-image", has_report);
  _awc_window_set_action_enabled (self, "reset-zoom", has_report);
  _awc_window_set_action_enabled (self, "toggle-series", has_report);
  _awc_window_update_remote_actions (self);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  AwcWindow *self = g_task_get_source_object (task);
  g_autoptr(GFile) file = g_file_new_for_path (g_task_get_task_data (task));

  gboolean ok = awc_export_to_file_finish (result, &error);

  /* After dispose (cancelled) the window has no message bar left. */
  if (self->message_bar != NULL)
    awc_message_bar_show_export_result (self->message_bar, file, error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
awc_window_export_file_async (AwcWindow              *self,
                              const char             *path,
                              int                     width,
                              int                     height,
                              double                  scale,
                              const AwcRenderOptions *options,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (options != NULL);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_window_export_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  if (self->report == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There is no report to export"));
      return;
    }
  {
    /* The snapshot the view draws: the thread shares it, never the report */
    g_autoptr(AwcChartData) data = awc_chart_view_dup_chart_data (self->chart_view);

    awc_export_to_file_async (data, path, width, height, scale, options,
                              self->cancellable, export_cb, g_steal_pointer (&task));
  }
}

gboolean
awc_window_export_file_finish (AwcWindow     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
screenshot_after_paint_cb (AwcWindow     *self,
                           GdkFrameClock *clock)
{
  /* The frame with the report is painted: tell the script (stdout). */
  g_signal_handlers_disconnect_by_func (clock, screenshot_after_paint_cb, self);
  g_print ("awchart: screenshot-ready\n");
}

/* Hidden hook for build-aux/screenshots.sh: AWCHART_SCREENSHOT_CURSOR=0.5
 * pins the cursor at that fraction of the run once a report is shown, and
 * prints "awchart: screenshot-ready" after the next painted frame. */
void
_awc_window_apply_screenshot_cursor (AwcWindow *self)
{
  const char *env = g_getenv ("AWCHART_SCREENSHOT_CURSOR");
  double fraction, t0, t1;

  if (env == NULL || self->report == NULL)
    return;
  fraction = CLAMP (g_ascii_strtod (env, NULL), 0.0, 1.0);
  t0 = awc_report_get_start_time (self->report);
  t1 = awc_report_get_end_time (self->report);
  if (!isfinite (t0) || !isfinite (t1))
    return;
  awc_time_axis_controller_set_cursor_time (awc_chart_view_get_time_axis (self->chart_view),
                                            t0 + fraction * (t1 - t0));
  awc_time_axis_controller_set_cursor_pinned (awc_chart_view_get_time_axis (self->chart_view), TRUE);
  if (gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (screenshot_after_paint_cb), self, G_CONNECT_SWAPPED);
}

static void
copy_image_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = user_data;
  AwcWindow *self = g_task_get_source_object (task);

  awc_message_bar_finish_copy (self->message_bar, result, task);
}

void
awc_window_copy_image_async (AwcWindow           *self,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(AwcChartData) data = NULL;
  AwcRenderOptions options;

  g_return_if_fail (AWC_IS_WINDOW (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_window_copy_image_async);
  if (self->report == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There is no chart to copy"));
      return;
    }

  /* What is on screen: the view's snapshot, size and zoom, in the light
   * theme, at 2x, through the one export path. */
  data = awc_chart_view_dup_chart_data (self->chart_view);
  awc_chart_view_get_render_options (self->chart_view, &options);
  options.theme = AWC_THEME_LIGHT;
  awc_export_async (data, NULL, AWC_EXPORT_PNG,
                    MAX (gtk_widget_get_width (GTK_WIDGET (self->chart_view)), 320),
                    MAX (gtk_widget_get_height (GTK_WIDGET (self->chart_view)), 200),
                    2.0, &options, self->cancellable, copy_image_done_cb, g_steal_pointer (&task));
}

gboolean
awc_window_copy_image_finish (AwcWindow     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
