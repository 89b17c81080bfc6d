/* awc-decimate.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-decimate.h"
#include "awc-render-private.h"

/* Below this many samples a plain scan beats a pyramid query (both
 * take about 0.07 µs at 64).  A pyramid query scans the raw samples
 * outside whole base blocks itself, so a column shorter than two base
 * blocks would be a scan anyway: the limit follows the base level. */
#define SCAN_LIMIT 64

static inline guint
scan_limit (const AwcMinMaxPyramid *pyramid)
{
  return pyramid != NULL ? MAX (SCAN_LIMIT, 2u << awc_minmax_pyramid_get_base_level (pyramid))
                         : G_MAXUINT;
}

void
awc_columns_init (AwcColumns            *cols,
                  const AwcRenderLayout *layout,
                  const double          *ts,
                  guint                  n,
                  double                 scale)
{
  double dev_x1, t_per_dev;

  memset (cols, 0, sizeof *cols);
  cols->scale = scale;
  cols->offset = 0.5;
  cols->dev_x0 = floor (layout->plot_x0 * scale);
  dev_x1 = ceil (layout->plot_x1 * scale);
  cols->n_cols = (guint) MAX (1, dev_x1 - cols->dev_x0);

  _awc_render_visible_range (ts, n, layout->t0, layout->t1, &cols->lo, &cols->hi);
  cols->direct = (cols->hi - cols->lo) <= cols->n_cols;
  if (cols->direct)
    return;

  /* One buffer sized by the width, shared by all series of this draw. */
  cols->col_start = g_new (guint, cols->n_cols + 1);
  t_per_dev = (layout->t1 - layout->t0) / ((layout->plot_x1 - layout->plot_x0) * scale);
  for (guint c = 0; c <= cols->n_cols; c++)
    {
      double t = layout->t0 + (cols->dev_x0 + c - layout->plot_x0 * scale) * t_per_dev;
      guint i = (c == 0) ? cols->lo : awc_lower_bound (ts, n, t);

      cols->col_start[c] = CLAMP (i, cols->lo, cols->hi);
    }
  cols->col_start[cols->n_cols] = cols->hi;
}

void
awc_columns_clear (AwcColumns *cols)
{
  g_clear_pointer (&cols->col_start, g_free);
}

/* Emits points, dropping repeats and the inner points of horizontal runs
 * (flat series cost two points, not one per column). */
typedef struct
{
  cairo_t *cr;
  guint    n;          /* points in the current sub-path */
  double   lx, ly;     /* last point handed to cairo */
  double   px, py;     /* pending point, not yet handed to cairo */
  gboolean pending;
} Emitter;

static inline void
emit_flush (Emitter *e)
{
  if (e->pending)
    {
      cairo_line_to (e->cr, e->px, e->py);
      e->lx = e->px;
      e->ly = e->py;
      e->pending = FALSE;
    }
}

static inline void
emit (Emitter *e,
      double   x,
      double   y)
{
  if (e->n == 0)
    {
      cairo_move_to (e->cr, x, y);
      e->lx = x;
      e->ly = y;
      e->n = 1;
      return;
    }

  if (e->pending)
    {
      if (x == e->px && y == e->py)
        return;
      if (y == e->py && e->py == e->ly && x > e->px)
        {
          e->px = x;
          return;
        }
      emit_flush (e);
    }
  else if (x == e->lx && y == e->ly)
    return;

  e->px = x;
  e->py = y;
  e->pending = TRUE;
  e->n++;
}

static inline void
emit_break (Emitter *e)
{
  emit_flush (e);
  /* A lone sample becomes a short dash, visible with butt caps. */
  if (e->n == 1)
    cairo_line_to (e->cr, e->lx + AWC_RENDER_LINE_WIDTH, e->ly);
  e->n = 0;
}

typedef struct
{
  double y1, k, scale, offset;
} YMap;

static inline double
map_y (const YMap *m,
       double      v)
{
  return (floor ((m->y1 - v * m->k) * m->scale) + m->offset) / m->scale;
}

static inline double
map_x (const AwcRenderLayout *layout,
       const AwcColumns      *cols,
       double                 t)
{
  double x = awc_render_layout_time_to_x (layout, t);

  return (floor (x * cols->scale) + cols->offset) / cols->scale;
}

static void
draw_direct (Emitter               *e,
             const AwcColumns      *cols,
             const AwcRenderLayout *layout,
             const YMap            *m,
             double                 v0,
             const double          *ts,
             const double          *values,
             guint                  n)
{
  guint first = cols->lo > 0 ? cols->lo - 1 : 0;
  guint end = MIN (cols->hi + 1, n);

  for (guint i = first; i < end; i++)
    {
      if (isfinite (values[i]))
        emit (e, map_x (layout, cols, ts[i]), map_y (m, values[i] - v0));
      else
        emit_break (e);
    }
}

/* Min and max of the finite samples in [s, end), exact either way: a
 * scan for short columns, the pyramid for long ones (O(log n + 2^base):
 * whole blocks from its levels, the ends from the raw samples). */
static inline gboolean
column_min_max (const double           *values,
                guint                   s,
                guint                   end,
                const AwcMinMaxPyramid *pyramid,
                guint                   limit,
                double                 *min_out,
                double                 *max_out)
{
  double min = NAN, max = NAN;
  gboolean any = FALSE;

  if (end - s > limit)
    return awc_minmax_pyramid_query (pyramid, s, end, min_out, max_out);

  for (guint i = s; i < end; i++)
    {
      double v = values[i];

      if (!isfinite (v))
        continue;
      if (!any)
        {
          min = max = v;
          any = TRUE;
        }
      else if (v < min)
        min = v;
      else if (v > max)
        max = v;
    }

  *min_out = min;
  *max_out = max;
  return any;
}

static void
draw_columns (Emitter                *e,
              const AwcColumns       *cols,
              const AwcRenderLayout  *layout,
              const YMap             *m,
              double                  v0,
              const double           *ts,
              const double           *values,
              guint                   n,
              const AwcMinMaxPyramid *pyramid)
{
  gboolean started = FALSE;
  guint last_end = 0;
  guint limit = scan_limit (pyramid);

  for (guint c = 0; c < cols->n_cols; c++)
    {
      guint s = cols->col_start[c];
      /* A series may be shorter than the timestamps: never read past it. */
      guint end = MIN (cols->col_start[c + 1], n);
      double x, first, last, min = NAN, max = NAN;
      gboolean any;

      if (s >= end)
        continue;

      x = (cols->dev_x0 + c + cols->offset) / cols->scale;
      first = values[s];
      last = values[end - 1];

      any = column_min_max (values, s, end, pyramid, limit, &min, &max);

      if (!any)
        {
          emit_break (e);
          last_end = end;
          started = TRUE;
          continue;
        }

      if (!isfinite (first) || (s > 0 && !isfinite (values[s - 1])))
        emit_break (e);
      else if (!started && s > 0)
        /* Lead in from the sample left of the view. */
        emit (e, map_x (layout, cols, ts[s - 1]), map_y (m, values[s - 1] - v0));
      started = TRUE;

      if (end - s <= 2)
        {
          /* One or two samples: they are the column. */
          if (isfinite (first))
            emit (e, x, map_y (m, first - v0));
          if (isfinite (last))
            emit (e, x, map_y (m, last - v0));
        }
      else
        {
          double y_min = map_y (m, min - v0);
          double y_max = map_y (m, max - v0);
          double cur = e->pending ? e->py : e->ly;

          /* Dense column: its extremes carry everything visible (the
           * first and last samples lie between them), entered from the
           * side nearer the line's current end, so a column costs at
           * most two points and the SVG stays small. */
          if (e->n > 0 && fabs (cur - y_max) < fabs (cur - y_min))
            {
              emit (e, x, y_max);
              emit (e, x, y_min);
            }
          else
            {
              emit (e, x, y_min);
              emit (e, x, y_max);
            }
        }
      if (!isfinite (last))
        emit_break (e);
      last_end = end;
    }

  /* Lead out to the sample right of the view. */
  if (started && last_end > 0 && last_end < n &&
      isfinite (values[last_end - 1]) && isfinite (values[last_end]))
    emit (e, map_x (layout, cols, ts[last_end]), map_y (m, values[last_end] - v0));
}

/* Raster output of a dense view: one vertical bar per pixel column from
 * its min to its max, stretched to the previous column's last value so
 * the bars join.  Only horizontal and vertical edges: cairo fills these
 * as boxes, several times faster than stroking the zigzag polyline, and
 * the pixels hardly differ at one column per pixel. */
static void
draw_bars (cairo_t                *cr,
           const AwcColumns       *cols,
           const YMap             *m,
           double                  v0,
           const double           *values,
           guint                   n,
           const AwcMinMaxPyramid *pyramid)
{
  const double half = AWC_RENDER_LINE_WIDTH / 2 / cols->scale;
  double prev_y = NAN;
  guint limit = scan_limit (pyramid);

  for (guint c = 0; c < cols->n_cols; c++)
    {
      guint s = cols->col_start[c];
      guint end = MIN (cols->col_start[c + 1], n);
      double x, min, max, top, bottom;

      if (s >= end)
        continue;

      if (!column_min_max (values, s, end, pyramid, limit, &min, &max))
        {
          prev_y = NAN;
          continue;
        }

      top = m->y1 - (max - v0) * m->k;
      bottom = m->y1 - (min - v0) * m->k;
      /* Join the previous column unless a gap lies between them. */
      if (isfinite (values[s]) && isfinite (prev_y))
        {
          top = MIN (top, prev_y);
          bottom = MAX (bottom, prev_y);
        }
      prev_y = isfinite (values[end - 1]) ? m->y1 - (values[end - 1] - v0) * m->k : NAN;

      /* Whole device pixels plus a quarter either side: the weight of a
       * 1.5 px line. */
      top = (floor (top * m->scale) + 0.5) / m->scale - half;
      bottom = (floor (bottom * m->scale) + 0.5) / m->scale + half;
      x = (cols->dev_x0 + c + 0.5) / cols->scale;
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
    }
}

/* Emits the columns [c0, c1) of a band: top edge left to right, bottom
 * edge back, inner points of horizontal runs dropped (a noisy series
 * whose extremes stay in one pixel row costs a few points, not two per
 * column). */
static void
band_edge (cairo_t      *cr,
           const double *xs,
           const double *ys,
           guint         c0,
           guint         c1,
           gboolean      forward)
{
  for (guint k = 0; k < c1 - c0; k++)
    {
      guint i = forward ? c0 + k : c1 - 1 - k;
      guint before = forward ? i - 1 : i + 1;
      guint after = forward ? i + 1 : i - 1;

      if (k > 0 && k + 1 < c1 - c0 && ys[before] == ys[i] && ys[after] == ys[i])
        continue;
      if (forward && k == 0)
        cairo_move_to (cr, xs[i], ys[i]);
      else
        cairo_line_to (cr, xs[i], ys[i]);
    }
}

/* Vector output of a dense view: each run of columns between gaps as a
 * closed band from the columns' maxima to their minima, to be filled and
 * stroked.  Looks like the min–max zigzag (filled between the extremes,
 * a line's width around them) in a fraction of the points. */
static void
draw_bands (cairo_t                *cr,
            const AwcColumns       *cols,
            const YMap             *m,
            double                  v0,
            const double           *values,
            guint                   n,
            const AwcMinMaxPyramid *pyramid)
{
  g_autofree double *xs = g_new (double, cols->n_cols);
  g_autofree double *tops = g_new (double, cols->n_cols);
  g_autofree double *bottoms = g_new (double, cols->n_cols);
  guint limit = scan_limit (pyramid);
  guint run = 0;

  for (guint c = 0; c <= cols->n_cols; c++)
    {
      guint s = c < cols->n_cols ? cols->col_start[c] : 0;
      guint end = c < cols->n_cols ? MIN (cols->col_start[c + 1], n) : 0;
      double min, max;
      gboolean gap_before;

      if (c < cols->n_cols && s >= end)
        continue;
      gap_before = c == cols->n_cols || !isfinite (values[s]) || (s > 0 && !isfinite (values[s - 1]));
      if (gap_before && run > 0)
        {
          if (run == 1 && tops[0] == bottoms[0])
            {
              /* A lone sample becomes a short dash. */
              cairo_move_to (cr, xs[0], tops[0]);
              cairo_line_to (cr, xs[0] + AWC_RENDER_LINE_WIDTH, tops[0]);
            }
          else
            {
              band_edge (cr, xs, tops, 0, run, TRUE);
              band_edge (cr, xs, bottoms, 0, run, FALSE);
              cairo_close_path (cr);
            }
          run = 0;
        }
      if (c == cols->n_cols)
        break;
      if (!column_min_max (values, s, end, pyramid, limit, &min, &max))
        continue;

      xs[run] = (cols->dev_x0 + c + cols->offset) / cols->scale;
      tops[run] = map_y (m, max - v0);
      bottoms[run] = map_y (m, min - v0);
      run++;
    }
}

gboolean
awc_decimate_uses_bars (const AwcColumns *cols,
                        gboolean          bars)
{
  /* Below a few samples per column the polyline looks smoother and
   * costs little; bars pay off on dense views. */
  return bars && !cols->direct && (cols->hi - cols->lo) >= 4 * cols->n_cols;
}

void
awc_decimate_path (cairo_t                *cr,
                   const AwcColumns       *cols,
                   const AwcRenderLayout  *layout,
                   const AwcRenderPanel   *panel,
                   const double           *ts,
                   const double           *values,
                   guint                   n,
                   const AwcMinMaxPyramid *pyramid,
                   gboolean                bars)
{
  Emitter e = { cr, 0, 0, 0, 0, 0, FALSE };
  YMap m;

  if (n == 0 || cols->hi <= cols->lo || !(panel->v1 > panel->v0))
    return;

  m.y1 = panel->y1;
  m.k = (panel->y1 - panel->y0) / (panel->v1 - panel->v0);
  m.scale = cols->scale;
  m.offset = cols->offset;

  if (cols->direct)
    draw_direct (&e, cols, layout, &m, panel->v0, ts, values, n);
  else if (bars && cols->offset == 0)
    {
      draw_bands (cr, cols, &m, panel->v0, values, n, pyramid);
      return;
    }
  else if (bars)
    {
      draw_bars (cr, cols, &m, panel->v0, values, n, pyramid);
      return;
    }
  else
    draw_columns (&e, cols, layout, &m, panel->v0, ts, values, n, pyramid);
  emit_break (&e);
}
