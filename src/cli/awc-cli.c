/* awc-cli.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "awc-cli.h"
#include "awc-util.h"
#include "awc-cli-compare.h"
#include "awc-cli-private.h"
#include "io/awc-report-loader.h"
#include "io/awc-samples.h"
#include "model/awc-report-range.h"
#include "model/awc-time-range-spec.h"
#include "render/awc-export.h"

#define EXIT_USAGE 2

/* Raw option values; validated into AwcCliArgs by validate_args (). */
typedef struct
{
  AwcCliArgs   args;
  char        *size;
  char        *scale;
  char        *theme;
  char        *fetch_path;
  gboolean     list_cases;
  gboolean     list_projects;
  gboolean     list_tasks;
  gboolean     list_runs;
  gboolean     help;
  char       **files;
  char       **threshold_rules;
  char        *view;
} CliOptions;

static const char * const headless_options[] = {
  "--export", "--summary", "--fetch", "--list-cases", "--help-cli",
  "--list-projects", "--list-tasks", "--list-runs",
};

gboolean
awc_cli_wants_headless (int    argc,
                        char **argv)
{
  for (int i = 1; i < argc && argv[i] != NULL; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      for (guint k = 0; k < G_N_ELEMENTS (headless_options); k++)
        {
          gsize len = strlen (headless_options[k]);

          if (strncmp (argv[i], headless_options[k], len) == 0
              && (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }
  return FALSE;
}

void
_awc_cli_print_error (const char *subject,
                      const char *reason)
{
  g_autofree char *folded = g_strdup (reason != NULL ? reason : _("Unknown error"));
  g_autofree char *line = NULL;
  g_autofree char *name = awc_escape_text (subject);

  /* Exactly one line, whatever the message holds, and no terminal
   * control sequence from a report, a server or a file name. */
  g_strdelimit (folded, "\r\n", ' ');
  g_strstrip (folded);
  line = awc_escape_text (folded);
  if (name != NULL)
    fprintf (stderr, "awchart: %s: %s\n", name, line);
  else
    fprintf (stderr, "awchart: %s\n", line);
  fflush (stderr);
}

void
_awc_cli_print_file_error (const char *path,
                           const char *reason)
{
  g_autofree char *name = awc_escape_text (path);

  if (reason != NULL && g_str_has_prefix (reason, name)
      && g_str_has_prefix (reason + strlen (name), ": "))
    _awc_cli_print_error (NULL, reason);
  else
    _awc_cli_print_error (path, reason);
}

static gboolean
demo_option_cb (const char  *option_name,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  CliOptions *opts = data;

  opts->args.demo = TRUE;
  g_free (opts->args.demo_name);
  opts->args.demo_name = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
  return TRUE;
}

static void
cli_options_clear (CliOptions *opts)
{
  g_clear_pointer (&opts->args.export_path, g_free);
  g_clear_pointer (&opts->args.series, g_free);
  g_clear_pointer (&opts->args.title, g_free);
  g_clear_pointer (&opts->args.demo_name, g_free);
  g_clear_pointer (&opts->args.fail_if, g_free);
  g_clear_pointer (&opts->args.range, g_free);
  awc_remote_args_clear (&opts->args.remote);
  g_clear_pointer (&opts->size, g_free);
  g_clear_pointer (&opts->scale, g_free);
  g_clear_pointer (&opts->theme, g_free);
  g_clear_pointer (&opts->fetch_path, g_free);
  g_clear_pointer (&opts->files, g_strfreev);
  g_clear_pointer (&opts->threshold_rules, g_strfreev);
  g_clear_pointer (&opts->view, g_free);
  g_clear_pointer (&opts->args.thresholds, g_ptr_array_unref);
}

static GOptionContext *
build_context (CliOptions *opts)
{
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &opts->args.export_path,
      N_("Export the chart to OUT (.png, .svg, .pdf or .csv)"), N_("OUT") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &opts->args.summary,
      N_("Print points, time span, series statistics, buckets and percentiles"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opts->args.json,
      N_("With --summary or a --list- option: print JSON"), NULL },
    { "size", 0, 0, G_OPTION_ARG_STRING, &opts->size,
      N_("Image size (default 1600x900)"), N_("WxH") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &opts->scale,
      N_("Pixel scale from 1 to 4 (default 1)"), N_("N") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &opts->theme,
      N_("Colour theme: light or dark"), N_("THEME") },
    { "series", 0, 0, G_OPTION_ARG_STRING, &opts->args.series,
      N_("Series to draw, as --summary names them"), N_("ID,…") },
    { "buckets", 0, 0, G_OPTION_ARG_NONE, &opts->args.buckets,
      N_("Add the response-time bucket table"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &opts->args.title,
      N_("Chart title"), N_("TEXT") },
    { "demo", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) demo_option_cb,
      N_("Use a bundled sample instead of FILE (ramp-up, api-example)"), N_("NAME") },
    { "overlay", 0, 0, G_OPTION_ARG_NONE, &opts->args.overlay,
      N_("With two files and --export: draw both runs in the same panels"), NULL },
    { "threshold", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opts->threshold_rules,
      N_("A service-level target: a dashed line on SERIES' panel in --export, how long it was broken in --summary (repeatable)"), N_("SERIES<=VALUE") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &opts->view,
      N_("With --export: charts (the default) or capacity (throughput and response time against users)"),
      N_("VIEW") },
    { "no-insights", 0, 0, G_OPTION_ARG_NONE, &opts->args.no_insights,
      N_("With --export: draw no load phases and no event markers"), NULL },
    { "fail-if", 0, 0, G_OPTION_ARG_STRING, &opts->args.fail_if,
      N_("With two files: exit 3 when EXPR holds"), N_("EXPR") },
    { "range", 0, 0, G_OPTION_ARG_STRING, &opts->args.range,
      N_("With --export or --summary of one report: only START..END (90s..5m, 10:00:00..)"),
      N_("START..END") },
    { "fetch", 0, 0, G_OPTION_ARG_FILENAME, &opts->fetch_path,
      N_("Save the chart body from CodeArts PerfTest to OUT.json"), N_("OUT") },
    { "list-cases", 0, 0, G_OPTION_ARG_NONE, &opts->list_cases,
      N_("List the cases and AWs of a test run"), NULL },
    { "list-projects", 0, 0, G_OPTION_ARG_NONE, &opts->list_projects,
      N_("List the PerfTest projects (test suites), with --json as JSON"), NULL },
    { "list-tasks", 0, 0, G_OPTION_ARG_NONE, &opts->list_tasks,
      N_("List the tasks of the project --test-suite-id ID"), NULL },
    { "list-runs", 0, 0, G_OPTION_ARG_NONE, &opts->list_runs,
      N_("List the reports of the task --task-id ID, newest first"), NULL },
    { "test-suite-id", 0, 0, G_OPTION_ARG_STRING, &opts->args.remote.test_suite_id,
      N_("PerfTest project (test suite) id for --list-tasks"), N_("ID") },
    { "task-id", 0, 0, G_OPTION_ARG_STRING, &opts->args.remote.task_id,
      N_("Task id for --list-runs"), N_("ID") },
    { "help-cli", 0, 0, G_OPTION_ARG_NONE, &opts->help,
      N_("Show the command-line help"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opts->files, NULL, N_("FILE") },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *context;
  GOptionGroup *main_group;

  context = g_option_context_new (_("[FILE] — export or summarise a CodeArts PerfTest chart"));
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  main_group = g_option_group_new ("awchart", NULL, NULL, opts, NULL);
  g_option_group_add_entries (main_group, entries);
  g_option_group_set_translation_domain (main_group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, main_group);
  g_option_context_add_group (context, awc_remote_args_option_group (&opts->args.remote));
  g_option_context_set_description (context,
    _("Examples:\n"
      "  awchart --export chart.png --size 1920x1080 report.json\n"
      "  awchart --export chart.svg --series tps,average --buckets report.json\n"
      "  awchart --export sample.png --demo=ramp-up\n"
      "  awchart --summary --json report.json\n"
      "  awchart --export diff.png before.json after.json\n"
      "Without these options awchart opens the window."));
  return context;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, FALSE, NULL);

  if (message != NULL)
    _awc_cli_print_error (NULL, message);
  fputs (help, stderr);
  return EXIT_USAGE;
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  guint64 w, h;
  char *end;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  w = g_ascii_strtoull (text, &end, 10);
  if (*end != 'x' || !g_ascii_isdigit (end[1]))
    return FALSE;
  h = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0')
    return FALSE;
  if (w < AWC_CLI_MIN_SIZE || w > AWC_CLI_MAX_SIZE || h < AWC_CLI_MIN_SIZE || h > AWC_CLI_MAX_SIZE)
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

/* NULL when valid, else the reason (static). */
static const char *
validate_args (CliOptions *opts)
{
  AwcCliArgs *args = &opts->args;

  args->width = AWC_CLI_DEFAULT_WIDTH;
  args->height = AWC_CLI_DEFAULT_HEIGHT;
  args->scale = 1;
  args->theme = AWC_THEME_LIGHT;
  args->range_start = args->range_end = NAN;

  if (opts->size != NULL && !parse_size (opts->size, &args->width, &args->height))
    return N_("--size must be WxH with each side from 16 to 16384");
  if (opts->scale != NULL)
    {
      char *end = NULL;

      args->scale = g_ascii_strtod (opts->scale, &end);
      if (end == opts->scale || *end != '\0' || !(args->scale >= 1 && args->scale <= AWC_CLI_MAX_SCALE))
        return N_("--scale must be a number from 1 to 4");
    }
  if (opts->theme != NULL)
    {
      if (g_str_equal (opts->theme, "light"))
        args->theme = AWC_THEME_LIGHT;
      else if (g_str_equal (opts->theme, "dark"))
        args->theme = AWC_THEME_DARK;
      else
        return N_("--theme must be light or dark");
    }
  if (args->export_path != NULL && *args->export_path == '\0')
    return N_("--export needs an output file");
  if (args->export_path != NULL && args->summary)
    return N_("--export and --summary cannot be combined");
  if (opts->view != NULL)
    {
      if (!g_str_equal (opts->view, "charts") && !g_str_equal (opts->view, "capacity"))
        return N_("--view must be charts or capacity");
      if (args->export_path == NULL)
        return N_("--view needs --export");
      args->capacity = g_str_equal (opts->view, "capacity");
    }
  return NULL;
}

/* Resolves --range against the loaded run; FALSE after printing
 * "awchart: --range 'SPEC': reason". */
static gboolean
resolve_range (AwcCliArgs *args,
               AwcReport  *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *subject = NULL;

  if (args->range == NULL)
    return TRUE;
  zone = awc_report_dup_display_zone (report);
  if (awc_time_range_spec_parse (args->range, awc_report_get_start_time (report),
                                 awc_report_get_end_time (report), zone,
                                 &args->range_start, &args->range_end, &error))
    return TRUE;
  subject = g_strdup_printf ("--range '%s'", args->range);
  _awc_cli_print_error (subject, error->message);
  return FALSE;
}

/* Loads input @index (0 = A, 1 = B); @subject is what errors are
 * prefixed with, NULL for a remote report. */
static AwcReport *
load_input (CliOptions  *opts,
            guint        index,
            const char **subject)
{
  g_autoptr(GError) error = NULL;
  AwcReport *report;
  guint file_index = index;

  if (opts->args.demo || awc_remote_args_present (&opts->args.remote))
    {
      if (index == 0 && opts->args.demo)
        {
          *subject = NULL;
          if (!(report = awc_sample_load (opts->args.demo_name != NULL ? opts->args.demo_name
                                                                       : AWC_SAMPLE_DEFAULT,
                                          NULL, &error)))
            _awc_cli_print_error (NULL, error->message);
          return report;
        }
      if (index == 0)
        {
          *subject = NULL;
          if (!(report = awc_cli_remote_fetch_report (&opts->args.remote, NULL, &error)))
            _awc_cli_print_error (NULL, error->message);
          return report;
        }
      file_index = index - 1;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (opts->files[file_index]);

    *subject = opts->files[file_index];
    if (!(report = awc_report_load_file (file, NULL, &error)))
      _awc_cli_print_error (*subject, error->message);
    return report;
  }
}

static int
run_command (CliOptions *opts,
             guint       n_inputs)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  const char *subject_a = NULL;
  const char *subject_b = NULL;

  /* Fail on a bad output name before any slow load. */
  if (opts->args.export_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      AwcExportFormat format;

      /* A usage error: the command line asked for something impossible. */
      if (!awc_export_format_from_path (opts->args.export_path, &format, &error))
        {
          _awc_cli_print_error (opts->args.export_path, error->message);
          return EXIT_USAGE;
        }
    }

  if (!(a = load_input (opts, 0, &subject_a)))
    return EXIT_FAILURE;
  if (n_inputs == 1)
    {
      if (!resolve_range (&opts->args, a))
        return EXIT_USAGE;
      if (opts->args.export_path != NULL && opts->args.capacity)
        return _awc_cli_export_capacity (a, &opts->args);
      if (opts->args.export_path != NULL)
        return _awc_cli_export (a, subject_a, &opts->args);
      return _awc_cli_summary (a, &opts->args);
    }

  if (opts->args.capacity)
    {
      _awc_cli_print_error (NULL, _("--view capacity shows one run; give one FILE"));
      return EXIT_USAGE;
    }
  if (!(b = load_input (opts, 1, &subject_b)))
    return EXIT_FAILURE;
  if (opts->args.export_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) ids = NULL;
      AwcChartDataOptions data_options;
      AwcRenderOptions options;

      /* The ids must exist in the first run; the compare view matches them. */
      if (opts->args.series != NULL
          && !(ids = _awc_cli_resolve_series (a, opts->args.series, &error)))
        {
          _awc_cli_print_error (subject_a, error->message);
          return EXIT_FAILURE;
        }
      _awc_cli_data_options (&opts->args, (const char * const *) ids, &data_options);
      _awc_cli_render_options (&opts->args, (const char * const *) ids, &options);
      return awc_cli_compare_export (a, b, opts->args.export_path,
                                     opts->args.width, opts->args.height, opts->args.scale,
                                     &data_options, &options, opts->args.overlay,
                                     opts->args.fail_if);
    }
  return awc_cli_compare_summary (a, b, opts->args.json, opts->args.fail_if);
}

int
awc_cli_run (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  CliOptions opts = { 0 };
  const char *reason;
  guint n_files, n_inputs;
  int status;

  context = build_context (&opts);
  /* Parse a copy: GOption rearranges the vector it is given. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = usage_error (context, error->message);
      goto out;
    }

  if (opts.help)
    {
      g_autofree char *help = g_option_context_get_help (context, FALSE, NULL);

      fputs (help, stdout);
      status = EXIT_SUCCESS;
      goto out;
    }

  if (opts.list_projects || opts.list_tasks || opts.list_runs)
    {
      if (opts.files != NULL || opts.args.export_path != NULL || opts.args.summary
          || opts.fetch_path != NULL || opts.list_cases
          || opts.list_projects + opts.list_tasks + opts.list_runs > 1)
        status = usage_error (context, _("Give one of --list-projects, --list-tasks, --list-runs, "
                                         "--list-cases, with only the remote options and --json"));
      else
        status = awc_cli_list_main (opts.list_projects ? AWC_CLI_LIST_PROJECTS
                                    : opts.list_tasks ? AWC_CLI_LIST_TASKS : AWC_CLI_LIST_RUNS,
                                    &opts.args.remote, opts.args.json);
      goto out;
    }
  if (opts.fetch_path != NULL || opts.list_cases)
    {
      if (opts.files != NULL || opts.args.export_path != NULL || opts.args.summary
          || (opts.fetch_path != NULL && opts.list_cases))
        status = usage_error (context, _("--fetch and --list-cases take only the remote options"));
      else if (opts.fetch_path != NULL)
        status = awc_cli_fetch_main (opts.fetch_path, &opts.args.remote);
      else
        status = awc_cli_list_cases_main (&opts.args.remote);
      goto out;
    }

  /* A bad rule is one line on stderr, no help text: the rule says it all */
  if (opts.threshold_rules != NULL)
    {
      opts.args.thresholds = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
      for (guint i = 0; opts.threshold_rules[i] != NULL; i++)
        {
          AwcThreshold *rule = awc_threshold_parse (opts.threshold_rules[i], &error);

          if (rule == NULL)
            {
              _awc_cli_print_error (NULL, error->message);
              status = EXIT_USAGE;
              goto out;
            }
          g_ptr_array_add (opts.args.thresholds, rule);
        }
      if (opts.args.export_path == NULL && !opts.args.summary)
        {
          _awc_cli_print_error (NULL, _("--threshold needs --export or --summary"));
          status = EXIT_USAGE;
          goto out;
        }
    }

  if ((reason = validate_args (&opts)) != NULL)
    {
      status = usage_error (context, _(reason));
      goto out;
    }
  if (opts.args.export_path == NULL && !opts.args.summary)
    {
      status = usage_error (context, _("Nothing to do: give --export OUT or --summary"));
      goto out;
    }

  n_files = opts.files != NULL ? g_strv_length (opts.files) : 0;
  n_inputs = n_files + (opts.args.demo ? 1 : 0)
             + (awc_remote_args_present (&opts.args.remote) ? 1 : 0);
  if (n_inputs == 0)
    status = usage_error (context, _("Missing FILE"));
  else if (n_inputs > 2 || (opts.args.demo && awc_remote_args_present (&opts.args.remote)))
    status = usage_error (context, _("Too many inputs: give one FILE, or two to compare"));
  else if (n_inputs == 1 && (opts.args.overlay || opts.args.fail_if != NULL))
    status = usage_error (context, _("--overlay and --fail-if need two files to compare"));
  else if (n_inputs == 2 && opts.args.range != NULL)
    status = usage_error (context, _("--range works on one report, not a comparison"));
  else
    status = run_command (&opts, n_inputs);

out:
  cli_options_clear (&opts);
  return status;
}
