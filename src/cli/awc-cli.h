/* awc-cli.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for a headless command (--export, --summary,
 * --fetch, --list-cases): those run without gtk_init and need no display. */
gboolean awc_cli_wants_headless (int    argc,
                                 char **argv);
/* Runs a headless command; returns the process exit status
 * (0 ok, 1 failure, 2 usage, 3 a --fail-if threshold was broken). */
int      awc_cli_run            (int    argc,
                                 char **argv);

G_END_DECLS
