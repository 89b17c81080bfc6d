/* awc-cpts-browser-ids.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ids typed or pasted by hand: a task run id whose cases to list, and
 * the explicit case run and detail ids of a chart.  They are checked
 * before anything is sent. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"
#include "awc-util.h"

static char *
dup_entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* A whole number or a message for the banner. */
static gboolean
check_numeric (AwcCptsBrowser *self,
               const char     *what,
               const char     *value)
{
  g_autoptr(GError) error = NULL;

  if (awc_cpts_id_is_numeric (value))
    return TRUE;
  if (*value == '\0')
    /* Translators: %s is "task run ID" or "case run ID" */
    error = g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                         _("Enter the %s, a whole number"), what);
  else
    /* Translators: the first %s is "task run ID" or "case run ID" */
    error = g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                         _("The %s must be a whole number, not “%s”"), what, value);
  _awc_cpts_browser_emit_failed (self, error);
  return FALSE;
}

void
_awc_cpts_browser_show_cases (AwcCptsBrowser *self)
{
  g_autofree char *task_run_id = dup_entry_text (self->run_entry);

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  if (self->client == NULL || !check_numeric (self, _("task run ID"), task_run_id))
    return;
  /* The pasted id replaces whatever report the columns had chosen. */
  gtk_single_selection_set_selected (self->run_selection, GTK_INVALID_LIST_POSITION);
  awc_set_str (&self->task_name, NULL);
  awc_set_str (&self->current_ids[AWC_CPTS_LEVEL_RUNS], NULL);
  _awc_cpts_browser_list_cases (self, task_run_id, NULL);
}

void
_awc_cpts_browser_open_ids (AwcCptsBrowser *self)
{
  g_autofree char *task_run_id = dup_entry_text (self->run_entry);
  g_autofree char *case_run_id = dup_entry_text (self->case_run_entry);
  g_autofree char *detail_id = dup_entry_text (self->detail_entry);
  g_autoptr(AwcRemoteSource) source = NULL;

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  if (self->client == NULL
      || !check_numeric (self, _("task run ID"), task_run_id)
      || !check_numeric (self, _("case run ID"), case_run_id))
    return;
  if (*detail_id == '\0')
    {
      g_autoptr(GError) error = g_error_new_literal (AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                                                     _("Enter the detail ID of the chart"));

      _awc_cpts_browser_emit_failed (self, error);
      return;
    }
  source = awc_remote_source_new_for_ids (self->client, task_run_id, case_run_id, detail_id);
  /* The names are known when the ids belong to the report on screen. */
  if (g_strcmp0 (task_run_id, self->task_run_id) == 0)
    {
      awc_remote_source_set_task_name (source, self->task_name);
      awc_remote_source_set_report_name (source, self->report_name);
    }
  _awc_cpts_browser_fetch (self, source, case_run_id);
}

