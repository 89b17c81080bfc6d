/* awc-cpts-browser.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "io/awc-remote-source.h"
#include "io/awc-cpts-client.h"

G_BEGIN_DECLS

/* The browse pane of the Connect dialog: project → task → report →
 * case/AW columns filled by the client's list calls, a task run ID entry
 * that lists a report's cases directly, and explicit case run and detail
 * IDs.  One request runs at a time; a new one cancels the last.
 *
 * Properties: client, busy (read-only), status (read-only, what runs).
 * Signals: failed (GError *error, its message is one sentence for the
 * banner), connected (the first answer with the current client succeeded),
 * report-fetched (AwcReport *, AwcRemoteSource *). */
#define AWC_TYPE_CPTS_BROWSER (awc_cpts_browser_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsBrowser, awc_cpts_browser, AWC, CPTS_BROWSER, GtkWidget)

AwcCptsBrowser *awc_cpts_browser_new        (void);
AwcCptsClient  *awc_cpts_browser_get_client (AwcCptsBrowser *self);
/* Clears the columns, cancels what runs and, with a client, lists its
 * projects. */
void            awc_cpts_browser_set_client (AwcCptsBrowser *self,
                                             AwcCptsClient  *client);
/* TRUE once an answer with the current client succeeded. */
gboolean        awc_cpts_browser_get_connected (AwcCptsBrowser *self);
gboolean        awc_cpts_browser_get_busy   (AwcCptsBrowser *self);
const char     *awc_cpts_browser_get_status (AwcCptsBrowser *self);
void            awc_cpts_browser_cancel     (AwcCptsBrowser *self);

G_END_DECLS
