/* awc-chart-view-input.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-chart-view-private.h"

/* AwcChartView as the host of its AwcTimeAxisController, which does all
 * pointer, scroll and key handling: the view only tells it where the
 * plot is and which timestamps the run has. */

static const double *
timestamps (AwcChartView *self,
            guint        *n)
{
  *n = 0;
  return self->report != NULL ? awc_report_get_timestamps (self->report, n) : NULL;
}

static gboolean
host_get_bounds (GtkWidget *host,
                 double    *start,
                 double    *end,
                 double    *min_span)
{
  guint n;
  const double *ts = timestamps (AWC_CHART_VIEW (host), &n);

  if (n < 2)
    return FALSE;
  *start = ts[0];
  *end = ts[n - 1];
  /* A zoom shows at least two sample intervals. */
  *min_span = 2 * (*end - *start) / (n - 1);
  return TRUE;
}

static gboolean
host_plot_at (GtkWidget       *host,
              double           x,
              double           y,
              AwcTimeAxisPlot *plot)
{
  AwcChartView *self = AWC_CHART_VIEW (host);
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (self);

  /* One time axis under all panels: the whole widget maps onto it. */
  if (layout == NULL)
    return FALSE;
  plot->x0 = layout->plot_x0;
  plot->x1 = layout->plot_x1;
  plot->y0 = layout->n_panels > 0 ? layout->panels[0].y0 : 0;
  plot->y1 = layout->n_panels > 0 ? layout->panels[layout->n_panels - 1].y1 : layout->height;
  plot->t0 = layout->t0;
  plot->t1 = layout->t1;
  plot->axis = 0;
  return TRUE;
}

static double
host_step (GtkWidget *host,
           double     t,
           int        count)
{
  AwcChartView *self = AWC_CHART_VIEW (host);
  guint n;
  const double *ts = timestamps (self, &n);
  gint64 i;

  if (n == 0)
    return NAN;
  i = (gint64) awc_report_index_at_time (self->report, t) + count;
  return ts[CLAMP (i, 0, (gint64) n - 1)];
}

static void
host_cursor_changed (GtkWidget *host)
{
  _awc_chart_view_refresh_readout (AWC_CHART_VIEW (host), FALSE);
}

static void
host_range_changed (GtkWidget *host)
{
  _awc_chart_view_invalidate_plot (AWC_CHART_VIEW (host), TRUE);
  /* Another zoom: other pixel columns for the readout's min – max. */
  _awc_chart_view_refresh_readout (AWC_CHART_VIEW (host), TRUE);
}

static double
host_column_span (GtkWidget *host)
{
  const AwcRenderLayout *layout = _awc_chart_view_ensure_layout (AWC_CHART_VIEW (host));

  if (layout == NULL || layout->plot_x1 <= layout->plot_x0)
    return NAN;
  return (layout->t1 - layout->t0) / (layout->plot_x1 - layout->plot_x0);
}

static const AwcTimeAxisHost host_iface = {
  .get_bounds = host_get_bounds,
  .plot_at = host_plot_at,
  .step = host_step,
  .cursor_changed = host_cursor_changed,
  .range_changed = host_range_changed,
  .column_span = host_column_span,
};

void
_awc_chart_view_init_input (AwcChartView *self)
{
  self->time_axis = awc_time_axis_controller_new (GTK_WIDGET (self), &host_iface);
  awc_time_axis_controller_bind_copies (self->time_axis, &self->cursor_time,
                                        &self->view_start, &self->view_end);
}
