/* awc-compare-view-draw.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-compare-view-private.h"

/* The plot layer of AwcCompareView: drawn once per change (data, range,
 * offset, layout, visibility, size, theme) into a texture node; pointer
 * motion only redraws the cursor on top.  Up to ASYNC_MIN_POINTS samples
 * (both sides) the plot is recorded in snapshot(); bigger runs render in
 * a GTask thread from a detached copy of the comparison while the last
 * plot stays up. */
#define ASYNC_MIN_POINTS 20000

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
 * Returns: (transfer full): a copy safe to draw in a worker thread (GListStores
 * cache lookups, so two threads must not share one).
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

void
_awc_compare_view_invalidate_plot (AwcCompareView *self,
                                   gboolean        keep_preview)
{
  if (self->plot_node != NULL && keep_preview)
    {
      g_clear_pointer (&self->stale_node, gsk_render_node_unref);
      self->stale_node = g_steal_pointer (&self->plot_node);
    }
  g_clear_pointer (&self->plot_node, gsk_render_node_unref);
  if (!keep_preview)
    g_clear_pointer (&self->stale_node, gsk_render_node_unref);
  self->generation++;
  self->layout_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  awc_render_compare_compute_layout (cr, self->comparison, self->summary, width, height,
                                     &options, &self->layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  self->layout_valid = TRUE;
  return &self->layout;
}

typedef struct
{
  AwcComparison           *comparison;
  AwcDeltaSummary         *summary;
  AwcRenderCompareOptions  options;
  GStrv                    overlay_ids;
  int                      width, height, scale;
  guint                    generation;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_clear_object (&job->comparison);
  g_clear_pointer (&job->summary, awc_delta_summary_unref);
  g_strfreev (job->overlay_ids);
  g_free (job);
}

static cairo_surface_t *
paint_plot (AwcComparison                 *comparison,
            AwcDeltaSummary               *summary,
            const AwcRenderCompareOptions *options,
            int                            width,
            int                            height,
            int                            scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  awc_render_compare (cr, comparison, summary, width, height, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Takes @surface. */
static GskRenderNode *
node_from_surface (cairo_surface_t *surface,
                   int              width,
                   int              height)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes, stride);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
install_plot (AwcCompareView *self,
              GskRenderNode  *node,
              int             scale)
{
  g_clear_pointer (&self->plot_node, gsk_render_node_unref);
  g_clear_pointer (&self->stale_node, gsk_render_node_unref);
  self->plot_node = node;
  self->plot_scale = scale;
  self->plot_render_count++;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task,
                         paint_plot (job->comparison, job->summary, &job->options,
                                     job->width, job->height, job->scale),
                         (GDestroyNotify) cairo_surface_destroy);
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (object);
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  cairo_surface_t *surface;
  GskRenderNode *node;

  self->rendering = FALSE;
  surface = g_task_propagate_pointer (G_TASK (result), NULL);
  if (surface == NULL)
    return;   /* cancelled by dispose */

  node = node_from_surface (surface, job->width, job->height);
  if (job->generation == self->generation)
    install_plot (self, node, job->scale);
  else
    {
      /* Outdated already: the best preview until the next one is ready. */
      g_clear_pointer (&self->stale_node, gsk_render_node_unref);
      self->stale_node = node;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
start_render (AwcCompareView *self,
              int             width,
              int             height,
              int             scale)
{
  g_autoptr(GTask) task = NULL;
  RenderJob *job = g_new0 (RenderJob, 1);

  job->comparison = awc_compare_view_detach_comparison (self->comparison);
  job->summary = self->summary != NULL ? awc_delta_summary_ref (self->summary) : NULL;
  awc_compare_view_get_render_options (self, &job->options);
  job->overlay_ids = g_strdupv (self->overlay_ids);
  job->options.overlay_ids = (const char * const *) job->overlay_ids;
  job->width = width;
  job->height = height;
  job->scale = scale;
  job->generation = self->generation;

  if (self->render_cancellable == NULL)
    self->render_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->render_cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  self->rendering = TRUE;
  g_task_run_in_thread (task, render_thread);
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
  double x, y, w, h;
  cairo_t *cr;

  if (!(self->cursor >= layout->e0 && self->cursor <= layout->e1))
    return;

  awc_compare_view_get_render_options (self, &options);
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  for (guint s = 0; s < layout->n_sides; s++)
    {
      AwcReport *report = awc_comparison_get_report (self->comparison, s);
      AwcRenderOptions side_options = options.base;
      gboolean in_range = FALSE;

      if (report == NULL)
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
      awc_render_cursor (cr, report, &layout->sides[s], &side_options,
                         awc_comparison_time_at (self->comparison, s, self->cursor));
      cairo_restore (cr);
    }
  cairo_destroy (cr);

  cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
  if (w > 0 && h > 0)
    {
      graphene_rect_t bounds;

      graphene_rect_init (&bounds, floor (x), floor (y),
                          ceil (x + w) - floor (x), ceil (y + h) - floor (y));
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (recording);
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

  if (self->plot_node != NULL && self->plot_scale != scale)
    _awc_compare_view_invalidate_plot (self, TRUE);

  if (self->plot_node == NULL && total_points (self) < ASYNC_MIN_POINTS)
    {
      AwcRenderCompareOptions options;

      awc_compare_view_get_render_options (self, &options);
      install_plot (self,
                    node_from_surface (paint_plot (self->comparison, self->summary, &options,
                                                   layout->width, layout->height, scale),
                                       layout->width, layout->height),
                    scale);
    }
  else if (self->plot_node == NULL && !self->rendering)
    start_render (self, layout->width, layout->height, scale);

  if (self->plot_node != NULL)
    gtk_snapshot_append_node (snapshot, self->plot_node);
  else if (self->stale_node != NULL)
    gtk_snapshot_append_node (snapshot, self->stale_node);

  if (!isnan (self->cursor))
    snapshot_cursor (self, snapshot, layout);
  if (self->selecting)
    _awc_compare_view_snapshot_selection (self, snapshot);
}

gboolean
awc_compare_view_is_rendering (AwcCompareView *self)
{
  g_return_val_if_fail (AWC_IS_COMPARE_VIEW (self), FALSE);
  if (self->comparison == NULL ||
      awc_comparison_get_report_a (self->comparison) == NULL ||
      awc_comparison_get_report_b (self->comparison) == NULL)
    return FALSE;
  return self->rendering || self->plot_node == NULL;
}

