/* test-insights-ui.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The insights in the main window: computed after the ramp-up sample is
 * shown, listed in the Insights popover, copied as Markdown, events that
 * move the cursor, the chart layers toggle and the capacity window. */
#include "config.h"

#include "window-fixture.h"

static gboolean
insights_ready (gpointer data)
{
  AwcWindow *window = data;

  return awc_insights_panel_get_insights (window->insights_panel) != NULL;
}

static gboolean
clipboard_has_table (gpointer data)
{
  return *(char **) data != NULL;
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
has_size (gpointer data)
{
  return gtk_widget_get_width (data) > 0 && gtk_widget_get_height (data) > 0;
}

static gboolean
is_copy_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static guint
chart_layers (AwcWindow *window)
{
  g_autoptr(AwcChartData) data = awc_chart_view_dup_chart_data (window->chart_view);

  return awc_chart_data_get_n_layers (data);
}

static void
test_insights_panel (Fixture       *fixture,
                     gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  AwcInsightsPanel *panel = window->insights_panel;
  AwcTimeAxisController *axis = awc_chart_view_get_time_axis (window->chart_view);
  AwcInsights *insights;
  GtkListBox *events;
  GtkListBoxRow *burst_row = NULL;
  const AwcEvent *burst = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *clip = NULL;
  GtkWidget *copy;
  GtkWindow *capacity;
  guint n_steady = 0, with, without;
  double origin, start, end;

  g_settings_set_boolean (window->settings, "show-insights", TRUE);
  wait_until (insights_ready, window);
  insights = awc_insights_panel_get_insights (panel);
  origin = awc_insights_get_origin (insights);
  for (guint i = 0; i < awc_insights_get_n_phases (insights); i++)
    if (awc_insights_get_phase (insights, i)->kind == AWC_PHASE_STEADY)
      n_steady++;
  g_assert_cmpuint (n_steady, ==, 10);
  g_assert_true (gtk_widget_get_visible (window->insights_button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (window->insights_button));
  run_frames (100);

  /* The events list has a row per event, one of them an error burst near 18 min. */
  events = awc_insights_panel_get_events_list (panel);
  for (guint i = 0; i < awc_insights_get_n_events (insights); i++)
    {
      const AwcEvent *e = awc_insights_get_event (insights, i);

      g_assert_nonnull (gtk_list_box_get_row_at_index (events, i));
      if (e->kind == AWC_EVENT_ERROR_BURST && fabs (e->t_start - origin - 18 * 60) < 90)
        {
          burst = e;
          burst_row = gtk_list_box_get_row_at_index (events, i);
        }
    }
  g_assert_nonnull (burst);

  /* Copy as Markdown: a table with the steady rows. */
  markdown = awc_insights_panel_dup_markdown (panel);
  g_assert_true (g_str_has_prefix (markdown, "| "));
  copy = find_widget (GTK_WIDGET (panel), is_copy_button, (gpointer) "Copy as _Markdown");
  g_assert_nonnull (copy);
  g_assert_true (gtk_widget_get_sensitive (copy));
  g_signal_emit_by_name (copy, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_text_cb, &clip);
  wait_until (clipboard_has_table, &clip);
  g_assert_true (g_str_has_prefix (clip, "| "));
  g_assert_nonnull (strstr (clip, "| Steady |"));
  g_assert_nonnull (strstr (clip, "| --- |"));

  /* Activating the burst's row: the cursor at its start, the view around it. */
  g_signal_emit_by_name (burst_row, "activate");
  run_frames (50);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (axis), >=, burst->t_start - 1);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (axis), <=, burst->t_end);
  awc_time_axis_controller_get_view_range (axis, &start, &end);
  g_assert_true (isfinite (start) && isfinite (end));
  g_assert_cmpfloat (start, <=, burst->t_start);
  g_assert_cmpfloat (end, >=, burst->t_end);
  g_assert_cmpfloat (end - start, <, awc_insights_get_n_phases (insights) > 0 ? 3600 : 1e9);

  /* Phases and events are chart layers; the toggle takes them away. */
  with = chart_layers (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-insights", NULL);
  g_assert_false (g_settings_get_boolean (window->settings, "show-insights"));
  without = chart_layers (window);
  g_assert_cmpuint (without, <, with);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-insights", NULL);
  g_assert_cmpuint (chart_layers (window), ==, with);

  /* The capacity curve in its own window. */
  capacity = awc_insights_panel_show_capacity (panel);
  g_assert_nonnull (capacity);
  g_assert_false (GTK_IS_DIALOG (capacity));
  wait_until (has_size, gtk_window_get_child (capacity));
  run_frames (100);
  gtk_window_destroy (capacity);
  run_frames (50);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/insights/panel", test_insights_panel);

  return window_test_finish (g_test_run ());
}
