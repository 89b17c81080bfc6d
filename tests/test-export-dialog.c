/* test-export-dialog.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one export dialog and the one message bar, as the main window and
 * the compare window use them: the same dialog type in both, the choices
 * made in it reach the file, and the outcome (or the reason it failed,
 * escaped) shows in the window's message bar. */
#include "config.h"

#include "window-fixture.h"
#include "compare-fixtures.h"
#include "ui/compare/awc-compare-window-private.h"
#include "ui/awc-export-dialog.h"
#include "ui/awc-message-bar.h"

/* The window's dialog, opened through its win.export action. */
static AwcExportDialog *
open_export_dialog (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == window)
        dialog = toplevel;
    }
  g_assert_nonnull (dialog);
  g_assert_true (AWC_IS_EXPORT_DIALOG (dialog));
  g_assert_true (gtk_window_get_modal (dialog));
  return AWC_EXPORT_DIALOG (dialog);
}

static gboolean
compare_settled (gpointer data)
{
  AwcCompareWindow *window = data;

  return !_awc_compare_window_is_busy (window) &&
         gtk_widget_get_width (GTK_WIDGET (_awc_compare_window_get_view (window))) > 0;
}

static AwcCompareWindow *
compare_window_new (void)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  AwcCompareWindow *window;
  CfRun run;

  cf_run_init (&run);
  run.title = "Build 1";
  a = cf_make_report (&run);
  run.title = "Build 2";
  run.seed = 7;
  run.tps = 170;
  b = cf_make_report (&run);
  window = awc_compare_window_new (NULL, a, b);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (compare_settled, window);
  run_frames (50);
  return window;
}

static void
compare_window_destroy (AwcCompareWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_null (window);
}

static gboolean
is_open_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "message.open") == 0;
}

/* The bar's Open button can be seen and pressed. */
static gboolean
offers_open (AwcMessageBar *bar)
{
  GtkWidget *button = find_widget (GTK_WIDGET (bar), is_open_button, NULL);

  g_assert_nonnull (button);
  return gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

static gboolean
is_message_bar (GtkWidget *widget,
                gpointer   data)
{
  return AWC_IS_MESSAGE_BAR (widget);
}

static gboolean
message_shown (gpointer data)
{
  return awc_message_bar_get_text (data) != NULL;
}

/* Chooses @options, answers the file chooser with @path and waits for the
 * window's message bar to report the outcome. */
static void
export_through_dialog (GtkWindow              *window,
                       AwcMessageBar          *bar,
                       const AwcExportOptions *options,
                       const char             *path)
{
  AwcExportDialog *dialog = open_export_dialog (window);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  awc_message_bar_dismiss (bar);
  awc_export_dialog_set_options (dialog, options);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  awc_export_dialog_respond (dialog, file);
  /* The dialog closes once it has handed over the choices. */
  g_assert_null (dialog);
  wait_until (message_shown, bar);
}

static GdkTexture *
load_png (const char *path)
{
  g_autoptr(GError) error = NULL;
  GdkTexture *texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  return texture;
}

/* The mean of R, G and B at the top left corner (the background). */
static guint
corner_level (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * gdk_texture_get_height (texture) * 4);
  const guchar *p;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  p = pixels + ((gsize) 3 * width + 3) * 4;
  return (p[0] + p[1] + p[2]) / 3;
}

static void
assert_exported (AwcMessageBar *bar,
                 const char    *path)
{
  g_autofree char *expected = g_strdup_printf ("Exported to %s", path);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpstr (awc_message_bar_get_text (bar), ==, expected);
  g_assert_false (awc_message_bar_get_error (bar));
  g_assert_true (g_file_equal (awc_message_bar_get_file (bar), file));
  g_assert_true (offers_open (bar));
  /* Open would launch an application: only close it here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "message.close", NULL));
  g_assert_null (awc_message_bar_get_text (bar));
}

/* Both windows open the same dialog type; the comparison adds its own
 * choices and has no CSV. */
static void
test_same_dialog (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcCompareWindow *compare = compare_window_new ();
  AwcExportDialog *main_dialog = open_export_dialog (GTK_WINDOW (fixture->window));
  AwcExportDialog *compare_dialog = open_export_dialog (GTK_WINDOW (compare));
  gboolean is_comparison;
  int view_width;

  g_assert_true (G_OBJECT_TYPE (main_dialog) == G_OBJECT_TYPE (compare_dialog));
  g_object_get (main_dialog, "comparison", &is_comparison, "view-width", &view_width, NULL);
  g_assert_false (is_comparison);
  g_assert_cmpint (view_width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->window->chart_view)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (main_dialog)), ==, "Export Chart");
  g_object_get (compare_dialog, "comparison", &is_comparison, NULL);
  g_assert_true (is_comparison);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (compare_dialog)), ==, "Export Comparison");

  /* A CSV choice falls back to PNG in the comparison's dialog. */
  awc_export_dialog_set_options (compare_dialog, &(AwcExportOptions) { .format = AWC_EXPORT_CSV });
  {
    AwcExportOptions options;

    awc_export_dialog_get_options (compare_dialog, &options);
    g_assert_cmpint (options.format, !=, AWC_EXPORT_CSV);

    /* Without a delta summary there are no tables to include. */
    g_object_set (compare_dialog, "has-delta", FALSE, NULL);
    awc_export_dialog_set_options (compare_dialog,
                                   &(AwcExportOptions) { .delta_table = TRUE, .buckets = TRUE });
    awc_export_dialog_get_options (compare_dialog, &options);
    g_assert_false (options.delta_table);
    g_assert_false (options.buckets);
    g_object_set (compare_dialog, "has-delta", TRUE, NULL);
    awc_export_dialog_get_options (compare_dialog, &options);
    g_assert_true (options.delta_table);
    g_assert_true (options.buckets);
  }

  /* A file with no local path: the dialog says why and stays. */
  {
    g_autoptr(GFile) remote = g_file_new_for_uri ("resource:///io/github/awchart/AwChart/out.png");
    AwcMessageBar *bar = AWC_MESSAGE_BAR (find_widget (GTK_WIDGET (main_dialog), is_message_bar, NULL));

    awc_export_dialog_respond (main_dialog, remote);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (main_dialog)));
    g_assert_true (awc_message_bar_get_error (bar));
    g_assert_nonnull (strstr (awc_message_bar_get_text (bar), "only local files"));
    g_assert_null (awc_message_bar_get_text (fixture->window->message_bar));
  }

  gtk_window_destroy (GTK_WINDOW (main_dialog));
  gtk_window_destroy (GTK_WINDOW (compare_dialog));
  compare_window_destroy (compare);
}

/* The main window: size, scale, theme and the added extension reach the
 * file; the bar says where it went. */
static void
test_window_export (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("awc-export-dialog-XXXXXX", NULL);
  g_autofree char *base = g_build_filename (dir, "run", NULL);
  g_autofree char *path = g_build_filename (dir, "run.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "typed.svg", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  AwcMessageBar *bar = fixture->window->message_bar;
  AwcExportOptions options = {
    .format = AWC_EXPORT_PNG, .width = 640, .height = 360, .scale = 2,
    .dark = TRUE, .whole_run = TRUE, .buckets = FALSE,
  };

  export_through_dialog (GTK_WINDOW (fixture->window), bar, &options, base);
  texture = load_png (path);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 720);
  g_assert_cmpuint (corner_level (texture), <, 100);
  g_assert_true (_awc_message_bar_get_auto_hide (bar));
  assert_exported (bar, path);
  /* Remembered for next time. */
  g_assert_true (g_settings_get_boolean (settings, "export-dark"));
  g_assert_cmpint (g_settings_get_int (settings, "export-width"), ==, 640);

  /* A typed extension wins over the chosen format. */
  options.dark = FALSE;
  export_through_dialog (GTK_WINDOW (fixture->window), bar, &options, svg);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  assert_exported (bar, svg);
  g_assert_cmpint (g_settings_get_enum (settings, "export-format"), ==, AWC_EXPORT_SVG);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (svg), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_settings_reset (settings, "export-dark");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "last-export-folder");
}

/* The compare window: the layout chosen in the dialog is the one drawn. */
static void
test_compare_export (Fixture       *fixture,
                     gconstpointer  user_data)
{
  AwcCompareWindow *compare = compare_window_new ();
  g_autofree char *dir = g_dir_make_tmp ("awc-export-dialog-XXXXXX", NULL);
  g_autofree char *stacked = g_build_filename (dir, "stacked.png", NULL);
  g_autofree char *side = g_build_filename (dir, "side.png", NULL);
  g_autofree char *stacked_data = NULL, *side_data = NULL;
  gsize stacked_length, side_length;
  g_autoptr(GdkTexture) texture = NULL;
  AwcExportOptions options = {
    .format = AWC_EXPORT_PNG, .width = 900, .height = 700, .scale = 1,
    .whole_run = TRUE, .layout = AWC_EXPORT_LAYOUT_STACKED,
  };

  export_through_dialog (GTK_WINDOW (compare), compare->message_bar, &options, stacked);
  assert_exported (compare->message_bar, stacked);
  options.layout = AWC_EXPORT_LAYOUT_SIDE_BY_SIDE;
  export_through_dialog (GTK_WINDOW (compare), compare->message_bar, &options, side);
  assert_exported (compare->message_bar, side);

  texture = load_png (stacked);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 900);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 700);
  g_assert_cmpuint (corner_level (texture), >, 150);
  g_assert_true (g_file_get_contents (stacked, &stacked_data, &stacked_length, NULL));
  g_assert_true (g_file_get_contents (side, &side_data, &side_length, NULL));
  g_assert_false (stacked_length == side_length && memcmp (stacked_data, side_data, side_length) == 0);
  /* Only the export's choice: the window keeps its own layout. */
  g_assert_false (awc_comparison_get_stacked (awc_compare_window_get_comparison (compare)));

  g_assert_cmpint (g_unlink (stacked), ==, 0);
  g_assert_cmpint (g_unlink (side), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  compare_window_destroy (compare);
}

static void
assert_error_shown (AwcMessageBar *bar,
                    const char    *needle)
{
  const char *text = awc_message_bar_get_text (bar);

  g_assert_true (awc_message_bar_get_error (bar));
  g_assert_true (g_str_has_prefix (text, "Could not export"));
  g_assert_nonnull (strstr (text, needle));
  /* One line, no control characters. */
  for (const char *p = text; *p != '\0'; p++)
    g_assert_cmpint ((guchar) *p, >=, 0x20);
  /* An error stays until closed and offers nothing to open. */
  g_assert_false (_awc_message_bar_get_auto_hide (bar));
  g_assert_null (awc_message_bar_get_file (bar));
  g_assert_false (offers_open (bar));
}

/* Into a folder that does not exist: the reason, in both windows, with a
 * control character in the name shown escaped. */
static void
test_export_errors (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AwcCompareWindow *compare = compare_window_new ();
  g_autofree char *dir = g_dir_make_tmp ("awc-export-dialog-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no\nsuch\033[31m", "out.png", NULL);
  AwcExportOptions options = { .format = AWC_EXPORT_PNG, .width = 400, .height = 300, .scale = 1 };

  export_through_dialog (GTK_WINDOW (fixture->window), fixture->window->message_bar, &options, missing);
  assert_error_shown (fixture->window->message_bar, "no\\nsuch\\e[31m");
  g_assert_nonnull (strstr (awc_message_bar_get_text (fixture->window->message_bar), "No such file"));

  export_through_dialog (GTK_WINDOW (compare), compare->message_bar, &options, missing);
  assert_error_shown (compare->message_bar, "no\\nsuch\\e[31m");

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  compare_window_destroy (compare);
}

/* The bar on its own: escaping, and which messages hide themselves. */
static void
test_message_bar (void)
{
  GtkWidget *window = gtk_window_new ();
  AwcMessageBar *bar = AWC_MESSAGE_BAR (awc_message_bar_new ());

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (bar));
  gtk_window_present (GTK_WINDOW (window));

  awc_message_bar_show_error (bar, "tab\there\r\x7f \u202eevil\xff");
  g_assert_cmpstr (awc_message_bar_get_text (bar), ==, "tab\\there\\r\\x7f \\u{202e}evil\\xff");
  g_assert_false (_awc_message_bar_get_auto_hide (bar));

  awc_message_bar_show_info (bar, "Copied");
  g_assert_cmpstr (awc_message_bar_get_text (bar), ==, "Copied");
  g_assert_false (awc_message_bar_get_error (bar));
  g_assert_true (_awc_message_bar_get_auto_hide (bar));
  g_assert_false (offers_open (bar));

  awc_message_bar_dismiss (bar);
  g_assert_null (awc_message_bar_get_text (bar));
  g_assert_false (_awc_message_bar_get_auto_hide (bar));

  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (20);
}

/* Out of the box the dialog exports what is on screen: the visible range
 * at the view's size; the whole run is the other choice. */
static void
test_defaults (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AwcExportDialog *dialog;
  AwcExportOptions options;
  GtkWidget *view = GTK_WIDGET (fixture->window->chart_view);

  g_settings_reset (settings, "export-zoomed");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  dialog = open_export_dialog (GTK_WINDOW (fixture->window));
  awc_export_dialog_get_options (dialog, &options);
  g_assert_false (options.whole_run);
  g_assert_cmpint (options.width, ==, MAX (gtk_widget_get_width (view), 320));
  g_assert_cmpint (options.height, ==, MAX (gtk_widget_get_height (view), 200));

  /* Choosing the whole run is remembered as a choice, not the default. */
  options.whole_run = TRUE;
  awc_export_dialog_set_options (dialog, &options);
  awc_export_dialog_get_options (dialog, &options);
  g_assert_true (options.whole_run);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_frames (10);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/awc/ui/export-dialog/message-bar", test_message_bar);
  WINDOW_TEST_ADD ("/awc/ui/export-dialog/same-dialog", test_same_dialog);
  WINDOW_TEST_ADD ("/awc/ui/export-dialog/defaults", test_defaults);
  WINDOW_TEST_ADD ("/awc/ui/export-dialog/window-export", test_window_export);
  WINDOW_TEST_ADD ("/awc/ui/export-dialog/compare-export", test_compare_export);
  WINDOW_TEST_ADD ("/awc/ui/export-dialog/errors", test_export_errors);

  return window_test_finish (g_test_run ());
}
