/* test-window-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ui/chart/awc-chart-view-private.h"
#include "window-fixture.h"
#include "ui/awc-export-dialog.h"
#include "ui/compare/awc-compare-launch.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"
#include "io/awc-samples.h"

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *dir = g_dir_make_tmp ("awc-window-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected_toast = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GDir) listing = NULL;
  AwcRenderOptions options;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.png", NULL);
  awc_chart_view_get_render_options (fixture->window->chart_view, &options);
  options.t0 = options.t1 = NAN;
  awc_window_export_file_async (fixture->window, path, 800, 450, 1.0, &options,
                                export_done_cb, &result);
  wait_until (pointer_set, &result);
  g_assert_true (awc_window_export_file_finish (fixture->window, result, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 450);

  /* Only the file itself: no temporary left behind. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "chart.png");
  g_assert_null (g_dir_read_name (listing));

  expected_toast = g_strdup_printf ("Exported to %s", path);
  g_assert_cmpstr (_awc_window_get_toast_text (fixture->window), ==, expected_toast);

  g_unlink (path);
  g_rmdir (dir);
}

static void
read_texture_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GdkTexture **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static void
test_copy_image (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  GtkWidget *view = GTK_WIDGET (fixture->window->chart_view);

  awc_window_copy_image_async (fixture->window, export_done_cb, &result);
  wait_until (pointer_set, &result);
  g_assert_true (awc_window_copy_image_finish (fixture->window, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_awc_window_get_toast_text (fixture->window), ==, "Chart copied to the clipboard");

  gdk_clipboard_read_texture_async (clipboard, NULL, read_texture_cb, &texture);
  wait_until (pointer_set, &texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (view));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * gtk_widget_get_height (view));
}

static void
collect_dropdowns (GtkWidget *widget,
                   GPtrArray *out)
{
  if (GTK_IS_DROP_DOWN (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_dropdowns (child, out);
}

static void
test_export_dialog (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  AwcExportDialog *dialog;

  /* The dialog starts from the remembered choices. */
  g_settings_set_string (settings, "export-format", "svg");
  g_settings_set_int (settings, "export-width", 1920);
  g_settings_set_int (settings, "export-height", 1080);
  g_settings_set_int (settings, "export-scale", 2);
  g_settings_set_boolean (settings, "export-dark", TRUE);
  g_settings_set_boolean (settings, "export-zoomed", FALSE);

  dialog = awc_export_dialog_new (GTK_WINDOW (fixture->window), FALSE);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  gtk_window_present (GTK_WINDOW (dialog));
  run_frames (100);

  collect_dropdowns (GTK_WIDGET (dialog), dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 5);   /* format, size, scale, theme, range */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns->pdata[0]), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns->pdata[1]), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns->pdata[2]), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns->pdata[3]), ==, 1);
  /* "Whole run", the second choice after "Visible range". */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns->pdata[4]), ==, 1);
  /* Scale only applies to PNG. */
  g_assert_false (gtk_widget_get_sensitive (dropdowns->pdata[2]));
  gtk_drop_down_set_selected (dropdowns->pdata[0], 0);
  g_assert_true (gtk_widget_get_sensitive (dropdowns->pdata[2]));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_frames (50);
  g_assert_null (dialog);

  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-dark");
  g_settings_reset (settings, "export-zoomed");
}

static gboolean
is_entry (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_ENTRY (widget);
}

static guint
count_thresholds (AwcWindow *window,
                  double    *value)
{
  g_autoptr(AwcChartData) data = awc_chart_view_dup_chart_data (window->chart_view);
  guint n = 0;

  for (guint i = 0; i < awc_chart_data_get_n_layers (data); i++)
    {
      const AwcChartLayer *layer = awc_chart_data_get_layer (data, i);

      if (layer->kind == AWC_CHART_LAYER_THRESHOLD)
        {
          n++;
          if (value != NULL)
            *value = layer->value;
          g_assert_cmpstr (awc_chart_data_get_series (data, layer->series)->id, ==,
                           "tps_brokens.average");
        }
    }
  return n;
}

/* The series row's "Set threshold…" popover puts a threshold layer into
 * the snapshot the chart view draws; a bad value is explained in the
 * popover and changes nothing; "Remove threshold" takes it away. */
static void
test_threshold_from_row (Fixture       *fixture,
                         gconstpointer  user_data)
{
  AwcReport *report = awc_window_get_report (fixture->window);
  AwcSeries *average = awc_report_find_series (report, "tps_brokens.average");
  GtkWidget *row = find_widget (GTK_WIDGET (fixture->window), is_row_of, average);
  GtkWidget *entry;
  double value = 0;
  guint before = _awc_chart_view_get_plot_render_count (fixture->window->chart_view);

  g_assert_nonnull (row);
  entry = find_widget (row, is_entry, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpuint (count_thresholds (fixture->window, NULL), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (entry), "0.5 s");
  g_assert_true (gtk_widget_activate_action (row, "series-row.set-threshold", NULL));
  g_assert_cmpuint (count_thresholds (fixture->window, &value), ==, 1);
  g_assert_cmpfloat (value, ==, 500);
  /* And the view draws it: a new plot is recorded */
  run_frames (100);
  g_assert_cmpuint (_awc_chart_view_get_plot_render_count (fixture->window->chart_view), >, before);

  /* A value that is not one: nothing changes */
  gtk_editable_set_text (GTK_EDITABLE (entry), "fast");
  g_assert_true (gtk_widget_activate_action (row, "series-row.set-threshold", NULL));
  g_assert_cmpuint (count_thresholds (fixture->window, &value), ==, 1);
  g_assert_cmpfloat (value, ==, 500);

  /* A second rule on the same series replaces the first */
  gtk_editable_set_text (GTK_EDITABLE (entry), "800ms");
  g_assert_true (gtk_widget_activate_action (row, "series-row.set-threshold", NULL));
  g_assert_cmpuint (count_thresholds (fixture->window, &value), ==, 1);
  g_assert_cmpfloat (value, ==, 800);

  /* Kept per series id in GSettings: the next report with the series
   * gets the target again. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_auto(GStrv) stored = g_settings_get_strv (settings, "thresholds");
    g_autoptr(GError) error = NULL;
    g_autoptr(AwcReport) other = awc_sample_load ("ramp-up", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (stored), ==, 1);
    g_assert_true (g_str_has_prefix (stored[0], "tps_brokens.average<="));
    _awc_window_set_report (fixture->window, other);
    g_assert_cmpuint (count_thresholds (fixture->window, &value), ==, 1);
    g_assert_cmpfloat (value, ==, 800);
    row = find_widget (GTK_WIDGET (fixture->window), is_row_of,
                       awc_report_find_series (other, "tps_brokens.average"));
    g_assert_nonnull (row);

    g_assert_true (gtk_widget_activate_action (row, "series-row.remove-threshold", NULL));
    g_assert_cmpuint (count_thresholds (fixture->window, NULL), ==, 0);
    g_strfreev (stored);
    stored = g_settings_get_strv (settings, "thresholds");
    g_assert_cmpuint (g_strv_length (stored), ==, 0);
  }
}

static gboolean
compare_has_both_runs (gpointer data)
{
  AwcCompareWindow *compare = data;
  AwcComparison *comparison = awc_compare_window_get_comparison (compare);

  return awc_comparison_get_report_a (comparison) != NULL &&
         awc_comparison_get_report_b (comparison) != NULL &&
         !_awc_compare_window_is_busy (compare);
}

/* "Compare with…" (here through a dropped file) carries the window's
 * thresholds into the comparison: drawn on both runs' panels. */
static void
test_threshold_to_compare (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                 "ramp-up.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  g_autoptr(GList) after = NULL;
  AwcCompareWindow *compare = NULL;
  const AwcChartPair *pair;

  g_ptr_array_add (rules, awc_threshold_parse ("average<=1s", NULL));
  awc_chart_view_set_thresholds (fixture->window->chart_view, rules);
  g_assert_cmpuint (count_thresholds (fixture->window, NULL), ==, 1);

  awc_compare_launch_ask_drop (fixture->window, GTK_WIDGET (fixture->window->message_bar), file);
  g_assert_true (awc_compare_launch_answer_drop (fixture->window, "compare"));
  after = gtk_window_list_toplevels ();
  for (GList *l = after; l != NULL; l = l->next)
    if (AWC_IS_COMPARE_WINDOW (l->data) && g_list_find (before, l->data) == NULL)
      compare = l->data;
  g_assert_nonnull (compare);
  wait_until (compare_has_both_runs, compare);

  pair = awc_compare_view_get_chart_pair (_awc_compare_window_get_view (compare));
  for (guint s = 0; s < 2; s++)
    {
      g_assert_nonnull (pair->runs[s]);
      g_assert_cmpuint (awc_chart_data_get_n_layers (pair->runs[s]), ==, 1);
      g_assert_cmpfloat (awc_chart_data_get_layer (pair->runs[s], 0)->value, ==, 1000);
    }
  gtk_window_destroy (GTK_WINDOW (compare));
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/window/export", test_export);
  WINDOW_TEST_ADD ("/awc/ui/window/copy-image", test_copy_image);
  WINDOW_TEST_ADD ("/awc/ui/window/export-dialog", test_export_dialog);
  WINDOW_TEST_ADD ("/awc/ui/window/threshold", test_threshold_from_row);
  WINDOW_TEST_ADD ("/awc/ui/window/threshold-to-compare", test_threshold_to_compare);

  return window_test_finish (g_test_run ());
}
