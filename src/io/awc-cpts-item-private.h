/* awc-cpts-item-private.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Property plumbing shared by the CodeArts PerfTest list items (project,
 * task, run, case).  They are immutable: every property is construct-only,
 * and their string properties live in a `char *strings[]` indexed by
 * property id (index 0, PROP_0, stays NULL), so one helper reads, writes
 * and frees them all. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define AWC_CPTS_ITEM_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A construct-only string property with a NULL default. */
GParamSpec *_awc_cpts_item_param_string (const char    *name);

/* FALSE when @prop_id is not below @n_strings (not a string property). */
gboolean    _awc_cpts_item_get_string   (char * const  *strings,
                                         guint          n_strings,
                                         guint          prop_id,
                                         GValue        *value);
gboolean    _awc_cpts_item_set_string   (char         **strings,
                                         guint          n_strings,
                                         guint          prop_id,
                                         const GValue  *value);
void        _awc_cpts_item_free_strings (char         **strings,
                                         guint          n_strings);

G_END_DECLS
