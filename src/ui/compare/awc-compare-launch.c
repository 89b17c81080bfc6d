/* awc-compare-launch.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-compare-launch.h"
#include "ui/awc-file-chooser.h"
#include "io/awc-samples.h"

#define DEMO_PREFIX "demo:"
#define DROP_CHOICE_KEY "awc-compare-drop-choice"

AwcCompareWindow *
awc_compare_launch_with_file (GtkApplication *application,
                              AwcReport      *a,
                              GFile          *b)
{
  AwcCompareWindow *window;
  g_autoptr(AwcReport) own_a = NULL;

  g_return_val_if_fail (application == NULL || AWC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (b), NULL);

  /* Its own series objects: hiding a series while comparing must not
   * hide it in the report window. */
  own_a = a ? awc_report_dup (a) : NULL;
  window = awc_compare_window_new (AWC_APPLICATION (application), own_a, NULL);
  awc_compare_window_load_file (window, AWC_SIDE_B, b);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_chosen (AwcWindow *window,
             GFile     *file)
{
  AwcCompareWindow *compare;

  compare = awc_compare_launch_with_file (gtk_window_get_application (GTK_WINDOW (window)),
                                          awc_window_get_report (window), file);
  /* The targets the analyst set on this run hold for the comparison too. */
  awc_compare_window_set_thresholds (compare, awc_window_get_thresholds (window));
}

static void
choose_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AwcWindow) window = user_data;
  g_autoptr(GFile) file = awc_file_chooser_finish (result, NULL);

  if (file != NULL)
    open_chosen (window, file);
}

void
awc_compare_launch_choose_file (AwcWindow *window)
{
  g_autoptr(GListModel) filters = NULL;

  g_return_if_fail (AWC_IS_WINDOW (window));

  if (awc_window_get_report (window) == NULL)
    return;

  filters = awc_file_chooser_json_filters_new ();
  awc_file_chooser_open_async (GTK_WINDOW (window), _("Compare With"), _("_Compare"), filters,
                               NULL, choose_cb, g_object_ref (window));
}

gboolean
awc_compare_launch_check_source (const char  *source,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (source != NULL, FALSE);

  if (!g_str_has_prefix (source, DEMO_PREFIX))
    return TRUE;
  name = source + strlen (DEMO_PREFIX);
  if (!(bytes = awc_sample_dup_bytes (name, &local_error)))
    {
      /* A bad command-line value, as for the other options. */
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
load_source (AwcCompareWindow *window,
             AwcSide           side,
             const char       *source)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_has_prefix (source, DEMO_PREFIX))
    {
      awc_compare_window_load_sample (window, side, source + strlen (DEMO_PREFIX));
      return;
    }
  file = g_file_new_for_uri (source);
  awc_compare_window_load_file (window, side, file);
}

AwcCompareWindow *
awc_compare_launch_sources (GtkApplication *application,
                            const char     *a,
                            const char     *b)
{
  AwcCompareWindow *window;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  window = awc_compare_window_new (AWC_APPLICATION (application), NULL, NULL);
  load_source (window, AWC_SIDE_A, a);
  load_source (window, AWC_SIDE_B, b);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The drop banner */

static void
drop_choice_remove (GtkWidget *banner)
{
  GtkWidget *box = gtk_widget_get_parent (banner);
  GtkRoot *root = gtk_widget_get_root (banner);

  if (root != NULL && g_object_get_data (G_OBJECT (root), DROP_CHOICE_KEY) == banner)
    g_object_set_data (G_OBJECT (root), DROP_CHOICE_KEY, NULL);
  if (GTK_IS_BOX (box))
    gtk_box_remove (GTK_BOX (box), banner);
}

static void
on_choice_cb (GtkButton *button,
              GtkWidget *banner)
{
  const char *choice = g_object_get_data (G_OBJECT (button), "choice");
  GFile *file = g_object_get_data (G_OBJECT (banner), "file");
  GtkRoot *root = gtk_widget_get_root (banner);
  g_autoptr(GFile) keep = file != NULL ? g_object_ref (file) : NULL;

  drop_choice_remove (banner);
  if (!AWC_IS_WINDOW (root) || keep == NULL)
    return;
  if (g_strcmp0 (choice, "replace") == 0)
    awc_window_open_file (AWC_WINDOW (root), keep);
  else if (g_strcmp0 (choice, "compare") == 0)
    open_chosen (AWC_WINDOW (root), keep);
}

static GtkWidget *
choice_button (GtkWidget  *banner,
               const char *label,
               const char *choice)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label) : gtk_button_new ();

  g_object_set_data (G_OBJECT (button), "choice", (gpointer) choice);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_cb), banner);
  return button;
}

void
awc_compare_launch_ask_drop (AwcWindow *window,
                             GtkWidget *sibling,
                             GFile     *file)
{
  GtkWidget *old, *banner, *box, *label, *button, *compare;
  GtkWidget *parent = gtk_widget_get_parent (sibling);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (AWC_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (GTK_IS_BOX (parent));

  if ((old = g_object_get_data (G_OBJECT (window), DROP_CHOICE_KEY)) != NULL)
    drop_choice_remove (old);

  name = g_file_get_basename (file);
  /* Translators: a report file was dropped on a window showing a report */
  text = g_strdup_printf (_("Open “%s” in place of this report, or compare the two?"), name);

  banner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (banner, "awc-loading-bar");
  g_object_set_data_full (G_OBJECT (banner), "file", g_object_ref (file), g_object_unref);
  box = banner;
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  button = choice_button (banner, _("_Replace"), "replace");
  gtk_box_append (GTK_BOX (box), button);
  compare = choice_button (banner, _("_Compare"), "compare");
  gtk_widget_add_css_class (compare, "suggested-action");
  gtk_box_append (GTK_BOX (box), compare);
  button = choice_button (banner, NULL, "cancel");
  gtk_button_set_icon_name (GTK_BUTTON (button), "window-close-symbolic");
  gtk_widget_set_tooltip_text (button, _("Dismiss"));
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), button);

  gtk_box_insert_child_after (GTK_BOX (parent), banner, sibling);
  g_object_set_data (G_OBJECT (window), DROP_CHOICE_KEY, banner);
  gtk_widget_grab_focus (compare);
}

gboolean
awc_compare_launch_answer_drop (AwcWindow  *window,
                                const char *choice)
{
  GtkWidget *banner;

  g_return_val_if_fail (AWC_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (choice != NULL, FALSE);

  banner = g_object_get_data (G_OBJECT (window), DROP_CHOICE_KEY);
  if (banner == NULL)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (banner);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && g_strcmp0 (g_object_get_data (G_OBJECT (child), "choice"), choice) == 0)
      {
        g_signal_emit_by_name (child, "clicked");
        return TRUE;
      }
  return FALSE;
}
