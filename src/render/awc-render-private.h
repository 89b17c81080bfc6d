/* awc-render-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "awc-palette.h"
#include "awc-render.h"
#include "awc-util.h"

G_BEGIN_DECLS

/* Sizes in user units (logical pixels). */
#define AWC_RENDER_PAD          12.0
#define AWC_RENDER_PANEL_GAP    14.0
#define AWC_RENDER_TICK_LEN      4.0
#define AWC_RENDER_LINE_WIDTH    1.5
/* Run B over run A (awc-render-overlay.c): wider and half transparent. */
#define AWC_RENDER_OVERLAY_LINE_WIDTH 2.5
#define AWC_RENDER_OVERLAY_ALPHA      0.5
#define AWC_RENDER_SWATCH       18.0
#define AWC_RENDER_BUCKETS_MIN 280.0

typedef enum
{
  AWC_FONT_NORMAL,
  AWC_FONT_BOLD,
  AWC_FONT_SMALL,
  AWC_FONT_TITLE,
  AWC_N_FONTS
} AwcFont;

/* Text state for one drawing call: one PangoLayout and fixed font
 * descriptions, so text costs no font map or context churn. */
typedef struct
{
  cairo_t               *cr;
  AwcTheme               theme;
  const AwcThemeColors  *colors;
  PangoLayout           *layout;
  PangoFontDescription  *fonts[AWC_N_FONTS];
  AwcFont                current;
  double                 scale;      /* device pixels per user unit */
  double                 line_h[AWC_N_FONTS];
} AwcRenderText;

typedef struct
{
  guint                   index;     /* into the snapshot's series */
  const char             *group;
  const char             *group_title;
  const double           *values;
  guint                   n_values;
  AwcUnit                 unit;
  guint                   color_index;
  guint                   panel;
  const char             *title;     /* translated */
} AwcDrawnSeries;

void     _awc_render_text_init    (AwcRenderText          *text,
                                   cairo_t                *cr,
                                   AwcTheme                theme);
void     _awc_render_text_clear   (AwcRenderText          *text);
void     _awc_render_text_measure (AwcRenderText          *text,
                                   AwcFont                 font,
                                   const char             *str,
                                   double                 *width,
                                   double                 *height);
/* Draws @str with its top at @y; @xalign 0 = left of @x, 0.5 centred, 1 right. */
void     _awc_render_text_draw    (AwcRenderText          *text,
                                   AwcFont                 font,
                                   const char             *str,
                                   double                  x,
                                   double                  y,
                                   double                  xalign,
                                   const double           *rgb);

/* The drawn series in snapshot order with their panel index (consecutive
 * series of one group share a panel).  Returns the number of panels. */
guint    _awc_render_collect      (AwcChartData           *data,
                                   GArray                 *drawn);
void     _awc_render_time_range   (AwcChartData           *data,
                                   const AwcRenderOptions *options,
                                   double                 *t0,
                                   double                 *t1);
gboolean _awc_render_unit_includes_zero (AwcUnit           unit);
/* Number of y ticks that fit a panel of @height. */
guint    _awc_render_max_y_ticks  (double                  height,
                                   double                  line_h);
/* Ticks of a panel's y axis (the same for layout and drawing). */
guint    _awc_render_y_ticks      (const AwcRenderPanel   *panel,
                                   AwcUnit                 unit,
                                   double                  line_h,
                                   double                 *first,
                                   double                 *step);
/* Widens @panel's value range (to whole steps, then by steps) until its
 * axis has AWC_RENDER_MIN_Y_TICKS labels, when the plot is tall enough for
 * them; sets panel->n_y_ticks.  Uses panel->unit. */
void     _awc_render_fit_y_ticks  (AwcRenderPanel         *panel,
                                   double                  line_h);
double   _awc_render_snap         (double                  v,
                                   double                  scale);
/* Index range [lo, hi) of samples inside [t0, t1]. */
void     _awc_render_visible_range (const double          *ts,
                                    guint                  n,
                                    double                 t0,
                                    double                 t1,
                                    guint                 *lo,
                                    guint                 *hi);
void     _awc_render_series_rgba  (AwcTheme                theme,
                                   guint                   color_index,
                                   cairo_t                *cr);
void     _awc_render_axes         (AwcRenderText          *text,
                                   AwcChartData           *data,
                                   const AwcRenderLayout  *layout,
                                   const AwcRenderOptions *options,
                                   GArray                 *drawn);
/* The time axis ticks for @layout (elapsed or wall clock), spaced for
 * their labels: the cursor avoids exactly the labels the axis draws. */
GArray  *_awc_render_time_ticks   (AwcRenderText          *text,
                                   AwcChartData           *data,
                                   const AwcRenderLayout  *layout,
                                   const AwcRenderOptions *options);
/* Legend and panel title; the legend rows wrap within @width. Returns the
 * header height. With @draw FALSE only measures. */
double   _awc_render_panel_header (AwcRenderText          *text,
                                   GArray                 *drawn,
                                   guint                   panel,
                                   gboolean                show_legend,
                                   double                  x,
                                   double                  y,
                                   double                  width,
                                   gboolean                draw);

/* The overlay run (options->overlay): widens the panels' value ranges
 * (@mins/@maxs per panel, NaN = none yet) for the main time range
 * [@t0, @t1], and draws its lines dashed on top.  No-ops without one. */
void     _awc_render_overlay_ranges (const AwcRenderOptions *options,
                                     GArray                 *drawn,
                                     double                  t0,
                                     double                  t1,
                                     double                 *mins,
                                     double                 *maxs);
void     _awc_render_overlay_draw   (AwcRenderText          *text,
                                     const AwcRenderLayout  *layout,
                                     const AwcRenderOptions *options,
                                     GArray                 *drawn);

/* The snapshot's layers (awc-render-layers.c): thresholds widen their
 * panel's value range (@mins/@maxs per panel, NaN = none yet); spans draw
 * under the series (@over FALSE), the rest over them. */
void     _awc_render_layer_ranges   (AwcChartData           *data,
                                     GArray                 *drawn,
                                     double                 *mins,
                                     double                 *maxs);
void     _awc_render_layers_draw    (AwcRenderText          *text,
                                     AwcChartData           *data,
                                     const AwcRenderLayout  *layout,
                                     GArray                 *drawn,
                                     gboolean                over);

G_END_DECLS
