/* awc-cli-mock-fixture.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built awchart ($AWCHART) run as a subprocess against the in-process
 * mock CodeArts PerfTest server, shared by the remote and list CLI tests:
 * credentials that must never show up in output, a temporary folder and
 * the last run's exit status and output. */
#pragma once

#include <gio/gio.h>

#include "awc-mock-cpts.h"

G_BEGIN_DECLS

#define AK    "QTWAOYTTINDUT2QVKYUC"
#define SK    "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID   "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
#define TOKEN "MIIZ-iam-token-abcdef0123456789"

typedef struct
{
  AwcMockCpts *mock;
  char        *dir;
  char        *out;
  int          status;
  char        *out_text;
  char        *err_text;
} Fixture;

void     cli_fixture_setup    (Fixture            *f,
                               gconstpointer       data);
void     cli_fixture_teardown (Fixture            *f,
                               gconstpointer       data);
/* Runs awchart with @argv (NULL-terminated, after the program) while the
 * mock serves from this thread's main context.  @env: extra NAME=VALUE. */
void     run_awchart          (Fixture            *f,
                               const char * const *env,
                               const char * const *argv);
/* FALSE (and the test skipped) when $AWCHART is not built. */
gboolean have_awchart         (void);

G_END_DECLS
