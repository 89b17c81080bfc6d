/* awc-catalog.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "awc-units.h"

G_BEGIN_DECLS

/* One row per series key the CPTS chart API is known to send.  Titles are
 * N_() strings: translate with _() when shown. */
typedef struct
{
  const char *id;              /* JSON key path, e.g. "tps_brokens.tps" */
  const char *group;           /* panel id, e.g. "throughput" */
  const char *title;
  AwcUnit     unit;
  gboolean    default_visible;
} AwcCatalogEntry;

typedef struct
{
  const char *id;
  const char *title;
  guint       order;           /* panels are stacked in this order */
} AwcCatalogGroup;

/* Panel for series of performance_load and for unknown groups. */
#define AWC_CATALOG_GROUP_EXPECTED_LOAD "expected-load"

const AwcCatalogEntry *awc_catalog_lookup          (const char *id);
const AwcCatalogGroup *awc_catalog_lookup_group    (const char *group_id);
guint                  awc_catalog_get_n_entries   (void);
const AwcCatalogEntry *awc_catalog_get_entry       (guint       position);
/* Order of an entry within the whole catalog; G_MAXUINT for unknown ids. */
guint                  awc_catalog_get_entry_order (const char *id);

G_END_DECLS
