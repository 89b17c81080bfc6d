/* awc-export.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "render/awc-render.h"

G_BEGIN_DECLS

#define AWC_EXPORT_ERROR (awc_export_error_quark ())

typedef enum
{
  AWC_EXPORT_ERROR_FORMAT,   /* unknown extension */
  AWC_EXPORT_ERROR_WRITE,    /* could not write or rename */
  AWC_EXPORT_ERROR_SIZE,     /* size or scale out of range */
} AwcExportError;

typedef enum
{
  AWC_EXPORT_PNG,
  AWC_EXPORT_SVG,
  AWC_EXPORT_PDF,
  AWC_EXPORT_CSV,
} AwcExportFormat;

typedef void (*AwcExportDrawFunc) (cairo_t  *cr,
                                   int       width,
                                   int       height,
                                   gpointer  user_data);

GQuark   awc_export_error_quark        (void);
/* From the file name's extension, case-insensitive. */
gboolean awc_export_format_from_path   (const char             *path,
                                        AwcExportFormat        *format,
                                        GError                **error);

/* Renders to @path (format from its extension) through a temporary file in
 * the same folder that is renamed on success: never a partial file.
 * Deterministic: the same input gives the same bytes. */
gboolean awc_export_to_file            (AwcChartData           *data,
                                        const char             *path,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const AwcRenderOptions *options,
                                        GError                **error);
/* The same, encoded in memory (for the clipboard and tests). */
GBytes  *awc_export_to_bytes           (AwcChartData           *data,
                                        AwcExportFormat         format,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const AwcRenderOptions *options,
                                        GError                **error);

/* The one asynchronous export path, for the windows and the CLI alike:
 * renders @data in a GTask thread to @path (format from its extension,
 * written atomically) or, with @path NULL, to bytes in @format.  The
 * snapshot (and options->overlay's) is shared by reference, the options
 * are copied.  awc_export_finish() returns the bytes; for a file, an
 * empty GBytes once it is written (CSV is streamed, never held whole). */
void     awc_export_async              (AwcChartData           *data,
                                        const char             *path,
                                        AwcExportFormat         format,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const AwcRenderOptions *options,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
/* The same for any drawing over immutable @draw_data (a comparison's
 * pair of snapshots): freed with @draw_data_free after the thread. */
void     awc_export_render_async       (const char             *path,
                                        AwcExportFormat         format,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const char             *title,
                                        AwcExportDrawFunc       draw,
                                        gpointer                draw_data,
                                        GDestroyNotify          draw_data_free,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
GBytes  *awc_export_finish             (GAsyncResult           *result,
                                        GError                **error);

/* awc_export_async() to a file. */
void     awc_export_to_file_async      (AwcChartData           *data,
                                        const char             *path,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const AwcRenderOptions *options,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
gboolean awc_export_to_file_finish     (GAsyncResult           *result,
                                        GError                **error);

/* Any drawing, not just one report (comparisons, issue 5): @draw paints a
 * @width x @height (user units) target; the same size checks, encoders,
 * determinism and atomic write as above.  @title goes into PDF metadata
 * (may be NULL).  CSV is refused with AWC_EXPORT_ERROR_FORMAT. */

GBytes  *awc_export_render_to_bytes    (AwcExportFormat         format,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const char             *title,
                                        AwcExportDrawFunc       draw,
                                        gpointer                user_data,
                                        GError                **error);
gboolean awc_export_render_to_file     (const char             *path,
                                        int                     width,
                                        int                     height,
                                        double                  scale,
                                        const char             *title,
                                        AwcExportDrawFunc       draw,
                                        gpointer                user_data,
                                        GError                **error);

G_END_DECLS
