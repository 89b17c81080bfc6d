/* awc-plot-cache.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-plot-cache.h"

typedef struct
{
  AwcPlotCache    *cache;        /* inside the task's source widget */
  AwcPlotDrawFunc  draw;
  gpointer         job;
  GDestroyNotify   job_free;
  gpointer         node_data;
  GDestroyNotify   data_free;    /* a copy: the widget may be gone when this is freed */
  int              width, height, scale;
  guint            generation;
} RenderTask;

static void
render_task_free (RenderTask *task)
{
  if (task->job_free != NULL)
    task->job_free (task->job);
  if (task->node_data != NULL && task->data_free != NULL)
    task->data_free (task->node_data);
  g_free (task);
}

void
awc_plot_cache_init (AwcPlotCache   *cache,
                     GDestroyNotify  data_free)
{
  memset (cache, 0, sizeof *cache);
  cache->data_free = data_free;
}

static void
set_data (AwcPlotCache *cache,
          gpointer     *slot,
          gpointer      data)
{
  if (*slot != NULL && cache->data_free != NULL)
    cache->data_free (*slot);
  *slot = data;
}

static void
set_stale (AwcPlotCache  *cache,
           GskRenderNode *node,
           gpointer       data)
{
  g_clear_pointer (&cache->stale_node, gsk_render_node_unref);
  cache->stale_node = node;
  set_data (cache, &cache->stale_data, data);
}

static void
install (AwcPlotCache  *cache,
         GskRenderNode *node,
         gpointer       data,
         int            scale)
{
  g_clear_pointer (&cache->node, gsk_render_node_unref);
  cache->node = node;
  set_data (cache, &cache->node_data, data);
  set_stale (cache, NULL, NULL);
  cache->scale = scale;
  cache->render_count++;
}

/* Dispose: a render in flight is cancelled and its result dropped. */
void
awc_plot_cache_clear (AwcPlotCache *cache)
{
  g_cancellable_cancel (cache->cancellable);
  g_clear_object (&cache->cancellable);
  g_clear_pointer (&cache->node, gsk_render_node_unref);
  set_data (cache, &cache->node_data, NULL);
  set_stale (cache, NULL, NULL);
}

/**
 * awc_plot_cache_invalidate:
 * @keep_preview: show the dropped plot until the new one is ready (same
 *   data, other range or size); else forget it and cancel a render in
 *   flight (new data: nothing worth previewing)
 */
void
awc_plot_cache_invalidate (AwcPlotCache *cache,
                           gboolean      keep_preview)
{
  if (cache->node != NULL && keep_preview)
    {
      set_stale (cache, g_steal_pointer (&cache->node), g_steal_pointer (&cache->node_data));
    }
  g_clear_pointer (&cache->node, gsk_render_node_unref);
  set_data (cache, &cache->node_data, NULL);
  if (!keep_preview)
    {
      g_cancellable_cancel (cache->cancellable);
      g_clear_object (&cache->cancellable);
      set_stale (cache, NULL, NULL);
    }
  cache->generation++;
}

/* Safe in a worker thread: cairo only. */
static cairo_surface_t *
paint (AwcPlotDrawFunc  draw,
       gpointer         job,
       int              width,
       int              height,
       int              scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  draw (cr, job);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A texture node instead of a cairo node: both the GL and the cairo
 * renderer then reuse the pixels on cursor-only frames instead of
 * replaying every line.  Takes @surface. */
static GskRenderNode *
node_from_surface (cairo_surface_t *surface,
                   int              width,
                   int              height)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);
  int pixel_width = cairo_image_surface_get_width (surface);
  int pixel_height = cairo_image_surface_get_height (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * pixel_height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      surface);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes, stride);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/**
 * awc_plot_cache_draw_now:
 * @job: (transfer none): passed to @draw
 * @node_data: (transfer full) (nullable): kept with the plot
 *
 * Draws the plot synchronously and installs it.
 */
void
awc_plot_cache_draw_now (AwcPlotCache    *cache,
                         int              width,
                         int              height,
                         int              scale,
                         AwcPlotDrawFunc  draw,
                         gpointer         job,
                         gpointer         node_data)
{
  install (cache,
           node_from_surface (paint (draw, job, width, height, scale), width, height),
           node_data, scale);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderTask *render = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task,
                         paint (render->draw, render->job,
                                render->width, render->height, render->scale),
                         (GDestroyNotify) cairo_surface_destroy);
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RenderTask *render = g_task_get_task_data (G_TASK (result));
  AwcPlotCache *cache = render->cache;
  cairo_surface_t *surface;
  GskRenderNode *node;

  cache->rendering = FALSE;
  surface = g_task_propagate_pointer (G_TASK (result), NULL);
  /* Cancelled for new data (draw it now) or by dispose. */
  if (surface != NULL)
    {
      node = node_from_surface (surface, render->width, render->height);
      if (render->generation == cache->generation)
        install (cache, node, g_steal_pointer (&render->node_data), render->scale);
      else
        set_stale (cache, node, g_steal_pointer (&render->node_data));   /* outdated: the best preview */
    }
  gtk_widget_queue_draw (GTK_WIDGET (object));
}

/**
 * awc_plot_cache_draw_async:
 * @widget: the view; held until the render is done, so it owns @cache
 * @job: (transfer full): passed to @draw in a worker thread, freed with @job_free
 * @node_data: (transfer full) (nullable): kept with the plot
 *
 * Draws the plot in a thread; at most one render is in flight
 * (cache->rendering), so the caller draws the newest state when it is done.
 */
void
awc_plot_cache_draw_async (AwcPlotCache    *cache,
                           GtkWidget       *widget,
                           int              width,
                           int              height,
                           int              scale,
                           AwcPlotDrawFunc  draw,
                           gpointer         job,
                           GDestroyNotify   job_free,
                           gpointer         node_data)
{
  g_autoptr(GTask) task = NULL;
  RenderTask *render = g_new0 (RenderTask, 1);

  g_assert (!cache->rendering);

  render->cache = cache;
  render->draw = draw;
  render->job = job;
  render->job_free = job_free;
  render->node_data = node_data;
  render->data_free = cache->data_free;
  render->width = width;
  render->height = height;
  render->scale = scale;
  render->generation = cache->generation;

  if (cache->cancellable == NULL)
    cache->cancellable = g_cancellable_new ();
  task = g_task_new (widget, cache->cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, awc_plot_cache_draw_async);
  g_task_set_task_data (task, render, (GDestroyNotify) render_task_free);
  cache->rendering = TRUE;
  g_task_run_in_thread (task, render_thread);
}

void
awc_plot_cache_append_overlay (GtkSnapshot     *snapshot,
                               cairo_surface_t *recording)
{
  double x, y, w, h;

  cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
  if (w > 0 && h > 0)
    {
      graphene_rect_t bounds;
      cairo_t *cr;

      graphene_rect_init (&bounds, floor (x), floor (y),
                          ceil (x + w) - floor (x), ceil (y + h) - floor (y));
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (recording);
}
