/* awc-bench.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Load, render and CSV export figures, on generated reports (nothing is
 * read from disk), and the compare window on two day-long runs
 * (awc-bench-compare.c; it needs a display).  Run it with `meson test --benchmark -C BUILD -v` or
 * directly: `BUILD/tests/awc-bench [--sizes 3600,86400]`.
 *
 * Each load's peak memory is measured in a fresh child process (this same
 * program with --child-load N), so one size's peak cannot hide another's. */
#include "config.h"

#include <cairo.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "awc-bench-compare.h"
#include "awc-gen-report.h"
#include "awc-test-util.h"
#include "model/awc-insights.h"
#include "io/awc-report-loader.h"
#include "model/awc-chart-data-builder.h"
#include "render/awc-export.h"
#include "render/awc-render.h"

#define WIDTH  1600
#define HEIGHT 900

static const guint default_sizes[] = { 3600, 86400, 604800, 1000000 };

/* Sizes above this get one child load instead of three. */
#define BIG_SIZE 200000
#define MAX_REPEAT 9

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Sorts @v. */
static double
median (double *v,
        guint   n)
{
  return awc_test_median (v, n);
}

/* A field of /proc/self/status in bytes ("VmHWM", "VmRSS"); -1 if unknown. */
static gint64
proc_status_bytes (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *key = g_strconcat ("\n", field, ":", NULL);
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  if (!(p = strstr (status, key)))
    return -1;
  return g_ascii_strtoll (p + strlen (key), NULL, 10) * 1024;
}

/* Resets VmHWM to the current RSS (Linux >= 4.0). */
static gboolean
reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  /* Not g_file_set_contents (): /proc takes no temporary file + rename. */
  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

static GBytes *
generate_with (guint    n_points,
               gboolean epoch_ms)
{
  AwcGenParams params;

  awc_gen_params_init (&params);
  params.n_points = n_points;
  params.epoch_ms = epoch_ms;
  return awc_gen_report_bytes (&params);
}

static GBytes *
generate (guint n_points)
{
  return generate_with (n_points, FALSE);
}

static AwcReport *
load (GBytes *body,
      double *seconds)
{
  g_autoptr(GError) error = NULL;
  AwcReport *report;
  double t = now_s ();

  report = awc_report_load_bytes (body, "bench", NULL, &error);
  *seconds = now_s () - t;
  if (report == NULL)
    g_error ("load failed: %s", error->message);
  return report;
}

/* Model bytes: timestamps, values and the summaries (min/max pyramids
 * with their block sums); the summaries alone in @summary_bytes. */
static gsize
model_bytes (AwcReport *report,
             gsize     *summary_bytes)
{
  GListModel *series = awc_report_get_series (report);
  gsize bytes = (gsize) awc_report_get_n_points (report) * sizeof (double);

  *summary_bytes = 0;
  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);
      const AwcMinMaxPyramid *pyramid;

      bytes += (gsize) awc_series_get_n_values (s) * sizeof (double);
      if (awc_series_get_n_values (s) > 0 && (pyramid = awc_series_get_pyramid (s)))
        *summary_bytes += awc_minmax_pyramid_get_size (pyramid);
    }
  return bytes + *summary_bytes;
}

static guint
count_series (AwcReport *report)
{
  GListModel *series = awc_report_get_series (report);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (series, i);

      n += awc_series_get_n_values (s) > 0;
    }
  return n;
}

/* --child-load N: prints "load_s peak_bytes exact" for one fresh load. */
static int
child_load (guint n_points)
{
  g_autoptr(GBytes) body = generate (n_points);
  g_autoptr(AwcReport) report = NULL;
  gint64 before, after;
  gboolean exact;
  double seconds;

  /* Drop the generator's scratch memory from the baseline. */
  malloc_trim (0);
  exact = reset_peak ();
  before = exact ? proc_status_bytes ("VmRSS") : proc_status_bytes ("VmHWM");
  report = load (body, &seconds);
  after = proc_status_bytes ("VmHWM");
  printf ("%.6f %" G_GINT64_FORMAT " %d\n", seconds, after - before, exact);
  return 0;
}

typedef struct
{
  guint   points;
  gsize   body_bytes;
  guint   n_series;
  double  load_s;
  guint   n_loads;
  double  peak_mb;
  gboolean peak_exact;
  double  model_bpp;     /* per point per series with data */
  double  summary_bpp;   /* the summaries' part of it */
  double  png_ms, svg_ms, first_png_ms;
  gsize   svg_bytes;
  double  redraw_ms, cursor_ms, zoom_ms;
  double  stats_us;
  /* CSV of the default series: date-string and epoch-ms timestamps */
  double  csv_ms, csv_epoch_ms;
  gsize   csv_bytes;
  /* Phases, events and the capacity fit (awc_insights_new_for_report) */
  double  insights_ms;
} Row;

static void
run_child (const char *self,
           guint       n_points,
           double     *seconds,
           double     *peak_mb,
           gboolean   *exact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autofree char *arg = g_strdup_printf ("%u", n_points);
  g_autofree char *out = NULL;
  gint64 peak = 0;
  int exact_i = 0;

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self, "--child-load", arg, NULL);
  if (proc == NULL
      || !g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error)
      || !g_subprocess_get_successful (proc)
      || sscanf (out, "%lf %" G_GINT64_FORMAT " %d", seconds, &peak, &exact_i) != 3)
    g_error ("child load of %u points failed: %s", n_points, error ? error->message : "bad exit");
  *peak_mb = peak / 1e6;
  *exact = exact_i != 0;
}

static double
time_export (AwcReport              *report,
             AwcExportFormat         format,
             const AwcRenderOptions *options,
             gsize                  *size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AwcChartData) data = NULL;
  double t = now_s ();

  /* The snapshot is built per export, as the window and CLI do. */
  data = awc_chart_data_new_from_report (report, NULL, NULL);
  bytes = awc_export_to_bytes (data, format, WIDTH, HEIGHT, 1, options, &error);
  t = now_s () - t;
  if (bytes == NULL)
    g_error ("export failed: %s", error->message);
  if (size != NULL)
    *size = g_bytes_get_size (bytes);
  return t * 1000;
}

/* Layout + plot, as the widget records its cached node. */
static double
time_redraw (cairo_t                *cr,
             AwcReport              *report,
             const AwcRenderOptions *options,
             AwcRenderLayout        *layout)
{
  g_autoptr(AwcChartData) data = NULL;
  double t = now_s ();

  /* Counted although the widget rebuilds it only on data changes. */
  data = awc_chart_data_new_from_report (report, NULL, NULL);
  awc_render_compute_layout (cr, data, WIDTH, HEIGHT, options, layout);
  awc_render_plot (cr, data, layout, options);
  cairo_surface_flush (cairo_get_target (cr));
  return (now_s () - t) * 1000;
}

static void
measure_render (AwcReport *report,
                Row       *row)
{
  AwcRenderOptions options;
  g_autoptr(AwcChartData) cursor_data = awc_chart_data_new_from_report (report, NULL, NULL);
  AwcRenderLayout layout;
  cairo_surface_t *plot, *frame;
  cairo_t *cr, *fcr;
  double samples[50];
  double start = awc_report_get_start_time (report);
  double end = awc_report_get_end_time (report);
  double mid, half;
  guint n;

  awc_render_options_init (&options);

  /* The first export also builds the pyramids; reported apart. */
  row->first_png_ms = time_export (report, AWC_EXPORT_PNG, &options, NULL);
  for (guint i = 0; i < 5; i++)
    samples[i] = time_export (report, AWC_EXPORT_PNG, &options, NULL);
  row->png_ms = median (samples, 5);
  for (guint i = 0; i < 5; i++)
    samples[i] = time_export (report, AWC_EXPORT_SVG, &options, &row->svg_bytes);
  row->svg_ms = median (samples, 5);

  plot = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (plot);
  for (guint i = 0; i < 10; i++)
    samples[i] = time_redraw (cr, report, &options, &layout);
  row->redraw_ms = median (samples, 10);

  /* A cursor frame: the cached plot painted, then the cursor on top. */
  frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  fcr = cairo_create (frame);
  for (guint i = 0; i < 50; i++)
    {
      double t = now_s ();

      cairo_set_source_surface (fcr, plot, 0, 0);
      cairo_paint (fcr);
      awc_render_cursor (fcr, cursor_data, &layout, &options, start + (end - start) * (i + 0.5) / 50);
      cairo_surface_flush (frame);
      samples[i] = (now_s () - t) * 1000;
    }
  row->cursor_ms = median (samples, 50);
  cairo_destroy (fcr);
  cairo_surface_destroy (frame);

  /* Zoom steps: halve the visible range around the middle, redraw. */
  mid = (start + end) / 2;
  half = (end - start) / 2;
  for (n = 0; n < 12 && half > 4; n++)
    {
      half /= 2;
      options.t0 = mid - half;
      options.t1 = mid + half;
      samples[n] = time_redraw (cr, report, &options, &layout);
    }
  row->zoom_ms = median (samples, n);

  cairo_destroy (cr);
  cairo_surface_destroy (plot);
}

/* What the side panel does on each zoom step: awc_series_compute_stats()
 * of every series over the visible samples.  Steps halve the range
 * around the middle, as the zoom steps do (the first step leaves out one
 * sample at each end: the whole range is cached at load). */
static double
measure_stats (AwcReport *report)
{
  GListModel *model = awc_report_get_series (report);
  guint n_points = awc_report_get_n_points (report);
  guint n_series = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  double samples[12];
  guint n, repeat = 200;
  volatile double sink = 0;

  for (guint i = 0; i < n_series; i++)
    g_ptr_array_add (series, g_list_model_get_item (model, i));

  for (n = 0; n < G_N_ELEMENTS (samples) && (n_points >> n) > 4; n++)
    {
      guint half = n == 0 ? n_points / 2 - 1 : n_points >> (n + 1);
      guint first = n_points / 2 - half, last = n_points / 2 + half;
      double t = now_s ();

      for (guint k = 0; k < repeat; k++)
        for (guint i = 0; i < series->len; i++)
          {
            AwcStats stats;

            awc_series_compute_stats (g_ptr_array_index (series, i), first, last, &stats);
            sink += stats.mean;
          }
      samples[n] = (now_s () - t) * 1e6 / repeat;
    }
  (void) sink;

  return median (samples, n);
}

/* CSV export of the report's visible series, the whole range: the time
 * column goes through the report's zone (local for epoch timestamps,
 * UTC for date strings).  Median of 3. */
static double
measure_csv (AwcReport *report,
             gsize     *size)
{
  AwcRenderOptions options;
  double samples[3];

  awc_render_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    samples[i] = time_export (report, AWC_EXPORT_CSV, &options, size);
  return median (samples, G_N_ELEMENTS (samples));
}

static void
measure_csv_epoch (guint  n_points,
                   Row   *row)
{
  g_autoptr(GBytes) body = generate_with (n_points, TRUE);
  g_autoptr(AwcReport) report = NULL;
  double seconds;

  report = load (body, &seconds);
  g_clear_pointer (&body, g_bytes_unref);
  row->csv_epoch_ms = measure_csv (report, NULL);
}

/* Median of 3 full insight computations from the report. */
static double
measure_insights (AwcReport *report)
{
  double times[3];

  for (guint i = 0; i < 3; i++)
    {
      double t = now_s ();
      g_autoptr(AwcInsights) insights = awc_insights_new_for_report (report, NULL, NULL);

      times[i] = (now_s () - t) * 1000;
      g_assert (insights != NULL);
    }
  return median (times, 3);
}

static void
measure (const char *self,
         guint       n_points,
         Row        *row)
{
  g_autoptr(GBytes) body = generate (n_points);
  g_autoptr(AwcReport) report = NULL;
  double loads[4];
  guint n_children = n_points > BIG_SIZE ? 1 : 3;
  double peaks[3];

  memset (row, 0, sizeof *row);
  row->points = n_points;
  row->body_bytes = g_bytes_get_size (body);

  for (guint i = 0; i < n_children; i++)
    run_child (self, n_points, &loads[i], &peaks[i], &row->peak_exact);
  row->peak_mb = median (peaks, n_children);

  /* This process's own load counts as one more run. */
  report = load (body, &loads[n_children]);
  row->n_loads = n_children + 1;
  row->load_s = median (loads, row->n_loads);
  g_clear_pointer (&body, g_bytes_unref);

  row->n_series = count_series (report);
  measure_render (report, row);
  row->stats_us = measure_stats (report);
  row->csv_ms = measure_csv (report, &row->csv_bytes);
  row->insights_ms = measure_insights (report);
  /* After rendering, so the lazily built pyramids are counted.  Per
   * series: the shared timestamps add 8 / n_series bytes to each. */
  {
    gsize summaries, total = model_bytes (report, &summaries);
    double points_series = (double) n_points * MAX (row->n_series, 1);

    row->model_bpp = total / points_series;
    row->summary_bpp = summaries / points_series;
  }
  g_clear_object (&report);
  measure_csv_epoch (n_points, row);
}

/* Per-figure medians over whole repeated measurements: the machine is
 * shared, and a burst of other work should not decide a figure. */
static void
merge_runs (Row   *runs,
            guint  n,
            Row   *out)
{
  double v[MAX_REPEAT];

  *out = runs[0];
#define MERGE(field) \
  G_STMT_START { \
    for (guint k = 0; k < n; k++) \
      v[k] = runs[k].field; \
    out->field = median (v, n); \
  } G_STMT_END
  MERGE (load_s);
  MERGE (peak_mb);
  MERGE (png_ms);
  MERGE (svg_ms);
  MERGE (first_png_ms);
  MERGE (redraw_ms);
  MERGE (cursor_ms);
  MERGE (zoom_ms);
  MERGE (stats_us);
  MERGE (csv_ms);
  MERGE (csv_epoch_ms);
  MERGE (insights_ms);
#undef MERGE
  out->n_loads = runs[0].n_loads * n;
}

static void
print_header (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M UTC");

  printf ("AW Chart benchmark, %s, %u cores, GLib %u.%u.%u, cairo %s, %dx%d\n",
          date, g_get_num_processors (), glib_major_version, glib_minor_version,
          glib_micro_version, cairo_version_string (), WIDTH, HEIGHT);
  printf ("| points | body | load | peak mem | model B/pt/series | of which summaries | PNG | SVG | SVG size "
          "| full redraw | cursor frame | zoom step | range stats | CSV (dates) | CSV (epoch) | insights |\n");
  printf ("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
}

static void
print_row (const Row *r)
{
  printf ("| %u | %.1f MB | %.3f s | %s%.1f MB | %.2f | %.2f (%.0f %%) | %.1f ms | %.1f ms | %.0f KB "
          "| %.2f ms | %.3f ms | %.2f ms | %.1f µs | %.0f ms | %.0f ms | %.1f ms |\n",
          r->points, r->body_bytes / 1e6, r->load_s, r->peak_exact ? "" : "≤ ", r->peak_mb,
          r->model_bpp, r->summary_bpp, 100 * r->summary_bpp / r->model_bpp,
          r->png_ms, r->svg_ms, r->svg_bytes / 1e3,
          r->redraw_ms, r->cursor_ms, r->zoom_ms, r->stats_us, r->csv_ms, r->csv_epoch_ms, r->insights_ms);
  fflush (stdout);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *sizes_text = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  gint64 child_points = 0;
  int repeat = 3;
  double t_start = now_s ();
  const GOptionEntry entries[] = {
    { "child-load", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT64, &child_points, NULL, NULL },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Comma-separated point counts", "N,…" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Whole measurements per size (default 3)", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "awc-bench: %s\n", error->message);
      return 2;
    }
  if (child_points > 0)
    return child_load ((guint) child_points);
  repeat = CLAMP (repeat, 1, MAX_REPEAT);

  if (sizes_text != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (sizes_text, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint n = (guint) g_ascii_strtoull (parts[i], NULL, 10);

          if (n >= 2)
            g_array_append_val (sizes, n);
        }
    }
  else
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  if (!(self = g_file_read_link ("/proc/self/exe", &error)))
    {
      fprintf (stderr, "awc-bench: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < sizes->len; i++)
    {
      Row runs[MAX_REPEAT];
      Row row;

      for (int k = 0; k < repeat; k++)
        measure (self, g_array_index (sizes, guint, i), &runs[k]);
      merge_runs (runs, (guint) repeat, &row);
      g_array_append_val (rows, row);
      fprintf (stderr, "awc-bench: %u points done (%.1f s so far)\n", row.points, now_s () - t_start);
    }

  print_header ();
  for (guint i = 0; i < rows->len; i++)
    print_row (&g_array_index (rows, Row, i));
  printf ("\nEach figure is the median over %d whole measurements of:\n", repeat);
  printf ("Load: median of %s runs (fresh child processes + this one); peak = VmHWM − RSS "
          "just before the load, body already in memory. Renders at %dx%d, scale 1: PNG/SVG median of 5 "
          "after one warm-up export; full redraw = layout + plot into an ARGB32 image, median of 10; "
          "cursor frame = paint the cached plot + cursor, median of 50; zoom step = halve the range "
          "around the middle + redraw, median of up to 12 steps; range stats = awc_series_compute_stats () "
          "of every series over each zoom step's samples, median over the steps of 200 repeats. "
          "Model B/pt/series = (timestamps + values + summaries) / (points × series with data); "
          "summaries = min/max pyramids and block sums (awc_minmax_pyramid_get_size ()). "
          "CSV = awc_export_to_bytes () of the default series, whole range, median of 3: "
          "\"dates\" on the report's date-string timestamps (UTC), \"epoch\" on the same report "
          "generated with epoch-ms timestamps (the local zone, TZ as set).\n",
          "4 (small) / 2 (> 200k points)", WIDTH, HEIGHT);
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);

      printf ("%u points: %u series with data, first PNG export %.1f ms (builds the pyramids), "
              "model %.2f B per point per series = 8 values + %.2f timestamps (shared) + %.2f summaries, "
              "CSV %.1f MB\n",
              r->points, r->n_series, r->first_png_ms, r->model_bpp,
              r->model_bpp - 8 - r->summary_bpp, r->summary_bpp, r->csv_bytes / 1e6);
    }
  awc_bench_compare_window (repeat);
  printf ("Total benchmark time: %.1f s\n", now_s () - t_start);
  return 0;
}
