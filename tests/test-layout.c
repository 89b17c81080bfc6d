/* test-layout.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window's layout with both side panels: the chart gets most of
 * a 1280 px window, nothing in the panels is cut off, and the window can
 * shrink to about 900 px. */
#include "config.h"

#include "window-fixture.h"

static void
collect_labels (GtkWidget *root,
                GPtrArray *labels)
{
  if (!gtk_widget_get_visible (root) || !gtk_widget_get_child_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_ptr_array_add (labels, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Every shown label under @root has its whole text: not ellipsized, and
 * given at least the width its text needs. */
static void
assert_no_label_cut (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      const char *text = gtk_label_get_text (label);
      PangoLayout *layout;
      int text_w;

      if (text == NULL || *text == '\0')
        continue;
      layout = gtk_label_get_layout (label);
      if (pango_layout_is_ellipsized (layout))
        g_error ("label “%s” is ellipsized (%d px wide)", text,
                 gtk_widget_get_width (GTK_WIDGET (label)));
      pango_layout_get_pixel_size (layout, &text_w, NULL);
      if (text_w > gtk_widget_get_width (GTK_WIDGET (label)) + 1)
        g_error ("label “%s” needs %d px, has %d px", text, text_w,
                 gtk_widget_get_width (GTK_WIDGET (label)));
    }
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static void
test_default_size (Fixture       *fixture,
                   gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;
  GtkWidget *chart = GTK_WIDGET (window->chart_view);
  int series_w, bucket_w, chart_w;

  g_assert_true (gtk_widget_get_visible (window->series_box));
  g_assert_true (gtk_widget_get_visible (window->bucket_box));
  series_w = gtk_widget_get_width (window->series_box);
  bucket_w = gtk_widget_get_width (window->bucket_box);
  chart_w = gtk_widget_get_width (chart);
  g_test_message ("window %d: series list %d (min %d), chart %d, bucket panel %d (min %d); window min %d",
                  gtk_widget_get_width (GTK_WIDGET (window)), series_w, min_width (window->series_box),
                  chart_w, bucket_w, min_width (window->bucket_box), min_width (GTK_WIDGET (window)));

  /* The chart has half of the window; the panels were 330 and 430 px. */
  g_assert_cmpint (chart_w, >=, 640);
  g_assert_cmpint (series_w, <=, 300);
  g_assert_cmpint (bucket_w, <=, 320);

  assert_no_label_cut (window->series_box);
  assert_no_label_cut (window->bucket_box);
}

static gboolean
narrowed (gpointer data)
{
  return gtk_widget_get_width (data) <= 900;
}

/* With both panels the window still shrinks to 900 px. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  AwcWindow *window = fixture->window;

  g_assert_true (gtk_widget_get_visible (window->series_box));
  g_assert_true (gtk_widget_get_visible (window->bucket_box));
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 900);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  wait_until (narrowed, window);
  run_frames (100);
  g_test_message ("window %d: series list %d, chart %d, bucket panel %d",
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_width (window->series_box),
                  gtk_widget_get_width (GTK_WIDGET (window->chart_view)),
                  gtk_widget_get_width (window->bucket_box));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 900);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->chart_view)), >=, 260);
  assert_no_label_cut (window->series_box);
  assert_no_label_cut (window->bucket_box);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/layout/default-size", test_default_size);
  WINDOW_TEST_ADD ("/awc/ui/layout/narrow", test_narrow);

  return window_test_finish (g_test_run ());
}
