/* awc-render-compare-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-render-compare.h"
#include "awc-render-private.h"

G_BEGIN_DECLS

#define CMP_MARGIN       12.0
#define CMP_GAP          16.0
#define CMP_HEADER_H     30.0
#define CMP_ROW_H        17.0
#define CMP_BLOCK_PAD    8.0
/* The renderer's fixed fonts (awc-render-text.c) */
#define CMP_FONT         AWC_FONT_NORMAL
#define CMP_FONT_BOLD    AWC_FONT_BOLD
#define CMP_FONT_NOTE    AWC_FONT_SMALL
#define CMP_FONT_HEADER  AWC_FONT_TITLE

typedef struct
{
  double bg[3], fg[3], dim[3], rule[3], shade[4], better[3], worse[3], bar_b[3];
} Colors;

/* Draws @str at (x, y) top-left, ellipsized to @max_width when > 0;
 * returns its width. @align: 0 left, 1 right (x is then the right edge). */
double _awc_render_compare_text          (AwcRenderText   *text,
                                          AwcFont          font,
                                          const double    *rgb,
                                          const char      *str,
                                          double           x,
                                          double           y,
                                          double           max_width,
                                          int              align);
/* Metrics at least one run has, in table order; returns how many. */
guint  _awc_render_compare_shown_metrics (AwcDeltaSummary *summary,
                                          AwcDeltaMetric   shown[AWC_DELTA_N_METRICS]);
/* The metrics shown (see above) and where the second column group of the
 * delta table starts: never between "Failed responses" and its classes. */
guint  _awc_render_compare_delta_split   (AwcDeltaSummary *summary,
                                          AwcDeltaMetric   shown[AWC_DELTA_N_METRICS],
                                          guint           *n_shown);
/* Rows of CMP_ROW_H the delta table needs at full size. */
guint  _awc_render_compare_delta_n_rows  (AwcDeltaSummary *summary);
/* The delta table in two column groups, into the box (x, y, w, h). */
void   _awc_render_compare_delta_table   (AwcRenderText   *text,
                                          AwcDeltaSummary *summary,
                                          double           x,
                                          double           y,
                                          double           w,
                                          double           h,
                                          const Colors    *c);
/* Bucket shares of A and B with bars, then the largest shifts. */
void   _awc_render_compare_bucket_table  (AwcRenderText   *text,
                                          AwcDeltaSummary *summary,
                                          double           x,
                                          double           y,
                                          double           w,
                                          double           h,
                                          const Colors    *c);

G_END_DECLS
