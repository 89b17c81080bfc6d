/* awc-cli-remote.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "awc-atomic-file.h"
#include "awc-cli-remote.h"
#include "awc-util.h"
#include "io/awc-cpts-client.h"

/* awchart --fetch / --list-cases and remote input for --export: the CPTS
 * client driven from a plain main-context loop (no display).  Credentials
 * come only from the environment, never from argv (visible in ps). */

#define EXIT_USAGE 2

void
awc_remote_args_clear (AwcRemoteArgs *args)
{
  g_clear_pointer (&args->project_id, g_free);
  g_clear_pointer (&args->task_run_id, g_free);
  g_clear_pointer (&args->case_run_id, g_free);
  g_clear_pointer (&args->detail_id, g_free);
  g_clear_pointer (&args->region, g_free);
  g_clear_pointer (&args->endpoint, g_free);
  g_clear_pointer (&args->test_suite_id, g_free);
  g_clear_pointer (&args->task_id, g_free);
  args->timeout = 0;
}

GOptionGroup *
awc_remote_args_option_group (AwcRemoteArgs *args)
{
  const GOptionEntry entries[] = {
    { "project-id", 0, 0, G_OPTION_ARG_STRING, &args->project_id,
      N_("IAM project id of the region (default: $HUAWEICLOUD_SDK_PROJECT_ID)"), N_("ID") },
    { "task-run-id", 0, 0, G_OPTION_ARG_STRING, &args->task_run_id,
      N_("Report id (task_run_id)"), N_("ID") },
    { "case-run-id", 0, 0, G_OPTION_ARG_STRING, &args->case_run_id,
      N_("Case run id (see --list-cases)"), N_("ID") },
    { "detail-id", 0, 0, G_OPTION_ARG_STRING, &args->detail_id,
      N_("Detail id of the case or AW (see --list-cases)"), N_("ID") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &args->region,
      N_("Region, e.g. cn-north-4"), N_("REGION") },
    { "endpoint", 0, 0, G_OPTION_ARG_STRING, &args->endpoint,
      N_("Custom endpoint URL instead of a region"), N_("URL") },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &args->timeout,
      N_("Give up after SECONDS (default 60)"), N_("SECONDS") },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  GOptionGroup *group;

  group = g_option_group_new ("remote", _("CodeArts PerfTest options:"),
                              _("Show the CodeArts PerfTest options (credentials come from "
                                "HUAWEICLOUD_SDK_AK/SK or CPTS_AUTH_TOKEN)"), NULL, NULL);
  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  return group;
}

gboolean
awc_remote_args_present (const AwcRemoteArgs *args)
{
  return args->project_id != NULL || args->task_run_id != NULL || args->case_run_id != NULL
         || args->detail_id != NULL || args->region != NULL || args->endpoint != NULL
         || args->timeout != 0 || args->test_suite_id != NULL || args->task_id != NULL;
}

/* One line for "awchart: reason", control characters escaped. */
void
_awc_cli_remote_print_error (const char *message)
{
  g_autofree char *folded = g_strdup (message);
  g_autofree char *line = NULL;

  g_strdelimit (folded, "\r\n", ' ');
  line = awc_escape_text (folded);
  fprintf (stderr, "awchart: %s\n", line);
}

static gboolean
check_numeric (const char  *option,
               const char  *value,
               GError     **error)
{
  if (value == NULL)
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                   _("Missing %s"), option);
      return FALSE;
    }
  if (!awc_cpts_id_is_numeric (value))
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                   _("%s must be a whole number, not “%s”"), option, value);
      return FALSE;
    }
  return TRUE;
}

AwcCptsClient *
_awc_cli_remote_make_client (const AwcRemoteArgs  *args,
                             AwcRemoteNeed         need,
                             GError              **error)
{
  gboolean need_case = need == AWC_REMOTE_NEED_CASE;
  g_autoptr(AwcCptsClient) client = awc_cpts_client_new ();
  g_autoptr(AwcCredentials) creds = NULL;
  const char *project_id = args->project_id ? args->project_id : g_getenv ("HUAWEICLOUD_SDK_PROJECT_ID");

  if (project_id == NULL || *project_id == '\0')
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                           _("Missing --project-id (or HUAWEICLOUD_SDK_PROJECT_ID)"));
      return NULL;
    }
  if ((need == AWC_REMOTE_NEED_RUN || need_case)
      && !check_numeric ("--task-run-id", args->task_run_id, error))
    return NULL;
  if (need_case && !check_numeric ("--case-run-id", args->case_run_id, error))
    return NULL;
  if (need_case && (args->detail_id == NULL || *args->detail_id == '\0'))
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                           _("Missing --detail-id"));
      return NULL;
    }
  if ((args->region != NULL) == (args->endpoint != NULL))
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                           _("Give either --region REGION or --endpoint URL"));
      return NULL;
    }
  if (args->timeout < 0 || !isfinite (args->timeout))
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                           _("--timeout must be a positive number of seconds"));
      return NULL;
    }
  if (args->region != NULL && !awc_cpts_client_set_region (client, args->region, error))
    return NULL;
  if (args->endpoint != NULL && !awc_cpts_client_set_endpoint (client, args->endpoint, error))
    return NULL;
  if (args->timeout > 0)
    awc_cpts_client_set_total_timeout (client, args->timeout);
  awc_cpts_client_set_project_id (client, project_id);

  if ((creds = awc_credentials_new_from_environment (error)) == NULL)
    return NULL;
  awc_cpts_client_set_credentials (client, creds);
  return g_steal_pointer (&client);
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

AwcReport *
awc_cli_remote_fetch_report (const AwcRemoteArgs  *args,
                             GBytes              **body_out,
                             GError              **error)
{
  g_autoptr(AwcCptsClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_return_val_if_fail (args != NULL, NULL);

  if ((client = _awc_cli_remote_make_client (args, AWC_REMOTE_NEED_CASE, error)) == NULL)
    return NULL;
  awc_cpts_client_fetch_chart_async (client, args->task_run_id, args->case_run_id,
                                     args->detail_id, NULL, store_result, &result);
  return awc_cpts_client_fetch_chart_finish (client, wait_for (&result), body_out, error);
}

int
_awc_cli_remote_status_for (const GError *error)
{
  return g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT)
         ? EXIT_USAGE : EXIT_FAILURE;
}

int
awc_cli_fetch_main (const char          *out_path,
                    const AwcRemoteArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(AwcReport) report = NULL;
  const char *data;
  gsize len = 0;

  g_return_val_if_fail (args != NULL, EXIT_USAGE);

  if (out_path == NULL || *out_path == '\0')
    {
      _awc_cli_remote_print_error (_("--fetch needs an output file"));
      return EXIT_USAGE;
    }
  /* Parsed before saving: a body that is not a chart is never written. */
  if ((report = awc_cli_remote_fetch_report (args, &body, &error)) == NULL)
    {
      _awc_cli_remote_print_error (error->message);
      return _awc_cli_remote_status_for (error);
    }
  data = g_bytes_get_data (body, &len);
  /* Written to a temporary file beside OUT, then renamed over it; a new
   * file is private: a report may hold internal host and case names. */
  if (!awc_atomic_file_set_contents (out_path, data ? data : "", len,
                                     AWC_ATOMIC_FILE_PRIVATE, NULL, &error))
    {
      _awc_cli_remote_print_error (error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static void
print_case (AwcCptsCase *c)
{
  g_autofree char *run_a = NULL, *detail_a = NULL, *run_b = NULL, *detail_b = NULL;
  g_autofree char *a = NULL, *b = NULL;
  g_autofree char *name = awc_escape_text (awc_cpts_case_get_name (c));
  g_autofree char *ids_a = NULL, *ids_b = NULL;

  if (awc_cpts_case_dup_chart_ids (c, AWC_CPTS_ID_MAPPING_TESTCASE, &run_a, &detail_a))
    a = g_strdup_printf ("case_run_id=%s detail_id=%s", run_a, detail_a);
  if (awc_cpts_case_dup_chart_ids (c, AWC_CPTS_ID_MAPPING_CASE_URI, &run_b, &detail_b))
    b = g_strdup_printf ("case_run_id=%s detail_id=%s", run_b, detail_b);
  ids_a = awc_escape_text (a);
  ids_b = awc_escape_text (b);
  /* Names and ids come from the server: no raw control characters. */
  printf ("%s%s\t%s\t%s\n", awc_cpts_case_get_is_aw (c) ? "  " : "",
          name ? name : "?", ids_a ? ids_a : "-", ids_b ? ids_b : "-");
}

int
awc_cli_list_cases_main (const AwcRemoteArgs *args)
{
  g_autoptr(AwcCptsClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (args != NULL, EXIT_USAGE);

  if (args->case_run_id != NULL || args->detail_id != NULL)
    {
      _awc_cli_remote_print_error (_("--list-cases takes no --case-run-id or --detail-id"));
      return EXIT_USAGE;
    }
  if ((client = _awc_cli_remote_make_client (args, AWC_REMOTE_NEED_RUN, &error)) == NULL)
    {
      _awc_cli_remote_print_error (error->message);
      return _awc_cli_remote_status_for (error);
    }
  awc_cpts_client_list_cases_async (client, args->task_run_id, NULL, store_result, &result);
  if ((cases = awc_cpts_client_list_finish (client, wait_for (&result), &error)) == NULL)
    {
      _awc_cli_remote_print_error (error->message);
      return EXIT_FAILURE;
    }
  /* name, then the ids of the newer docs' mapping, then the SDKs'. */
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(AwcCptsCase) c = g_list_model_get_item (cases, i);
      GListModel *aws = awc_cpts_case_get_children (c);

      print_case (c);
      for (guint j = 0; j < g_list_model_get_n_items (aws); j++)
        {
          g_autoptr(AwcCptsCase) aw = g_list_model_get_item (aws, j);

          print_case (aw);
        }
    }
  fflush (stdout);
  return EXIT_SUCCESS;
}
