/* awc-cli-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cli/awc-cli-remote.h"
#include "model/awc-chart-data-builder.h"
#include "model/awc-insights.h"
#include "model/awc-report.h"
#include "render/awc-render.h"

G_BEGIN_DECLS

#define AWC_CLI_DEFAULT_WIDTH  1600
#define AWC_CLI_DEFAULT_HEIGHT 900
#define AWC_CLI_MIN_SIZE       16
#define AWC_CLI_MAX_SIZE       16384
#define AWC_CLI_MAX_SCALE      4.0

/* What the command line asked for, after validation. */
typedef struct
{
  char          *export_path;
  gboolean       summary;
  gboolean       json;
  int            width;
  int            height;
  double         scale;
  AwcTheme       theme;
  char          *series;        /* comma-separated ids, NULL = defaults */
  gboolean       buckets;
  char          *title;
  gboolean       demo;
  char          *demo_name;     /* NULL = the default sample */
  gboolean       overlay;
  char          *fail_if;
  GPtrArray     *thresholds;    /* AwcThreshold from --threshold; NULL = none */
  gboolean       no_insights;   /* --no-insights: exports draw no phases or events */
  gboolean       capacity;      /* --view capacity */
  char          *range;         /* --range START..END as given; NULL = none */
  double         range_start;   /* --range resolved against the run; NaN = whole run */
  double         range_end;
  AwcRemoteArgs  remote;
} AwcCliArgs;

/* One line on stderr: "awchart: SUBJECT: reason" (or "awchart: reason"
 * when @subject is NULL).  Newlines in @reason are folded into spaces;
 * other control characters, and all of them in @subject (a file name
 * may hold a newline), are escaped. */
void       _awc_cli_print_error      (const char        *subject,
                                      const char        *reason);
/* The same for an error about the file @path whose message may already
 * start with the (escaped) name, as the file writer's do: the name is
 * not repeated. */
void       _awc_cli_print_file_error (const char        *path,
                                      const char        *reason);

/* awc-cli-output.c: JSON members (NaN and NULL become null), the pretty
 * JSON text, and @text on stdout (a newline after JSON); the exit status. */
void       _awc_cli_json_add_number  (JsonBuilder      *builder,
                                      const char       *name,
                                      double            value);
void       _awc_cli_json_add_string  (JsonBuilder      *builder,
                                      const char       *name,
                                      const char       *value);
void       _awc_cli_json_add_int     (JsonBuilder      *builder,
                                      const char       *name,
                                      gint64            value);
void       _awc_cli_json_add_boolean (JsonBuilder      *builder,
                                      const char       *name,
                                      gboolean          value);
char      *_awc_cli_json_to_data     (JsonBuilder      *builder);
int        _awc_cli_print_output     (const char       *text,
                                      gboolean          json);

/* Resolves --series (ids or unique bare keys) to full ids; the error
 * names the bad id and lists the valid ones. */
GStrv      _awc_cli_resolve_series (AwcReport        *report,
                                    const char       *list,
                                    GError          **error);
/* Snapshot options for @args (series and thresholds); @series_ids must
 * outlive the result. */
void       _awc_cli_data_options   (const AwcCliArgs    *args,
                                    const char * const  *series_ids,
                                    AwcChartDataOptions *options);
/* Render options for @args; @series_ids is unused (the snapshot selects). */
void       _awc_cli_render_options (const AwcCliArgs *args,
                                    const char * const *series_ids,
                                    AwcRenderOptions *options);

/* The commands; each returns the exit status and prints its own error. */
/* Runs an asynchronous export to @out_path that SIGINT/SIGTERM cancel:
 * @start begins it (awc_export_to_file_async () or
 * awc_render_compare_async () with @cancellable, @callback and
 * @callback_data); prints the outcome's error line.  Exit status: 0, 1, or
 * 128 + the signal ("interrupted"; no temporary file is left). */
typedef void (*AwcCliExportStart) (GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             callback_data,
                                   gpointer             user_data);
int        _awc_cli_run_export     (const char          *out_path,
                                    AwcCliExportStart    start,
                                    gpointer             user_data);
int        _awc_cli_export         (AwcReport        *report,
                                    const char       *subject,
                                    const AwcCliArgs *args);
/* awc-cli-capacity.c: --export with --view capacity. */
int        _awc_cli_export_capacity (AwcReport        *report,
                                     const AwcCliArgs *args);
int        _awc_cli_summary        (AwcReport        *report,
                                    const AwcCliArgs *args);
/* The summary as text or JSON (for tests and the command); @insights may
 * be NULL. */
char      *_awc_cli_summary_text   (AwcReport        *report,
                                    AwcInsights      *insights);
char      *_awc_cli_summary_json   (AwcReport        *report,
                                    AwcInsights      *insights);
/* The same with the series statistics over [@start, @end] (NaN, NaN: the
 * whole run), saying so; the insights cover the whole run. */
char      *_awc_cli_summary_text_range (AwcReport    *report,
                                        double        start,
                                        double        end,
                                        AwcInsights  *insights);
char      *_awc_cli_summary_json_range (AwcReport    *report,
                                        double        start,
                                        double        end,
                                        AwcInsights  *insights);
/* awc-cli-insights.c: the phases, events, targets and capacity. */
void       _awc_cli_insights_text  (GString          *out,
                                    AwcInsights      *insights);
void       _awc_cli_insights_json  (JsonBuilder      *builder,
                                    AwcInsights      *insights);

G_END_DECLS
