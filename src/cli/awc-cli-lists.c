/* awc-cli-lists.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "awc-cli-private.h"
#include "awc-cli-remote.h"
#include "awc-util.h"

/* awchart --list-projects, --list-tasks, --list-runs: the navigation
 * lists for scripts.  The client pages the lists to the end; the table's
 * columns are aligned by characters, the JSON is an array of objects
 * with at least "id" and "name". */

#define EXIT_USAGE 2

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* "2024-03-15 08:00" in local time, or the server's text when it does
 * not read as a time; NULL for none. */
static char *
dup_local_time (const char *text)
{
  g_autoptr(GDateTime) dt = awc_cpts_time_parse (text);
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL)
    return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
dup_case_names (AwcCptsRun *run)
{
  const char * const *names = awc_cpts_run_get_case_names (run);

  return names != NULL ? g_strjoinv (", ", (char **) names) : NULL;
}

/* One row of cells (owned strings; NULL shows as "-"). */
static GPtrArray *
row_for (AwcCliList  what,
         GObject    *item)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

  if (what == AWC_CLI_LIST_PROJECTS)
    {
      AwcCptsProject *p = AWC_CPTS_PROJECT (item);

      g_ptr_array_add (row, g_strdup (awc_cpts_project_get_id (p)));
      g_ptr_array_add (row, g_strdup (awc_cpts_project_get_name (p)));
      g_ptr_array_add (row, g_strdup (awc_cpts_project_get_description (p)));
    }
  else if (what == AWC_CLI_LIST_TASKS)
    {
      AwcCptsTask *t = AWC_CPTS_TASK (item);
      int concurrency = awc_cpts_task_get_concurrency (t);

      g_ptr_array_add (row, g_strdup (awc_cpts_task_get_id (t)));
      g_ptr_array_add (row, g_strdup (awc_cpts_task_get_name (t)));
      g_ptr_array_add (row, concurrency > 0 ? g_strdup_printf ("%d", concurrency) : NULL);
      g_ptr_array_add (row, awc_cpts_task_get_last_run_id (t) != NULL
                            ? dup_local_time (awc_cpts_task_get_update_time (t)) : NULL);
      g_ptr_array_add (row, g_strdup (awc_cpts_task_get_last_run_id (t)));
    }
  else
    {
      AwcCptsRun *r = AWC_CPTS_RUN (item);

      g_ptr_array_add (row, g_strdup (awc_cpts_run_get_id (r)));
      g_ptr_array_add (row, dup_local_time (awc_cpts_run_get_start_time (r)));
      g_ptr_array_add (row, awc_cpts_format_duration (awc_cpts_run_get_seconds (r)));
      g_ptr_array_add (row, dup_case_names (r));
      g_ptr_array_add (row, g_strdup (awc_cpts_run_get_name (r)));
    }
  return row;
}

static char *
format_table (AwcCliList  what,
              GListModel *items)
{
  /* Translators: column headings of awchart --list-projects/-tasks/-runs */
  const char *heads[3][5] = {
    { N_("ID"), N_("NAME"), N_("DESCRIPTION") },
    { N_("ID"), N_("NAME"), N_("CONCURRENCY"), N_("LAST RUN"), N_("LATEST REPORT") },
    { N_("ID"), N_("START"), N_("DURATION"), N_("CASES"), N_("NAME") },
  };
  guint n_cols = what == AWC_CLI_LIST_PROJECTS ? 3 : 5;
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  glong widths[5] = { 0 };
  GString *out = g_string_new (NULL);

  g_ptr_array_add (rows, g_ptr_array_new_with_free_func (g_free));
  for (guint c = 0; c < n_cols; c++)
    g_ptr_array_add (rows->pdata[0], g_strdup (_(heads[what][c])));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      GPtrArray *row = row_for (what, item);

      /* Server text: control characters escaped before measuring. */
      for (guint c = 0; c < n_cols; c++)
        {
          char *cell = row->pdata[c];

          row->pdata[c] = cell != NULL && *cell != '\0' ? awc_escape_text (cell) : g_strdup ("-");
          g_free (cell);
        }
      g_ptr_array_add (rows, row);
    }
  for (guint i = 0; i < rows->len; i++)
    for (guint c = 0; c < n_cols; c++)
      widths[c] = MAX (widths[c], (glong) awc_text_width (g_ptr_array_index ((GPtrArray *) rows->pdata[i], c)));
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      for (guint c = 0; c < n_cols; c++)
        {
          const char *cell = row->pdata[c];

          g_string_append (out, cell);
          if (c + 1 < n_cols)
            {
              for (glong pad = (glong) awc_text_width (cell); pad < widths[c] + 2; pad++)
                g_string_append_c (out, ' ');
            }
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
add_object (JsonBuilder *b,
            AwcCliList   what,
            GObject     *item)
{
  json_builder_begin_object (b);
  if (what == AWC_CLI_LIST_PROJECTS)
    {
      AwcCptsProject *p = AWC_CPTS_PROJECT (item);

      _awc_cli_json_add_string (b, "id", awc_cpts_project_get_id (p));
      _awc_cli_json_add_string (b, "name", awc_cpts_project_get_name (p));
      _awc_cli_json_add_string (b, "description", awc_cpts_project_get_description (p));
    }
  else if (what == AWC_CLI_LIST_TASKS)
    {
      AwcCptsTask *t = AWC_CPTS_TASK (item);
      int concurrency = awc_cpts_task_get_concurrency (t);

      _awc_cli_json_add_string (b, "id", awc_cpts_task_get_id (t));
      _awc_cli_json_add_string (b, "name", awc_cpts_task_get_name (t));
      _awc_cli_json_add_string (b, "description", awc_cpts_task_get_description (t));
      if (concurrency > 0)
        _awc_cli_json_add_int (b, "concurrency", concurrency);
      else
        _awc_cli_json_add_string (b, "concurrency", NULL);
      _awc_cli_json_add_string (b, "last_run_time", awc_cpts_task_get_last_run_id (t) != NULL
                                                    ? awc_cpts_task_get_update_time (t) : NULL);
      _awc_cli_json_add_string (b, "latest_run_id", awc_cpts_task_get_last_run_id (t));
    }
  else
    {
      AwcCptsRun *r = AWC_CPTS_RUN (item);
      const char * const *names = awc_cpts_run_get_case_names (r);
      double seconds = awc_cpts_run_get_seconds (r);
      g_autofree char *duration = awc_cpts_format_duration (seconds);

      _awc_cli_json_add_string (b, "id", awc_cpts_run_get_id (r));
      _awc_cli_json_add_string (b, "name", awc_cpts_run_get_name (r));
      _awc_cli_json_add_string (b, "start_time", awc_cpts_run_get_start_time (r));
      _awc_cli_json_add_string (b, "end_time", awc_cpts_run_get_end_time (r));
      _awc_cli_json_add_number (b, "duration_seconds", seconds);
      _awc_cli_json_add_string (b, "duration", duration);
      json_builder_set_member_name (b, "cases");
      json_builder_begin_array (b);
      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        json_builder_add_string_value (b, names[i]);
      json_builder_end_array (b);
      _awc_cli_json_add_int (b, "case_count", names != NULL ? g_strv_length ((char **) names) : 0);
    }
  json_builder_end_object (b);
}

char *
_awc_cli_list_format (AwcCliList  what,
                      GListModel *items,
                      gboolean    json)
{
  g_autoptr(JsonBuilder) b = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  if (!json)
    return format_table (what, items);
  b = json_builder_new ();
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_object (b, what, item);
    }
  json_builder_end_array (b);
  return _awc_cli_json_to_data (b);
}

/* The ids a list command takes; any other names a different command. */
static gboolean
check_ids (AwcCliList           what,
           const AwcRemoteArgs *args)
{
  static const char *commands[] = { "--list-projects", "--list-tasks", "--list-runs" };
  g_autofree char *message = NULL;

  if (args->task_run_id != NULL || args->case_run_id != NULL || args->detail_id != NULL
      || (what != AWC_CLI_LIST_TASKS && args->test_suite_id != NULL)
      || (what != AWC_CLI_LIST_RUNS && args->task_id != NULL))
    {
      /* Translators: %s is --list-projects, --list-tasks or --list-runs */
      message = g_strdup_printf (what == AWC_CLI_LIST_PROJECTS ? _("%s takes no task, run or case ids")
                                 : what == AWC_CLI_LIST_TASKS ? _("%s takes only --test-suite-id of the ids")
                                 : _("%s takes only --task-id of the ids"),
                                 commands[what]);
      _awc_cli_remote_print_error (message);
      return FALSE;
    }
  if (what == AWC_CLI_LIST_TASKS && (args->test_suite_id == NULL || *args->test_suite_id == '\0'))
    {
      _awc_cli_remote_print_error (_("--list-tasks needs --test-suite-id ID (see --list-projects)"));
      return FALSE;
    }
  if (what == AWC_CLI_LIST_RUNS && (args->task_id == NULL || *args->task_id == '\0'))
    {
      _awc_cli_remote_print_error (_("--list-runs needs --task-id ID (see --list-tasks)"));
      return FALSE;
    }
  return TRUE;
}

int
awc_cli_list_main (AwcCliList           what,
                   const AwcRemoteArgs *args,
                   gboolean             json)
{
  g_autoptr(AwcCptsClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (args != NULL, EXIT_USAGE);

  if (!check_ids (what, args))
    return EXIT_USAGE;
  if ((client = _awc_cli_remote_make_client (args, AWC_REMOTE_NEED_NOTHING, &error)) == NULL)
    {
      _awc_cli_remote_print_error (error->message);
      return _awc_cli_remote_status_for (error);
    }
  if (what == AWC_CLI_LIST_PROJECTS)
    awc_cpts_client_list_projects_async (client, NULL, store_result, &result);
  else if (what == AWC_CLI_LIST_TASKS)
    awc_cpts_client_list_tasks_async (client, args->test_suite_id, NULL, store_result, &result);
  else
    awc_cpts_client_list_runs_async (client, args->task_id, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if ((items = awc_cpts_client_list_finish (client, result, &error)) == NULL)
    {
      _awc_cli_remote_print_error (error->message);
      return _awc_cli_remote_status_for (error);
    }
  text = _awc_cli_list_format (what, items, json);
  return _awc_cli_print_output (text, json);
}
