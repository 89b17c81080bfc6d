/* awc-window-panels.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Side panels that fit the window.  The series list and the bucket panel
 * are shown while the chart keeps AWC_WINDOW_CHART_SHARE of the window's
 * width.  Below that they collapse behind their header-bar toggles: first
 * the panel opened earlier, then, if even one panel leaves the chart too
 * little, both.  A panel the user opens with its toggle stays open (the
 * other one collapses to make room).  GSettings keeps what the user asked
 * for (show-series-list, show-bucket-panel), not what the width allows,
 * so a wider window brings collapsed panels back. */
#include "config.h"

#include "awc-window-private.h"

#define AWC_WINDOW_CHART_SHARE 0.6

static int
panel_width (GtkWidget *box,
             GtkWidget *content,
             int       *seen)
{
  int minimum = 0;

  if (gtk_widget_get_visible (box) && gtk_widget_get_width (box) > 0)
    *seen = gtk_widget_get_width (box);
  /* The box may be hidden (then it measures 0); its content is not. */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return MAX (minimum, *seen);
}

static void
set_action_state (AwcWindow  *self,
                  const char *name,
                  gboolean    state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (state));
}

static void
fit_panels (AwcWindow *self)
{
  gboolean show_series = g_settings_get_boolean (self->settings, "show-series-list");
  gboolean show_buckets = g_settings_get_boolean (self->settings, "show-bucket-panel");
  int series_w = panel_width (self->series_box, GTK_WIDGET (self->series_list), &self->series_width);
  int buckets_w = panel_width (self->bucket_box, GTK_WIDGET (self->bucket_panel), &self->buckets_width);
  double budget = (1 - AWC_WINDOW_CHART_SHARE) * self->fit_width;

#define PANELS_W() ((show_series ? series_w : 0) + (show_buckets ? buckets_w : 0))
  if (self->fit_width > 0 && PANELS_W () > budget)
    {
      if (self->buckets_first)
        show_series = FALSE;
      else
        show_buckets = FALSE;
      if (PANELS_W () > budget && !self->panel_kept_open)
        show_series = show_buckets = FALSE;
    }
#undef PANELS_W

  self->panels_collapsed = (show_series != g_settings_get_boolean (self->settings, "show-series-list"))
                           || (show_buckets != g_settings_get_boolean (self->settings, "show-bucket-panel"));
  gtk_widget_set_visible (self->series_box, show_series);
  gtk_widget_set_visible (self->bucket_box, show_buckets);
  set_action_state (self, "toggle-series-list", show_series);
  set_action_state (self, "toggle-buckets", show_buckets);
}

static gboolean
fit_idle_cb (gpointer data)
{
  AwcWindow *self = data;

  self->fit_idle_id = 0;
  fit_panels (self);
  return G_SOURCE_REMOVE;
}

static void
queue_fit (AwcWindow *self)
{
  /* Not while GTK allocates: showing or hiding a panel resizes. */
  if (self->fit_idle_id == 0)
    self->fit_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle_cb, self, NULL);
}

void
_awc_window_panels_allocated (AwcWindow *self,
                              int        width)
{
  if (width == self->fit_width)
    return;
  self->fit_width = width;
  queue_fit (self);
}

static void
toggle_panel (AwcWindow *self,
              gboolean   buckets)
{
  GtkWidget *box = buckets ? self->bucket_box : self->series_box;
  const char *key = buckets ? "show-bucket-panel" : "show-series-list";

  if (gtk_widget_get_visible (box))
    {
      /* Closed: the other panel, if wanted, gets the room back. */
      self->panel_kept_open = FALSE;
      self->buckets_first = !buckets;
      g_settings_set_boolean (self->settings, key, FALSE);
    }
  else
    {
      /* Opened (or un-collapsed): it stays, the other one makes room. */
      self->panel_kept_open = TRUE;
      self->buckets_first = buckets;
      g_settings_set_boolean (self->settings, key, TRUE);
    }
  fit_panels (self);
}

static void
toggle_buckets_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  toggle_panel (AWC_WINDOW (user_data), TRUE);
}

static void
toggle_series_list_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  toggle_panel (AWC_WINDOW (user_data), FALSE);
}

static const GActionEntry panel_actions[] = {
  { "toggle-buckets", toggle_buckets_action, NULL, "true", NULL, { 0 } },
  { "toggle-series-list", toggle_series_list_action, NULL, "true", NULL, { 0 } },
};

void
_awc_window_init_panels (AwcWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), panel_actions,
                                   G_N_ELEMENTS (panel_actions), self);
  g_signal_connect_object (self->settings, "changed::show-series-list",
                           G_CALLBACK (fit_panels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::show-bucket-panel",
                           G_CALLBACK (fit_panels), self, G_CONNECT_SWAPPED);
  /* Another report, other panel contents: other widths. */
  g_signal_connect (self, "notify::report", G_CALLBACK (queue_fit), NULL);
  fit_panels (self);
}

void
_awc_window_panels_dispose (AwcWindow *self)
{
  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
}

gboolean
_awc_window_get_panels_collapsed (AwcWindow *self)
{
  return self->panels_collapsed;
}
