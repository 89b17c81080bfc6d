/* awc-compare-remote.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-compare-remote.h"

/* The Connect dialog emits report-fetched and closes; here the handler
 * decides where the chart goes.  The dialog holds no reference to the
 * window it reports to (g_signal_connect_object), so closing the window
 * first simply drops the result. */

#define SIDE_KEY "awc-compare-remote-side"

/* A fetched chart often carries no title of its own: name it after where
 * it came from, so the side labels and the export header say something. */
static void
name_report (AwcReport       *report,
             AwcRemoteSource *source)
{
  const char *title = awc_report_get_title (report);

  if (title == NULL || *title == '\0')
    {
      g_autofree char *name = awc_remote_source_dup_title (source);

      awc_report_set_title (report, name);
    }
}

static AwcConnectDialog *
open_dialog (GtkWindow  *parent,
             const char *title)
{
  AwcConnectDialog *dialog = awc_connect_dialog_new (parent);

  /* The same dialog; its title says what the fetched chart is for. */
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Report window → new compare window */

static void
compare_fetched_cb (AwcWindow        *window,
                    AwcReport        *report,
                    AwcRemoteSource  *source,
                    AwcConnectDialog *dialog)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));
  AwcReport *a = awc_window_get_report (window);
  g_autoptr(AwcReport) own_a = NULL;
  AwcCompareWindow *compare;

  /* The report may have gone while the dialog was open. */
  if (a == NULL)
    return;
  name_report (report, source);
  /* Its own series objects: hiding a series while comparing must not
   * hide it in the report window. */
  own_a = awc_report_dup (a);
  compare = awc_compare_window_new (AWC_APPLICATION (application), own_a, report);
  gtk_window_present (GTK_WINDOW (compare));
}

AwcConnectDialog *
awc_compare_remote_choose (AwcWindow *window)
{
  AwcConnectDialog *dialog;

  g_return_val_if_fail (AWC_IS_WINDOW (window), NULL);

  if (awc_window_get_report (window) == NULL)
    return NULL;
  dialog = open_dialog (GTK_WINDOW (window), _("Compare with Report from CodeArts PerfTest"));
  /* Swapped: the window comes first, the dialog (emitter) last. */
  g_signal_connect_object (dialog, "report-fetched", G_CALLBACK (compare_fetched_cb),
                           window, G_CONNECT_SWAPPED);
  return dialog;
}

/* Compare window → replace a side */

static void
replace_fetched_cb (AwcCompareWindow *window,
                    AwcReport        *report,
                    AwcRemoteSource  *source,
                    AwcConnectDialog *dialog)
{
  AwcComparison *comparison = awc_compare_window_get_comparison (window);
  AwcSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), SIDE_KEY));

  name_report (report, source);
  if (side == AWC_SIDE_A)
    awc_comparison_set_report_a (comparison, report);
  else
    awc_comparison_set_report_b (comparison, report);
}

AwcConnectDialog *
awc_compare_remote_replace (AwcCompareWindow *window,
                            AwcSide           side)
{
  AwcConnectDialog *dialog;

  g_return_val_if_fail (AWC_IS_COMPARE_WINDOW (window), NULL);
  g_return_val_if_fail (side == AWC_SIDE_A || side == AWC_SIDE_B, NULL);

  dialog = open_dialog (GTK_WINDOW (window),
                        side == AWC_SIDE_A ? _("Replace A with Report from CodeArts PerfTest")
                                           : _("Replace B with Report from CodeArts PerfTest"));
  g_object_set_data (G_OBJECT (dialog), SIDE_KEY, GUINT_TO_POINTER (side));
  g_signal_connect_object (dialog, "report-fetched", G_CALLBACK (replace_fetched_cb),
                           window, G_CONNECT_SWAPPED);
  return dialog;
}

/* Actions */

static void
compare_with_remote_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  awc_compare_remote_choose (AWC_WINDOW (user_data));
}

static void
update_enabled (AwcWindow *window)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), "compare-with-remote");

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), awc_window_get_report (window) != NULL);
}

void
awc_compare_remote_init_window_actions (AwcWindow *window)
{
  static const GActionEntry entries[] = {
    { "compare-with-remote", compare_with_remote_action, NULL, NULL, NULL, { 0 } },
  };

  g_return_if_fail (AWC_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), window);
  g_signal_connect (window, "notify::report", G_CALLBACK (update_enabled), NULL);
  update_enabled (window);
}

static void
replace_from_remote_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  const char *side = g_variant_get_string (parameter, NULL);

  awc_compare_remote_replace (AWC_COMPARE_WINDOW (widget),
                              g_ascii_strcasecmp (side, "a") == 0 ? AWC_SIDE_A : AWC_SIDE_B);
}

void
awc_compare_remote_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.replace-from-remote", "s",
                                   replace_from_remote_action);
}
