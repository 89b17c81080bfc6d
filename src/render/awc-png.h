/* awc-png.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Encodes an opaque image surface (RGB24 or ARGB32, alpha dropped) as an
 * 8-bit RGB PNG.  cairo's own writer goes through libpng's adaptive
 * filters at zlib level 6, which costs more than drawing the chart; this
 * one uses the Up filter and zlib level 1, which suits charts
 * (flat backgrounds, thin lines) and stays deterministic: no time chunk. */
GBytes *awc_png_encode (cairo_surface_t *image);

G_END_DECLS
