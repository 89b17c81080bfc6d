/* awc-palette.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Okabe & Ito, "Color Universal Design".  Black and yellow swap places with
 * a grey and a dark yellow where they would vanish into the background.
 * Index i is the same hue in both themes (only its lightness changes), so a
 * series keeps its colour when the theme changes: test-palette checks every
 * catalog series. */
static const double light_colors[AWC_PALETTE_N_COLORS][3] = {
  RGB (0x0072B2), RGB (0xD55E00), RGB (0x009E73), RGB (0xCC79A7),
  RGB (0xE69F00), RGB (0x56B4E9), RGB (0x000000), RGB (0x9A8700),
};

static const double dark_colors[AWC_PALETTE_N_COLORS][3] = {
  RGB (0x5B8DEF), RGB (0xF26B1D), RGB (0x19C08F), RGB (0xCC79A7),
  RGB (0xE69F00), RGB (0x7FD4F5), RGB (0xE0E0E0), RGB (0xF0E442),
};

static const AwcThemeColors light_theme = {
  .background = RGB (0xFFFFFF),
  .text       = RGB (0x1E1E1E),
  .text_dim   = RGB (0x5E5C64),
  .grid       = RGB (0xE6E6E6),
  .axis       = RGB (0x9A9996),
  .cursor     = RGB (0x3D3846),
  .bar        = RGB (0x3584E4),
};

static const AwcThemeColors dark_theme = {
  .background = RGB (0x1E1E1E),
  .text       = RGB (0xEEEEEE),
  .text_dim   = RGB (0xB0AFAC),
  .grid       = RGB (0x383838),
  .axis       = RGB (0x77767B),
  .cursor     = RGB (0xDEDDDA),
  .bar        = RGB (0x62A0EA),
};

const AwcThemeColors *
awc_palette_get_theme (AwcTheme theme)
{
  return theme == AWC_THEME_DARK ? &dark_theme : &light_theme;
}

void
awc_palette_get_color (AwcTheme theme,
                       guint    color_index,
                       double   rgba[4])
{
  const double *c;

  c = (theme == AWC_THEME_DARK ? dark_colors : light_colors)[color_index % AWC_PALETTE_N_COLORS];
  rgba[0] = c[0];
  rgba[1] = c[1];
  rgba[2] = c[2];
  rgba[3] = 1.0;
}

gboolean
awc_palette_is_dashed (guint color_index)
{
  return (color_index / AWC_PALETTE_N_COLORS) % 2 == 1;
}
