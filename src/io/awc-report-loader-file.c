/* awc-report-loader-file.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a report file with bounded work: only regular files, and never
 * more than the loader's size limit. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "awc-report-loader-private.h"

/* Reads @fd to its end, but never past MAX_BODY_SIZE (a file may grow
 * while it is read); checks @cancellable between chunks.  The contents
 * are NUL-terminated; *too_large is set (and NULL returned, no error)
 * when there is more. */
static char *
read_fd (int            fd,
         GCancellable  *cancellable,
         gsize         *len_out,
         gboolean      *too_large,
         GError       **error)
{
  const gsize chunk = 1024 * 1024;
  g_autofree char *buf = NULL;
  gsize len = 0, cap = 0;

  *too_large = FALSE;
  for (;;)
    {
      gssize n;

      if (len > MAX_BODY_SIZE)
        {
          *too_large = TRUE;
          return NULL;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (cap - len < chunk + 1)
        {
          cap = MIN (MAX (cap * 2, 4 * chunk), MAX_BODY_SIZE + 2 * chunk);
          buf = g_realloc (buf, cap);
        }
      n = read (fd, buf + len, chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      len += n;
    }

  buf[len] = '\0';
  *len_out = len;
  return g_steal_pointer (&buf);
}

/* The same through GIO, for files that are not local. */
static char *
read_stream (GFile         *file,
             GCancellable  *cancellable,
             gsize         *len_out,
             gboolean      *too_large,
             GError       **error)
{
  const gsize chunk = 1024 * 1024;
  g_autoptr(GFileInputStream) in = NULL;
  g_autofree char *buf = NULL;
  gsize len = 0, cap = 0;

  *too_large = FALSE;
  if ((in = g_file_read (file, cancellable, error)) == NULL)
    return NULL;

  for (;;)
    {
      gsize n = 0;

      if (len > MAX_BODY_SIZE)
        {
          *too_large = TRUE;
          return NULL;
        }
      if (cap - len < chunk + 1)
        {
          cap = MIN (MAX (cap * 2, 4 * chunk), MAX_BODY_SIZE + 2 * chunk);
          buf = g_realloc (buf, cap);
        }
      if (!g_input_stream_read_all (G_INPUT_STREAM (in), buf + len, chunk, &n, cancellable, error))
        return NULL;
      len += n;
      if (n < chunk)
        break;
    }

  buf[len] = '\0';
  *len_out = len;
  return g_steal_pointer (&buf);
}

/* Like g_file_load_contents(), but only for a regular file and never past
 * MAX_BODY_SIZE, both checked before reading: a FIFO with no writer would
 * block forever and a device such as /dev/zero never ends.  The open does
 * not block on a FIFO (O_NONBLOCK); the kind and the size come from the
 * open file, so nothing can be swapped in between.  *too_large as above. */
char *
_awc_report_read_file (GFile         *file,
                       GCancellable  *cancellable,
                       gsize         *len_out,
                       gboolean      *too_large,
                       GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  struct stat st;
  char *contents;
  int fd, flags;

  *too_large = FALSE;
  if (path == NULL)
    {
      /* Not a local file (a GVfs URI): ask GIO for the kind, then read
       * through a stream with the same cap. */
      g_autoptr(GFileInfo) info = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                G_FILE_QUERY_INFO_NONE, cancellable, error);
      if (info == NULL)
        return NULL;
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          g_set_error_literal (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_IO,
                               _("not a regular file"));
          return NULL;
        }
      if ((guint64) g_file_info_get_size (info) > MAX_BODY_SIZE)
        {
          *too_large = TRUE;
          return NULL;
        }
      return read_stream (file, cancellable, len_out, too_large, error);
    }

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_IO,
                           _("not a regular file"));
      return NULL;
    }
  if ((guint64) st.st_size > MAX_BODY_SIZE)
    {
      close (fd);
      *too_large = TRUE;
      return NULL;
    }
  /* Plain blocking reads from here (a regular file ignores the flag, but
   * say what is meant). */
  if ((flags = fcntl (fd, F_GETFL)) >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  contents = read_fd (fd, cancellable, len_out, too_large, error);
  close (fd);
  return contents;
}
