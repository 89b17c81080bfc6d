/* awc-connect-fixture.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Connect dialog against the in-process mock server, shared by the
 * dialog and browser tests: credentials that must never show up in logs
 * or settings, a fixture that opens the dialog, and waiting helpers. */
#pragma once

#include <gtk/gtk.h>

#include "awc-mock-cpts.h"
#include "ui/remote/awc-connect-dialog-private.h"

G_BEGIN_DECLS

#define AK    "QTWAOYTTINDUT2QVKYUC"
#define SK    "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define BADSK "not-the-secret-Zq81"
#define STOK  "sts-token-1234567890abcdef"
#define TOKEN "MIIZ-iam-token-abcdef0123456789"
#define PID   "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

typedef struct
{
  AwcMockCpts      *mock;
  AwcConnectDialog *dialog;
  GSettings        *settings;
  AwcReport        *report;
  AwcRemoteSource  *source;
} Fixture;

/* Captures the log from here on; call before g_test_init (). */
void awc_connect_fixture_capture_log (void);

void assert_no_secret               (const char         *text);
void assert_settings_hold_no_secret (GSettings          *settings);
void connect_fixture_setup          (Fixture            *f,
                                     gconstpointer       data);
void connect_fixture_teardown       (Fixture            *f,
                                     gconstpointer       data);
void open_dialog                    (Fixture            *f);
void iterate                        (void);
void wait_idle                      (Fixture            *f);
void fill                           (Fixture            *f,
                                     const char         *auth,
                                     const char         *secret);
guint n_items                       (GtkSingleSelection *selection);
void select_and_wait                (Fixture            *f,
                                     GtkSingleSelection *selection,
                                     guint               position);

G_END_DECLS
