/* awc-plot-cache.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plot layer cache of the chart and compare views: the plot is drawn
 * once per change into a texture node and reused for every cursor or
 * selection frame.  Small plots are drawn at once; from
 * AWC_PLOT_CACHE_ASYNC_MIN_POINTS samples on they are drawn in a GTask
 * thread, one at a time, while the last plot (the "stale" one) stays up as
 * a preview.  The cache is a plain struct embedded in the widget: the
 * render task holds the widget, so the struct outlives every render. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From this many samples on, a redraw of noisy data costs tens of ms on a
 * slow machine: it goes to a thread. */
#define AWC_PLOT_CACHE_ASYNC_MIN_POINTS 20000

/* Draws the plot for @job on @cr (device scale already set); for async
 * renders it runs in a worker thread, so it must not touch GTK or objects
 * the main thread changes. */
typedef void (*AwcPlotDrawFunc) (cairo_t  *cr,
                                 gpointer  job);

typedef struct
{
  /* Owned */
  GskRenderNode  *node;          /* the plot for the current state; NULL = draw one */
  gpointer        node_data;     /* what @node was drawn with (see data_free) */
  GskRenderNode  *stale_node;    /* the last plot, a preview while a new one renders */
  gpointer        stale_data;
  GCancellable   *cancellable;

  GDestroyNotify  data_free;
  int             scale;         /* of @node */
  guint           generation;    /* bumped by every invalidation */
  gboolean        rendering;     /* a render thread is running */
  guint           render_count;  /* plots installed, for tests and the benchmark */
} AwcPlotCache;

void     awc_plot_cache_init       (AwcPlotCache    *cache,
                                    GDestroyNotify   data_free);
void     awc_plot_cache_clear      (AwcPlotCache    *cache);
void     awc_plot_cache_invalidate (AwcPlotCache    *cache,
                                    gboolean         keep_preview);
void     awc_plot_cache_draw_now   (AwcPlotCache    *cache,
                                    int              width,
                                    int              height,
                                    int              scale,
                                    AwcPlotDrawFunc  draw,
                                    gpointer         job,
                                    gpointer         node_data);
void     awc_plot_cache_draw_async (AwcPlotCache    *cache,
                                    GtkWidget       *widget,
                                    int              width,
                                    int              height,
                                    int              scale,
                                    AwcPlotDrawFunc  draw,
                                    gpointer         job,
                                    GDestroyNotify   job_free,
                                    gpointer         node_data);


/* Appends @recording (a recording surface; taken) cropped to its ink, so
 * an overlay such as the cursor covers a thin strip, not the whole plot. */
void     awc_plot_cache_append_overlay (GtkSnapshot     *snapshot,
                                        cairo_surface_t *recording);

G_END_DECLS
