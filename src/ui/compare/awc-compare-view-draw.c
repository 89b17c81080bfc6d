/* awc-compare-view-draw.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-compare-view-private.h"

/* The plot layer of AwcCompareView, cached by AwcPlotCache: drawn once
 * per change (data, range, offset, layout, visibility, size, theme) into a
 * texture node; pointer motion only redraws the cursor on top.  Big runs
 * (both sides) render in a thread from the pair of immutable snapshots
 * (AwcChartPair) while the last plot stays up. */

static AwcReport *
detach_report (AwcReport *report)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;
  const double *ts;
  GArray *timestamps;
  AwcReport *copy;
  guint n;

  if (report == NULL)
    return NULL;

  ts = awc_report_get_timestamps (report, &n);
  timestamps = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  g_array_append_vals (timestamps, ts, n);

  list = awc_report_get_series (report);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (series, g_list_model_get_item (list, i));
  list = awc_report_get_buckets (report);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (buckets, g_list_model_get_item (list, i));

  copy = awc_report_new ();
  awc_report_set_title (copy, awc_report_get_title (report));
  awc_report_set_source (copy, awc_report_get_source (report));
  awc_report_set_timestamps (copy, timestamps, awc_report_get_wall_clock (report));
  /* Same set and order: the same colour indices are assigned. */
  awc_report_set_series (copy, g_steal_pointer (&series));
  awc_report_set_buckets (copy, g_steal_pointer (&buckets));
  return copy;
}

/**
 * awc_compare_view_detach_comparison:
 * @comparison: the comparison on screen
 *
 * Returns: (transfer full): a copy the delta summary can be computed from
 * in a worker thread (GListStores cache lookups, so two threads must not
 * share one).  Drawing never needs it: views, exports and copy draw the
 * immutable snapshots of awc_compare_view_get_chart_pair().
 */
AwcComparison *
awc_compare_view_detach_comparison (AwcComparison *comparison)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  AwcComparison *copy;

  g_return_val_if_fail (AWC_IS_COMPARISON (comparison), NULL);

  a = detach_report (awc_comparison_get_report_a (comparison));
  b = detach_report (awc_comparison_get_report_b (comparison));
  copy = awc_comparison_new (a, b);
  awc_comparison_set_offset (copy, awc_comparison_get_offset (comparison));
  awc_comparison_set_linked (copy, awc_comparison_get_linked (comparison));
  awc_comparison_set_stacked (copy, awc_comparison_get_stacked (comparison));
  awc_comparison_set_overlay (copy, awc_comparison_get_overlay (comparison));
  awc_comparison_set_window (copy,
                             awc_comparison_get_window_start (comparison),
                             awc_comparison_get_window_end (comparison));
  return copy;
}

/* The snapshots drawn now, built on the main thread on demand and
 * dropped with the plot on every change of data, visibility or geometry. */
static const AwcChartPair *
ensure_pair (AwcCompareView *self)
{
  AwcRenderCompareOptions options;
  AwcChartDataOptions data_options;

  if (!self->pair_valid && self->comparison != NULL)
    {
      awc_compare_view_get_render_options (self, &options);
      awc_chart_data_options_init (&data_options);
      data_options.thresholds = self->thresholds;
      self->pair_valid = awc_chart_pair_init_from_comparison (&self->pair, self->comparison,
                                                              &data_options, options.overlay,
                                                              (const char * const *) self->overlay_ids,
                                                              NULL);
      /* A threshold on a series one run lacks: draw without them. */
      if (!self->pair_valid)
        self->pair_valid = awc_chart_pair_init_from_comparison (&self->pair, self->comparison,
                                                                NULL, options.overlay,
                                                                (const char * const *) self->overlay_ids,
                                                                NULL);
    }
  return &self->pair;
}

void
_awc_compare_view_clear_pair (AwcCompareView *self)
{
  if (self->pair_valid)
    awc_chart_pair_clear (&self->pair);
  self->pair_valid = FALSE;
}

void
_awc_compare_view_invalidate_plot (AwcCompareView *self,
                                   gboolean        keep_preview)
{
  _awc_compare_view_clear_pair (self);
  awc_plot_cache_invalidate (&self->plot, keep_preview);
  /* Other panels or runs: another minimum height. */
  if (!keep_preview)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  self->layout_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkSizeRequestMode
_awc_compare_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Every panel keeps a plot tall enough for its y labels: the window's
 * scroller scrolls the view beyond that instead of squeezing panels. */
void
_awc_compare_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);
  AwcRenderCompareOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  int height;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    return;
  if (self->comparison == NULL ||
      awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return;
  if (for_size <= 0)
    for_size = gtk_widget_get_width (widget);
  if (for_size <= 0)
    for_size = 1000;

  awc_compare_view_get_render_options (self, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  height = awc_render_compare_min_height (cr, ensure_pair (self), self->summary, for_size, &options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  *minimum = *natural = height;
}

const AwcRenderCompareLayout *
_awc_compare_view_ensure_layout (AwcCompareView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  AwcRenderCompareOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* Nothing until both runs are there (the window says "loading"). */
  if (self->comparison == NULL || width <= 0 || height <= 0 ||
      awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return NULL;
  if (self->layout_valid && self->layout.width == width && self->layout.height == height)
    return &self->layout;

  if (self->layout_valid)
    _awc_compare_view_invalidate_plot (self, TRUE);   /* new size */

  /* The layout only measures text; the plot is drawn with the same
   * parameters, so pointer mapping and pixels agree. */
  awc_compare_view_get_render_options (self, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  awc_render_compare_compute_layout (cr, ensure_pair (self), self->summary, width, height,
                                     &options, &self->layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  self->layout_valid = TRUE;
  return &self->layout;
}

typedef struct
{
  AwcChartPair             pair;
  AwcDeltaSummary         *summary;
  AwcRenderCompareOptions  options;
  int                      width, height;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  awc_chart_pair_clear (&job->pair);
  g_clear_pointer (&job->summary, awc_delta_summary_unref);
  g_free (job);
}

/* An AwcPlotDrawFunc: cairo and pango only, safe in a worker thread. */
static void
draw_plot (cairo_t  *cr,
           gpointer  data)
{
  RenderJob *job = data;

  awc_render_compare (cr, &job->pair, job->summary, job->width, job->height, &job->options);
}

static void
start_render (AwcCompareView *self,
              int             width,
              int             height,
              int             scale)
{
  RenderJob *job = g_new0 (RenderJob, 1);

  awc_chart_pair_copy (ensure_pair (self), &job->pair);
  job->summary = self->summary != NULL ? awc_delta_summary_ref (self->summary) : NULL;
  awc_compare_view_get_render_options (self, &job->options);
  job->width = width;
  job->height = height;

  awc_plot_cache_draw_async (&self->plot, GTK_WIDGET (self), width, height, scale,
                             draw_plot, job, (GDestroyNotify) render_job_free, NULL);
}

static guint
total_points (AwcCompareView *self)
{
  guint n = 0;

  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = awc_comparison_get_report (self->comparison, s);

      n += report != NULL ? awc_report_get_n_points (report) : 0;
    }
  return n;
}

/* The cursor line with value labels on each side, recorded first so the
 * node only covers its ink: a motion frame reuses the cached plot. */
static void
snapshot_cursor (AwcCompareView               *self,
                 GtkSnapshot                  *snapshot,
                 const AwcRenderCompareLayout *layout)
{
  AwcRenderCompareOptions options;
  cairo_surface_t *recording;
  cairo_t *cr;

  awc_compare_view_get_render_options (self, &options);
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  for (guint s = 0; s < layout->n_sides; s++)
    {
      AwcChartData *run = ensure_pair (self)->runs[s];
      AwcRenderOptions side_options = options.base;
      gboolean in_range = FALSE;

      if (run == NULL)
        continue;
      /* Each side's own range: they differ while unlinked. */
      if (!(self->cursor >= (s == AWC_SIDE_B ? layout->e0_b : layout->e0) &&
            self->cursor <= (s == AWC_SIDE_B ? layout->e1_b : layout->e1)))
        continue;
      awc_comparison_index_at (self->comparison, s, self->cursor, &in_range);
      if (!in_range)
        continue;
      side_options.t0 = layout->sides[s].t0;
      side_options.t1 = layout->sides[s].t1;
      cairo_save (cr);
      cairo_translate (cr, layout->side_x[s], layout->side_y[s]);
      cairo_rectangle (cr, 0, 0, layout->side_w[s], layout->side_h[s]);
      cairo_clip (cr);
      awc_render_cursor (cr, run, &layout->sides[s], &side_options,
                         awc_comparison_time_at (self->comparison, s, self->cursor));
      cairo_restore (cr);
    }
  cairo_destroy (cr);

  awc_plot_cache_append_overlay (snapshot, recording);
}

void
_awc_compare_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  const AwcRenderCompareLayout *layout;

  layout = _awc_compare_view_ensure_layout (self);
  if (layout == NULL)
    return;

  if (self->plot.node != NULL && self->plot.scale != scale)
    _awc_compare_view_invalidate_plot (self, TRUE);

  if (self->plot.node == NULL && total_points (self) < AWC_PLOT_CACHE_ASYNC_MIN_POINTS)
    {
      RenderJob job = { 0 };

      /* Borrowed: drawn right here. */
      job.pair = *ensure_pair (self);
      job.summary = self->summary;
      job.width = layout->width;
      job.height = layout->height;
      awc_compare_view_get_render_options (self, &job.options);
      awc_plot_cache_draw_now (&self->plot, layout->width, layout->height, scale,
                               draw_plot, &job, NULL);
    }
  else if (self->plot.node == NULL && !self->plot.rendering)
    start_render (self, layout->width, layout->height, scale);

  if (self->plot.node != NULL)
    gtk_snapshot_append_node (snapshot, self->plot.node);
  else if (self->plot.stale_node != NULL)
    gtk_snapshot_append_node (snapshot, self->plot.stale_node);

  if (!isnan (self->cursor))
    snapshot_cursor (self, snapshot, layout);
  awc_time_axis_controller_snapshot_selection (self->time_axis, snapshot);
}

gboolean
awc_compare_view_is_rendering (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), FALSE);
  if (self->comparison == NULL ||
      awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return FALSE;
  return self->plot.rendering || self->plot.node == NULL;
}


const AwcChartPair *
awc_compare_view_get_chart_pair (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), NULL);
  return ensure_pair (self);
}

void
awc_compare_view_dup_chart_pair (AwcCompareView *self,
                                 gboolean        overlay,
                                 AwcChartPair   *pair)
{
  const AwcChartPair *shown;
  AwcChartDataOptions data_options;

  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));
  g_return_if_fail (pair != NULL);

  shown = ensure_pair (self);
  if ((shown->overlay != NULL) == overlay || self->comparison == NULL)
    {
      awc_chart_pair_copy (shown, pair);
      return;
    }
  /* An export may choose another layout than the screen's: the same
   * snapshots, with or without B drawn over A. */
  awc_chart_data_options_init (&data_options);
  data_options.thresholds = self->thresholds;
  if (!awc_chart_pair_init_from_comparison (pair, self->comparison, &data_options, overlay,
                                            (const char * const *) self->overlay_ids, NULL))
    awc_chart_pair_init_from_comparison (pair, self->comparison, NULL, overlay,
                                         (const char * const *) self->overlay_ids, NULL);
}

void
awc_compare_view_set_thresholds (AwcCompareView *self,
                                 GPtrArray      *thresholds)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));

  if (thresholds != NULL)
    g_ptr_array_ref (thresholds);
  g_clear_pointer (&self->thresholds, g_ptr_array_unref);
  self->thresholds = thresholds;
  _awc_compare_view_invalidate_plot (self, TRUE);
}
