/* awc-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

#include "awc-atomic-file.h"
#include "awc-export-private.h"
#include "awc-png.h"

G_DEFINE_QUARK (awc-export-error-quark, awc_export_error)

#define MAX_PIXELS (16384.0 * 16384.0)
/* Fixed, so PDFs of the same input are the same bytes. */
#define PDF_CREATE_DATE "2000-01-01T00:00:00Z"

gboolean
awc_export_format_from_path (const char      *path,
                             AwcExportFormat *format,
                             GError         **error)
{
  static const struct { const char *ext; AwcExportFormat format; } exts[] = {
    { "png", AWC_EXPORT_PNG },
    { "svg", AWC_EXPORT_SVG },
    { "pdf", AWC_EXPORT_PDF },
    { "csv", AWC_EXPORT_CSV },
  };
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    {
      for (guint i = 0; i < G_N_ELEMENTS (exts); i++)
        {
          if (g_ascii_strcasecmp (dot + 1, exts[i].ext) == 0)
            {
              if (format)
                *format = exts[i].format;
              return TRUE;
            }
        }
    }

  /* The caller names the file: an error here is always one line. */
  g_set_error_literal (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_FORMAT,
                       _("unknown export format (use .png, .svg, .pdf or .csv)"));
  return FALSE;
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t status,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE,
               _("Could not draw the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

typedef struct
{
  AwcChartData           *data;
  const AwcRenderOptions *options;
} ReportDraw;

static void
draw_report (cairo_t  *cr,
             int       width,
             int       height,
             gpointer  user_data)
{
  ReportDraw *rd = user_data;

  awc_render_chart (cr, rd->data, width, height, rd->options);
}

static gboolean
render_to (cairo_surface_t        *surface,
           int                     width,
           int                     height,
           AwcExportDrawFunc       draw,
           gpointer                user_data,
           GError                **error)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  draw (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  return check_status (status, error);
}

static GBytes *
export_png (int                     width,
            int                     height,
            double                  scale,
            AwcExportDrawFunc       draw,
            gpointer                user_data,
            GError                **error)
{
  GBytes *png = NULL;
  cairo_surface_t *surface;
  int pw = (int) ceil (width * scale);
  int ph = (int) ceil (height * scale);
  gboolean ok;

  /* The background is opaque: no alpha channel to carry. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, pw, ph);
  cairo_surface_set_device_scale (surface, scale, scale);
  ok = render_to (surface, width, height, draw, user_data, error);
  if (ok)
    {
      png = awc_png_encode (surface);
      if (png == NULL)
        g_set_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE,
                     _("Could not encode the PNG image"));
    }
  cairo_surface_destroy (surface);

  return png;
}

/* cairo 1.16 names the SVG's top group after a process-wide surface
 * counter ("surface17"): renumber it so repeated exports are identical. */
static void
normalize_svg (GByteArray *bytes)
{
  static const char needle[] = "<g id=\"surface";
  const char *hit;
  gsize start, end;

  hit = g_strstr_len ((const char *) bytes->data, bytes->len, needle);
  if (hit == NULL)
    return;

  start = (hit - (const char *) bytes->data) + strlen (needle);
  end = start;
  while (end < bytes->len && g_ascii_isdigit (bytes->data[end]))
    end++;
  if (end == start + 1 && bytes->data[start] == '1')
    return;

  g_byte_array_remove_range (bytes, start, end - start);
  /* GByteArray has no insert: grow by one and shift the tail. */
  g_byte_array_set_size (bytes, bytes->len + 1);
  memmove (bytes->data + start + 1, bytes->data + start, bytes->len - start - 1);
  bytes->data[start] = '1';
}

static GBytes *
export_vector (AwcExportFormat         format,
               int                     width,
               int                     height,
               const char             *title,
               AwcExportDrawFunc       draw,
               gpointer                user_data,
               GError                **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  gboolean ok;

  if (format == AWC_EXPORT_SVG)
    surface = cairo_svg_surface_create_for_stream (write_to_array, bytes, width, height);
  else
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_array, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, PDF_CREATE_DATE);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "AW Chart");
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }

  ok = render_to (surface, width, height, draw, user_data, error);
  /* finish writes the document trailer into @bytes. */
  cairo_surface_finish (surface);
  if (ok)
    ok = check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);
  if (ok && format == AWC_EXPORT_SVG)
    normalize_svg (bytes);

  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

GBytes *
awc_export_to_bytes (AwcChartData           *data,
                     AwcExportFormat         format,
                     int                     width,
                     int                     height,
                     double                  scale,
                     const AwcRenderOptions *options,
                     GError                **error)
{
  AwcRenderOptions defaults;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      awc_render_options_init (&defaults);
      options = &defaults;
    }

  if (format == AWC_EXPORT_CSV)
    return _awc_export_csv (data, options);

  {
    ReportDraw rd = { data, options };

    return awc_export_render_to_bytes (format, width, height, scale,
                                       options->title ? options->title : awc_chart_data_get_title (data),
                                       draw_report, &rd, error);
  }
}

GBytes *
awc_export_render_to_bytes (AwcExportFormat    format,
                            int                width,
                            int                height,
                            double             scale,
                            const char        *title,
                            AwcExportDrawFunc  draw,
                            gpointer           user_data,
                            GError           **error)
{
  g_return_val_if_fail (draw != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == AWC_EXPORT_CSV)
    {
      g_set_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_FORMAT,
                   _("This drawing exports to PNG, SVG or PDF, not CSV"));
      return NULL;
    }

  if (width < 16 || height < 16 || width > 16384 || height > 16384 ||
      !(scale >= 0.25 && scale <= 8) ||
      (format == AWC_EXPORT_PNG && width * scale * height * scale > MAX_PIXELS))
    {
      g_set_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_SIZE,
                   _("Invalid image size %d×%d at scale %g"), width, height, scale);
      return NULL;
    }

  if (format == AWC_EXPORT_PNG)
    return export_png (width, height, scale, draw, user_data, error);

  return export_vector (format, width, height, title, draw, user_data, error);
}

/* Errors of the shared writer already name the file; they keep their
 * text but take this module's domain, except a cancellation. */
static gboolean
write_failed (GError  *local_error,
              GError **error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      g_set_error_literal (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE, local_error->message);
      g_error_free (local_error);
    }
  return FALSE;
}

/* Through a temporary file beside @path, renamed when complete: readers
 * never see a partial file, and a failure or a cancellation leaves the
 * old one as it was. */
static gboolean
write_atomically (const char    *path,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  GError *local_error = NULL;
  gsize len;
  const void *data = g_bytes_get_data (bytes, &len);

  if (!awc_atomic_file_set_contents (path, data, len, AWC_ATOMIC_FILE_DEFAULT,
                                     cancellable, &local_error))
    return write_failed (local_error, error);
  return TRUE;
}

/* CSV goes to the file as it is formatted, so a big export can be
 * interrupted between rows and never holds the whole text in memory. */
static gboolean
write_csv (AwcChartData           *data,
           const char             *path,
           const AwcRenderOptions *options,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autoptr(AwcAtomicFile) file = NULL;
  GError *local_error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if ((file = awc_atomic_file_new (path, AWC_ATOMIC_FILE_DEFAULT, &local_error)) == NULL
      || !_awc_export_csv_to_file (data, options, file, cancellable, &local_error)
      || !awc_atomic_file_commit (file, cancellable, &local_error))
    return write_failed (local_error, error);
  return TRUE;
}

static gboolean
export_to_file (AwcChartData           *data,
                const char             *path,
                int                     width,
                int                     height,
                double                  scale,
                const AwcRenderOptions *options,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  AwcRenderOptions defaults;
  AwcExportFormat format;

  if (!awc_export_format_from_path (path, &format, error))
    return FALSE;

  if (format == AWC_EXPORT_CSV)
    {
      if (options == NULL)
        {
          awc_render_options_init (&defaults);
          options = &defaults;
        }
      return write_csv (data, path, options, cancellable, error);
    }

  if (!(bytes = awc_export_to_bytes (data, format, width, height, scale, options, error)))
    return FALSE;

  return write_atomically (path, bytes, cancellable, error);
}

gboolean
awc_export_to_file (AwcChartData           *data,
                    const char             *path,
                    int                     width,
                    int                     height,
                    double                  scale,
                    const AwcRenderOptions *options,
                    GError                **error)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_to_file (data, path, width, height, scale, options, NULL, error);
}

gboolean
awc_export_render_to_file (const char         *path,
                           int                 width,
                           int                 height,
                           double              scale,
                           const char         *title,
                           AwcExportDrawFunc   draw,
                           gpointer            user_data,
                           GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  AwcExportFormat format;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!awc_export_format_from_path (path, &format, error))
    return FALSE;
  if (!(bytes = awc_export_render_to_bytes (format, width, height, scale, title, draw, user_data, error)))
    return FALSE;

  return write_atomically (path, bytes, NULL, error);
}

/* The one asynchronous export: a snapshot (or any drawing over immutable
 * data, e.g. a comparison's pair of snapshots) rendered in a GTask thread
 * to bytes or to a file.  The thread only reads data that never changes
 * and holds its own references to it. */
typedef struct
{
  AwcChartData      *data;            /* NULL: draw with draw_func */
  AwcRenderOptions   options;
  char              *title;
  char              *header;
  AwcRenderOverlay   overlay;
  AwcExportDrawFunc  draw_func;
  gpointer           draw_data;
  GDestroyNotify     draw_data_free;
  char              *path;            /* NULL: to bytes */
  AwcExportFormat    format;
  int                width, height;
  double             scale;
} ExportJob;

static void
export_job_free (gpointer p)
{
  ExportJob *job = p;

  g_clear_pointer (&job->data, awc_chart_data_unref);
  g_clear_pointer (&job->overlay.data, awc_chart_data_unref);
  if (job->draw_data_free != NULL)
    job->draw_data_free (job->draw_data);
  g_free (job->title);
  g_free (job->header);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->path != NULL && job->data != NULL)
    {
      /* CSV streams into its file; the others are written in one piece. */
      if (!export_to_file (job->data, job->path, job->width, job->height, job->scale,
                           &job->options, cancellable, &error))
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, g_bytes_new (NULL, 0), (GDestroyNotify) g_bytes_unref);
      return;
    }
  if (job->data != NULL)
    bytes = awc_export_to_bytes (job->data, job->format, job->width, job->height, job->scale,
                                 &job->options, &error);
  else
    bytes = awc_export_render_to_bytes (job->format, job->width, job->height, job->scale,
                                        job->title, job->draw_func, job->draw_data, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Rendering is the slow part: a cancel meanwhile leaves no file. */
  if (g_task_return_error_if_cancelled (task))
    return;
  if (job->path != NULL && !write_atomically (job->path, bytes, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
}

static void
export_job_run (ExportJob           *job,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, awc_export_async);
  g_task_set_task_data (task, job, export_job_free);
  if (job->path != NULL && !awc_export_format_from_path (job->path, &job->format, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

void
awc_export_async (AwcChartData           *data,
                  const char             *path,
                  AwcExportFormat         format,
                  int                     width,
                  int                     height,
                  double                  scale,
                  const AwcRenderOptions *options,
                  GCancellable           *cancellable,
                  GAsyncReadyCallback     callback,
                  gpointer                user_data)
{
  ExportJob *job;

  g_return_if_fail (data != NULL);

  job = g_new0 (ExportJob, 1);
  job->data = awc_chart_data_ref (data);
  job->path = g_strdup (path);
  job->format = format;
  job->width = width;
  job->height = height;
  job->scale = scale;
  if (options != NULL)
    job->options = *options;
  else
    awc_render_options_init (&job->options);
  /* Own copies: the caller's strings and overlay may go before the thread runs. */
  job->title = g_strdup (job->options.title);
  job->options.title = job->title;
  job->header = g_strdup (job->options.header);
  job->options.header = job->header;
  if (job->options.overlay != NULL && job->options.overlay->data != NULL)
    {
      job->overlay.data = awc_chart_data_ref (job->options.overlay->data);
      job->options.overlay = &job->overlay;
    }
  else
    job->options.overlay = NULL;
  export_job_run (job, cancellable, callback, user_data);
}

void
awc_export_render_async (const char          *path,
                         AwcExportFormat      format,
                         int                  width,
                         int                  height,
                         double               scale,
                         const char          *title,
                         AwcExportDrawFunc    draw,
                         gpointer             draw_data,
                         GDestroyNotify       draw_data_free,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  ExportJob *job;

  g_return_if_fail (draw != NULL);

  job = g_new0 (ExportJob, 1);
  job->draw_func = draw;
  job->draw_data = draw_data;
  job->draw_data_free = draw_data_free;
  job->title = g_strdup (title);
  job->path = g_strdup (path);
  job->format = format;
  job->width = width;
  job->height = height;
  job->scale = scale;
  export_job_run (job, cancellable, callback, user_data);
}

GBytes *
awc_export_finish (GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
awc_export_to_file_async (AwcChartData           *data,
                          const char             *path,
                          int                     width,
                          int                     height,
                          double                  scale,
                          const AwcRenderOptions *options,
                          GCancellable           *cancellable,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  g_return_if_fail (path != NULL);

  awc_export_async (data, path, AWC_EXPORT_PNG, width, height, scale, options,
                    cancellable, callback, user_data);
}

gboolean
awc_export_to_file_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = awc_export_finish (result, error);

  return bytes != NULL;
}
