/* awc-connect-dialog.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "io/awc-remote-source.h"

G_BEGIN_DECLS

/* The Connect dialog: a modal window that asks for a CodeArts PerfTest
 * region or endpoint, project ID and credentials (AK/SK or token, from the
 * environment or the keyring when available), then browses project → task
 * → report → case/AW and fetches a chart.  Non-secret fields are
 * remembered in GSettings; secrets only in the keyring, when asked.
 *
 * Signal report-fetched (AwcReport *report, AwcRemoteSource *source):
 * a chart arrived; the dialog closes right after.  Show it with
 * report as the data and source for the title, Reload and "Save report
 * as…".
 *
 * Property use-keyring (construct-only, default TRUE): look credentials
 * up in and store them to the keyring; tests turn it off. */
#define AWC_TYPE_CONNECT_DIALOG (awc_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AwcConnectDialog, awc_connect_dialog, AWC, CONNECT_DIALOG, GtkWindow)

AwcConnectDialog *awc_connect_dialog_new (GtkWindow *parent);

G_END_DECLS
