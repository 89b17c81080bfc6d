/* awc-atomic-file.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "awc-atomic-file.h"
#include "awc-util.h"

/* Between two chunks the cancellable is checked: small enough that an
 * interrupted export stops at once, large enough to cost nothing. */
#define CHUNK_SIZE (1024 * 1024)

struct _AwcAtomicFile
{
  char     *path;
  char     *display;     /* @path escaped, for messages */
  char     *tmp;         /* NULL once renamed or removed */
  int       fd;
  gboolean  keep_mode;
  mode_t    mode;        /* the replaced file's, if keep_mode */
};

static void
set_errno_error (AwcAtomicFile  *self,
                 int             saved_errno,
                 GError        **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", self->display, g_strerror (saved_errno));
}

/* Closes and removes the temporary file: nothing is left behind. */
static void
discard (AwcAtomicFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  if (self->tmp != NULL)
    g_unlink (self->tmp);
  g_clear_pointer (&self->tmp, g_free);
}

static gboolean
check_cancelled (AwcAtomicFile  *self,
                 GCancellable   *cancellable,
                 GError        **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return TRUE;

  discard (self);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
               "%s: %s", self->display, _("interrupted"));
  return FALSE;
}

AwcAtomicFile *
awc_atomic_file_new (const char          *path,
                     AwcAtomicFileFlags   flags,
                     GError             **error)
{
  g_autoptr(AwcAtomicFile) self = NULL;
  g_autofree char *dir = NULL;
  struct stat st;
  int mode;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (AwcAtomicFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  self->display = awc_escape_text (path);
  dir = g_path_get_dirname (path);
  self->tmp = g_build_filename (dir, ".awchart-XXXXXX", NULL);

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    {
      self->keep_mode = TRUE;
      self->mode = st.st_mode & 07777;
    }

  /* A file that is replaced, or a private one, is written 0600 and gets
   * its final mode at commit: its contents are never more readable than
   * they will be.  Otherwise open() applies the umask, as for any new file. */
  mode = self->keep_mode || (flags & AWC_ATOMIC_FILE_PRIVATE) ? 0600 : 0666;
  self->fd = g_mkstemp_full (self->tmp, O_WRONLY | O_CLOEXEC, mode);
  if (self->fd < 0)
    {
      int saved = errno;

      g_clear_pointer (&self->tmp, g_free);
      set_errno_error (self, saved, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
awc_atomic_file_write (AwcAtomicFile  *self,
                       const void     *data,
                       gsize           len,
                       GCancellable   *cancellable,
                       GError        **error)
{
  const guint8 *p = data;
  gsize done = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  while (done < len)
    {
      gsize n = MIN (len - done, CHUNK_SIZE);
      gssize r;

      if (!check_cancelled (self, cancellable, error))
        return FALSE;
      r = write (self->fd, p + done, n);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        {
          int saved = r < 0 ? errno : ENOSPC;

          discard (self);
          set_errno_error (self, saved, error);
          return FALSE;
        }
      done += r;
    }
  return check_cancelled (self, cancellable, error);
}

gboolean
awc_atomic_file_commit (AwcAtomicFile  *self,
                        GCancellable   *cancellable,
                        GError        **error)
{
  int saved;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  if (!check_cancelled (self, cancellable, error))
    return FALSE;
  if ((self->keep_mode && fchmod (self->fd, self->mode) != 0)
      || fsync (self->fd) != 0)
    goto fail;
  saved = close (self->fd);
  self->fd = -1;
  if (saved != 0)
    goto fail;
  /* The last point where an interruption still keeps the old file. */
  if (!check_cancelled (self, cancellable, error))
    return FALSE;
  if (g_rename (self->tmp, self->path) != 0)
    goto fail;

  g_clear_pointer (&self->tmp, g_free);
  return TRUE;

fail:
  saved = errno;
  discard (self);
  set_errno_error (self, saved, error);
  return FALSE;
}

const char *
awc_atomic_file_get_temp_path (AwcAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tmp;
}

void
awc_atomic_file_free (AwcAtomicFile *self)
{
  if (self == NULL)
    return;

  discard (self);
  g_free (self->path);
  g_free (self->display);
  g_free (self);
}

gboolean
awc_atomic_file_set_contents (const char          *path,
                              const void          *data,
                              gsize                len,
                              AwcAtomicFileFlags   flags,
                              GCancellable        *cancellable,
                              GError             **error)
{
  g_autoptr(AwcAtomicFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if ((file = awc_atomic_file_new (path, flags, error)) == NULL)
    return FALSE;
  return awc_atomic_file_write (file, data, len, cancellable, error)
         && awc_atomic_file_commit (file, cancellable, error);
}
