/* awc-mock-stream.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "awc-mock-stream.h"

#define BLOCK (64 * 1024)

typedef struct
{
  GIOStream         *stream;
  GCancellable      *cancellable;
  guint64           *sent;       /* g_rc_box */
  GBytes            *gzipped;    /* the whole gzip body, or NULL */
  GByteArray        *frame;      /* what is being written */
  char              *head;       /* written with the first frame */
  AwcMockStreamKind  kind;
  guint64            offset;     /* payload bytes written */
  guint64            total;      /* payload bytes to write */
  gsize              in_frame;   /* payload bytes in the current frame */
  gboolean           done;
} Job;

static void
job_free (Job *job)
{
  g_io_stream_close (job->stream, NULL, NULL);
  g_object_unref (job->stream);
  g_clear_object (&job->cancellable);
  g_rc_box_release (job->sent);
  g_clear_pointer (&job->gzipped, g_bytes_unref);
  g_byte_array_unref (job->frame);
  g_free (job->head);
  g_free (job);
}

static GBytes *
gzip_zeros (guint64 size)
{
  g_autoptr(GZlibCompressor) zlib = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree guchar *zeros = g_malloc0 (BLOCK);
  guchar buf[BLOCK];
  guint64 left = size;
  GConverterResult res;

  do
    {
      gsize n = (gsize) MIN (left, (guint64) BLOCK);
      gsize read = 0, written = 0;

      res = g_converter_convert (G_CONVERTER (zlib), zeros, n, buf, sizeof buf,
                                 n == left ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                 &read, &written, NULL);
      g_assert_cmpint (res, !=, G_CONVERTER_ERROR);
      g_byte_array_append (out, buf, written);
      left -= read;
    }
  while (res != G_CONVERTER_FINISHED);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void write_next (Job *job);

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = user_data;

  /* A client that stopped reading makes this fail: the end of the job. */
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, NULL) || job->done)
    {
      job_free (job);
      return;
    }
  job->offset += job->in_frame;
  *job->sent += job->in_frame;
  write_next (job);
}

static void
write_next (Job *job)
{
  guint64 total = job->gzipped ? g_bytes_get_size (job->gzipped) : job->total;
  gsize n = (gsize) MIN (total - job->offset, (guint64) BLOCK);

  g_byte_array_set_size (job->frame, 0);
  if (job->head != NULL)
    {
      g_byte_array_append (job->frame, (const guint8 *) job->head, strlen (job->head));
      g_clear_pointer (&job->head, g_free);
    }
  if (n == 0)
    {
      if (job->kind == AWC_MOCK_STREAM_CHUNKED)
        g_byte_array_append (job->frame, (const guint8 *) "0\r\n\r\n", 5);
      job->done = TRUE;
    }
  else if (job->kind == AWC_MOCK_STREAM_GZIP)
    g_byte_array_append (job->frame,
                         (const guint8 *) g_bytes_get_data (job->gzipped, NULL) + job->offset, n);
  else
    {
      g_autofree char *size_line = g_strdup_printf ("%" G_GSIZE_MODIFIER "x\r\n", n);
      guint at;

      if (job->kind == AWC_MOCK_STREAM_CHUNKED)
        g_byte_array_append (job->frame, (const guint8 *) size_line, strlen (size_line));
      at = job->frame->len;
      g_byte_array_set_size (job->frame, at + n);
      memset (job->frame->data + at, ' ', n);
      if (job->kind == AWC_MOCK_STREAM_CHUNKED)
        g_byte_array_append (job->frame, (const guint8 *) "\r\n", 2);
    }
  job->in_frame = n;
  if (job->frame->len == 0)
    {
      job_free (job);
      return;
    }
  g_output_stream_write_all_async (g_io_stream_get_output_stream (job->stream), job->frame->data,
                                   job->frame->len, G_PRIORITY_DEFAULT, job->cancellable,
                                   write_cb, job);
}

void
awc_mock_stream_start (GIOStream         *stream,
                       AwcMockStreamKind  kind,
                       guint64            size,
                       guint64           *sent,
                       GCancellable      *cancellable)
{
  Job *job = g_new0 (Job, 1);

  job->stream = g_object_ref (stream);
  job->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  job->sent = g_rc_box_acquire (sent);
  job->frame = g_byte_array_new ();
  job->kind = kind;
  job->total = size;
  switch (kind)
    {
    case AWC_MOCK_STREAM_CHUNKED:
      job->head = g_strdup ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n");
      break;
    case AWC_MOCK_STREAM_CLOSE:
      job->head = g_strdup ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\n\r\n");
      break;
    case AWC_MOCK_STREAM_GZIP:
    default:
      job->gzipped = gzip_zeros (size);
      job->head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Content-Encoding: gzip\r\nContent-Length: %" G_GSIZE_FORMAT "\r\n"
                                   "Connection: close\r\n\r\n", g_bytes_get_size (job->gzipped));
      break;
    }
  write_next (job);
}
