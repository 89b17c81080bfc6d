/* awc-compare-window-actions.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-compare-remote.h"
#include "awc-compare-window-private.h"

/* The window actions of AwcCompareWindow and the overlay series picker.
 * Keyboard shortcuts are class bindings: they run after the focused
 * widget had its chance, so Ctrl+C in a selected label still copies text. */

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (widget);
  double offset = awc_comparison_get_offset (self->comparison);
  double start, end, start_b, end_b, cursor;

  /* The new A-elapsed axis is the old one shifted by the old offset:
   * keep the zoom and the cursor on the same samples. */
  awc_time_axis_controller_get_view_range (awc_compare_view_get_time_axis (self->view), &start, &end);
  g_object_get (self->view, "view-start-b", &start_b, "view-end-b", &end_b, NULL);
  cursor = awc_time_axis_controller_get_cursor_time (awc_compare_view_get_time_axis (self->view));
  awc_comparison_swap (self->comparison);
  if (!isnan (start_b))
    {
      /* Unlinked, each with its own zoom: the sides trade them. */
      awc_time_axis_controller_reset_zoom (awc_compare_view_get_time_axis (self->view));
      if (!isnan (start))
        awc_compare_view_set_side_range (self->view, AWC_SIDE_B, start - offset, end - offset);
      awc_compare_view_set_side_range (self->view, AWC_SIDE_A, start_b - offset, end_b - offset);
    }
  else if (!isnan (start))
    awc_time_axis_controller_set_view_range (awc_compare_view_get_time_axis (self->view),
                                             start - offset, end - offset);
  if (!isnan (cursor))
    awc_time_axis_controller_set_cursor_time (awc_compare_view_get_time_axis (self->view),
                                              cursor - offset);
}

static double
sample_interval (AwcComparison *comparison,
                 AwcSide        side)
{
  AwcReport *report = awc_comparison_get_report (comparison, side);
  guint n = report != NULL ? awc_report_get_n_points (report) : 0;
  double duration = n > 1 ? awc_comparison_get_duration (comparison, side) : 0;

  /* Samples that share one timestamp have no interval: step a second. */
  return duration > 0 ? duration / (n - 1) : 1.0;
}

static void
nudge_offset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (widget);
  double step = sample_interval (self->comparison, AWC_SIDE_B);
  double offset = awc_comparison_get_offset (self->comparison) + g_variant_get_int32 (parameter) * step;

  /* Whole samples of B: no drift from repeated nudges. */
  awc_comparison_set_offset (self->comparison, round (offset / step * 1000) / 1000 * step);
}

static void
align_plateau_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!awc_comparison_align_on_plateau (self->comparison, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not align on the plateau: %s"),
                                                  error->message);

      _awc_compare_window_show_banner (self, message);
      return;
    }
  /* The confirmation replaces an earlier error. */
  _awc_compare_window_show_toast (self, _("Aligned on the start of the steady phase"));
}

static void
use_steady_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (widget);

  /* The zoom stays; the summary goes back to the default window until
   * the next zoom. */
  awc_comparison_set_window (self->comparison, NAN, NAN);
}

static void
reset_zoom_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  awc_time_axis_controller_reset_zoom (awc_compare_view_get_time_axis (AWC_COMPARE_WINDOW (widget)->view));
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  awc_message_bar_dismiss (AWC_COMPARE_WINDOW (widget)->message_bar);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _awc_compare_window_show_export (AWC_COMPARE_WINDOW (widget));
}

static void
copy_image_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors are already in the banner. */
  _awc_compare_window_copy_image_finish (AWC_COMPARE_WINDOW (object), result, &error);
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _awc_compare_window_copy_image_async (AWC_COMPARE_WINDOW (widget), copy_image_done_cb, NULL);
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AwcCompareWindow *self = AWC_COMPARE_WINDOW (widget);
  gboolean markdown = g_str_equal (action_name, "win.copy-markdown");

  if (self->summary == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->delta_table),
                              markdown ? "delta.copy-markdown" : "delta.copy-text", NULL);
  _awc_compare_window_show_toast (self, markdown ? _("Summary copied as Markdown")
                                                 : _("Summary copied as text"));
}

static void
on_overlay_check_toggled_cb (AwcCompareWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  gboolean all = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (self->overlay_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "series-id"));
      else
        all = FALSE;
    }
  ids = g_strv_builder_end (builder);
  awc_compare_view_set_overlay_ids (self->view, all ? NULL : (const char * const *) ids);
}

void
_awc_compare_window_rebuild_overlay_picker (AwcCompareWindow *self)
{
  AwcReport *a = awc_comparison_get_report_a (self->comparison);
  const char * const *picked = awc_compare_view_get_overlay_ids (self->view);
  GtkWidget *child;
  GListModel *list;

  while ((child = gtk_widget_get_first_child (self->overlay_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->overlay_box), child);
  if (a == NULL)
    return;

  list = awc_report_get_series (a);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      const char *id = awc_series_get_id (series);
      GtkWidget *check;

      check = gtk_check_button_new_with_label (awc_series_get_display_title (series));
      g_object_set_data_full (G_OBJECT (check), "series-id", g_strdup (id), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   picked == NULL || g_strv_contains (picked, id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_overlay_check_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->overlay_box), check);
    }
}

static GtkWidget *
series_check (AwcCompareWindow *self,
              AwcSeries        *series,
              gboolean          follows_link)
{
  GtkWidget *check = gtk_check_button_new ();

  g_object_bind_property (series, "visible", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  /* B's own toggles only count while unlinked (A drives B otherwise). */
  if (follows_link)
    g_object_bind_property (self->comparison, "linked", check, "sensitive",
                            G_BINDING_INVERT_BOOLEAN | G_BINDING_SYNC_CREATE);
  return check;
}

/* One row per series of A (and B's series A lacks): a check for A and one
 * for B, so series can be shown or hidden without a series list. */
void
_awc_compare_window_rebuild_series_picker (AwcCompareWindow *self)
{
  GtkGrid *grid = GTK_GRID (self->series_grid);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;
  int n_rows = 1;

  while ((child = gtk_widget_get_first_child (self->series_grid)) != NULL)
    gtk_grid_remove (grid, child);

  gtk_grid_attach (grid, gtk_label_new ("A"), 1, 0, 1, 1);
  gtk_grid_attach (grid, gtk_label_new ("B"), 2, 0, 1, 1);
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
          const char *id = awc_series_get_id (series);
          gpointer row;

          if (!g_hash_table_lookup_extended (rows, id, NULL, &row))
            {
              GtkWidget *label = gtk_label_new (awc_series_get_display_title (series));

              gtk_label_set_xalign (GTK_LABEL (label), 0);
              row = GINT_TO_POINTER (n_rows++);
              g_hash_table_insert (rows, g_strdup (id), row);
              gtk_grid_attach (grid, label, 0, GPOINTER_TO_INT (row), 1, 1);
            }
          gtk_grid_attach (grid, series_check (self, series, s == AWC_SIDE_B),
                           1 + s, GPOINTER_TO_INT (row), 1, 1);
        }
    }
}

void
_awc_compare_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.swap", NULL, swap_action);
  gtk_widget_class_install_action (widget_class, "win.nudge-offset", "i", nudge_offset_action);
  gtk_widget_class_install_action (widget_class, "win.align-plateau", NULL, align_plateau_action);
  gtk_widget_class_install_action (widget_class, "win.use-steady-phase", NULL, use_steady_action);
  gtk_widget_class_install_action (widget_class, "win.reset-zoom", NULL, reset_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "win.copy-markdown", NULL, copy_summary_action);
  gtk_widget_class_install_action (widget_class, "win.copy-text", NULL, copy_summary_action);
  awc_compare_remote_class_init_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.nudge-offset", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.nudge-offset", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "win.nudge-offset", "i", -10);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "win.nudge-offset", "i", 10);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.reset-zoom", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "win.copy-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-delta", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

void
_awc_compare_window_init_actions (AwcCompareWindow *self)
{
  const char *names[] = { "stacked", "linked", "overlay" };

  /* Boolean state lives in the comparison (stacked is also bound to
   * GSettings compare-layout); the toggles follow it. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GPropertyAction) action = g_property_action_new (names[i], self->comparison, names[i]);

      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
  {
    g_autoptr(GPropertyAction) action = g_property_action_new ("show-delta", self->delta_scroller, "visible");

    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->overlay_menu_button), "pan-down-symbolic");
}
