/* awc-atomic-file.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The one way the program writes a file: into a temporary file beside the
 * target (".awchart-XXXXXX"), flushed to disk and renamed over the target
 * only when complete, so a reader never sees half a file and a failure or
 * a cancellation leaves the old file as it was and no temporary behind.
 *
 * A file that is replaced keeps its permissions.  A new file gets the
 * umask's default, or 0600 with AWC_ATOMIC_FILE_PRIVATE (for data that may
 * hold internal names, such as a fetched report).
 *
 * Errors are G_IO_ERROR and read "TARGET: reason", with the target as the
 * caller gave it (control characters escaped), never the temporary name. */
typedef enum
{
  AWC_ATOMIC_FILE_DEFAULT = 0,
  AWC_ATOMIC_FILE_PRIVATE = 1 << 0,
} AwcAtomicFileFlags;

typedef struct _AwcAtomicFile AwcAtomicFile;

/* Creates the temporary file; NULL and an error if the folder cannot
 * take it. */
AwcAtomicFile *awc_atomic_file_new          (const char          *path,
                                             AwcAtomicFileFlags   flags,
                                             GError             **error);
/* Appends @data, checking @cancellable between chunks.  On failure or
 * cancellation the temporary file is removed at once. */
gboolean       awc_atomic_file_write        (AwcAtomicFile       *self,
                                             const void          *data,
                                             gsize                len,
                                             GCancellable        *cancellable,
                                             GError             **error);
/* Syncs, sets the mode and renames over the target. */
gboolean       awc_atomic_file_commit       (AwcAtomicFile       *self,
                                             GCancellable        *cancellable,
                                             GError             **error);
/* The temporary file's path (for tests), NULL once it is gone. */
const char    *awc_atomic_file_get_temp_path (AwcAtomicFile      *self);
/* Removes the temporary file unless committed. */
void           awc_atomic_file_free         (AwcAtomicFile       *self);

/* The whole of @data in one call: new + write + commit. */
gboolean       awc_atomic_file_set_contents (const char          *path,
                                             const void          *data,
                                             gsize                len,
                                             AwcAtomicFileFlags   flags,
                                             GCancellable        *cancellable,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcAtomicFile, awc_atomic_file_free)

G_END_DECLS
