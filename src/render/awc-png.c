/* awc-png.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <zlib.h>

#include "awc-png.h"

static void
put_be32 (guint8  *p,
          guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         len)
{
  guint8 header[8], crc_bytes[4];
  uLong crc;

  put_be32 (header, (guint32) len);
  memcpy (header + 4, type, 4);
  g_byte_array_append (out, header, 8);
  if (len > 0)
    g_byte_array_append (out, data, len);

  crc = crc32 (0, (const Bytef *) type, 4);
  if (len > 0)
    crc = crc32 (crc, data, len);
  put_be32 (crc_bytes, (guint32) crc);
  g_byte_array_append (out, crc_bytes, 4);
}

GBytes *
awc_png_encode (cairo_surface_t *image)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GByteArray) out = NULL;
  g_autofree guint8 *rows = NULL;
  g_autofree guint8 *idat = NULL;
  const guint8 *data;
  guint8 ihdr[13];
  z_stream z = { 0, };
  int width, height, stride;
  gsize row_len;
  uLong bound;
  guint8 *cur, *prev;

  g_return_val_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE, NULL);

  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);
  g_return_val_if_fail (data != NULL && width > 0 && height > 0, NULL);

  out = g_byte_array_new ();
  g_byte_array_append (out, signature, sizeof signature);

  put_be32 (ihdr, width);
  put_be32 (ihdr + 4, height);
  ihdr[8] = 8;    /* bit depth */
  ihdr[9] = 2;    /* colour type: RGB */
  ihdr[10] = 0;   /* deflate */
  ihdr[11] = 0;   /* adaptive filtering, one filter type per row */
  ihdr[12] = 0;   /* no interlace */
  append_chunk (out, "IHDR", ihdr, sizeof ihdr);

  /* Two raw RGB rows (current, previous) plus the filtered row. */
  row_len = (gsize) width * 3;
  rows = g_malloc0 (3 * row_len + 1);
  cur = rows;
  prev = rows + row_len;

  if (deflateInit2 (&z, 1, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;
  bound = deflateBound (&z, (uLong) (row_len + 1) * height);
  idat = g_malloc (bound);
  z.next_out = idat;
  z.avail_out = bound;

  for (int y = 0; y < height; y++)
    {
      const guint32 *src = (const guint32 *) (data + (gsize) y * stride);
      guint8 *filtered = rows + 2 * row_len;
      guint8 *tmp;

      /* cairo stores native-endian 0xAARRGGBB words. */
      for (int x = 0; x < width; x++)
        {
          guint32 p = src[x];

          cur[3 * x] = p >> 16;
          cur[3 * x + 1] = p >> 8;
          cur[3 * x + 2] = p;
        }

      /* Filter "Up": the difference to the row above (zero for row 0). */
      filtered[0] = 2;
      for (gsize i = 0; i < row_len; i++)
        filtered[i + 1] = cur[i] - prev[i];

      z.next_in = filtered;
      z.avail_in = row_len + 1;
      if (deflate (&z, y == height - 1 ? Z_FINISH : Z_NO_FLUSH) == Z_STREAM_ERROR)
        {
          deflateEnd (&z);
          return NULL;
        }

      tmp = prev;
      prev = cur;
      cur = tmp;
    }

  append_chunk (out, "IDAT", idat, bound - z.avail_out);
  deflateEnd (&z);
  append_chunk (out, "IEND", NULL, 0);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
