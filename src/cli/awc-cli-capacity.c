/* awc-cli-capacity.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --export OUT --view capacity: the capacity curve instead of the time
 * charts, through the same interruptible, atomic export path. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cli-private.h"
#include "render/awc-capacity-plot.h"
#include "render/awc-export.h"

typedef struct
{
  AwcCapacityData  *data;
  AwcTheme          theme;
  const AwcCliArgs *args;
  AwcExportFormat   format;
} CapacityExport;

static void
draw_capacity (cairo_t  *cr,
               int       width,
               int       height,
               gpointer  user_data)
{
  CapacityExport *e = user_data;

  awc_render_capacity (cr, width, height, e->data, e->theme);
}

static void
capacity_export_free (gpointer data)
{
  CapacityExport *e = data;

  awc_capacity_data_free (e->data);
  g_free (e);
}

static void
start_capacity (GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             callback_data,
                gpointer             user_data)
{
  CapacityExport *e = user_data, *copy = g_new (CapacityExport, 1);

  /* The thread owns its copy; the caller keeps @e. */
  *copy = *e;
  e->data = NULL;
  awc_export_render_async (e->args->export_path, e->format, e->args->width, e->args->height,
                           e->args->scale, copy->data->title, draw_capacity, copy,
                           capacity_export_free, cancellable, callback, callback_data);
}

int
_awc_cli_export_capacity (AwcReport        *report,
                          const AwcCliArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcInsights) insights = NULL;
  CapacityExport e = { NULL, args->theme, args, AWC_EXPORT_PNG };
  int status;

  if (!awc_export_format_from_path (args->export_path, &e.format, &error))
    {
      _awc_cli_print_error (NULL, error->message);
      return 2;
    }
  if (e.format == AWC_EXPORT_CSV)
    {
      _awc_cli_print_error (NULL, _("--view capacity exports PNG, SVG or PDF, not CSV"));
      return 2;
    }
  insights = awc_insights_new_for_report (report, NULL, &error);
  e.data = awc_insights_dup_capacity_data (insights, args->title != NULL ? args->title
                                                                          : awc_report_get_title (report));
  status = _awc_cli_run_export (args->export_path, start_capacity, &e);
  g_clear_pointer (&e.data, awc_capacity_data_free);
  return status;
}
