/* test-render-layers.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Overlay layers from the snapshot: a threshold line is drawn dashed in
 * its series' colour at its value, with its label, in PNG, SVG and PDF;
 * a snapshot without layers draws exactly what it drew before. */
#include "config.h"

#include <math.h>

#include "model/awc-chart-data-builder.h"
#include "render/awc-export.h"
#include "render/awc-palette.h"
#include "render/awc-render.h"
#include "test-render-util.h"

#define W 900
#define H 500

static AwcReport *
flat_report (void)
{
  const char *ids[] = { "tps_brokens.average", NULL };
  GArray *values[] = { test_values_new (200), NULL };

  /* 100 ms to 300 ms: a 500 ms threshold widens the panel to show it. */
  for (guint i = 0; i < 200; i++)
    g_array_index (values[0], double, i) = 100 + i;
  return test_report_new (200, ids, values);
}

static AwcChartData *
snapshot_with (AwcReport  *report,
               const char *rule)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
  AwcChartDataOptions options;

  awc_chart_data_options_init (&options);
  if (rule != NULL)
    {
      g_ptr_array_add (rules, awc_threshold_parse (rule, NULL));
      options.thresholds = rules;
    }
  return awc_chart_data_new_from_report (report, &options, NULL);
}

static cairo_surface_t *
render (AwcChartData    *data,
        AwcRenderLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  AwcRenderOptions options;

  awc_render_options_init (&options);
  awc_render_compute_layout (cr, data, W, H, &options, layout);
  awc_render_plot (cr, data, layout, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
is_color (cairo_surface_t *surface,
          int              x,
          int              y,
          const double    *rgb)
{
  const guint8 *px = cairo_image_surface_get_data (surface);
  guint32 p = *(const guint32 *) (px + y * cairo_image_surface_get_stride (surface) + x * 4);

  return fabs (((p >> 16) & 0xff) / 255.0 - rgb[0]) < 0.1 &&
         fabs (((p >> 8) & 0xff) / 255.0 - rgb[1]) < 0.1 &&
         fabs ((p & 0xff) / 255.0 - rgb[2]) < 0.1;
}

static void
test_threshold_png (void)
{
  g_autoptr(AwcReport) report = flat_report ();
  g_autoptr(AwcChartData) plain = snapshot_with (report, NULL);
  g_autoptr(AwcChartData) with = snapshot_with (report, "average<=500ms");
  AwcRenderLayout lp, lw;
  cairo_surface_t *a = render (plain, &lp);
  cairo_surface_t *b = render (with, &lw);
  const AwcRenderPanel *panel = &lw.panels[0];
  double rgba[4], y;
  guint on = 0, off = 0, before = 0;
  int yi;

  /* The panel grew to hold the threshold; without one it ends near 300. */
  g_assert_cmpfloat (lw.panels[0].v1, >=, 500);
  g_assert_cmpfloat (lp.panels[0].v1, <, 500);

  awc_palette_get_color (AWC_THEME_LIGHT, awc_chart_data_get_series (with, 0)->color_index, rgba);
  y = panel->y1 - (500 - panel->v0) * (panel->y1 - panel->y0) / (panel->v1 - panel->v0);
  yi = (int) floor (y);
  /* Dashed across the whole plot: both colour and gaps along the row */
  for (int x = (int) lw.plot_x0 + 2; x < (int) lw.plot_x1 - 120; x++)
    {
      if (is_color (b, x, yi, rgba))
        on++;
      else
        off++;
      before += is_color (a, x, yi, rgba);
    }
  g_assert_cmpuint (on, >, (lw.plot_x1 - lw.plot_x0) / 3);
  g_assert_cmpuint (off, >, 20);
  g_assert_cmpuint (before, <, 5);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_threshold_vector (void)
{
  g_autoptr(AwcReport) report = flat_report ();
  g_autoptr(AwcChartData) plain = snapshot_with (report, NULL);
  g_autoptr(AwcChartData) with = snapshot_with (report, "average>=250ms");
  AwcExportFormat formats[] = { AWC_EXPORT_SVG, AWC_EXPORT_PDF };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) a = awc_export_to_bytes (plain, formats[i], W, H, 1, NULL, NULL);
      g_autoptr(GBytes) b = awc_export_to_bytes (with, formats[i], W, H, 1, NULL, NULL);

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      /* The line and its label add to the file. */
      g_assert_false (g_bytes_equal (a, b));
      g_assert_cmpuint (g_bytes_get_size (b), >, g_bytes_get_size (a));
    }

  /* The dash pattern is in the SVG. */
  {
    g_autoptr(GBytes) svg = awc_export_to_bytes (with, AWC_EXPORT_SVG, W, H, 1, NULL, NULL);
    g_autofree char *text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));

    g_assert_nonnull (strstr (text, "stroke-dasharray:5,3;"));
  }
}

static void
test_no_layers_same_pixels (void)
{
  g_autoptr(AwcReport) report = flat_report ();
  g_autoptr(AwcChartData) a = snapshot_with (report, NULL);
  g_autoptr(AwcChartData) b = snapshot_with (report, NULL);
  g_autoptr(GBytes) pa = awc_export_to_bytes (a, AWC_EXPORT_PNG, W, H, 1, NULL, NULL);
  g_autoptr(GBytes) pb = awc_export_to_bytes (b, AWC_EXPORT_PNG, W, H, 1, NULL, NULL);

  g_assert_true (g_bytes_equal (pa, pb));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/render/layers/threshold-png", test_threshold_png);
  g_test_add_func ("/awc/render/layers/threshold-vector", test_threshold_vector);
  g_test_add_func ("/awc/render/layers/none", test_no_layers_same_pixels);

  return g_test_run ();
}
