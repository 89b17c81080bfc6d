/* awc-chart-view-draw.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-chart-view-private.h"
#include "render/awc-palette.h"

/* The plot layer of AwcChartView, cached by AwcPlotCache: recorded once
 * per change into a texture node, then reused for every cursor or
 * selection frame.  Big reports render in a thread while the previous
 * plot is shown stretched to the new range; the newest state is rendered
 * when a render returns, which coalesces fast zooming.  Everything is
 * drawn from an immutable AwcChartData snapshot, built on the main thread
 * when the report or a series' visibility changes and shared with the
 * thread by reference. */

typedef struct
{
  AwcChartData    *data;
  AwcRenderLayout  layout;
  AwcRenderOptions options;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_clear_pointer (&job->data, awc_chart_data_unref);
  g_free (job);
}

/* An AwcPlotDrawFunc: cairo and pango only, safe in a worker thread. */
static void
draw_plot (cairo_t  *cr,
           gpointer  data)
{
  RenderJob *job = data;

  awc_render_plot (cr, job->data, &job->layout, &job->options);
}

void
_awc_chart_view_fill_options (AwcChartView     *self,
                              AwcRenderOptions *options)
{
  awc_render_options_init (options);
  options->theme = self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT;
  options->t0 = self->view_start;
  options->t1 = self->view_end;
}

void
_awc_chart_view_invalidate_plot (AwcChartView *self,
                                 gboolean      keep_preview)
{
  awc_plot_cache_invalidate (&self->plot, keep_preview);
  if (!keep_preview)
    g_clear_pointer (&self->render_data, awc_chart_data_unref);
  self->layout_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const AwcRenderLayout *
_awc_chart_view_ensure_layout (AwcChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  AwcRenderOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->report == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout_valid && self->layout_width == width && self->layout_height == height)
    return &self->layout;

  /* The layout only measures text, so a tiny surface is enough; the plot
   * is then drawn with exactly this layout, which keeps pointer mapping
   * and pixels in agreement. */
  _awc_chart_view_fill_options (self, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  awc_render_compute_layout (cr, _awc_chart_view_ensure_data (self), width, height, &options,
                             &self->layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  self->layout_valid = TRUE;
  self->layout_width = width;
  self->layout_height = height;
  return &self->layout;
}

int
_awc_chart_view_min_height (AwcChartView *self,
                            int           width)
{
  AwcRenderOptions options;
  cairo_surface_t *surface;
  AwcChartData *data;
  cairo_t *cr;
  int height;

  if (width <= 0)
    width = gtk_widget_get_width (GTK_WIDGET (self));
  if (width <= 0)
    width = 800;
  if (self->report == NULL || (data = _awc_chart_view_ensure_data (self)) == NULL)
    return 0;

  _awc_chart_view_fill_options (self, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  height = awc_render_min_height (cr, data, width, &options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

/* The snapshot every layer of the view draws: built here, on the main
 * thread, from the report and the series' visibility; dropped by
 * _awc_chart_view_invalidate_plot() when either changes. */
AwcChartData *
_awc_chart_view_ensure_data (AwcChartView *self)
{
  AwcChartDataOptions options;

  if (self->render_data != NULL || self->report == NULL)
    return self->render_data;

  awc_chart_data_options_init (&options);
  options.thresholds = self->thresholds;
  options.insights = self->insights;
  self->render_data = awc_chart_data_new_from_report (self->report, &options, NULL);
  if (self->render_data == NULL)
    {
      /* A threshold on a series the report lacks: draw without them. */
      options.thresholds = NULL;
      self->render_data = awc_chart_data_new_from_report (self->report, &options, NULL);
    }
  return self->render_data;
}

static void
start_render (AwcChartView          *self,
              const AwcRenderLayout *layout,
              int                    scale)
{
  RenderJob *job = g_new0 (RenderJob, 1);

  job->data = awc_chart_data_ref (_awc_chart_view_ensure_data (self));
  job->layout = *layout;
  _awc_chart_view_fill_options (self, &job->options);

  awc_plot_cache_draw_async (&self->plot, GTK_WIDGET (self), layout->width, layout->height, scale,
                             draw_plot, job, (GDestroyNotify) render_job_free,
                             g_memdup2 (layout, sizeof *layout));
}

/* While a render is in flight: the last plot, its plot area stretched so
 * the times it shows sit where the new range puts them. */
static void
append_preview (AwcChartView          *self,
                GtkSnapshot           *snapshot,
                const AwcRenderLayout *layout)
{
  const AwcRenderLayout *old = self->plot.stale_data;
  GskRenderNode *stale = self->plot.stale_node;
  const AwcThemeColors *colors;
  double ok, nk, a, b, y0, y1;
  GdkRGBA background;

  if (stale == NULL)
    return;

  if (old->width != layout->width || old->height != layout->height ||
      old->n_panels == 0 || !(old->t1 > old->t0) || !(layout->t1 > layout->t0) ||
      (old->t0 == layout->t0 && old->t1 == layout->t1))
    {
      gtk_snapshot_append_node (snapshot, stale);
      return;
    }

  ok = (old->plot_x1 - old->plot_x0) / (old->t1 - old->t0);
  nk = (layout->plot_x1 - layout->plot_x0) / (layout->t1 - layout->t0);
  a = nk / ok;
  b = layout->plot_x0 + (old->t0 - layout->t0) * nk - old->plot_x0 * a;
  y0 = old->panels[0].y0;
  y1 = old->panels[old->n_panels - 1].y1;

  /* Axes, titles and legends as they were, the plot area stretched on
   * top (two texture draws; the texture is already uploaded). */
  gtk_snapshot_append_node (snapshot, stale);

  colors = awc_palette_get_theme (self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT);
  background = (GdkRGBA) { colors->background[0], colors->background[1], colors->background[2], 1 };

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (layout->plot_x0, y0,
                                                         layout->plot_x1 - layout->plot_x0, y1 - y0));
  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (layout->plot_x0, y0,
                                                  layout->plot_x1 - layout->plot_x0, y1 - y0));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (b, 0));
  gtk_snapshot_scale (snapshot, a, 1);
  gtk_snapshot_append_node (snapshot, stale);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* The cursor is recorded into an unbounded recording surface first so
 * its node only covers the line and labels: a motion frame rasterises a
 * thin strip and reuses the cached plot node. */
static void
snapshot_cursor (AwcChartView          *self,
                 GtkSnapshot           *snapshot,
                 const AwcRenderLayout *layout)
{
  AwcRenderOptions options;
  cairo_surface_t *recording;
  cairo_t *cr;

  _awc_chart_view_fill_options (self, &options);
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  /* The renderer's axis label carries the date and elapsed time. */
  awc_render_cursor (cr, _awc_chart_view_ensure_data (self), layout, &options, self->cursor_time);
  cairo_destroy (cr);

  awc_plot_cache_append_overlay (snapshot, recording);
}

void
_awc_chart_view_record_plot_now (AwcChartView *self)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);
  RenderJob job = { 0 };

  if (layout == NULL)
    return;

  job.data = _awc_chart_view_ensure_data (self);   /* borrowed: drawn right here */
  job.layout = *layout;
  _awc_chart_view_fill_options (self, &job.options);
  awc_plot_cache_draw_now (&self->plot, layout->width, layout->height,
                           gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                           draw_plot, &job, g_memdup2 (layout, sizeof *layout));
}

void
_awc_chart_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  AwcChartView *self = AWC_CHART_VIEW (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  const AwcRenderLayout *layout;
  guint n;

  layout = _awc_chart_view_ensure_layout (self);
  if (layout == NULL)
    return;

  if (self->plot.node != NULL && self->plot.scale != scale)
    _awc_chart_view_invalidate_plot (self, TRUE);

  awc_report_get_timestamps (self->report, &n);
  if (self->plot.node == NULL && n < AWC_PLOT_CACHE_ASYNC_MIN_POINTS)
    _awc_chart_view_record_plot_now (self);
  else if (self->plot.node == NULL && !self->plot.rendering)
    start_render (self, layout, scale);

  if (self->plot.node != NULL)
    gtk_snapshot_append_node (snapshot, self->plot.node);
  else
    append_preview (self, snapshot, layout);

  if (n > 0 && !isnan (self->cursor_time))
    snapshot_cursor (self, snapshot, layout);
  awc_time_axis_controller_snapshot_selection (self->time_axis, snapshot);
}

gboolean
_awc_chart_view_is_rendering (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), FALSE);
  return self->plot.rendering ||
         (self->plot.node == NULL && self->report != NULL &&
          gtk_widget_is_drawable (GTK_WIDGET (self)));
}

AwcChartData *
awc_chart_view_dup_chart_data (AwcChartView *self)
{
  AwcChartData *data;

  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);

  data = _awc_chart_view_ensure_data (self);
  return data != NULL ? awc_chart_data_ref (data) : NULL;
}

void
awc_chart_view_set_thresholds (AwcChartView *self,
                               GPtrArray    *thresholds)
{
  g_return_if_fail (AWC_IS_CHART_VIEW (self));

  if (thresholds != NULL)
    g_ptr_array_ref (thresholds);
  g_clear_pointer (&self->thresholds, g_ptr_array_unref);
  self->thresholds = thresholds;
  /* Same data, another layer: a new snapshot, the old plot as preview */
  g_clear_pointer (&self->render_data, awc_chart_data_unref);
  _awc_chart_view_invalidate_plot (self, TRUE);
}

GPtrArray *
awc_chart_view_get_thresholds (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->thresholds;
}

void
awc_chart_view_set_insights (AwcChartView *self,
                             AwcInsights  *insights)
{
  g_return_if_fail (AWC_IS_CHART_VIEW (self));

  if (insights == self->insights)
    return;
  if (insights != NULL)
    awc_insights_ref (insights);
  g_clear_pointer (&self->insights, awc_insights_unref);
  self->insights = insights;
  g_clear_pointer (&self->render_data, awc_chart_data_unref);
  _awc_chart_view_invalidate_plot (self, TRUE);
}

AwcInsights *
awc_chart_view_get_insights (AwcChartView *self)
{
  g_return_val_if_fail (AWC_IS_CHART_VIEW (self), NULL);
  return self->insights;
}
