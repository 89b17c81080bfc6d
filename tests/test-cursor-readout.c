/* test-cursor-readout.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cursor readout table as a user reads it: the cursor's time and
 * elapsed time, per panel each drawn series with its value and unit, a
 * layout that does not move as the values change, the pixel column's
 * min – max when zoomed out, the arrow keys stepping by sample or by
 * pixel column, focus on the chart after opening, and the compare
 * window's A, B and Δ columns. */
#include "window-fixture.h"

#include "awc-gen-report.h"
#include "compare-fixtures.h"
#include "ui/chart/awc-chart-view-private.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"

#define AXIS(view) awc_chart_view_get_time_axis (view)

static char *
readout_text (Fixture *fixture)
{
  return awc_cursor_readout_dup_text (fixture->window->cursor_readout);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in “%s”", needle, haystack);
}

/* Pins the cursor on sample @index. */
static void
set_cursor (AwcChartView *view,
            guint         index)
{
  AwcReport *report = awc_chart_view_get_report (view);
  const double *ts = awc_report_get_timestamps (report, NULL);

  awc_time_axis_controller_set_cursor_pinned (AXIS (view), TRUE);
  awc_time_axis_controller_set_cursor_time (AXIS (view), ts[index]);
}

static guint
cursor_index (AwcChartView *view)
{
  return awc_report_index_at_time (awc_chart_view_get_report (view),
                                   awc_time_axis_controller_get_cursor_time (AXIS (view)));
}

static void
zoom_to_samples (AwcChartView *view,
                 guint         first,
                 guint         last)
{
  const double *ts = awc_report_get_timestamps (awc_chart_view_get_report (view), NULL);

  awc_time_axis_controller_set_view_range (AXIS (view), ts[first], ts[last]);
  run_frames (20);
}

/* Opens a generated report of @n_points one-second samples. */
static void
open_long_report (Fixture *fixture,
                  guint    n_points)
{
  g_autoptr(GBytes) bytes = NULL;
  AwcGenParams params;

  awc_gen_params_init (&params);
  params.n_points = n_points;
  bytes = awc_gen_report_bytes (&params);
  awc_window_open_bytes (fixture->window, bytes, "long.json");
  wait_until (not_loading, fixture->window);
  g_assert_cmpuint (awc_report_get_n_points (awc_window_get_report (fixture->window)), ==, n_points);
  wait_until (chart_laid_out, fixture->window);
  run_frames (100);
}

/* Opening a report puts the keyboard focus on the chart: the arrow keys
 * move the cursor at once. */
static void
test_focus (Fixture       *fixture,
            gconstpointer  user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_true (focus == GTK_WIDGET (fixture->window->chart_view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->window->chart_view)));

  /* Again after opening another report in the same window. */
  open_long_report (fixture, 600);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->window->chart_view)));
}

/* Rows: one per drawn series, under its panel's heading, with the value
 * at the cursor and its unit; the header has the date, time and elapsed
 * time since the start of the run. */
static void
test_rows (Fixture       *fixture,
           gconstpointer  user_data)
{
  AwcChartView *view = fixture->window->chart_view;
  AwcReport *report = awc_window_get_report (fixture->window);
  g_autoptr(GString) expected = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *text = NULL;
  const double *ts;
  GListModel *list = awc_report_get_series (report);
  const char *group = NULL;
  guint n, n_drawn = 0;

  ts = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, >, 800);

  /* No cursor: a hint and every row, without values. */
  text = readout_text (fixture);
  assert_contains (text, "Point at the chart");
  assert_contains (text, "\n\tTPS\t—");
  g_clear_pointer (&text, g_free);

  /* Zoomed in: no pixel column holds two samples, so no min – max. */
  zoom_to_samples (view, 700, 800);
  set_cursor (view, 754);
  run_frames (20);
  g_assert_false (awc_cursor_readout_get_show_ranges (fixture->window->cursor_readout));

  stamp = awc_report_format_time (report, ts[754], "%Y-%m-%d %H:%M:%S");
  expected = g_string_new (stamp);
  g_string_append (expected, " +12:34");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;
      const double *values;

      if (!awc_series_is_drawn (series))
        continue;
      if (g_strcmp0 (group, awc_series_get_group (series)) != 0)
        g_string_append_printf (expected, "\n%s", awc_series_get_group_title (series));
      group = awc_series_get_group (series);
      values = awc_series_get_values (series, NULL);
      value = awc_unit_format_value (awc_series_get_unit (series), values[754]);
      g_string_append_printf (expected, "\n\t%s\t%s", awc_series_get_display_title (series), value);
      n_drawn++;
    }
  text = readout_text (fixture);
  g_assert_cmpstr (text, ==, expected->str);
  g_assert_cmpuint (awc_cursor_readout_get_n_rows (fixture->window->cursor_readout), ==, n_drawn);

  /* What a user reads there, spelled out. */
  g_assert_true (g_str_has_prefix (text, "2026-03-02 09:12:34 +12:34\nThroughput\n\tTPS\t"));
  assert_contains (text, " /s\nResponse time\n\tAverage response time\t");
  assert_contains (text, " ms\nVirtual users\n\tVirtual users\t");
  assert_contains (text, "\nFailed responses\n\tRequest errors\t");
  assert_contains (text, "\nBandwidth\n\tReceived (downlink)\t");
  assert_contains (text, "B/s\n\tSent (uplink)\t");

  /* A hidden series leaves its panel's rows; a hidden panel its heading. */
  {
    AwcSeries *vusers = awc_report_find_series (report, "vusers_brokens.vusers");

    awc_series_set_visible (vusers, FALSE);
    run_frames (10);
    g_free (text);
    text = readout_text (fixture);
    g_assert_null (strstr (text, "Virtual users"));
    g_assert_cmpuint (awc_cursor_readout_get_n_rows (fixture->window->cursor_readout), ==, n_drawn - 1);
    awc_series_set_visible (vusers, TRUE);
    run_frames (10);
  }
}

typedef struct
{
  int width, height;
  graphene_rect_t chart;
} Geometry;

static void
measure (Fixture  *fixture,
         Geometry *geometry)
{
  GtkWidget *readout = GTK_WIDGET (fixture->window->cursor_readout);

  run_frames (30);
  geometry->width = gtk_widget_get_width (readout);
  geometry->height = gtk_widget_get_height (readout);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->window->chart_view),
                                            GTK_WIDGET (fixture->window), &geometry->chart));
}

/* The table keeps its size, and the chart its place, whatever the values
 * under the cursor and whether there is a cursor at all. */
static void
test_stable_size (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcChartView *view = fixture->window->chart_view;
  AwcReport *report = awc_window_get_report (fixture->window);
  AwcSeries *refused = awc_report_find_series (report, "respcode_brokens.refusedFailed");
  const guint indices[] = { 0, 3, 400, 1100, 1799 };
  guint peak = 0, n;
  const double *values = awc_series_get_values (refused, &n);
  Geometry first, other;

  /* Include the spike of refused connections: the widest numbers. */
  for (guint i = 0; i < n; i++)
    if (values[i] > values[peak])
      peak = i;
  g_assert_cmpfloat (values[peak], >, 10);

  set_cursor (view, 10);
  measure (fixture, &first);
  g_assert_cmpint (first.height, >, 40);
  for (guint i = 0; i <= G_N_ELEMENTS (indices); i++)
    {
      set_cursor (view, i < G_N_ELEMENTS (indices) ? indices[i] : peak);
      measure (fixture, &other);
      g_assert_cmpint (other.width, ==, first.width);
      g_assert_cmpint (other.height, ==, first.height);
      g_assert_true (graphene_rect_equal (&other.chart, &first.chart));
    }

  /* The readout does not cover the plot: it sits above the chart. */
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->window->cursor_readout),
                                              GTK_WIDGET (fixture->window), &bounds));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, first.chart.origin.y + 0.5);
  }

  /* No cursor: still the same size. */
  awc_time_axis_controller_set_cursor_pinned (AXIS (view), FALSE);
  awc_time_axis_controller_set_cursor_time (AXIS (view), NAN);
  measure (fixture, &other);
  g_assert_cmpint (other.width, ==, first.width);
  g_assert_cmpint (other.height, ==, first.height);
}

/* The samples [first, last) in the pixel column of sample @index, as the
 * plot draws it. */
static void
column_of (AwcChartView *view,
           guint         index,
           guint        *first,
           guint        *last,
           double       *span)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (view);
  AwcReport *report = awc_chart_view_get_report (view);
  const double *ts = awc_report_get_timestamps (report, NULL);
  double x, t0;

  *span = (layout->t1 - layout->t0) / (layout->plot_x1 - layout->plot_x0);
  x = floor (awc_render_layout_time_to_x (layout, ts[index]));
  t0 = layout->t0 + (x - layout->plot_x0) * *span;
  *first = awc_report_lower_bound (report, t0);
  *last = awc_report_lower_bound (report, t0 + *span);
}

/* Zoomed out on a long run, each row has its pixel column's min – max
 * next to the value at the cursor; zoomed in, no such column. */
static void
test_min_max (Fixture       *fixture,
              gconstpointer  user_data)
{
  AwcChartView *view = fixture->window->chart_view;
  AwcCursorReadout *readout = fixture->window->cursor_readout;
  AwcReport *report;
  AwcSeries *tps;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  const double *values;
  double min = INFINITY, max = -INFINITY, span;
  guint first, last, n_ranges = 0;

  open_long_report (fixture, 43200);
  report = awc_window_get_report (fixture->window);
  set_cursor (view, 20000);
  run_frames (20);

  column_of (view, 20000, &first, &last, &span);
  g_assert_cmpuint (last - first, >=, 20);   /* 12 hours on < 1280 px */
  g_assert_true (awc_cursor_readout_get_show_ranges (readout));

  tps = awc_report_find_series (report, "tps_brokens.tps");
  values = awc_series_get_values (tps, NULL);
  for (guint i = first; i < last; i++)
    {
      min = MIN (min, values[i]);
      max = MAX (max, values[i]);
    }
  g_assert_cmpfloat (min, <, max);
  {
    g_autofree char *value = awc_unit_format_value (AWC_UNIT_PER_SECOND, values[20000]);
    g_autofree char *range = awc_readout_format_range (AWC_UNIT_PER_SECOND, min, max);

    expected = g_strdup_printf ("\n\tTPS\t%s\t%s\n", value, range);
  }
  text = readout_text (fixture);
  assert_contains (text, expected);

  /* Every row has its min – max. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == '\t')
      {
        g_auto(GStrv) cells = g_strsplit (lines[i] + 1, "\t", -1);

        g_assert_cmpuint (g_strv_length (cells), ==, 3);
        assert_contains (cells[2], " – ");
        n_ranges++;
      }
  g_assert_cmpuint (n_ranges, ==, awc_cursor_readout_get_n_rows (readout));

  /* Full zoom: one sample per column or fewer, no min – max. */
  zoom_to_samples (view, 19950, 20050);
  set_cursor (view, 20000);
  run_frames (20);
  g_assert_false (awc_cursor_readout_get_show_ranges (readout));
  g_free (text);
  text = readout_text (fixture);
  g_assert_null (strstr (text, " – "));
}

/* ← and →: one sample when zoomed in, one pixel column zoomed out;
 * with Shift ten of either. */
static void
test_arrow_steps (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AwcChartView *view = fixture->window->chart_view;
  GtkWidget *widget = GTK_WIDGET (view);
  const double *ts;
  guint first, last, start, i;
  double span;

  open_long_report (fixture, 43200);
  ts = awc_report_get_timestamps (awc_window_get_report (fixture->window), NULL);

  /* Zoomed out: a step moves by one pixel column of time. */
  set_cursor (view, 20000);
  column_of (view, 20000, &first, &last, &span);
  g_assert_cmpfloat (span, >, 20);
  start = cursor_index (view);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-next", NULL));
  i = cursor_index (view);
  g_assert_cmpfloat (fabs ((ts[i] - ts[start]) - span), <=, 1);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-previous", NULL));
  g_assert_cmpuint (cursor_index (view), ==, start);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-next-page", NULL));
  i = cursor_index (view);
  g_assert_cmpfloat (fabs ((ts[i] - ts[start]) - 10 * span), <=, 1);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-previous-page", NULL));
  g_assert_cmpuint (cursor_index (view), ==, start);

  /* Zoomed in: one sample, or ten. */
  zoom_to_samples (view, 19950, 20050);
  set_cursor (view, 20000);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-next", NULL));
  g_assert_cmpuint (cursor_index (view), ==, 20001);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-next-page", NULL));
  g_assert_cmpuint (cursor_index (view), ==, 20011);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-previous", NULL));
  g_assert_cmpuint (cursor_index (view), ==, 20010);
  g_assert_true (gtk_widget_activate_action (widget, "view.cursor-previous-page", NULL));
  g_assert_cmpuint (cursor_index (view), ==, 20000);
}

/* The compare window: columns A, B and Δ, times of both runs, focus on
 * the chart; min – max per run on long runs. */
static gboolean
compare_settled (gpointer data)
{
  return awc_test_compare_window_settled (data);
}

static AwcCompareWindow *
open_compare (guint       n,
              AwcReport **a,
              AwcReport **b)
{
  AwcCompareWindow *window;
  CfRun run;

  cf_run_init (&run);
  run.n = n;
  run.down_s = n - 60;
  run.title = "Build 1";
  *a = cf_make_report (&run);
  run.title = "Build 2";
  run.seed = 7;
  run.tps = 170;
  run.rt_ms = 65;
  *b = cf_make_report (&run);

  window = awc_compare_window_new (NULL, *a, *b);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (compare_settled, window);
  run_frames (50);
  return window;
}

static void
close_compare (AwcCompareWindow *window,
               AwcReport        *a,
               AwcReport        *b)
{
  gpointer weak = window;

  g_object_add_weak_pointer (weak, &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_null (weak);
  g_assert_finalize_object (b);
  g_assert_finalize_object (a);
}

static void
test_compare (void)
{
  AwcReport *a, *b;
  AwcCompareWindow *window = open_compare (600, &a, &b);
  AwcCompareView *view = _awc_compare_window_get_view (window);
  AwcTimeAxisController *axis = awc_compare_view_get_time_axis (view);
  AwcCursorReadout *readout = window->cursor_readout;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0;

  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_true (awc_cursor_readout_get_compare (readout));

  awc_time_axis_controller_set_cursor_pinned (axis, TRUE);
  awc_time_axis_controller_set_cursor_time (axis, 300);
  run_frames (20);
  g_assert_false (awc_cursor_readout_get_show_ranges (readout));
  text = awc_cursor_readout_dup_text (readout);
  g_assert_true (g_str_has_prefix (text, "A 2026-03-02 09:05:00 · B 2026-03-02 09:05:00 +05:00\n"));
  assert_contains (text, "\nThroughput\n\tTPS\t");
  assert_contains (text, "\nResponse time\n\tAverage response time\t");

  /* Each row: name, A, B, Δ = B − A with its sign. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == '\t')
      {
        g_auto(GStrv) cells = g_strsplit (lines[i] + 1, "\t", -1);

        g_assert_cmpuint (g_strv_length (cells), ==, 4);
        if (g_str_equal (cells[0], "TPS"))
          {
            AwcSeries *ta = awc_report_find_series (a, "tps_brokens.tps");
            AwcSeries *tb = awc_report_find_series (b, "tps_brokens.tps");
            double va = awc_series_get_values (ta, NULL)[300];
            double vb = awc_series_get_values (tb, NULL)[300];
            g_autofree char *sa = awc_unit_format_value (AWC_UNIT_PER_SECOND, va);
            g_autofree char *sb = awc_unit_format_value (AWC_UNIT_PER_SECOND, vb);
            g_autofree char *sd = awc_unit_format_value (AWC_UNIT_PER_SECOND, fabs (vb - va));

            g_assert_cmpfloat (vb, <, va);   /* B has less throughput */
            g_assert_cmpstr (cells[1], ==, sa);
            g_assert_cmpstr (cells[2], ==, sb);
            g_assert_true (g_str_has_prefix (cells[3], "−"));
            g_assert_cmpstr (cells[3] + strlen ("−"), ==, sd);
          }
        n_rows++;
      }
  g_assert_cmpuint (n_rows, ==, awc_cursor_readout_get_n_rows (readout));
  g_assert_cmpuint (n_rows, >, 4);

  /* In overlay mode the readout still shows both runs. */
  awc_comparison_set_overlay (awc_compare_window_get_comparison (window), TRUE);
  run_frames (50);
  g_free (text);
  text = awc_cursor_readout_dup_text (readout);
  g_assert_true (g_str_has_prefix (text, "A 2026-03-02 09:05:00 · B 2026-03-02 09:05:00 +05:00\n"));
  assert_contains (text, "\n\tTPS\t");
  if (g_getenv ("AWC_DEBUG_PNG") != NULL)
    {
      int w, h;

      g_free (awc_test_render_widget (GTK_WIDGET (window), &w, &h));
    }

  close_compare (window, a, b);
}

static void
test_compare_min_max (void)
{
  AwcReport *a, *b;
  AwcCompareWindow *window = open_compare (20000, &a, &b);
  AwcCompareView *view = _awc_compare_window_get_view (window);
  AwcTimeAxisController *axis = awc_compare_view_get_time_axis (view);
  AwcCursorReadout *readout = window->cursor_readout;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  awc_time_axis_controller_set_cursor_pinned (axis, TRUE);
  awc_time_axis_controller_set_cursor_time (axis, 10000);
  run_frames (20);
  g_assert_true (awc_cursor_readout_get_show_ranges (readout));
  text = awc_cursor_readout_dup_text (readout);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == '\t')
      {
        g_auto(GStrv) cells = g_strsplit (lines[i] + 1, "\t", -1);

        /* name, A, B, Δ, A's min – max, B's min – max */
        g_assert_cmpuint (g_strv_length (cells), ==, 6);
        assert_contains (cells[4], " – ");
        assert_contains (cells[5], " – ");
      }
  if (g_getenv ("AWC_DEBUG_PNG") != NULL)
    {
      int w, h;

      g_free (awc_test_render_widget (GTK_WIDGET (window), &w, &h));
    }

  /* Zoomed in: A, B and Δ only. */
  awc_time_axis_controller_set_view_range (axis, 9950, 10050);
  run_frames (50);
  g_assert_false (awc_cursor_readout_get_show_ranges (readout));

  close_compare (window, a, b);
}

int
main (int    argc,
      char **argv)
{
  if (!window_test_init (&argc, &argv))
    return 0;

  WINDOW_TEST_ADD ("/awc/ui/cursor-readout/focus", test_focus);
  WINDOW_TEST_ADD ("/awc/ui/cursor-readout/rows", test_rows);
  WINDOW_TEST_ADD ("/awc/ui/cursor-readout/stable-size", test_stable_size);
  WINDOW_TEST_ADD ("/awc/ui/cursor-readout/min-max", test_min_max);
  WINDOW_TEST_ADD ("/awc/ui/cursor-readout/arrow-steps", test_arrow_steps);
  g_test_add_func ("/awc/ui/cursor-readout/compare", test_compare);
  g_test_add_func ("/awc/ui/cursor-readout/compare-min-max", test_compare_min_max);

  return window_test_finish (g_test_run ());
}
