/* awc-cpts-browser-place.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the browser goes by itself: a remembered place selected column
 * by column as the lists arrive, "Open latest run", and Retry / F5. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"
#include "awc-util.h"

/* The report's label for the chart title: its start time, as the rows
 * show it; the raw name when the time does not read. */
char *
_awc_cpts_browser_dup_run_label (AwcCptsRun *run)
{
  g_autoptr(GDateTime) start = awc_cpts_run_dup_start (run);
  g_autoptr(GDateTime) local = NULL;

  if (start == NULL)
    return g_strdup (awc_cpts_run_get_name (run));
  local = g_date_time_to_local (start);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* After a column loaded: select what a remembered place or "Open latest
 * run" asks for there. */
void
_awc_cpts_browser_continue_place (AwcCptsBrowser *self,
                AwcCptsLevel    level)
{
  GtkSingleSelection *selection = _awc_cpts_browser_level_selection (self, level);
  g_autofree char *pending = g_steal_pointer (&self->pending_ids[level]);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));

  if (self->open_latest && level == AWC_CPTS_LEVEL_RUNS)
    {
      /* Newest first: the report at the top, whatever the filter shows. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entries[level]), "");
      if (g_list_model_get_n_items (G_LIST_MODEL (selection)) == 0)
        {
          g_autoptr(GError) error = g_error_new_literal (AWC_CPTS_ERROR, AWC_CPTS_ERROR_NOT_FOUND,
                                                         _("The task has no reports yet"));

          self->open_latest = FALSE;
          _awc_cpts_browser_emit_failed (self, error);
          return;
        }
      if (gtk_single_selection_get_selected (selection) == 0)
        {
          g_autoptr(AwcCptsRun) run = g_list_model_get_item (G_LIST_MODEL (selection), 0);
          g_autofree char *label = _awc_cpts_browser_dup_run_label (run);

          _awc_cpts_browser_list_cases (self, awc_cpts_run_get_id (run), label);
        }
      else
        gtk_single_selection_set_selected (selection, 0);
      return;
    }
  if (self->open_latest && level == AWC_CPTS_LEVEL_CASES)
    {
      self->open_latest = FALSE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entries[level]), "");
      if (g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0)
        {
          gtk_single_selection_set_selected (selection, 0);
          _awc_cpts_browser_open_case (self);
        }
      return;
    }
  if (pending != NULL && n > 0)
    {
      guint position = _awc_cpts_browser_find_id (self, level, pending);

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_single_selection_set_selected (selection, position);
      else
        for (guint l = level; l < AWC_CPTS_N_LEVELS; l++)
          g_clear_pointer (&self->pending_ids[l], g_free);
    }
}

void
_awc_cpts_browser_retry (AwcCptsBrowser *self)
{
  int level;

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  if (self->client == NULL)
    return;
  level = self->failed_level;
  /* Nothing failed: F5 reloads the deepest column shown. */
  if (level < 0)
    for (level = AWC_CPTS_LEVEL_CASES; level > AWC_CPTS_LEVEL_PROJECTS; level--)
      if (gtk_filter_list_model_get_model (self->filters[level]) != NULL)
        break;
  _awc_cpts_browser_show_retry (self, (AwcCptsLevel) level, FALSE);
  switch (level)
    {
    case AWC_CPTS_LEVEL_PROJECTS:
      _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_PROJECTS);
      _awc_cpts_browser_list_projects (self);
      break;
    case AWC_CPTS_LEVEL_TASKS:
      {
        g_autoptr(AwcCptsProject) project = _awc_cpts_browser_selected_item (self->project_selection);

        _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_TASKS);
        if (project != NULL)
          _awc_cpts_browser_load_tasks (self, project);
      }
      break;
    case AWC_CPTS_LEVEL_RUNS:
      {
        g_autoptr(AwcCptsTask) task = _awc_cpts_browser_selected_item (self->task_selection);

        _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_RUNS);
        if (task != NULL)
          _awc_cpts_browser_load_runs (self, task);
      }
      break;
    default:
      if (self->task_run_id != NULL)
        _awc_cpts_browser_list_cases (self, self->task_run_id, self->report_name);
      break;
    }
}

void
_awc_cpts_browser_open_latest (AwcCptsBrowser *self)
{
  g_autoptr(AwcCptsTask) task = NULL;

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  task = _awc_cpts_browser_selected_item (self->task_selection);
  if (task == NULL || self->client == NULL)
    return;
  self->open_latest = TRUE;
  /* The reports of the task are listed (or about to be): go on from
   * there; else list them first. */
  if (gtk_filter_list_model_get_model (self->filters[AWC_CPTS_LEVEL_RUNS]) != NULL)
    _awc_cpts_browser_continue_place (self, AWC_CPTS_LEVEL_RUNS);
  else if (self->status == NULL)
    _awc_cpts_browser_load_runs (self, task);
}

void
_awc_cpts_browser_restore_place (AwcCptsBrowser *self,
                                 const char     *project_id,
                                 const char     *task_id,
                                 const char     *run_id)
{
  const char *ids[] = { project_id, task_id, run_id };

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  for (guint level = 0; level < G_N_ELEMENTS (ids); level++)
    {
      gboolean stop = ids[level] == NULL || *ids[level] == '\0';

      awc_set_str (&self->pending_ids[level], stop ? NULL : ids[level]);
      /* A place is a path: nothing after a gap. */
      for (guint l = level; stop && l < G_N_ELEMENTS (ids); l++)
        g_clear_pointer (&self->pending_ids[l], g_free);
      if (stop)
        break;
    }
  /* The projects may be listed already. */
  if (gtk_filter_list_model_get_model (self->filters[AWC_CPTS_LEVEL_PROJECTS]) != NULL)
    _awc_cpts_browser_continue_place (self, AWC_CPTS_LEVEL_PROJECTS);
}

const char *
_awc_cpts_browser_get_current_id (AwcCptsBrowser *self,
                                  AwcCptsLevel    level)
{
  g_return_val_if_fail (AWC_IS_CPTS_BROWSER (self), NULL);

  return self->current_ids[level];
}

