/* awc-mock-stream.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Large answers for the mock CodeArts PerfTest server, written on a
 * connection stolen from a SoupServerMessage as fast as the client reads
 * them, so that a test sees where the client stopped. */

typedef enum
{
  AWC_MOCK_STREAM_CHUNKED,  /* Transfer-Encoding: chunked */
  AWC_MOCK_STREAM_CLOSE,    /* no length: the body ends when the connection closes */
  AWC_MOCK_STREAM_GZIP,     /* gzip-encoded zeros with the compressed Content-Length */
} AwcMockStreamKind;

/* Writes a 200 answer with @size payload bytes (before compression) and
 * closes @stream.  Adds the payload bytes written (compressed for gzip)
 * to *@sent, a g_rc_box the writer holds a reference on.  Stops when the
 * client hangs up or @cancellable is cancelled. */
void awc_mock_stream_start (GIOStream         *stream,
                            AwcMockStreamKind  kind,
                            guint64            size,
                            guint64           *sent,
                            GCancellable      *cancellable);

G_END_DECLS
