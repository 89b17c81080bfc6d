/* awc-palette.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "awc-render.h"

G_BEGIN_DECLS

/* Colour-blind-safe series colours (Okabe–Ito), tuned per theme so every
 * colour stays legible on that theme's background. */
#define AWC_PALETTE_N_COLORS 8

typedef struct
{
  double background[3];
  double text[3];
  double text_dim[3];
  double grid[3];
  double axis[3];
  double cursor[3];
  double bar[3];
} AwcThemeColors;

const AwcThemeColors *awc_palette_get_theme  (AwcTheme  theme);
/* Colour of a series by its color_index; wraps after AWC_PALETTE_N_COLORS. */
void                  awc_palette_get_color  (AwcTheme  theme,
                                              guint     color_index,
                                              double    rgba[4]);
/* Indices past the palette size are drawn dashed so they stay distinct. */
gboolean              awc_palette_is_dashed  (guint     color_index);

G_END_DECLS
