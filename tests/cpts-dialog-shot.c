/* cpts-dialog-shot.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of the Connect dialog's browser for data/screenshots/:
 *   cpts-dialog-shot OUTDIR
 * runs the in-process mock CodeArts PerfTest server (57 paged projects
 * and tasks), connects, browses to the first task with a filter typed in
 * the task column, and saves the dialog as OUTDIR/connect-browse.png and
 * OUTDIR/connect-browse-dark.png, and the form with an invalid access key
 * as OUTDIR/connect-form.png (GTK's own rendering, no X grab).  Run
 * it under Xvfb with TZ and LC_ALL fixed (build-aux/cpts-screenshots.sh). */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "awc-mock-cpts.h"
#include "ui/remote/awc-connect-dialog-private.h"

#define AK  "QTWAOYTTINDUT2QVKYUC"
#define SK  "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

static void
settle (AwcConnectDialog *d)
{
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!awc_cpts_browser_get_busy (d->browser))
        break;
      g_usleep (20000);
    }
  /* a few frames for the layout and the row factories */
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20000);
    }
}

static gboolean
save (GtkWidget  *window,
      const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (window), h = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  return gdk_texture_save_to_png (texture, path);
}

static int
shoot (AwcMockCpts *mock,
       const char  *path)
{
  AwcConnectDialog *d = _awc_connect_dialog_new_full (NULL, FALSE);
  AwcCptsBrowser *b = d->browser;
  int status = 0;

  gtk_window_set_default_size (GTK_WINDOW (d), 1100, 640);
  gtk_window_present (GTK_WINDOW (d));
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), awc_mock_cpts_get_base_url (mock));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), AK);
  gtk_editable_set_text (GTK_EDITABLE (d->sk_entry), SK);
  _awc_connect_dialog_connect (d);
  settle (d);
  gtk_single_selection_set_selected (b->project_selection, 0);
  settle (d);
  gtk_editable_set_text (GTK_EDITABLE (b->search_entries[AWC_CPTS_LEVEL_TASKS]), "night");
  gtk_single_selection_set_selected (b->task_selection, 0);
  settle (d);
  gtk_single_selection_set_selected (b->run_selection, 0);
  settle (d);
  if (!save (GTK_WIDGET (d), path))
    status = 1;
  gtk_window_destroy (GTK_WINDOW (d));
  return status;
}

static int
shoot_form (AwcMockCpts *mock,
            const char  *path)
{
  AwcConnectDialog *d = _awc_connect_dialog_new_full (NULL, FALSE);
  int status = 0;

  gtk_window_set_default_size (GTK_WINDOW (d), 1100, 640);
  gtk_window_present (GTK_WINDOW (d));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), "QTWA OYTT");
  settle (d);
  if (!save (GTK_WIDGET (d), path))
    status = 1;
  gtk_window_destroy (GTK_WINDOW (d));
  return status;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcMockCpts) mock = NULL;
  g_autofree char *light = NULL, *dark = NULL, *form = NULL;
  int status;

  /* AWCHART_LOCALEDIR=build/po with LANGUAGE/LANG set: the shots in
   * that language, as the app would show them. */
  if (g_getenv ("AWCHART_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("AWCHART_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  if (argc != 2 || !gtk_init_check ())
    {
      g_printerr ("usage: cpts-dialog-shot OUTDIR (with a display)\n");
      return 2;
    }
  if ((mock = awc_mock_cpts_new (AWC_TEST_DATA_DIR, &error)) == NULL)
    {
      g_printerr ("cpts-dialog-shot: %s\n", error->message);
      return 1;
    }
  awc_mock_cpts_set_aksk (mock, AK, SK, NULL);
  awc_mock_cpts_set_paging (mock, AWC_MOCK_PAGING_PAGE, 0);
  light = g_build_filename (argv[1], "connect-browse.png", NULL);
  dark = g_build_filename (argv[1], "connect-browse-dark.png", NULL);
  form = g_build_filename (argv[1], "connect-form.png", NULL);
  status = shoot (mock, light);
  _awc_connect_dialog_forget_session ();
  status |= shoot_form (mock, form);
  _awc_connect_dialog_forget_session ();
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  status |= shoot (mock, dark);
  return status;
}
