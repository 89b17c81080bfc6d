/* awc-render-text.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-render-private.h"

/* Fixed fonts and font options: the same input gives the same pixels on
 * every machine with the same fonts, whatever the desktop settings. */
static const char * const font_names[AWC_N_FONTS] = {
  [AWC_FONT_NORMAL] = "Sans 10",
  [AWC_FONT_BOLD]   = "Sans Bold 10",
  [AWC_FONT_SMALL]  = "Sans 9",
  [AWC_FONT_TITLE]  = "Sans Bold 13",
};

void
_awc_render_text_init (AwcRenderText *text,
                       cairo_t       *cr,
                       AwcTheme       theme)
{
  cairo_font_options_t *font_options;
  PangoContext *context;
  double sx = 1, sy = 0;

  memset (text, 0, sizeof *text);
  text->cr = cr;
  text->theme = theme;
  text->colors = awc_palette_get_theme (theme);

  cairo_user_to_device_distance (cr, &sx, &sy);
  text->scale = hypot (sx, sy) > 0 ? hypot (sx, sy) : 1;

  text->layout = pango_cairo_create_layout (cr);
  context = pango_layout_get_context (text->layout);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_subpixel_order (font_options, CAIRO_SUBPIXEL_ORDER_DEFAULT);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  /* Pango's default resolution is 96 dpi, which is what we want; say so. */
  pango_cairo_context_set_resolution (context, 96);
  pango_layout_context_changed (text->layout);

  for (guint i = 0; i < AWC_N_FONTS; i++)
    {
      int h;

      text->fonts[i] = pango_font_description_from_string (font_names[i]);
      pango_layout_set_font_description (text->layout, text->fonts[i]);
      pango_layout_set_text (text->layout, "0:Ag", -1);
      pango_layout_get_size (text->layout, NULL, &h);
      text->line_h[i] = (double) h / PANGO_SCALE;
    }
  text->current = AWC_N_FONTS - 1;
}

void
_awc_render_text_clear (AwcRenderText *text)
{
  g_clear_object (&text->layout);
  for (guint i = 0; i < AWC_N_FONTS; i++)
    g_clear_pointer (&text->fonts[i], pango_font_description_free);
}

static void
set_text (AwcRenderText *text,
          AwcFont        font,
          const char    *str)
{
  if (text->current != font)
    {
      pango_layout_set_font_description (text->layout, text->fonts[font]);
      text->current = font;
    }
  pango_layout_set_text (text->layout, str, -1);
}

void
_awc_render_text_measure (AwcRenderText *text,
                          AwcFont        font,
                          const char    *str,
                          double        *width,
                          double        *height)
{
  PangoRectangle logical;

  set_text (text, font, str);
  pango_layout_get_extents (text->layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_awc_render_text_draw (AwcRenderText *text,
                       AwcFont        font,
                       const char    *str,
                       double         x,
                       double         y,
                       double         xalign,
                       const double  *rgb)
{
  PangoRectangle logical;

  set_text (text, font, str);
  pango_layout_get_extents (text->layout, NULL, &logical);
  x -= xalign * logical.width / PANGO_SCALE;
  cairo_set_source_rgb (text->cr, rgb[0], rgb[1], rgb[2]);
  /* Whole device pixels keep glyphs sharp and output stable. */
  cairo_move_to (text->cr,
                 round (x * text->scale) / text->scale,
                 round (y * text->scale) / text->scale);
  pango_cairo_show_layout (text->cr, text->layout);
}
