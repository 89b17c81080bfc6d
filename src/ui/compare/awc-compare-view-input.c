/* awc-compare-view-input.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-compare-view-private.h"

/* AwcCompareView as the host of its AwcTimeAxisController, which does
 * all pointer, scroll and key handling.  The cursor and the zoom are in
 * A-elapsed seconds.  While the comparison is unlinked B has a range of
 * its own: it is the controller's axis 1, so a drag or a scroll on B's
 * plot zooms B only and the zoom keys zoom each side on its own range
 * (awc-compare-view-range.c). */

enum { AXIS_A, AXIS_B };

static gboolean
host_get_bounds (GtkWidget *host,
                 double    *start,
                 double    *end,
                 double    *min_span)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (host);

  /* A zoom shows at least a few samples. */
  *min_span = 4 * _awc_compare_view_sample_step (self);
  return _awc_compare_view_full_range (self, start, end);
}

gboolean
_awc_compare_view_plot_at (AwcCompareView  *self,
                           double           x,
                           double           y,
                           AwcTimeAxisPlot *plot)
{
  const AwcRenderCompareLayout *layout = _awc_compare_view_ensure_layout (self);

  for (guint s = 0; layout != NULL && s < layout->n_sides; s++)
    {
      if (x < layout->side_x[s] || x > layout->side_x[s] + layout->side_w[s] ||
          y < layout->side_y[s] || y > layout->side_y[s] + layout->side_h[s])
        continue;
      plot->x0 = layout->side_x[s] + layout->sides[s].plot_x0;
      plot->x1 = layout->side_x[s] + layout->sides[s].plot_x1;
      plot->y0 = layout->side_y[s];
      plot->y1 = layout->side_y[s] + layout->side_h[s];
      /* Each side maps through its own range (they differ when unlinked). */
      plot->t0 = s == AWC_SIDE_B ? layout->e0_b : layout->e0;
      plot->t1 = s == AWC_SIDE_B ? layout->e1_b : layout->e1;
      plot->axis = s == AWC_SIDE_B && !_awc_compare_view_shares_range (self) ? AXIS_B : AXIS_A;
      return TRUE;
    }
  return FALSE;
}

static gboolean
host_plot_at (GtkWidget       *host,
              double           x,
              double           y,
              AwcTimeAxisPlot *plot)
{
  return _awc_compare_view_plot_at (AWC_COMPARE_VIEW (host), x, y, plot);
}

/* Steps by A's mean sample interval, then snaps to a sample of A, or of
 * B where A has none. */
static double
host_step (GtkWidget *host,
           double     t,
           int        count)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (host);
  double lo, hi;

  if (self->comparison == NULL)
    return NAN;
  t += count * _awc_compare_view_sample_step (self);
  if (_awc_compare_view_full_range (self, &lo, &hi))
    t = CLAMP (t, lo, hi);
  for (guint s = 0; s < 2; s++)
    {
      gboolean in_range = FALSE;
      guint i = awc_comparison_index_at (self->comparison, s, t, &in_range);

      if (i != G_MAXUINT && in_range)
        return awc_comparison_elapsed_at (self->comparison, s, i);
    }
  return t;
}

static guint
host_get_n_axes (GtkWidget *host)
{
  return _awc_compare_view_shares_range (AWC_COMPARE_VIEW (host)) ? 1 : 2;
}

static void
host_get_axis_range (GtkWidget *host,
                     guint      axis,
                     double    *start,
                     double    *end)
{
  awc_compare_view_get_side_range (AWC_COMPARE_VIEW (host),
                                   axis == AXIS_B ? AWC_SIDE_B : AWC_SIDE_A, start, end);
}

static void
host_set_axis_range (GtkWidget *host,
                     guint      axis,
                     double     start,
                     double     end)
{
  AwcCompareView *self = AWC_COMPARE_VIEW (host);
  double lo, hi;

  /* Unzooming the shared range (B overlaid) also forgets B's own. */
  if (axis == AXIS_A && isnan (start) && _awc_compare_view_shares_range (self))
    _awc_compare_view_clear_range_b (self);
  /* Unzooming B while A is zoomed shows both runs on B, not A's range. */
  if (axis == AXIS_B && isnan (start) && !isnan (self->view_start) &&
      _awc_compare_view_full_range (self, &lo, &hi))
    {
      start = lo;
      end = hi;
    }
  awc_compare_view_set_side_range (self, axis == AXIS_B ? AWC_SIDE_B : AWC_SIDE_A, start, end);
}

static void
host_cursor_changed (GtkWidget *host)
{
  _awc_compare_view_refresh_readout (AWC_COMPARE_VIEW (host), FALSE);
}

static void
host_range_changed (GtkWidget *host)
{
  _awc_compare_view_invalidate_plot (AWC_COMPARE_VIEW (host), TRUE);
  /* Other pixel columns for the readout's min – max. */
  _awc_compare_view_refresh_readout (AWC_COMPARE_VIEW (host), TRUE);
}

static double
host_column_span (GtkWidget *host)
{
  return _awc_compare_view_column_span (AWC_COMPARE_VIEW (host));
}

static const AwcTimeAxisHost host_iface = {
  .get_bounds = host_get_bounds,
  .plot_at = host_plot_at,
  .step = host_step,
  .column_span = host_column_span,
  .get_n_axes = host_get_n_axes,
  .get_axis_range = host_get_axis_range,
  .set_axis_range = host_set_axis_range,
  .cursor_changed = host_cursor_changed,
  .range_changed = host_range_changed,
};

void
_awc_compare_view_init_input (AwcCompareView *self)
{
  self->time_axis = awc_time_axis_controller_new (GTK_WIDGET (self), &host_iface);
  awc_time_axis_controller_bind_copies (self->time_axis, &self->cursor,
                                        &self->view_start, &self->view_end);
}
