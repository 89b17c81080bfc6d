/* awc-cpts-client-lists.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"

/* The navigation lists: projects, tasks, reports, cases.  Bodies are
 * parsed in a GTask thread. */

typedef GListModel *(*ParseFunc) (GBytes *body, GError **error);

typedef struct
{
  GBytes    *body;
  ParseFunc  parse;
} ListData;

static void
list_data_free (gpointer data)
{
  ListData *ld = data;

  g_clear_pointer (&ld->body, g_bytes_unref);
  g_free (ld);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ListData *ld = task_data;
  GError *error = NULL;
  GListModel *model = ld->parse (ld->body, &error);

  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

static void
list_request_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ListData *ld = g_task_get_task_data (task);
  GError *error = NULL;

  if ((ld->body = _awc_cpts_request_finish (result, &error)) == NULL)
    g_task_return_error (task, error);
  else
    g_task_run_in_thread (task, parse_thread);
}

static gboolean
check_id (GTask      *task,
          const char *what,
          const char *value,
          gboolean    numeric)
{
  if (value == NULL || *value == '\0' || (numeric && !awc_cpts_id_is_numeric (value))
      || strchr (value, '/') != NULL || strchr (value, '?') != NULL || strchr (value, '#') != NULL)
    {
      if (numeric)
        g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                                 _("The %s must be a whole number, not “%s”"), what,
                                 value ? value : "");
      else
        g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                                 _("The %s “%s” is not a valid id"), what, value ? value : "");
      return FALSE;
    }
  return TRUE;
}

static void
start_list (AwcCptsClient       *self,
            gpointer             tag,
            const char          *path_prefix,
            const char          *path_suffix,
            const char          *id,
            const char          *id_name,
            const char          *path_tail,
            ParseFunc            parse,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  ListData *ld = g_new0 (ListData, 1);

  g_task_set_source_tag (task, tag);
  ld->parse = parse;
  g_task_set_task_data (task, ld, list_data_free);
  if (!check_id (task, _("project id"), awc_cpts_client_get_project_id (self), FALSE))
    return;
  if (id != NULL && !check_id (task, id_name, id, FALSE))
    return;
  escaped = id ? g_uri_escape_string (id, NULL, FALSE) : NULL;
  path = g_strconcat (path_prefix, awc_cpts_client_get_project_id (self), path_suffix,
                      escaped, path_tail, NULL);
  _awc_cpts_request_async (self, path, cancellable, list_request_cb, g_steal_pointer (&task));
}

void
awc_cpts_client_list_projects_async (AwcCptsClient       *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_projects_async, "v1/", "/test-suites", NULL, NULL, NULL,
              _awc_cpts_parse_projects, cancellable, callback, user_data);
}

void
awc_cpts_client_list_tasks_async (AwcCptsClient       *self,
                                  const char          *test_suite_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_tasks_async, "v1/", "/all-tasks/",
              test_suite_id ? test_suite_id : "", _("project (test suite) id"), NULL,
              _awc_cpts_parse_tasks, cancellable, callback, user_data);
}

void
awc_cpts_client_list_runs_async (AwcCptsClient       *self,
                                 const char          *task_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_runs_async, "v1/", "/tasks/history-run-list/",
              task_id ? task_id : "", _("task id"), NULL, _awc_cpts_parse_runs,
              cancellable, callback, user_data);
}

void
awc_cpts_client_list_cases_async (AwcCptsClient       *self,
                                  const char          *task_run_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  if (!awc_cpts_id_is_numeric (task_run_id))
    {
      task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (task, awc_cpts_client_list_cases_async);
      check_id (task, _("task run id"), task_run_id, TRUE);
      return;
    }
  start_list (self, awc_cpts_client_list_cases_async, "v2/", "/task-run-infos/",
              task_run_id, _("task run id"), "/cases", _awc_cpts_parse_cases,
              cancellable, callback, user_data);
}

GListModel *
awc_cpts_client_list_finish (AwcCptsClient  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
