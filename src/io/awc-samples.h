/* awc-samples.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

/* The bundled sample reports (resources/samples/NAME.json, compiled into
 * the program's resources), named without ".json".  Everything that opens
 * a sample (--demo, demo:NAME, "Open Sample", the tests) goes through
 * these functions, so the resource path is spelled only in awc-samples.c.
 * A loaded sample's source is "NAME.json". */

/* What `--demo` opens without a name. */
#define AWC_SAMPLE_DEFAULT "ramp-up"

/* The names, the default first, then alphabetical. */
GStrv      awc_sample_list_names  (void);
/* The sample's JSON body.  An unknown name (or one with a '/') fails with
 * G_IO_ERROR_NOT_FOUND: "Unknown sample “NAME”; available samples: …". */
GBytes    *awc_sample_dup_bytes   (const char           *name,
                                   GError              **error);
AwcReport *awc_sample_load        (const char           *name,
                                   GCancellable         *cancellable,
                                   GError              **error);
/* Parses in a GTask thread. */
void       awc_sample_load_async  (const char           *name,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
AwcReport *awc_sample_load_finish (GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
