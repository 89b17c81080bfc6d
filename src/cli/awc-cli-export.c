/* awc-cli-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdlib.h>

#include "awc-cli-private.h"
#include "io/awc-report-loader.h"
#include "model/awc-report-range.h"
#include "render/awc-export.h"

/* The ids a user may give: series that have data, as --summary lists them. */
static char *
valid_ids_text (AwcReport *report)
{
  GListModel *series = awc_report_get_series (report);
  guint n = g_list_model_get_n_items (series);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);

      if (awc_series_get_n_values (s) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, awc_series_get_id (s));
    }
  return g_string_free (text, FALSE);
}

static guint
count_key (AwcReport  *report,
           const char *key)
{
  GListModel *series = awc_report_get_series (report);
  guint n = g_list_model_get_n_items (series);
  guint found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);

      if (g_strcmp0 (awc_series_get_key (s), key) == 0)
        found++;
    }
  return found;
}

GStrv
_awc_cli_resolve_series (AwcReport   *report,
                         const char  *list,
                         GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n_ids = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *want = g_strstrip (parts[i]);
      AwcSeries *s;

      if (*want == '\0')
        continue;
      if (!(s = awc_report_find_series (report, want)))
        {
          g_autofree char *valid = valid_ids_text (report);

          if (count_key (report, want) > 1)
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Series “%s” is ambiguous; give the full id, one of: %s"),
                         want, valid);
          else
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Unknown series “%s”; valid ids: %s"), want, valid);
          return NULL;
        }
      g_strv_builder_add (ids, awc_series_get_id (s));
      n_ids++;
    }
  if (n_ids == 0)
    {
      g_autofree char *valid = valid_ids_text (report);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--series names no series; valid ids: %s"), valid);
      return NULL;
    }
  return g_strv_builder_end (ids);
}

void
_awc_cli_render_options (const AwcCliArgs   *args,
                         const char * const *series_ids,
                         AwcRenderOptions   *options)
{
  awc_render_options_init (options);
  options->theme = args->theme;
  options->show_buckets = args->buckets;
  options->t0 = args->range_start;
  options->t1 = args->range_end;
  if (args->title != NULL)
    {
      options->title = args->title;
      options->show_title = TRUE;
    }
}

/* An export runs in a thread under a main loop, so that SIGINT and SIGTERM
 * can cancel it: the writer then removes its temporary file and the old
 * output stays as it was.  Without the handlers the default action would
 * kill the process and leave the temporary file behind. */
typedef struct
{
  GCancellable *cancellable;
  GAsyncResult *result;
  int           signum;
} ExportRun;

static void
interrupt (ExportRun *run,
           int        signum)
{
  if (run->signum == 0)
    run->signum = signum;
  g_cancellable_cancel (run->cancellable);
}

static gboolean
on_sigint (gpointer user_data)
{
  interrupt (user_data, SIGINT);
  return G_SOURCE_CONTINUE;
}

static gboolean
on_sigterm (gpointer user_data)
{
  interrupt (user_data, SIGTERM);
  return G_SOURCE_CONTINUE;
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportRun *run = user_data;

  run->result = g_object_ref (result);
}

int
_awc_cli_run_export (const char        *out_path,
                     AwcCliExportStart  start,
                     gpointer           user_data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  ExportRun run = { cancellable, NULL, 0 };
  guint sigint_id, sigterm_id;

  sigint_id = g_unix_signal_add (SIGINT, on_sigint, &run);
  sigterm_id = g_unix_signal_add (SIGTERM, on_sigterm, &run);
  start (cancellable, export_done, &run, user_data);
  while (run.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The default actions come back once the last handler is gone. */
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);

  written = awc_export_finish (run.result, &error);
  g_object_unref (run.result);
  if (written == NULL && run.signum != 0)
    {
      _awc_cli_print_error (out_path, _("interrupted"));
      /* The shell's convention for "killed by signal N". */
      return 128 + run.signum;
    }
  if (written == NULL)
    {
      /* Writing failed: the file to blame is the output. */
      _awc_cli_print_file_error (out_path, error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

typedef struct
{
  AwcChartData           *data;
  const AwcCliArgs       *args;
  const AwcRenderOptions *options;
} SingleExport;

static void
start_single (GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             callback_data,
              gpointer             user_data)
{
  SingleExport *e = user_data;

  awc_export_to_file_async (e->data, e->args->export_path, e->args->width, e->args->height,
                            e->args->scale, e->options, cancellable, callback, callback_data);
}

void
_awc_cli_data_options (const AwcCliArgs    *args,
                       const char * const  *series_ids,
                       AwcChartDataOptions *options)
{
  awc_chart_data_options_init (options);
  options->series_ids = series_ids;
  options->thresholds = args->thresholds;
}

int
_awc_cli_export (AwcReport        *report,
                 const char       *subject,
                 const AwcCliArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(AwcChartData) data = NULL;
  g_autoptr(AwcInsights) insights = NULL;
  g_autofree char *header = NULL;
  AwcChartDataOptions data_options;
  AwcRenderOptions options;

  if (args->series != NULL && !(ids = _awc_cli_resolve_series (report, args->series, &error)))
    {
      _awc_cli_print_error (subject, error->message);
      return EXIT_FAILURE;
    }

  /* The snapshot decides what is drawn; the renderer only draws it. */
  _awc_cli_data_options (args, (const char * const *) ids, &data_options);
  if (!args->no_insights)
    {
      /* A bad threshold is reported by the snapshot below, as before. */
      insights = awc_insights_new_for_report (report, args->thresholds, NULL);
      if (insights == NULL)
        insights = awc_insights_new_for_report (report, NULL, NULL);
      data_options.insights = insights;
    }
  if (!(data = awc_chart_data_new_from_report (report, &data_options, &error)))
    {
      /* A threshold naming no series of this report, or a wrong unit */
      _awc_cli_print_error (NULL, error->message);
      return 2;
    }
  _awc_cli_render_options (args, (const char * const *) ids, &options);
  header = awc_report_dup_export_header (report, args->range_start, args->range_end);
  options.header = header;
  return _awc_cli_run_export (args->export_path, start_single,
                              &(SingleExport) { data, args, &options });
}
