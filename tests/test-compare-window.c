/* test-compare-window.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compare window as a user drives it: one cursor on both runs, the
 * offset nudge, swap, linked visibility, the delta table and its copy,
 * export and what is drawn on each side. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>


#include "awc-test-util.h"
#include "compare-fixtures.h"
#include "gtk-test-loop.h"
#include "io/awc-report-loader.h"
#include "render/awc-palette.h"
#include "ui/awc-application.h"
#include "ui/compare/awc-compare-launch.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"

/* A view's cursor and zoom live on its time axis controller. */
#define AXIS(view) awc_compare_view_get_time_axis (view)

static const char * const buckets_a[] = {
  "0~50ms", "6000", "50~200ms", "3000", "200~500ms", "800", "500~1000ms", "200", NULL
};
static const char * const buckets_b[] = {
  "0~50ms", "4000", "50~200ms", "3500", "200~500ms", "2000", "500~1000ms", "500", NULL
};

typedef struct
{
  AwcReport        *a;
  AwcReport        *b;
  AwcCompareWindow *window;
  AwcCompareView   *view;
} Fixture;


static gboolean
settled (gpointer data)
{
  return awc_test_compare_window_settled (((Fixture *) data)->window);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  CfRun run;

  cf_run_init (&run);
  run.title = "Build 1";
  run.buckets = buckets_a;
  fixture->a = cf_make_report (&run);

  /* B: slower and with less throughput, a longer ramp-up. */
  run.title = "Build 2";
  run.seed = 7;
  run.tps = 170;
  run.rt_ms = 65;
  run.ramp_s = 150;
  run.buckets = buckets_b;
  fixture->b = cf_make_report (&run);

  fixture->window = awc_compare_window_new (NULL, fixture->a, fixture->b);
  fixture->view = _awc_compare_window_get_view (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (settled, fixture);
  run_frames (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gpointer window = fixture->window;
  gpointer comparison = awc_compare_window_get_comparison (fixture->window);

  g_object_add_weak_pointer (window, &window);
  g_object_add_weak_pointer (comparison, &comparison);
  if (g_getenv ("AWC_DEBUG_REFS"))
    g_printerr ("refs before: %u\n", G_OBJECT (comparison)->ref_count);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  run_frames (50);
  if (g_getenv ("AWC_DEBUG_REFS") && comparison)
    g_printerr ("refs after: %u\n", G_OBJECT (comparison)->ref_count);
  g_assert_null (window);
  g_assert_null (comparison);
  g_assert_finalize_object (fixture->b);
  g_assert_finalize_object (fixture->a);
}

static void
move_cursor (Fixture *fixture,
             int      samples)
{
  /* As the keys do: ten samples at a time with Shift, then one by one. */
  for (; samples >= 10; samples -= 10)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.cursor-next-page", NULL));
  for (; samples > 0; samples--)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.cursor-next", NULL));
}

static const char *
readout (Fixture *fixture)
{
  const char *text = awc_compare_view_get_readout (fixture->view);

  g_assert_nonnull (text);
  return text;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in “%s”", needle, haystack);
}


static void
test_labels_and_swap (Fixture       *fixture,
                      gconstpointer  data)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);

  g_assert_cmpstr (_awc_compare_window_get_side_label (fixture->window, AWC_SIDE_A), ==, "A: Build 1");
  g_assert_cmpstr (_awc_compare_window_get_side_label (fixture->window, AWC_SIDE_B), ==, "B: Build 2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL));
  g_assert_cmpstr (_awc_compare_window_get_side_label (fixture->window, AWC_SIDE_A), ==, "A: Build 2");
  g_assert_cmpstr (_awc_compare_window_get_side_label (fixture->window, AWC_SIDE_B), ==, "B: Build 1");
  g_assert_true (awc_comparison_get_report_a (comparison) == fixture->b);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL));
  g_assert_cmpstr (_awc_compare_window_get_side_label (fixture->window, AWC_SIDE_A), ==, "A: Build 1");
}

static void
test_cursor_readout (Fixture       *fixture,
                     gconstpointer  data)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);
  const char *text;

  g_assert_cmpstr (readout (fixture), ==, "");

  /* First key: the start of the view; then five minutes on. */
  move_cursor (fixture, 1);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, 0);
  move_cursor (fixture, 300);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), ==, 300);
  g_assert_true (awc_time_axis_controller_get_cursor_pinned (AXIS (fixture->view)));

  text = readout (fixture);
  assert_contains (text, "+05:00");
  assert_contains (text, "A 2026-03-02 09:05:00");
  assert_contains (text, "B 2026-03-02 09:05:00");
  assert_contains (text, "TPS: A ");
  assert_contains (text, " /s · B ");
  assert_contains (text, " · Δ −");   /* B has less throughput */
  assert_contains (text, "Average response time: A ");

  /* Nudging B by one sample moves B's timestamp under the cursor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.nudge-offset", "i", 1));
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, 1);
  text = readout (fixture);
  assert_contains (text, "A 2026-03-02 09:05:00");
  assert_contains (text, "B 2026-03-02 09:04:59");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.nudge-offset", "i", -10));
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, -9);
  assert_contains (readout (fixture), "B 2026-03-02 09:05:09");

  /* Home, End, Escape */
  /* B, moved 9 s back, starts before A and ends before it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.cursor-last", NULL));
  assert_contains (readout (fixture), "B —");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.cursor-first", NULL));
  assert_contains (readout (fixture), "A —");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.unpin", NULL));
  g_assert_false (awc_time_axis_controller_get_cursor_pinned (AXIS (fixture->view)));
  g_assert_true (isnan (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view))));
}

static void
test_keyboard_shortcuts (Fixture       *fixture,
                         gconstpointer  data)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);
  GtkWidget *widget = GTK_WIDGET (fixture->window);
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkSeat *seat = gdk_display_get_default_seat (display);
  double before;

  if (seat == NULL)
    {
      g_test_skip ("no seat");
      return;
    }
  /* The offset spin button takes the shortcut through the window
   * bindings: activate the action the binding names. */
  before = awc_comparison_get_offset (comparison);
  g_assert_true (gtk_widget_activate_action (widget, "win.nudge-offset", "i", 10));
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, before + 10);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (fixture->window->offset_spin)), ==, before + 10);

  /* Typing the offset sets it on the comparison. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fixture->window->offset_spin), -4.5);
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), ==, -4.5);
}

static void
test_linked_visibility (Fixture       *fixture,
                        gconstpointer  data)
{
  AwcSeries *tps_a = awc_report_find_series (fixture->a, "tps_brokens.tps");
  AwcSeries *tps_b = awc_report_find_series (fixture->b, "tps_brokens.tps");
  guint renders;

  g_assert_true (awc_series_get_visible (tps_a));
  g_assert_true (awc_series_get_visible (tps_b));

  move_cursor (fixture, 1);
  move_cursor (fixture, 200);
  assert_contains (readout (fixture), "TPS: A ");

  renders = _awc_compare_view_get_plot_render_count (fixture->view);
  awc_series_set_visible (tps_a, FALSE);
  g_assert_false (awc_series_get_visible (tps_b));
  g_assert_null (strstr (readout (fixture), "TPS: A "));
  wait_until (settled, fixture);
  run_frames (30);
  g_assert_cmpuint (_awc_compare_view_get_plot_render_count (fixture->view), >, renders);

  /* Unlinked: B keeps its own state */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.linked", NULL));
  g_assert_false (awc_comparison_get_linked (awc_compare_window_get_comparison (fixture->window)));
  awc_series_set_visible (tps_a, TRUE);
  g_assert_false (awc_series_get_visible (tps_b));

  /* Linking again brings B in line with A */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.linked", NULL));
  g_assert_true (awc_series_get_visible (tps_b));
}

static void
test_cursor_does_not_rerender (Fixture       *fixture,
                               gconstpointer  data)
{
  guint renders = _awc_compare_view_get_plot_render_count (fixture->view);

  for (int i = 0; i < 20; i++)
    {
      move_cursor (fixture, 3);
      run_frames (5);
    }
  g_assert_cmpuint (_awc_compare_view_get_plot_render_count (fixture->view), ==, renders);
}

static const AwcDeltaRow *
find_row (AwcDeltaSummary *summary,
          AwcDeltaMetric   metric)
{
  g_assert_nonnull (summary);
  return awc_delta_summary_get_row (summary, metric);
}

static gboolean
summary_is_user (gpointer data)
{
  Fixture *fixture = data;
  AwcDeltaSummary *summary = awc_delta_table_get_summary (_awc_compare_window_get_delta_table (fixture->window));

  return settled (data) && summary != NULL && summary->window.source == AWC_WINDOW_USER;
}

static void
test_delta_table (Fixture       *fixture,
                  gconstpointer  data)
{
  AwcDeltaTable *table = _awc_compare_window_get_delta_table (fixture->window);
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);
  AwcDeltaSummary *summary = awc_delta_table_get_summary (table);

  g_assert_nonnull (summary);
  g_assert_null (awc_delta_table_get_error (table));
  g_assert_cmpuint (awc_delta_table_get_n_rows (table), >=, 6);
  /* The view shades the same window */
  g_assert_true (awc_compare_view_get_summary (fixture->view) == summary);
  g_assert_cmpint (summary->window.source, ==, AWC_WINDOW_STEADY);
  g_assert_cmpint (find_row (summary, AWC_DELTA_TPS)->verdict, ==, AWC_DELTA_WORSE);
  g_assert_cmpint (find_row (summary, AWC_DELTA_RT)->verdict, ==, AWC_DELTA_WORSE);

  /* Zooming moves the window to the zoomed range... */
  awc_time_axis_controller_set_view_range (AXIS (fixture->view), 200, 400);
  g_assert_cmpfloat (awc_comparison_get_window_start (comparison), ==, 200);
  wait_until (summary_is_user, fixture);
  summary = awc_delta_table_get_summary (table);
  g_assert_cmpfloat (summary->window.start[0], >=, 199);

  /* ..."Use steady phase" restores the default, Ctrl+0 resets the zoom. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.use-steady-phase", NULL));
  g_assert_true (isnan (awc_comparison_get_window_start (comparison)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-zoom", NULL));
  {
    double start, end;

    awc_time_axis_controller_get_view_range (AXIS (fixture->view), &start, &end);
    g_assert_true (isnan (start) && isnan (end));
  }
  wait_until (settled, fixture);
  g_assert_cmpint (awc_delta_table_get_summary (table)->window.source, ==, AWC_WINDOW_STEADY);
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
string_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_copy_markdown (Fixture       *fixture,
                    gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean header = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.copy-markdown", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  wait_until (string_set, &text);

  /* A Markdown table: a "| Metric | A | B | …" row over a "|---" rule */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    if (g_str_has_prefix (lines[i], "| ") && strstr (lines[i], " A ") != NULL &&
        g_str_has_prefix (lines[i + 1], "|") && strstr (lines[i + 1], "---") != NULL)
      header = TRUE;
  g_assert_true (header);
  assert_contains (text, "Build 1");
  assert_contains (text, "Build 2");
  g_assert_nonnull (_awc_compare_window_get_toast_text (fixture->window));

  g_clear_pointer (&text, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.copy-text", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  wait_until (string_set, &text);
  g_assert_false (g_str_has_prefix (text, "#"));
  assert_contains (text, "Build 2");
}

static gboolean
copy_done (gpointer data)
{
  return GPOINTER_TO_INT (*(gpointer *) data) != 0;
}

static void
copy_image_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_awc_compare_window_copy_image_finish (AWC_COMPARE_WINDOW (object), result, &error));
  g_assert_no_error (error);
  *(gpointer *) user_data = GINT_TO_POINTER (1);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_awc_compare_window_export_file_finish (AWC_COMPARE_WINDOW (object), result, &error));
  g_assert_no_error (error);
  *(gpointer *) user_data = GINT_TO_POINTER (1);
}

static void
test_export_and_copy_image (Fixture       *fixture,
                            gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  g_autofree char *dir = g_dir_make_tmp ("awc-compare-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cmp.png", NULL);
  g_autofree char *contents = NULL;
  gpointer done = NULL;
  gsize length;

  _awc_compare_window_export_file_async (fixture->window, path,
                                         &(AwcExportOptions) { .width = 1200, .height = 800, .scale = 1,
                                                               .delta_table = TRUE },
                                         export_cb, &done);
  wait_until (copy_done, &done);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  done = NULL;
  _awc_compare_window_copy_image_async (fixture->window, copy_image_cb, &done);
  wait_until (copy_done, &done);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    GDK_TYPE_TEXTURE));
  g_assert_nonnull (_awc_compare_window_get_toast_text (fixture->window));
}

static void
test_align_plateau (Fixture       *fixture,
                    gconstpointer  data)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.align-plateau", NULL));
  g_assert_null (_awc_compare_window_get_banner_text (fixture->window));
  /* B's plateau starts 30 s later: B moves back by about 30 s */
  g_assert_cmpfloat (fabs (awc_comparison_get_offset (comparison) + 30), <, 8);
}

/* The view as drawn (its last frame), as premultiplied BGRA. */
static guchar *
render_view (Fixture *fixture,
             int     *width,
             int     *height)
{
  guchar *pixels = awc_test_render_widget (GTK_WIDGET (fixture->view), width, height);

  g_assert_nonnull (pixels);
  return pixels;
}

static void
count_colour (Fixture    *fixture,
              const char *series_id,
              guint      *left,
              guint      *right)
{
  AwcSeries *series = awc_report_find_series (fixture->a, series_id);
  g_autofree guchar *pixels = NULL;
  double rgba[4];
  int width, height, r, g, b;

  awc_palette_get_color (AWC_THEME_LIGHT, awc_series_get_color_index (series), rgba);
  r = (int) lround (rgba[0] * 255);
  g = (int) lround (rgba[1] * 255);
  b = (int) lround (rgba[2] * 255);
  pixels = render_view (fixture, &width, &height);
  *left = *right = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;

        if (p[3] == 255 && ABS (p[2] - r) <= 6 && ABS (p[1] - g) <= 6 && ABS (p[0] - b) <= 6)
          {
            if (x < width / 2)
              (*left)++;
            else
              (*right)++;
          }
      }
}

static void
test_both_sides_drawn (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *list = awc_report_get_series (fixture->a);
  AwcSeries *tps_a = awc_report_find_series (fixture->a, "tps_brokens.tps");
  guint left, right;

  /* Colours repeat per panel: keep only TPS, so its colour is its own. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);

      awc_series_set_visible (series, series == tps_a);
    }
  wait_until (settled, fixture);
  run_frames (50);
  g_assert_false (awc_compare_view_get_dark (fixture->view));
  count_colour (fixture, "tps_brokens.tps", &left, &right);
  g_assert_cmpuint (left, >, 100);
  g_assert_cmpuint (right, >, 100);

  /* Hidden on A, and so on B: both halves lose the line. */
  awc_series_set_visible (tps_a, FALSE);
  wait_until (settled, fixture);
  run_frames (50);
  count_colour (fixture, "tps_brokens.tps", &left, &right);
  g_assert_cmpuint (left, <, 20);
  g_assert_cmpuint (right, <, 20);
}

static void
test_overlay_picker (Fixture       *fixture,
                     gconstpointer  data)
{
  AwcCompareWindow *window = fixture->window;
  AwcComparison *comparison = awc_compare_window_get_comparison (window);
  GtkWidget *first = gtk_widget_get_first_child (window->overlay_box);
  const char * const *ids;
  const char *first_id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.overlay", NULL));
  g_assert_true (awc_comparison_get_overlay (comparison));
  g_assert_null (awc_compare_view_get_overlay_ids (fixture->view));

  /* One check button per series of A, all on: unticking one leaves the
   * others drawn from B. */
  g_assert_nonnull (first);
  first_id = g_object_get_data (G_OBJECT (first), "series-id");
  g_assert_nonnull (first_id);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (first), FALSE);
  ids = awc_compare_view_get_overlay_ids (fixture->view);
  g_assert_nonnull (ids);
  g_assert_false (g_strv_contains (ids, first_id));
  g_assert_cmpuint (g_strv_length ((char **) ids), ==,
                    g_list_model_get_n_items (awc_report_get_series (fixture->a)) - 1);
  wait_until (settled, fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.overlay", NULL));
  g_assert_false (awc_comparison_get_overlay (comparison));
}

/* Dragging across either side zooms both (one elapsed axis) and moves the
 * delta window; a double click resets. */
static void
test_drag_zoom (Fixture       *fixture,
                gconstpointer  data)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (fixture->window);
  GObject *drag = awc_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_DRAG);
  GObject *click = awc_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_CLICK);
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->view));
  double start, end, x = width * 0.75, y = height * 0.4;
  guint renders = _awc_compare_view_get_plot_render_count (fixture->view);

  /* On B's half (side by side) */
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 120., 0.);
  g_signal_emit_by_name (drag, "drag-end", 120., 0.);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &start, &end);
  g_assert_false (isnan (start));
  g_assert_cmpfloat (end - start, >, 30);
  g_assert_cmpfloat (end - start, <, 300);
  g_assert_cmpfloat (awc_comparison_get_window_start (comparison), ==, start);
  g_assert_cmpfloat (awc_comparison_get_window_end (comparison), ==, end);
  wait_until (settled, fixture);
  run_frames (30);
  g_assert_cmpuint (_awc_compare_view_get_plot_render_count (fixture->view), >, renders);

  /* The cursor keeps to the zoomed range */
  move_cursor (fixture, 1);
  g_assert_cmpfloat (awc_time_axis_controller_get_cursor_time (AXIS (fixture->view)), >=, start - 1);

  g_signal_emit_by_name (click, "pressed", 2, x, y);
  awc_time_axis_controller_get_view_range (AXIS (fixture->view), &start, &end);
  g_assert_true (isnan (start) && isnan (end));
  g_assert_true (isnan (awc_comparison_get_window_start (comparison)));
}

/* The layout is remembered in GSettings compare-layout. */
static void
test_layout_setting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *value = NULL;
  AwcCompareWindow *other;

  g_assert_false (awc_comparison_get_stacked (awc_compare_window_get_comparison (fixture->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.stacked", NULL));
  value = g_settings_get_string (settings, "compare-layout");
  g_assert_cmpstr (value, ==, "stacked");

  other = awc_compare_window_new (NULL, fixture->a, fixture->b);
  g_assert_true (awc_comparison_get_stacked (awc_compare_window_get_comparison (other)));
  gtk_window_destroy (GTK_WINDOW (other));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.stacked", NULL));
  g_clear_pointer (&value, g_free);
  value = g_settings_get_string (settings, "compare-layout");
  g_assert_cmpstr (value, ==, "side-by-side");
}

/* The Series popover: a check per side; B's follow the link. */
static void
test_series_picker (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkGrid *grid = GTK_GRID (fixture->window->series_grid);
  AwcSeries *tps_a = awc_report_find_series (fixture->a, "tps_brokens.tps");
  AwcSeries *tps_b = awc_report_find_series (fixture->b, "tps_brokens.tps");
  GtkWidget *check_a = NULL, *check_b = NULL;

  for (int row = 1; check_a == NULL; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (grid, 0, row);

      g_assert_nonnull (label);
      if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), "TPS"))
        {
          check_a = gtk_grid_get_child_at (grid, 1, row);
          check_b = gtk_grid_get_child_at (grid, 2, row);
        }
    }
  g_assert_true (GTK_IS_CHECK_BUTTON (check_a) && GTK_IS_CHECK_BUTTON (check_b));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check_a)));
  g_assert_false (gtk_widget_get_sensitive (check_b));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check_a), FALSE);
  g_assert_false (awc_series_get_visible (tps_a));
  g_assert_false (awc_series_get_visible (tps_b));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check_b)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.linked", NULL));
  g_assert_true (gtk_widget_get_sensitive (check_b));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check_b), TRUE);
  g_assert_true (awc_series_get_visible (tps_b));
  g_assert_false (awc_series_get_visible (tps_a));
}

static void
test_export_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window))
        dialog = window;
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Export Comparison");
  g_assert_true (gtk_window_get_modal (dialog));
  gtk_window_destroy (dialog);
}

static gboolean
not_busy (gpointer data)
{
  return !_awc_compare_window_is_busy (data);
}

static gboolean
banner_shown (gpointer data)
{
  return _awc_compare_window_get_banner_text (data) != NULL;
}

/* Runs loaded from files (here the bundled samples) and a broken file. */
static void
test_load_files (void)
{
  AwcCompareWindow *window = awc_compare_window_new (NULL, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("awc-compare-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (path);
  AwcComparison *comparison = awc_compare_window_get_comparison (window);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (_awc_compare_window_get_side_label (window, AWC_SIDE_A), ==, "A: loading…");
  awc_compare_window_load_sample (window, AWC_SIDE_A, "ramp-up");
  awc_compare_window_load_sample (window, AWC_SIDE_B, "api-example");
  g_assert_true (_awc_compare_window_is_busy (window));
  wait_until (not_busy, window);
  g_assert_nonnull (awc_comparison_get_report_a (comparison));
  g_assert_nonnull (awc_comparison_get_report_b (comparison));
  g_assert_true (g_str_has_prefix (_awc_compare_window_get_side_label (window, AWC_SIDE_A), "A: "));
  g_assert_cmpstr (_awc_compare_window_get_side_label (window, AWC_SIDE_A), !=, "A: loading…");
  g_assert_null (_awc_compare_window_get_banner_text (window));

  g_assert_true (g_file_set_contents (path, "{ \"result\": [", -1, NULL));
  awc_compare_window_load_file (window, AWC_SIDE_B, broken);
  wait_until (banner_shown, window);
  assert_contains (_awc_compare_window_get_banner_text (window), "Could not load run B");
  /* The loaded run stays */
  g_assert_nonnull (awc_comparison_get_report_b (comparison));

  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* `awchart --compare demo:ramp-up demo:api-example` */
static void
test_launch_sources (void)
{
  g_autoptr(GError) error = NULL;
  AwcCompareWindow *window;
  AwcComparison *comparison;

  g_assert_true (awc_compare_launch_check_source ("demo:ramp-up", NULL));
  g_assert_true (awc_compare_launch_check_source ("file:///tmp/x.json", NULL));
  g_assert_false (awc_compare_launch_check_source ("demo:no-such-sample", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  assert_contains (error->message, "no-such-sample");
  assert_contains (error->message, "available samples: ramp-up, api-example");

  window = awc_compare_launch_sources (NULL, "demo:ramp-up", "demo:api-example");
  comparison = awc_compare_window_get_comparison (window);
  wait_until (not_busy, window);
  g_assert_nonnull (awc_comparison_get_report_a (comparison));
  g_assert_nonnull (awc_comparison_get_report_b (comparison));
  g_assert_null (_awc_compare_window_get_banner_text (window));
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
}

static gboolean
window_not_loading (gpointer data)
{
  return !awc_window_get_loading (data);
}

static AwcCompareWindow *
find_compare_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (AWC_IS_COMPARE_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
drop_file (AwcWindow *window,
           GFile     *file)
{
  GObject *target = awc_test_find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
}

/* A second file dropped on a report window asks; "Compare" opens a
 * compare window with the shown report as A. */
static void
test_drop_compare (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "api-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AwcApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  AwcCompareWindow *compare;
  AwcComparison *comparison;
  AwcWindow *window;
  AwcReport *report;

  app = g_object_new (AWC_TYPE_APPLICATION, "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = awc_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  awc_window_open_sample (window, "ramp-up");
  wait_until (window_not_loading, window);
  report = awc_window_get_report (window);
  g_assert_nonnull (report);

  /* Dismissing keeps everything as it was */
  g_assert_false (awc_compare_launch_answer_drop (window, "cancel"));
  drop_file (window, file);
  g_assert_true (awc_window_get_report (window) == report);
  g_assert_true (awc_compare_launch_answer_drop (window, "cancel"));
  g_assert_false (awc_compare_launch_answer_drop (window, "compare"));
  g_assert_null (find_compare_window (GTK_APPLICATION (app)));

  drop_file (window, file);
  g_assert_true (awc_compare_launch_answer_drop (window, "compare"));
  compare = find_compare_window (GTK_APPLICATION (app));
  g_assert_nonnull (compare);
  wait_until (not_busy, compare);
  comparison = awc_compare_window_get_comparison (compare);
  awc_test_assert_same_run_own_series (awc_comparison_get_report_a (comparison), report);
  g_assert_true (g_str_has_suffix (awc_report_get_source (awc_comparison_get_report_b (comparison)),
                                   "api-example.json"));
  g_assert_true (awc_window_get_report (window) == report);

  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
}

/* `awchart --compare` refuses what it cannot open (exit status 2). */
static void
test_command_line_errors (void)
{
  const char *awchart = g_getenv ("AWCHART");
  const char *cases[][3] = {
    { "--compare", "only-one.json", "needs two reports" },
    { "--compare", "demo:no-such", "Unknown sample" },
  };

  if (awchart == NULL)
    {
      g_test_skip ("AWCHART is not set");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *argv[] = { awchart, cases[i][0], cases[i][1], i == 1 ? "x.json" : NULL, NULL };
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                    NULL, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 2);
      assert_contains (err, cases[i][2]);
    }
}

/* A run without virtual users or TPS has no plateau: the banner says so. */
static void
test_align_error (void)
{
  Fixture fixture = { NULL };
  CfRun run;

  cf_run_init (&run);
  run.title = "With load";
  fixture.a = cf_make_report (&run);
  run.title = "Without load curves";
  run.no_tps = run.no_vusers = TRUE;
  fixture.b = cf_make_report (&run);
  fixture.window = awc_compare_window_new (NULL, fixture.a, fixture.b);
  fixture.view = _awc_compare_window_get_view (fixture.window);
  gtk_window_present (GTK_WINDOW (fixture.window));
  wait_until (settled, &fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.align-plateau", NULL));
  g_assert_nonnull (_awc_compare_window_get_banner_text (fixture.window));
  assert_contains (_awc_compare_window_get_banner_text (fixture.window), "Could not align");
  g_assert_cmpfloat (awc_comparison_get_offset (awc_compare_window_get_comparison (fixture.window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.dismiss-banner", NULL));
  g_assert_null (_awc_compare_window_get_banner_text (fixture.window));
  fixture_teardown (&fixture, NULL);
}

/* B's samples all share one timestamp: nudging must not make the offset NaN. */
static void
test_nudge_zero_interval (void)
{
  static const char body[] =
    "{\"code\":\"SVCSTG.CPTS.0000000\",\"result\":{\"broken_list\":{"
    "\"commonTimestamps\":[1683221084000,1683221084000,1683221084000],"
    "\"tps_brokens\":{\"tps\":[1,2,3]},\"vusers_brokens\":{\"vusers\":[1,1,1]}}}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (body, sizeof body - 1);
  g_autoptr(GError) error = NULL;
  Fixture fixture = { NULL };
  AwcComparison *comparison;
  CfRun run;

  cf_run_init (&run);
  fixture.a = cf_make_report (&run);
  fixture.b = awc_report_load_bytes (bytes, "same-second.json", NULL, &error);
  g_assert_no_error (error);
  fixture.window = awc_compare_window_new (NULL, fixture.a, fixture.b);
  fixture.view = _awc_compare_window_get_view (fixture.window);
  comparison = awc_compare_window_get_comparison (fixture.window);
  gtk_window_present (GTK_WINDOW (fixture.window));
  wait_until (settled, &fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.nudge-offset", "i", 1));
  g_assert_true (isfinite (awc_comparison_get_offset (comparison)));
  g_assert_cmpfloat (awc_comparison_get_offset (comparison), !=, 0);
  fixture_teardown (&fixture, NULL);
}

/* Two day-long runs: the window comes up, the cursor moves and the
 * summary is computed.  How long that takes is the benchmark's business
 * (tests/awc-bench.c, docs/performance.md); this only guards against a hang. */
static void
test_day_runs (void)
{
  Fixture fixture = { NULL };
  gint64 deadline;
  CfRun run;

  cf_run_init (&run);
  run.n = 86400;
  run.ramp_s = 3600;
  run.down_s = 82800;
  run.title = "Day A";
  fixture.a = cf_make_report (&run);
  run.seed = 3;
  run.tps = 190;
  run.title = "Day B";
  fixture.b = cf_make_report (&run);

  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  fixture.window = awc_compare_window_new (NULL, fixture.a, fixture.b);
  fixture.view = _awc_compare_window_get_view (fixture.window);
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture.window));
  while (!settled (&fixture))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }

  for (int i = 0; i < 50; i++)
    {
      move_cursor (&fixture, 60);
      g_main_context_iteration (NULL, FALSE);
    }
  assert_contains (readout (&fixture), "TPS: A ");
  fixture_teardown (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  /* Opening reports adds them to the recent list: keep it out of $HOME. */
  data_home = g_dir_make_tmp ("awc-test-compare-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      g_rmdir (data_home);
      return 0;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/awc/ui/compare-window/labels-and-swap", test_labels_and_swap);
  ADD ("/awc/ui/compare-window/cursor-readout", test_cursor_readout);
  ADD ("/awc/ui/compare-window/offset-controls", test_keyboard_shortcuts);
  ADD ("/awc/ui/compare-window/linked-visibility", test_linked_visibility);
  ADD ("/awc/ui/compare-window/cursor-does-not-rerender", test_cursor_does_not_rerender);
  ADD ("/awc/ui/compare-window/delta-table", test_delta_table);
  ADD ("/awc/ui/compare-window/copy-markdown", test_copy_markdown);
  ADD ("/awc/ui/compare-window/export-and-copy-image", test_export_and_copy_image);
  ADD ("/awc/ui/compare-window/align-plateau", test_align_plateau);
  ADD ("/awc/ui/compare-window/both-sides-drawn", test_both_sides_drawn);
  ADD ("/awc/ui/compare-window/overlay-picker", test_overlay_picker);
  ADD ("/awc/ui/compare-window/export-dialog", test_export_dialog);
  ADD ("/awc/ui/compare-window/series-picker", test_series_picker);
  ADD ("/awc/ui/compare-window/drag-zoom", test_drag_zoom);
  ADD ("/awc/ui/compare-window/layout-setting", test_layout_setting);
#undef ADD
  g_test_add_func ("/awc/ui/compare-window/load-files", test_load_files);
  g_test_add_func ("/awc/ui/compare-window/align-error", test_align_error);
  g_test_add_func ("/awc/ui/compare-window/nudge-zero-interval", test_nudge_zero_interval);
  g_test_add_func ("/awc/ui/compare-window/launch-sources", test_launch_sources);
  g_test_add_func ("/awc/ui/compare-window/drop-compare", test_drop_compare);
  g_test_add_func ("/awc/ui/compare-window/command-line-errors", test_command_line_errors);
  g_test_add_func ("/awc/ui/compare-window/day-runs", test_day_runs);

  ret = g_test_run ();
  {
    g_autofree char *recent = g_build_filename (data_home, "recently-used.xbel", NULL);

    g_unlink (recent);
    g_rmdir (data_home);
  }
  return ret;
}
