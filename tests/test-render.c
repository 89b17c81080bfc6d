/* test-render.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-svg.h>
#include <math.h>

#include "render/awc-export.h"
#include "render/awc-palette.h"
#include "render/awc-render.h"
#include "test-render-util.h"

#define W 800
#define H 400

typedef struct
{
  cairo_surface_t *surface;
  AwcRenderLayout  layout;
} Drawing;

static void
drawing_clear (Drawing *d)
{
  g_clear_pointer (&d->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Drawing, drawing_clear)

/* Layout and plot through the pieces the window uses. */
static void
draw (Drawing                *d,
      AwcReport              *report,
      int                     width,
      int                     height,
      const AwcRenderOptions *options)
{
  cairo_t *cr;

  d->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (d->surface);
  {
    AwcChartData *data = test_data (report);

    awc_render_compute_layout (cr, data, width, height, options, &d->layout);
    awc_render_plot (cr, data, &d->layout, options);
  }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (d->surface);
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       double           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(const guint32 *) (data + y * stride + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static gboolean
color_at (cairo_surface_t *surface,
          int              x,
          int              y,
          const double    *rgb,
          double           tolerance)
{
  double p[3];

  if (x < 0 || y < 0 ||
      x >= cairo_image_surface_get_width (surface) || y >= cairo_image_surface_get_height (surface))
    return FALSE;
  pixel (surface, x, y, p);
  return fabs (p[0] - rgb[0]) <= tolerance && fabs (p[1] - rgb[1]) <= tolerance &&
         fabs (p[2] - rgb[2]) <= tolerance;
}

/* Is @rgb within @radius pixels of (@x, @y)? */
static gboolean
color_near (cairo_surface_t *surface,
            double           x,
            double           y,
            int              radius,
            const double    *rgb)
{
  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      if (color_at (surface, (int) floor (x) + dx, (int) floor (y) + dy, rgb, 0.12))
        return TRUE;
  return FALSE;
}

static guint
count_color (cairo_surface_t *surface,
             int              x0,
             int              y0,
             int              x1,
             int              y1,
             const double    *rgb)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      n += color_at (surface, x, y, rgb, 0.12);
  return n;
}

static double
value_to_y (const AwcRenderPanel *panel,
            double                v)
{
  return panel->y1 - (v - panel->v0) / (panel->v1 - panel->v0) * (panel->y1 - panel->y0);
}

static void
series_color (AwcReport  *report,
              const char *id,
              AwcTheme    theme,
              double      rgba[4])
{
  AwcSeries *series = awc_report_find_series (report, id);

  g_assert_nonnull (series);
  awc_palette_get_color (theme, awc_series_get_color_index (series), rgba);
}

static AwcReport *
ramp_report (guint n,
             guint gap_start,
             guint gap_end)
{
  const char *ids[] = { "tps_brokens.tps", "respcode_brokens.success", NULL };
  GArray *values[] = { test_values_new (n), test_values_new (n), NULL };

  for (guint i = 0; i < n; i++)
    {
      g_array_index (values[0], double, i) = (i >= gap_start && i < gap_end) ? NAN : i;
      g_array_index (values[1], double, i) = n - 1.0 - i;
    }

  return test_report_new (n, ids, values);
}

static void
test_series_position (void)
{
  g_autoptr(AwcReport) report = ramp_report (200, 0, 0);
  const double *ts = awc_report_get_timestamps (report, NULL);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  const AwcRenderPanel *panel;
  double rgba[4];

  awc_render_options_init (&options);
  draw (&d, report, W, H, &options);
  g_assert_cmpuint (d.layout.n_panels, ==, 1);
  panel = &d.layout.panels[0];
  g_assert_cmpstr (panel->group, ==, "throughput");
  /* A count axis starts at zero and has a little head room. */
  g_assert_cmpfloat (panel->v0, ==, 0);
  g_assert_cmpfloat (panel->v1, >, 199);
  g_assert_cmpfloat (panel->v1, <, 199 * 1.1);

  series_color (report, "tps_brokens.tps", AWC_THEME_LIGHT, rgba);
  for (guint i = 20; i < 200; i += 40)
    {
      double x = awc_render_layout_time_to_x (&d.layout, ts[i]);

      g_assert_true (color_near (d.surface, x, value_to_y (panel, i), 2, rgba));
      /* …and not where the value is not. */
      g_assert_false (color_near (d.surface, x, value_to_y (panel, fmod (i + 100, 200)), 2, rgba));
    }

  /* x ↔ time round trip. */
  g_assert_cmpfloat_with_epsilon (awc_render_layout_x_to_time (&d.layout,
                                    awc_render_layout_time_to_x (&d.layout, ts[77])),
                                  ts[77], 1e-6);
}

static void
test_hidden_series (void)
{
  g_autoptr(AwcReport) report = ramp_report (200, 0, 0);
  AwcSeries *success = awc_report_find_series (report, "respcode_brokens.success");
  g_auto(Drawing) shown = { NULL, };
  g_auto(Drawing) hidden = { NULL, };
  AwcRenderOptions options;
  double rgba[4];

  awc_render_options_init (&options);
  series_color (report, "respcode_brokens.success", AWC_THEME_LIGHT, rgba);
  awc_series_set_visible (success, TRUE);
  draw (&shown, report, W, H, &options);
  g_assert_cmpuint (count_color (shown.surface, 0, 0, W, H, rgba), >, 100);

  awc_series_set_visible (success, FALSE);
  draw (&hidden, report, W, H, &options);
  /* Neither its line nor its legend swatch. */
  g_assert_cmpuint (count_color (hidden.surface, 0, 0, W, H, rgba), ==, 0);

  /* series_ids overrides the visible property. */
  {
    const char *ids[] = { "success", NULL };
    g_auto(Drawing) only = { NULL, };
    double tps[4];

    test_series_ids = ids;
    series_color (report, "tps_brokens.tps", AWC_THEME_LIGHT, tps);
    draw (&only, report, W, H, &options);
    test_series_ids = NULL;
    g_assert_cmpuint (count_color (only.surface, 0, 0, W, H, rgba), >, 100);
    g_assert_cmpuint (count_color (only.surface, 0, 0, W, H, tps), ==, 0);
  }
}

/* Gaps break the line whether samples are drawn one by one (200) or
 * decimated per pixel column (100,000). */
static void
test_gap (void)
{
  static const guint sizes[] = { 200, 100000 };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      guint n = sizes[k];
      g_autoptr(AwcReport) report = ramp_report (n, n * 2 / 5, n * 3 / 5);
      const double *ts = awc_report_get_timestamps (report, NULL);
      g_auto(Drawing) d = { NULL, };
      AwcRenderOptions options;
      const AwcRenderPanel *panel;
      double rgba[4];
      int x0, x1;

      awc_render_options_init (&options);
      options.show_legend = FALSE;
      draw (&d, report, W, H, &options);
      panel = &d.layout.panels[0];
      series_color (report, "tps_brokens.tps", AWC_THEME_LIGHT, rgba);

      x0 = (int) ceil (awc_render_layout_time_to_x (&d.layout, ts[n * 2 / 5 - 1])) + 2;
      x1 = (int) floor (awc_render_layout_time_to_x (&d.layout, ts[n * 3 / 5])) - 2;
      g_assert_cmpint (x1 - x0, >, 50);
      g_assert_cmpuint (count_color (d.surface, x0, 0, x1, H, rgba), ==, 0);
      /* Either side of the gap the line is there. */
      g_assert_true (color_near (d.surface, awc_render_layout_time_to_x (&d.layout, ts[n * 7 / 20]),
                                 value_to_y (panel, n * 7 / 20), 2, rgba));
      g_assert_true (color_near (d.surface, awc_render_layout_time_to_x (&d.layout, ts[n * 13 / 20]),
                                 value_to_y (panel, n * 13 / 20), 2, rgba));
    }
}

static void
test_dark_theme (void)
{
  g_autoptr(AwcReport) report = ramp_report (200, 0, 0);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  double bg[3], rgba[4];

  awc_render_options_init (&options);
  options.theme = AWC_THEME_DARK;
  draw (&d, report, W, H, &options);
  pixel (d.surface, 2, H - 2, bg);
  g_assert_cmpfloat (0.2126 * bg[0] + 0.7152 * bg[1] + 0.0722 * bg[2], <, 0.2);

  /* Series use the dark palette. */
  series_color (report, "tps_brokens.tps", AWC_THEME_DARK, rgba);
  g_assert_cmpuint (count_color (d.surface, 0, 0, W, H, rgba), >, 100);
}

static void
test_palette_distinct (void)
{
  for (int theme = AWC_THEME_LIGHT; theme <= AWC_THEME_DARK; theme++)
    {
      const AwcThemeColors *colors = awc_palette_get_theme (theme);

      for (guint i = 0; i < AWC_PALETTE_N_COLORS; i++)
        {
          double a[4];

          awc_palette_get_color (theme, i, a);
          /* Legible: clearly apart from the background. */
          g_assert_cmpfloat (fabs (a[0] - colors->background[0]) + fabs (a[1] - colors->background[1]) +
                             fabs (a[2] - colors->background[2]), >, 0.6);
          for (guint j = 0; j < i; j++)
            {
              double b[4];

              awc_palette_get_color (theme, j, b);
              g_assert_cmpfloat (fabs (a[0] - b[0]) + fabs (a[1] - b[1]) + fabs (a[2] - b[2]), >, 0.3);
            }
        }
    }
}

static AwcReport *
big_report (guint  n,
            guint  spike_at)
{
  const char *ids[] = { "tps_brokens.tps", NULL };
  GArray *values[] = { test_values_new (n), NULL };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < n; i++)
    g_array_index (values[0], double, i) = 100 + test_noise (rand, 10);
  if (spike_at < n)
    g_array_index (values[0], double, spike_at) = 1000;

  return test_report_new (n, ids, values);
}

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static gsize
svg_size (AwcReport *report)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize size = 0;

  surface = cairo_svg_surface_create_for_stream (count_bytes, &size, 1600, 900);
  cr = cairo_create (surface);
  awc_render_chart (cr, test_data (report), 1600, 900, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return size;
}

static void
test_million_points (void)
{
  g_autoptr(AwcReport) big = big_report (1000000, G_MAXUINT);
  g_autoptr(AwcReport) mid = big_report (100000, G_MAXUINT);
  g_autoptr(AwcReport) small = big_report (1000, G_MAXUINT);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  gint64 start, elapsed;
  gsize big_size, mid_size, small_size;

  awc_render_options_init (&options);
  start = g_get_monotonic_time ();
  draw (&d, big, 1600, 900, &options);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("1,000,000 points: first draw (with pyramid) %.1f ms", elapsed / 1000.0);

  big_size = svg_size (big);
  mid_size = svg_size (mid);
  small_size = svg_size (small);
  g_test_message ("SVG bytes: 1,000: %" G_GSIZE_FORMAT ", 100,000: %" G_GSIZE_FORMAT
                  ", 1,000,000: %" G_GSIZE_FORMAT, small_size, mid_size, big_size);
  /* The size follows the width, not the number of points. */
  g_assert_cmpfloat (big_size, <=, 1.1 * mid_size);
  g_assert_cmpfloat (big_size, <=, 1.5 * small_size);
  g_assert_cmpuint (big_size, <, 600 * 1000);
}

/* Every catalog series at once, each noisy, over 1,000,000 points: the
 * widest report CPTS can send still gives an SVG under 600 KB. */
static AwcReport *
catalog_report (guint n)
{
  guint n_ids = awc_catalog_get_n_entries ();
  g_autofree const char **ids = g_new0 (const char *, n_ids + 1);
  g_autofree GArray **values = g_new0 (GArray *, n_ids + 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (27);

  for (guint s = 0; s < n_ids; s++)
    {
      ids[s] = awc_catalog_get_entry (s)->id;
      values[s] = test_values_new (n);
      for (guint i = 0; i < n; i++)
        g_array_index (values[s], double, i) = 100 * (s + 1) + test_noise (rand, 10 * (s + 1));
    }

  return test_report_new (n, ids, values);
}

static void
test_all_series_svg (void)
{
  g_autoptr(AwcReport) report = catalog_report (1000000);
  g_autoptr(GBytes) svg = NULL;
  AwcRenderOptions options;

  g_assert_cmpuint (awc_catalog_get_n_entries (), ==, 28);
  awc_render_options_init (&options);
  /* Hidden-by-default series too. */
  for (guint s = 0; s < awc_catalog_get_n_entries (); s++)
    awc_series_set_visible (awc_report_find_series (report, awc_catalog_get_entry (s)->id), TRUE);
  svg = awc_export_to_bytes (test_data (report), AWC_EXPORT_SVG, 1600, 900, 1, &options, NULL);
  g_assert_nonnull (svg);
  g_test_message ("27 series, 1,000,000 points: SVG %" G_GSIZE_FORMAT " bytes", g_bytes_get_size (svg));
  g_assert_cmpuint (g_bytes_get_size (svg), <, 600 * 1024);
}

static void
test_spike_visible (void)
{
  const guint spike = 654321;
  g_autoptr(AwcReport) report = big_report (1000000, spike);
  const double *ts = awc_report_get_timestamps (report, NULL);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  const AwcRenderPanel *panel;
  double rgba[4], x;

  awc_render_options_init (&options);
  draw (&d, report, 1600, 900, &options);
  panel = &d.layout.panels[0];
  g_assert_cmpfloat (panel->v1, >=, 1000);
  series_color (report, "tps_brokens.tps", AWC_THEME_LIGHT, rgba);

  x = awc_render_layout_time_to_x (&d.layout, ts[spike]);
  /* The single sample reaches up to its value… */
  g_assert_true (color_near (d.surface, x, value_to_y (panel, 990), 1, rgba));
  g_assert_true (color_near (d.surface, x, value_to_y (panel, 500), 1, rgba));
  /* …and nowhere else does the line get that high. */
  g_assert_cmpuint (count_color (d.surface, (int) d.layout.plot_x0, (int) value_to_y (panel, 500),
                                 (int) x - 3, (int) value_to_y (panel, 500) + 1, rgba), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(AwcReport) empty = awc_report_new ();
  g_autoptr(AwcReport) gaps = ramp_report (10, 0, 10);
  AwcReport *reports[] = { empty, gaps };

  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    {
      g_auto(Drawing) d = { NULL, };
      AwcRenderOptions options;
      const char *none[] = { "tps", NULL };
      double bg[3];
      guint n_ink = 0;

      awc_render_options_init (&options);
      /* Only the all-gaps series is asked for in the second report. */
      test_series_ids = none;
      draw (&d, reports[r], W, H, &options);
      g_assert_cmpuint (d.layout.n_panels, ==, 0);

      /* The "No data to draw" text sits in the middle. */
      pixel (d.surface, 1, 1, bg);
      for (int y = H / 2 - 20; y < H / 2 + 20; y++)
        for (int x = W / 2 - 80; x < W / 2 + 80; x++)
          n_ink += !color_at (d.surface, x, y, bg, 0.3);
      g_assert_cmpuint (n_ink, >, 50);

      /* The cursor has nothing to do. */
      {
        cairo_t *cr = cairo_create (d.surface);

        awc_render_cursor (cr, test_data (reports[r]), &d.layout, &options, TEST_T0);
        cairo_destroy (cr);
        test_series_ids = NULL;
      }
    }
}

/* An all-zero failure panel spans 0…1 at any panel height, with the
 * four y labels every panel gets when it has room; its values are
 * per-second rates (failure counts come one per second, like TPS):
 * ticks read "/s". */
static void
test_zero_count_ticks (void)
{
  const char *ids[] = { "respcode_brokens.error", "respcode_brokens.timeout", NULL };
  GArray *values[] = { test_values_new (60), test_values_new (60), NULL };
  g_autoptr(AwcReport) report = NULL;
  g_autofree char *tick = NULL;

  for (guint i = 0; i < 60; i++)
    g_array_index (values[0], double, i) = g_array_index (values[1], double, i) = 0;
  report = test_report_new (60, ids, values);

  for (int height = 120; height <= 900; height += 60)
    {
      g_auto(Drawing) d = { NULL, };
      AwcRenderOptions options;
      const AwcRenderPanel *panel;

      awc_render_options_init (&options);
      draw (&d, report, W, height, &options);
      g_assert_cmpuint (d.layout.n_panels, ==, 1);
      panel = &d.layout.panels[0];
      g_assert_cmpfloat (panel->v0, ==, 0);
      g_assert_cmpfloat (panel->v1, ==, 1);
      if (panel->y1 - panel->y0 >= 50)
        g_assert_cmpuint (panel->n_y_ticks, >=, AWC_RENDER_MIN_Y_TICKS);
    }
  tick = awc_unit_format_tick (awc_series_get_unit (awc_report_find_series (report, ids[0])), 1, 0.5);
  g_assert_cmpstr (tick, ==, "1 /s");
}

/* The longest horizontal run of @rgb in rows y0…y1. */
static int
longest_run (cairo_surface_t *surface,
             int              y0,
             int              y1,
             const double    *rgb)
{
  int best = 0;

  for (int y = y0; y < y1; y++)
    {
      int run = 0;

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        {
          run = color_at (surface, x, y, rgb, 0.12) ? run + 1 : 0;
          best = MAX (best, run);
        }
    }
  return best;
}

/* The time label on the axis shows "2026-03-02 09:14:59 · +14:59" when the
 * plot has room, and the time alone on a narrow image. */
static void
test_cursor_time_label (void)
{
  g_autoptr(AwcReport) report = ramp_report (200, 0, 0);
  const double *ts = awc_report_get_timestamps (report, NULL);
  const AwcThemeColors *colors = awc_palette_get_theme (AWC_THEME_LIGHT);
  static const int widths[] = { W, 260 };
  int runs[G_N_ELEMENTS (widths)];

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_auto(Drawing) d = { NULL, };
      AwcRenderOptions options;
      double y1;
      cairo_t *cr;

      awc_render_options_init (&options);
      draw (&d, report, widths[i], H, &options);
      cr = cairo_create (d.surface);
      awc_render_cursor (cr, test_data (report), &d.layout, &options, ts[100]);
      cairo_destroy (cr);
      cairo_surface_flush (d.surface);

      y1 = d.layout.panels[d.layout.n_panels - 1].y1;
      runs[i] = longest_run (d.surface, (int) ceil (y1) + 5, (int) ceil (y1) + 9, colors->cursor);
      g_test_message ("width %d: time label box %d px", widths[i], runs[i]);
    }
  /* "HH:MM:SS" alone is about 55 px wide, with the date and elapsed time
   * about 190 px. */
  g_assert_cmpint (runs[0], >, 140);
  g_assert_cmpint (runs[1], >, 30);
  g_assert_cmpint (runs[1], <, 100);
}

static void
test_cursor (void)
{
  g_autoptr(AwcReport) report = ramp_report (200, 0, 0);
  const double *ts = awc_report_get_timestamps (report, NULL);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  const AwcThemeColors *colors = awc_palette_get_theme (AWC_THEME_LIGHT);
  const AwcRenderPanel *panel;
  g_autofree guchar *before = NULL;
  double rgba[4], x;
  cairo_t *cr;
  int stride;

  awc_render_options_init (&options);
  draw (&d, report, W, H, &options);
  panel = &d.layout.panels[0];

  cairo_surface_flush (d.surface);
  stride = cairo_image_surface_get_stride (d.surface);
  before = g_memdup2 (cairo_image_surface_get_data (d.surface), (gsize) stride * H);
  cr = cairo_create (d.surface);
  /* 0.3 s past sample 50: the cursor snaps to it. */
  awc_render_cursor (cr, test_data (report), &d.layout, &options, ts[50] + 0.3);
  cairo_destroy (cr);
  cairo_surface_flush (d.surface);

  x = floor (awc_render_layout_time_to_x (&d.layout, ts[50]));
  /* Inside the panels only the line and the point markers change pixels:
   * no value boxes hide the data (the values are in the window's table). */
  for (guint p = 0; p < d.layout.n_panels; p++)
    for (int y = (int) ceil (d.layout.panels[p].y0); y < (int) d.layout.panels[p].y1; y++)
      for (int px = 0; px < W; px++)
        if (memcmp (before + y * stride + px * 4,
                    cairo_image_surface_get_data (d.surface) + y * stride + px * 4, 4) != 0)
          g_assert_cmpfloat (fabs (px - x), <=, 6);
  /* The line runs through the panel where no series is… */
  g_assert_true (color_near (d.surface, x, value_to_y (panel, 100), 0, colors->cursor));
  /* …with a dot on the series at its value. */
  series_color (report, "tps_brokens.tps", AWC_THEME_LIGHT, rgba);
  g_assert_true (color_near (d.surface, x + 2, value_to_y (panel, 50), 1, rgba));
}

static void
test_buckets (void)
{
  g_autoptr(AwcReport) report = test_report_realistic (600);
  const AwcThemeColors *colors = awc_palette_get_theme (AWC_THEME_LIGHT);
  g_auto(Drawing) d = { NULL, };
  AwcRenderOptions options;
  guint n_block, n_panels;

  awc_render_options_init (&options);
  options.show_buckets = TRUE;
  draw (&d, report, 1600, 900, &options);
  g_assert_cmpfloat (d.layout.buckets_x0, <=, 1600 - 0.3 * 1600);
  g_assert_cmpfloat (d.layout.plot_x1, <, d.layout.buckets_x0);
  /* Bars drawn in the block, none over the panels. */
  n_block = count_color (d.surface, (int) d.layout.buckets_x0, 0, 1600, 900, colors->bar);
  n_panels = count_color (d.surface, 0, 0, (int) d.layout.buckets_x0, 900, colors->bar);
  g_assert_cmpuint (n_block, >, 200);
  /* (a few anti-aliased line pixels may come close to the bar colour) */
  g_assert_cmpuint (n_panels * 10, <, n_block);

  /* Narrow images still give the block its minimum width. */
  drawing_clear (&d);
  draw (&d, report, 800, 600, &options);
  g_assert_cmpfloat (800 - 12 - d.layout.buckets_x0, >=, 280);
}

static void
test_deterministic (void)
{
  g_autoptr(AwcReport) report = test_report_realistic (1800);
  AwcRenderOptions options;

  awc_render_options_init (&options);
  options.show_buckets = TRUE;
  for (int svg = 0; svg <= 1; svg++)
    {
      AwcExportFormat format = svg ? AWC_EXPORT_SVG : AWC_EXPORT_PNG;
      g_autoptr(GBytes) a = awc_export_to_bytes (test_data (report), format, 1200, 700, 1, &options, NULL);
      g_autoptr(GBytes) b = awc_export_to_bytes (test_data (report), format, 1200, 700, 1, &options, NULL);

      g_assert_cmpuint (g_bytes_get_size (a), >, 1000);
      g_assert_true (g_bytes_equal (a, b));
    }
}

/* Odd sizes and tiny reports draw without warnings or cairo errors. */
static void
test_edge_cases (void)
{
  static const int sizes[][2] = { { 16, 16 }, { 120, 80 }, { 300, 2000 }, { 2000, 120 } };
  g_autoptr(AwcReport) realistic = test_report_realistic (300);
  g_autoptr(AwcReport) single = ramp_report (1, 0, 0);
  AwcReport *reports[] = { realistic, single };

  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      for (int buckets = 0; buckets <= 1; buckets++)
        {
          g_auto(Drawing) d = { NULL, };
          AwcRenderOptions options;
          cairo_t *cr;

          awc_render_options_init (&options);
          options.show_buckets = buckets;
          draw (&d, reports[r], sizes[i][0], sizes[i][1], &options);
          cr = cairo_create (d.surface);
          awc_render_cursor (cr, test_data (reports[r]), &d.layout, &options, awc_report_get_start_time (reports[r]));
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          g_assert_cmpfloat (d.layout.plot_x1, >, d.layout.plot_x0);
        }

  /* One sample still makes a panel, and the sample a visible mark. */
  {
    g_auto(Drawing) d = { NULL, };
    AwcRenderOptions options;
    double rgba[4];

    awc_render_options_init (&options);
    draw (&d, single, W, H, &options);
    g_assert_cmpuint (d.layout.n_panels, ==, 1);
    series_color (single, "tps_brokens.tps", AWC_THEME_LIGHT, rgba);
    g_assert_true (color_near (d.surface, awc_render_layout_time_to_x (&d.layout, TEST_T0),
                               value_to_y (&d.layout.panels[0], 0), 2, rgba));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/render/plot/position", test_series_position);
  g_test_add_func ("/awc/render/plot/hidden", test_hidden_series);
  g_test_add_func ("/awc/render/plot/gap", test_gap);
  g_test_add_func ("/awc/render/plot/empty", test_empty);
  g_test_add_func ("/awc/render/plot/edge-cases", test_edge_cases);
  g_test_add_func ("/awc/render/theme/dark", test_dark_theme);
  g_test_add_func ("/awc/render/theme/palette", test_palette_distinct);
  g_test_add_func ("/awc/render/decimate/million", test_million_points);
  g_test_add_func ("/awc/render/decimate/spike", test_spike_visible);
  g_test_add_func ("/awc/render/decimate/all-series-svg", test_all_series_svg);
  g_test_add_func ("/awc/render/cursor", test_cursor);
  g_test_add_func ("/awc/render/axes/zero-counts", test_zero_count_ticks);
  g_test_add_func ("/awc/render/cursor/time-label", test_cursor_time_label);
  g_test_add_func ("/awc/render/buckets", test_buckets);
  g_test_add_func ("/awc/render/deterministic", test_deterministic);

  return g_test_run ();
}
