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

/* The derived error rate: failed / all responses per second, in %. */
#define AWC_CATALOG_ERROR_RATE "derived.errorRate"

/* Panel for series of performance_load and for unknown groups. */
#define AWC_CATALOG_GROUP_EXPECTED_LOAD "expected-load"

const AwcCatalogEntry *awc_catalog_lookup          (const char *id);
const AwcCatalogGroup *awc_catalog_lookup_group    (const char *group_id);
guint                  awc_catalog_get_n_entries   (void);
const AwcCatalogEntry *awc_catalog_get_entry       (guint       position);
/* Order of an entry within the whole catalog; G_MAXUINT for unknown ids. */
guint                  awc_catalog_get_entry_order (const char *id);

/* Appends the series the catalog derives from others (the error rate,
 * from the response-code series) to @series, an array of AwcSeries that
 * owns its elements; nothing when the sources are missing. */
void                   awc_catalog_add_derived     (GPtrArray  *series);

G_END_DECLS
