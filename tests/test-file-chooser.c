/* test-file-chooser.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * awc-file-chooser: the one open/save chooser every dialog uses.  Without
 * a portal, GtkFileChooserNative shows a GtkFileChooserDialog, which the
 * test answers like a user would. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>

#include "ui/awc-file-chooser.h"

typedef struct
{
  gboolean  done;
  GFile    *file;
  GError   *error;
} Outcome;

static void
chosen_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Outcome *outcome = user_data;

  g_assert_null (object);
  outcome->file = awc_file_chooser_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
outcome_clear (Outcome *outcome)
{
  g_clear_object (&outcome->file);
  g_clear_error (&outcome->error);
  outcome->done = FALSE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for (gboolean *flag)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/* The chooser's sidebar and folder model finish their own async work
 * (GIO queries, cloud providers over D-Bus) after it is gone: let them,
 * so nothing is still in flight when the test ends. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (500, timeout_cb, &done);
  wait_for (&done);
}

/* GTK 4.8's GtkFileChooserWidget itself leaks (tree paths in its list
 * view, cloud-provider lookups, folder-model GFileInfos in GIO threads),
 * so the tests that show one are left out under LeakSanitizer. */
static gboolean
skip_under_lsan (void)
{
  if (g_getenv ("LSAN_OPTIONS") == NULL)
    return FALSE;
  g_test_skip ("GTK 4.8's file chooser widget leaks under LeakSanitizer");
  return TRUE;
}

/* The chooser the native dialog fell back to, once it is on screen. */
static GtkFileChooser *
find_chooser (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
            return GTK_FILE_CHOOSER (window);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
chooser_shown (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static void
test_save_options (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GListModel) filters = awc_file_chooser_json_filters_new ();
  g_autoptr(GListModel) chooser_filters = NULL;
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;
  Outcome outcome = { 0 };

  if (skip_under_lsan ())
    {
      gtk_window_destroy (parent);
      return;
    }
  gtk_window_present (parent);
  awc_file_chooser_save_async (parent, "Save Report", "_Save", filters, "run.json", folder,
                               NULL, chosen_cb, &outcome);
  chooser = find_chooser ();

  /* Title, action, suggested name and the JSON filter reach the chooser. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Save Report");
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "run.json");
  chooser_filters = gtk_file_chooser_get_filters (chooser);
  g_assert_cmpuint (g_list_model_get_n_items (chooser_filters), ==, 1);

  /* Closed by the user: no file and no error, and the chooser is gone. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_DELETE_EVENT);
  wait_for (&outcome.done);
  g_assert_null (outcome.file);
  g_assert_no_error (outcome.error);
  g_assert_false (chooser_shown ());

  gtk_window_destroy (parent);
  settle ();
}

static void
test_open_dismissed (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkFileChooser *chooser;
  Outcome outcome = { 0 };

  if (skip_under_lsan ())
    {
      gtk_window_destroy (parent);
      return;
    }
  gtk_window_present (parent);
  awc_file_chooser_open_async (parent, "Open Report", "_Open", NULL, NULL, chosen_cb, &outcome);
  chooser = find_chooser ();
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_OPEN);

  /* Cancel in the dialog: no file and no error. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_for (&outcome.done);
  g_assert_null (outcome.file);
  g_assert_no_error (outcome.error);

  gtk_window_destroy (parent);
  settle ();
}

static void
test_open_cancelled (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome outcome = { 0 };

  if (skip_under_lsan ())
    {
      gtk_window_destroy (parent);
      return;
    }
  gtk_window_present (parent);
  awc_file_chooser_open_async (parent, "Open Report", "_Open", NULL, cancellable,
                               chosen_cb, &outcome);
  find_chooser ();

  /* The window went away (its cancellable): the chooser goes too. */
  g_cancellable_cancel (cancellable);
  wait_for (&outcome.done);
  g_assert_null (outcome.file);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (chooser_shown ());
  outcome_clear (&outcome);

  gtk_window_destroy (parent);
  settle ();
}

static void
test_open_precancelled (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome outcome = { 0 };

  /* Already cancelled: answered without showing anything. */
  g_cancellable_cancel (cancellable);
  awc_file_chooser_open_async (parent, "Open Report", "_Open", NULL, cancellable,
                               chosen_cb, &outcome);
  g_assert_false (outcome.done);   /* never before the caller returns */
  wait_for (&outcome.done);
  g_assert_null (outcome.file);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (chooser_shown ());
  outcome_clear (&outcome);

  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/awc/ui/file-chooser/save-options", test_save_options);
  g_test_add_func ("/awc/ui/file-chooser/open-dismissed", test_open_dismissed);
  g_test_add_func ("/awc/ui/file-chooser/open-cancelled", test_open_cancelled);
  g_test_add_func ("/awc/ui/file-chooser/open-precancelled", test_open_precancelled);

  return g_test_run ();
}
