/* test-render-compare.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare-fixtures.h"
#include "render/awc-export.h"
#include "render/awc-palette.h"
#include "render/awc-render-compare.h"
#include "model/awc-delta.h"
#include "render/awc-render-compare-private.h"
#include "test-render-util.h"
#include "render/awc-time-ticks.h"

/* Comparison drawing: the elapsed axis, shared ranges, the overlay run
 * and the generic export entry point, checked on pixels and layouts. */

static AwcReport *
flat_run (double   rt_ms,
          guint    n,
          guint32  seed)
{
  CfRun run;

  cf_run_init (&run);
  run.n = n;
  run.ramp_s = 60;
  run.down_s = n;
  run.noise = 0;
  run.rt_ms = rt_ms;
  run.seed = seed;
  return cf_make_report (&run);
}

static void
test_elapsed_labels (void)
{
  static const struct { double s; const char *text; } cases[] = {
    { 0, "0:00" }, { 4.6, "0:05" }, { 245, "4:05" }, { 3600, "1:00:00" },
    { 3725, "1:02:05" }, { -30, "-0:30" },
  };
  g_autoptr(GArray) ticks = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_time_format_elapsed (cases[i].s);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Ticks count from the origin, not from wall-clock round times;
   * 1800 s on 900 px with 60 px apart gives 2-minute steps */
  ticks = awc_time_ticks_compute_elapsed (1000.5, 1000.5 + 1800, 1000.5, 900, 60);
  g_assert_cmpuint (ticks->len, >=, 4);
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 0).label, ==, "0:00");
  g_assert_cmpfloat (g_array_index (ticks, AwcTimeTick, 0).t, ==, 1000.5);
  g_assert_cmpstr (g_array_index (ticks, AwcTimeTick, 1).label, ==, "2:00");
  g_assert_null (g_array_index (ticks, AwcTimeTick, 1).date);
}

static gboolean
find_panel (const AwcRenderLayout *layout,
            const char            *group,
            guint                 *index)
{
  for (guint p = 0; p < layout->n_panels; p++)
    if (g_strcmp0 (layout->panels[p].group, group) == 0)
      {
        *index = p;
        return TRUE;
      }
  return FALSE;
}

static void
test_linked_layout (void)
{
  g_autoptr(AwcReport) a = flat_run (50, 300, 1);
  g_autoptr(AwcReport) b = flat_run (100, 200, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  AwcRenderCompareOptions options;
  AwcRenderCompareLayout layout;
  guint pa = 0, pb = 0;

  awc_render_compare_options_init (&options);
  awc_comparison_set_offset (comparison, 150);
  awc_render_compare_compute_layout (cr, test_pair_ids (comparison, NULL, options.overlay), NULL, 1600, 900, &options, &layout);

  /* Both runs on one elapsed range: A from 0, B until 150 + 199 s */
  g_assert_cmpuint (layout.n_sides, ==, 2);
  g_assert_cmpfloat (layout.e0, ==, 0);
  g_assert_cmpfloat (layout.e1, ==, 349);
  g_assert_cmpfloat (layout.side_x[1], ==, 800);
  g_assert_cmpfloat (layout.sides[0].plot_x0, ==, layout.sides[1].plot_x0);
  /* B's time range is A's, shifted by the offset */
  g_assert_cmpfloat (layout.sides[1].t0, ==, CF_START_EPOCH - 150);

  /* Linked: the response-time panels share one value range */
  g_assert_true (find_panel (&layout.sides[0], "response-time", &pa));
  g_assert_true (find_panel (&layout.sides[1], "response-time", &pb));
  g_assert_cmpfloat (layout.sides[0].panels[pa].v0, ==, layout.sides[1].panels[pb].v0);
  g_assert_cmpfloat (layout.sides[0].panels[pa].v1, ==, layout.sides[1].panels[pb].v1);
  g_assert_cmpfloat (layout.sides[0].panels[pa].v1, >=, 100);

  /* Unlinked: each side keeps its own */
  awc_comparison_set_linked (comparison, FALSE);
  awc_render_compare_compute_layout (cr, test_pair_ids (comparison, NULL, options.overlay), NULL, 1600, 900, &options, &layout);
  g_assert_true (find_panel (&layout.sides[0], "response-time", &pa));
  g_assert_cmpfloat (layout.sides[0].panels[pa].v1, <, 100);

  /* Stacked: B below A, full width */
  options.stacked = TRUE;
  awc_render_compare_compute_layout (cr, test_pair_ids (comparison, NULL, options.overlay), NULL, 1600, 900, &options, &layout);
  g_assert_cmpfloat (layout.side_x[1], ==, 0);
  g_assert_cmpfloat (layout.side_w[1], ==, 1600);
  g_assert_cmpfloat (layout.side_y[1], >, layout.side_y[0]);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Fraction of plot columns where row @y holds the series colour. */
static double
colored_fraction (cairo_surface_t *surface,
                  double           x0,
                  double           x1,
                  double           y,
                  const double     rgba[4])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint hits = 0, n = 0;

  cairo_surface_flush (surface);
  for (int x = (int) ceil (x0) + 2; x < (int) floor (x1) - 2; x++)
    {
      gboolean hit = FALSE;

      for (int row = (int) floor (y) - 1; row <= (int) floor (y) + 1; row++)
        {
          guint32 px = *(const guint32 *) (data + row * stride + x * 4);
          int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

          if (abs (r - (int) (rgba[0] * 255)) < 40 && abs (g - (int) (rgba[1] * 255)) < 40
              && abs (b - (int) (rgba[2] * 255)) < 40)
            hit = TRUE;
        }
      hits += hit;
      n++;
    }
  return n > 0 ? (double) hits / n : 0;
}

/* B's colour half transparent over the light background. */
static void
pale_color (const double rgba[4],
            double       pale[4])
{
  const AwcThemeColors *colors = awc_palette_get_theme (AWC_THEME_LIGHT);

  for (guint i = 0; i < 3; i++)
    pale[i] = 0.5 * rgba[i] + 0.5 * colors->background[i];
  pale[3] = 1;
}

static void
test_overlay_pixels (void)
{
  g_autoptr(AwcReport) a = flat_run (50, 300, 1);
  g_autoptr(AwcReport) b = flat_run (100, 300, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  const char * const ids[] = { "tps_brokens.average", NULL };
  AwcRenderCompareOptions options;
  AwcRenderCompareLayout layout;
  const AwcRenderPanel *panel;
  AwcSeries *rt;
  double rgba[4], pale[4], y_a, y_b, solid, dashed;
  guint p = 0;

  awc_render_compare_options_init (&options);
  options.overlay = TRUE;
  {
    const AwcChartPair *pair = test_pair_ids (comparison, ids, options.overlay);

    awc_render_compare (cr, pair, NULL, 1200, 800, &options);
    awc_render_compare_compute_layout (cr, pair, NULL, 1200, 800, &options, &layout);
  }

  g_assert_cmpuint (layout.n_sides, ==, 1);
  g_assert_true (find_panel (&layout.sides[0], "response-time", &p));
  panel = &layout.sides[0].panels[p];
  /* The value range covers B's 100 ms, not just A's 50 ms */
  g_assert_cmpfloat (panel->v1, >=, 100);

  rt = awc_report_find_series (a, "tps_brokens.average");
  awc_palette_get_color (AWC_THEME_LIGHT, awc_series_get_color_index (rt), rgba);
  /* Panels are placed in the side's box, below the header */
  y_a = layout.side_y[0] + panel->y1 - (50 - panel->v0) / (panel->v1 - panel->v0) * (panel->y1 - panel->y0);
  y_b = layout.side_y[0] + panel->y1 - (100 - panel->v0) / (panel->v1 - panel->v0) * (panel->y1 - panel->y0);
  solid = colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_a, rgba);
  dashed = colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_b, rgba);

  /* A solid in its colour; B dashed (7 on, 4 off) and paler: none of
   * its pixels has A's full colour, half of its columns its pale one. */
  g_assert_cmpfloat (solid, >, 0.95);
  g_assert_cmpfloat (dashed, <, 0.05);
  pale_color (rgba, pale);
  dashed = colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_b, pale);
  g_assert_cmpfloat (dashed, >, 0.4);
  g_assert_cmpfloat (dashed, <, 0.85);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* On one-second noise, zoomed out (many samples per pixel column), no
 * dash pattern shows; B still differs from A by its lightness. */
static void
test_overlay_noise (void)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  const char * const ids[] = { "tps_brokens.average", NULL };
  AwcRenderCompareOptions options;
  AwcRenderCompareLayout layout;
  const AwcRenderPanel *panel;
  AwcSeries *rt;
  double rgba[4], pale[4], y_a, y_b;
  guint p = 0;
  CfRun run;

  cf_run_init (&run);
  run.n = 7200;
  run.ramp_s = 60;
  run.down_s = run.n;
  run.rt_ms = 50;
  run.seed = 1;
  a = cf_make_report (&run);
  run.rt_ms = 150;
  run.seed = 2;
  b = cf_make_report (&run);
  comparison = awc_comparison_new (a, b);

  awc_render_compare_options_init (&options);
  options.overlay = TRUE;
  {
    const AwcChartPair *pair = test_pair_ids (comparison, ids, options.overlay);

    awc_render_compare (cr, pair, NULL, 1200, 800, &options);
    awc_render_compare_compute_layout (cr, pair, NULL, 1200, 800, &options, &layout);
  }
  g_assert_true (find_panel (&layout.sides[0], "response-time", &p));
  panel = &layout.sides[0].panels[p];
  rt = awc_report_find_series (a, "tps_brokens.average");
  awc_palette_get_color (AWC_THEME_LIGHT, awc_series_get_color_index (rt), rgba);
  pale_color (rgba, pale);
  y_a = layout.side_y[0] + panel->y1 - (50 - panel->v0) / (panel->v1 - panel->v0) * (panel->y1 - panel->y0);
  y_b = layout.side_y[0] + panel->y1 - (150 - panel->v0) / (panel->v1 - panel->v0) * (panel->y1 - panel->y0);

  /* Around its level, A's band is in its full colour (its anti-aliased
   * edges may look pale); B's band is pale and never in A's colour. */
  g_assert_cmpfloat (colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_a, rgba), >, 0.5);
  g_assert_cmpfloat (colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_b, pale), >, 0.5);
  g_assert_cmpfloat (colored_fraction (surface, layout.sides[0].plot_x0, layout.sides[0].plot_x1, y_b, rgba), <, 0.05);
  if (g_getenv ("AWC_TEST_SAVE_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("AWC_TEST_SAVE_PNG"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_square (cairo_t  *cr,
             int       width,
             int       height,
             gpointer  user_data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, width / 4.0, height / 4.0, width / 2.0, height / 2.0);
  cairo_fill (cr);
}

static void
test_export_entry_point (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;
  g_autoptr(GBytes) csv = NULL;

  one = awc_export_render_to_bytes (AWC_EXPORT_PNG, 64, 32, 2, NULL, draw_square, NULL, &error);
  g_assert_no_error (error);
  two = awc_export_render_to_bytes (AWC_EXPORT_PNG, 64, 32, 2, NULL, draw_square, NULL, &error);
  g_assert_true (g_bytes_equal (one, two));
  g_assert_true (memcmp (g_bytes_get_data (one, NULL), "\x89PNG", 4) == 0);

  csv = awc_export_render_to_bytes (AWC_EXPORT_CSV, 64, 32, 1, NULL, draw_square, NULL, &error);
  g_assert_null (csv);
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_null (awc_export_render_to_bytes (AWC_EXPORT_PNG, 8, 8, 1, NULL, draw_square, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_SIZE);
}

/* Exports name each run's date and span on its side's title line: the
 * image differs from the window's, the layout does not. */
static void
test_run_headers (void)
{
  g_autoptr(AwcReport) a = flat_run (50, 300, 1);
  g_autoptr(AwcReport) b = flat_run (100, 300, 2);
  g_autoptr(AwcComparison) comparison = awc_comparison_new (a, b);
  const char * const ids[] = { "tps_brokens.average", NULL };
  const AwcChartPair *pair = test_pair_ids (comparison, ids, FALSE);
  cairo_surface_t *plain = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
  cairo_surface_t *marked = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
  AwcRenderCompareLayout plain_layout, marked_layout;
  AwcRenderCompareOptions options;
  int stride = cairo_image_surface_get_stride (plain);
  cairo_t *cr;
  double header_end;

  awc_render_compare_options_init (&options);
  cr = cairo_create (plain);
  awc_render_compare (cr, pair, NULL, 1200, 800, &options);
  awc_render_compare_compute_layout (cr, pair, NULL, 1200, 800, &options, &plain_layout);
  cairo_destroy (cr);
  options.run_headers = TRUE;
  cr = cairo_create (marked);
  awc_render_compare (cr, pair, NULL, 1200, 800, &options);
  awc_render_compare_compute_layout (cr, pair, NULL, 1200, 800, &options, &marked_layout);
  cairo_destroy (cr);
  cairo_surface_flush (plain);
  cairo_surface_flush (marked);

  g_assert_cmpfloat (plain_layout.sides[0].panels[0].y0, ==, marked_layout.sides[0].panels[0].y0);
  /* The title rows of side A differ: the run's span is written there. */
  header_end = plain_layout.side_y[0] + plain_layout.sides[0].panels[0].header_y;
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (plain), cairo_image_surface_get_data (marked),
                           (gsize) stride * (gsize) header_end), !=, 0);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (marked);
}

/* Every metric present, with long names: what the table must keep whole */
static AwcDeltaSummary *
full_summary (gboolean load_differs)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  AwcDeltaSummary *summary;
  CfRun run;

  cf_run_init (&run);
  a = cf_make_report (&run);
  run.seed = 3;
  run.vusers = load_differs ? 150 : 100;
  b = cf_make_report (&run);
  comparison = awc_comparison_new (a, b);
  summary = awc_delta_summary_compute (comparison, NULL, NULL);
  g_assert_nonnull (summary);
  /* The fixture lacks some classes and bandwidth: fill them in */
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    if (isnan (summary->rows[m].a))
      summary->rows[m].a = summary->rows[m].b = 0.5;
  return summary;
}

static void
test_delta_table_groups (void)
{
  g_autoptr(AwcDeltaSummary) summary = full_summary (FALSE);
  AwcDeltaMetric shown[AWC_DELTA_N_METRICS];
  guint n_shown, split;

  split = _awc_render_compare_delta_split (summary, shown, &n_shown);
  g_assert_cmpuint (n_shown, ==, AWC_DELTA_N_METRICS);
  /* "Failed responses" and its classes sit in one column group */
  for (guint k = 0; k < n_shown; k++)
    if (shown[k] > AWC_DELTA_ERRORS && shown[k] <= AWC_DELTA_OTHERS)
      g_assert_cmpint (k < split, ==, (guint) AWC_DELTA_ERRORS < split);
  g_assert_cmpuint (split, >, 0);
  g_assert_cmpuint (split, <, n_shown);
}

/* However narrow the box, the table is drawn whole inside it (smaller,
 * never with cut names), and the load warning comes first. */
static void
test_delta_table_fits (void)
{
  static const double widths[] = { 300, 600, 1200 };

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      {
        g_autoptr(AwcDeltaSummary) summary = full_summary (l == 1);
        cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create (surface);
        Colors c = { { 1, 1, 1 }, { 0, 0, 0 }, { .4, .4, .4 }, { .8, .8, .8 }, { 0, 0, 0, .1 },
                     { 0, .5, 0 }, { .8, 0, 0 }, { 0, 0, .8 } };
        AwcRenderText text;
        double x, y, w, h, full_h;

        _awc_render_text_init (&text, cr, AWC_THEME_LIGHT);
        full_h = _awc_render_compare_delta_n_rows (summary) * CMP_ROW_H;
        g_assert_cmpfloat (full_h, ==, (l == 1 ? 1 : 0) * CMP_ROW_H + (1 + 10 + 1) * CMP_ROW_H);
        _awc_render_compare_delta_table (&text, summary, 10, 20, widths[i], 150, &c);
        _awc_render_text_clear (&text);
        cairo_destroy (cr);
        cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
        cairo_surface_destroy (surface);
        g_test_message ("width %g: ink %g,%g %gx%g", widths[i], x, y, w, h);
        g_assert_cmpfloat (x, >=, 10 - 1);
        g_assert_cmpfloat (x + w, <=, 10 + widths[i] + 1);
        g_assert_cmpfloat (y + h, <=, 20 + 150 + 1);
        /* Not shrunk to nothing */
        g_assert_cmpfloat (w, >, widths[i] * 0.5);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/render/elapsed-labels", test_elapsed_labels);
  g_test_add_func ("/awc/compare/render/linked-layout", test_linked_layout);
  g_test_add_func ("/awc/compare/render/overlay", test_overlay_pixels);
  g_test_add_func ("/awc/compare/render/overlay-noise", test_overlay_noise);
  g_test_add_func ("/awc/compare/render/export-entry-point", test_export_entry_point);
  g_test_add_func ("/awc/compare/render/run-headers", test_run_headers);
  g_test_add_func ("/awc/compare/render/delta-table-groups", test_delta_table_groups);
  g_test_add_func ("/awc/compare/render/delta-table-fits", test_delta_table_fits);

  return g_test_run ();
}
