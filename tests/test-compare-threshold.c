/* test-compare-threshold.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thresholds in the compare window: the rule goes into both runs'
 * snapshots and is drawn on both runs' panels, where the view, its
 * export and its copy read them. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "compare-fixtures.h"
#include "gtk-test-loop.h"
#include "model/awc-threshold.h"
#include "render/awc-palette.h"
#include "render/awc-render-compare.h"
#include "ui/compare/awc-compare-view-private.h"
#include "ui/compare/awc-compare-window-private.h"

static gboolean
settled (gpointer data)
{
  AwcCompareWindow *window = data;
  AwcCompareView *view = _awc_compare_window_get_view (window);

  return !_awc_compare_window_is_busy (window) &&
         gtk_widget_get_width (GTK_WIDGET (view)) > 0 &&
         !awc_compare_view_is_rendering (view);
}

/* Pixels of @rgb along the row at @value on @side's panel of @series. */
static guint
count_on_row (cairo_surface_t              *surface,
              const AwcRenderCompareLayout *layout,
              guint                         side,
              double                        value,
              const double                 *rgb)
{
  const AwcRenderLayout *l = &layout->sides[side];
  const AwcRenderPanel *panel = &l->panels[1];   /* response time, under TPS */
  const guint8 *px = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double y = panel->y1 - (value - panel->v0) * (panel->y1 - panel->y0) / (panel->v1 - panel->v0);
  int yi = (int) floor (layout->side_y[side] + y);
  guint n = 0;

  for (int x = (int) (layout->side_x[side] + l->plot_x0 + 2);
       x < (int) (layout->side_x[side] + l->plot_x1 - 100); x++)
    {
      guint32 p = *(const guint32 *) (px + yi * stride + x * 4);

      n += fabs (((p >> 16) & 0xff) / 255.0 - rgb[0]) < 0.1 &&
           fabs (((p >> 8) & 0xff) / 255.0 - rgb[1]) < 0.1 &&
           fabs ((p & 0xff) / 255.0 - rgb[2]) < 0.1;
    }
  return n;
}

static void
test_both_panels (void)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
  AwcCompareWindow *window;
  AwcCompareView *view;
  const AwcChartPair *pair;
  const AwcRenderCompareLayout *layout;
  AwcRenderCompareOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  double rgba[4];
  CfRun run;

  cf_run_init (&run);
  a = cf_make_report (&run);
  run.seed = 7;
  b = cf_make_report (&run);
  window = awc_compare_window_new (NULL, a, b);
  view = _awc_compare_window_get_view (window);
  awc_comparison_set_stacked (awc_compare_window_get_comparison (window), FALSE);
  awc_comparison_set_overlay (awc_compare_window_get_comparison (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (settled, window);

  g_ptr_array_add (rules, awc_threshold_parse ("average<=2s", NULL));
  awc_compare_view_set_thresholds (view, rules);
  wait_until (settled, window);

  pair = awc_compare_view_get_chart_pair (view);
  for (guint s = 0; s < 2; s++)
    {
      g_assert_nonnull (pair->runs[s]);
      g_assert_cmpuint (awc_chart_data_get_n_layers (pair->runs[s]), ==, 1);
      g_assert_cmpfloat (awc_chart_data_get_layer (pair->runs[s], 0)->value, ==, 2000);
    }

  /* Drawn on both sides at 2 s */
  layout = _awc_compare_view_ensure_layout (view);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_sides, ==, 2);
  awc_compare_view_get_render_options (view, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, layout->width, layout->height);
  cr = cairo_create (surface);
  awc_render_compare (cr, pair, awc_compare_view_get_summary (view), layout->width, layout->height,
                      &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  awc_palette_get_color (options.base.theme,
                         awc_chart_data_get_series (pair->runs[0],
                                                    awc_chart_data_get_layer (pair->runs[0], 0)->series)->color_index,
                         rgba);
  for (guint s = 0; s < 2; s++)
    g_assert_cmpuint (count_on_row (surface, layout, s, 2000, rgba), >, 100);
  cairo_surface_destroy (surface);

  awc_compare_view_set_thresholds (view, NULL);
  g_assert_cmpuint (awc_chart_data_get_n_layers (awc_compare_view_get_chart_pair (view)->runs[1]), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/awc/ui/compare/threshold", test_both_panels);

  return g_test_run ();
}
