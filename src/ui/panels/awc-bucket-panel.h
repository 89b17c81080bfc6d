/* awc-bucket-panel.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-report.h"

G_BEGIN_DECLS

#define AWC_TYPE_BUCKET_PANEL (awc_bucket_panel_get_type ())
G_DECLARE_FINAL_TYPE (AwcBucketPanel, awc_bucket_panel, AWC, BUCKET_PANEL, GtkWidget)

/* Property: report (AwcReport*). Shows the percentile estimates, the
 * loader's warnings and a GtkColumnView of the buckets with a total row. */
GtkWidget *awc_bucket_panel_new        (void);
AwcReport *awc_bucket_panel_get_report (AwcBucketPanel *self);
void       awc_bucket_panel_set_report (AwcBucketPanel *self,
                                        AwcReport      *report);

G_END_DECLS
