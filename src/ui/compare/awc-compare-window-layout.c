/* awc-compare-window-layout.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compare window's size and its divider between the charts and the
 * summary, placed once the window has a height and remembered on close. */
#include "config.h"

#include "awc-compare-window-private.h"

/* The summary below the divider gets room for at least eight metric rows
 * (about half of a 950 px window), the charts the rest; a divider the
 * user moved is remembered as the summary's height (GSettings
 * compare-divider), which a resized window keeps too. */
#define DIVIDER_SUMMARY_SHARE 0.52
#define DIVIDER_SUMMARY_MAX   440
#define DIVIDER_CHARTS_MIN    280

static gboolean
place_divider_cb (gpointer data)
{
  AwcCompareWindow *self = data;
  int height = gtk_widget_get_height (self->paned);
  int summary = g_settings_get_int (self->settings, "compare-divider");

  self->divider_idle = 0;
  if (height <= 0)
    return G_SOURCE_REMOVE;
  self->divider_auto = CLAMP ((int) (DIVIDER_SUMMARY_SHARE * height), 160, DIVIDER_SUMMARY_MAX);
  if (summary < 0)
    summary = self->divider_auto;
  gtk_paned_set_position (GTK_PANED (self->paned), MAX (height - summary, DIVIDER_CHARTS_MIN));
  self->divider_placed = TRUE;
  self->divider_height = height;
  self->divider_position = gtk_paned_get_position (GTK_PANED (self->paned));
  return G_SOURCE_REMOVE;
}

void
_awc_compare_window_allocated (AwcCompareWindow *self)
{
  int height = gtk_widget_get_height (self->paned);
  int summary = height - gtk_paned_get_position (GTK_PANED (self->paned));

  /* When the paned first has a height, and again when the window is
   * resized while the summary still has the height it was given (the
   * user did not move the divider): GtkPaned would give all the new
   * height to the charts.  Never while GTK allocates. */
  if (self->divider_idle != 0)
    return;
  if (!self->divider_placed
      || (height != self->divider_height
          && summary == self->divider_height - self->divider_position))
    self->divider_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, place_divider_cb, self, NULL);
}

void
_awc_compare_window_save_layout (AwcCompareWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  int position = gtk_paned_get_position (GTK_PANED (self->paned));
  int summary = gtk_widget_get_height (self->paned) - position;
  int min_position, max_position, width, height;

  /* A divider pushed to a limit by the panes' minimum sizes (a small
   * window) was not placed by the user: nothing to remember. */
  g_object_get (self->paned, "min-position", &min_position, "max-position", &max_position, NULL);
  if (self->divider_placed && summary != self->divider_auto
      && position > min_position && position < max_position)
    g_settings_set_int (self->settings, "compare-divider", summary);
  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width >= 720 && height >= 480)
    {
      g_settings_set_int (self->settings, "compare-window-width", width);
      g_settings_set_int (self->settings, "compare-window-height", height);
    }
}
