/* awc-cpts-client-chart.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"
#include "awc-report-loader.h"

/* The chart call, and the case-list → chart id mapping with its
 * fallback (reference §2). */

typedef struct
{
  /* Owned */
  char             *task_run_id;
  char             *case_run_id;
  char             *detail_id;
  AwcCptsCase      *cpts_case;   /* NULL for explicit ids */
  GBytes           *body;
  GError           *first_error;

  AwcCptsIdMapping  mappings[2];
  guint             n_mappings;
  guint             index;
} ChartData;

typedef struct
{
  AwcReport *report;
  GBytes    *body;
} ChartResult;

static void
chart_data_free (gpointer data)
{
  ChartData *cd = data;

  g_free (cd->task_run_id);
  g_free (cd->case_run_id);
  g_free (cd->detail_id);
  g_clear_object (&cd->cpts_case);
  g_clear_pointer (&cd->body, g_bytes_unref);
  g_clear_error (&cd->first_error);
  g_free (cd);
}

static void
chart_result_free (gpointer data)
{
  ChartResult *cr = data;

  g_clear_object (&cr->report);
  g_clear_pointer (&cr->body, g_bytes_unref);
  g_free (cr);
}

static void start_attempt (GTask *task);

/* A 4xx that may come from the wrong ids: not 401 (retrying bad keys
 * hastens the gateway's lockout) and not 429 (already retried). */
static gboolean
worth_fallback (const GError *error)
{
  return g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NOT_FOUND)
         || g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_PERMISSION)
         || g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_HTTP)
         || g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE);
}

/* Moves to the next mapping whose ids are usable; FALSE when none is. */
static gboolean
next_mapping (ChartData *cd)
{
  while (cd->index < cd->n_mappings)
    {
      g_clear_pointer (&cd->case_run_id, g_free);
      g_clear_pointer (&cd->detail_id, g_free);
      if (awc_cpts_case_dup_chart_ids (cd->cpts_case, cd->mappings[cd->index],
                                       &cd->case_run_id, &cd->detail_id))
        return TRUE;
      cd->index++;
    }
  return FALSE;
}

/* Falls back to the other mapping, or returns @error (or the error of
 * the preferred mapping, which says more). */
static void
fail_or_fallback (GTask  *task,
                  GError *error)
{
  ChartData *cd = g_task_get_task_data (task);

  if (cd->cpts_case != NULL && worth_fallback (error))
    {
      if (cd->first_error == NULL)
        cd->first_error = g_error_copy (error);
      cd->index++;
      if (next_mapping (cd))
        {
          g_debug ("Chart ids did not work (%s), trying the other mapping", error->message);
          g_error_free (error);
          g_clear_pointer (&cd->body, g_bytes_unref);
          start_attempt (task);
          return;
        }
      g_error_free (error);
      g_task_return_error (task, g_steal_pointer (&cd->first_error));
      g_object_unref (task);
      return;
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  ChartData *cd = g_task_get_task_data (task);
  AwcCptsClient *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_bytes_finish (result, &error);
  ChartResult *cr;

  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail_or_fallback (task, g_steal_pointer (&error));
      else
        fail_or_fallback (task, g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE,
                                             _("The server's answer is not a chart: %s"),
                                             error->message));
      return;
    }
  if (cd->cpts_case != NULL)
    awc_cpts_client_set_id_mapping (self, cd->mappings[cd->index]);
  cr = g_new0 (ChartResult, 1);
  cr->report = g_steal_pointer (&report);
  cr->body = g_steal_pointer (&cd->body);
  g_task_return_pointer (task, cr, chart_result_free);
  g_object_unref (task);
}

static char *
chart_path (AwcCptsClient *self,
            ChartData     *cd)
{
  g_autofree char *detail = g_uri_escape_string (cd->detail_id, NULL, FALSE);

  return g_strdup_printf ("v2/%s/task-run-infos/%s/case-run-infos/%s/detail/%s/chart",
                          awc_cpts_client_get_project_id (self), cd->task_run_id,
                          cd->case_run_id, detail);
}

static void
request_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  AwcCptsClient *self = AWC_CPTS_CLIENT (object);
  ChartData *cd = g_task_get_task_data (task);
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  GError *error = NULL;

  if ((cd->body = _awc_cpts_request_finish (result, &error)) == NULL)
    {
      fail_or_fallback (task, error);
      return;
    }
  path = chart_path (self, cd);
  source = g_strconcat (awc_cpts_client_get_base_url (self), path, NULL);
  awc_report_load_bytes_async (cd->body, source, g_task_get_cancellable (task), load_cb, task);
}

/* Consumes a reference on @task. */
static void
start_attempt (GTask *task)
{
  AwcCptsClient *self = g_task_get_source_object (task);
  ChartData *cd = g_task_get_task_data (task);
  g_autofree char *path = chart_path (self, cd);

  _awc_cpts_request_async (self, path, g_task_get_cancellable (task), request_cb, task);
}

static gboolean
check_ids (GTask      *task,
           const char *project_id,
           const char *task_run_id)
{
  if (project_id == NULL || *project_id == '\0' || strchr (project_id, '/') != NULL)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("A project id is needed"));
      return FALSE;
    }
  if (!awc_cpts_id_is_numeric (task_run_id))
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("The task run id must be a whole number, not “%s”"),
                               task_run_id ? task_run_id : "");
      return FALSE;
    }
  return TRUE;
}

void
awc_cpts_client_fetch_chart_async (AwcCptsClient       *self,
                                   const char          *task_run_id,
                                   const char          *case_run_id,
                                   const char          *detail_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ChartData *cd;

  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_cpts_client_fetch_chart_async);
  if (!check_ids (task, awc_cpts_client_get_project_id (self), task_run_id))
    return;
  if (!awc_cpts_id_is_numeric (case_run_id))
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("The case run id must be a whole number, not “%s”"),
                               case_run_id ? case_run_id : "");
      return;
    }
  if (detail_id == NULL || *detail_id == '\0' || strlen (detail_id) > 1000)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("A detail id of 1 to 1000 characters is needed"));
      return;
    }
  cd = g_new0 (ChartData, 1);
  cd->task_run_id = g_strdup (task_run_id);
  cd->case_run_id = g_strdup (case_run_id);
  cd->detail_id = g_strdup (detail_id);
  g_task_set_task_data (task, cd, chart_data_free);
  start_attempt (g_steal_pointer (&task));
}

void
awc_cpts_client_fetch_case_chart_async (AwcCptsClient       *self,
                                        const char          *task_run_id,
                                        AwcCptsCase         *cpts_case,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AwcCptsIdMapping first;
  ChartData *cd;

  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));
  g_return_if_fail (AWC_IS_CPTS_CASE (cpts_case));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_cpts_client_fetch_case_chart_async);
  if (!check_ids (task, awc_cpts_client_get_project_id (self), task_run_id))
    return;

  first = awc_cpts_client_get_id_mapping (self);
  if (first == AWC_CPTS_ID_MAPPING_AUTO)
    first = AWC_CPTS_ID_MAPPING_TESTCASE;
  cd = g_new0 (ChartData, 1);
  cd->task_run_id = g_strdup (task_run_id);
  cd->cpts_case = g_object_ref (cpts_case);
  cd->mappings[0] = first;
  cd->mappings[1] = first == AWC_CPTS_ID_MAPPING_TESTCASE ? AWC_CPTS_ID_MAPPING_CASE_URI
                                                          : AWC_CPTS_ID_MAPPING_TESTCASE;
  cd->n_mappings = 2;
  g_task_set_task_data (task, cd, chart_data_free);
  if (!next_mapping (cd))
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("The case “%s” has no numeric case run id"),
                               awc_cpts_case_get_name (cpts_case));
      return;
    }
  start_attempt (g_steal_pointer (&task));
}

AwcReport *
awc_cpts_client_fetch_chart_finish (AwcCptsClient  *self,
                                    GAsyncResult   *result,
                                    GBytes        **body_out,
                                    GError        **error)
{
  ChartResult *cr;
  AwcReport *report;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if ((cr = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  report = g_steal_pointer (&cr->report);
  if (body_out != NULL)
    *body_out = g_steal_pointer (&cr->body);
  chart_result_free (cr);
  return report;
}
