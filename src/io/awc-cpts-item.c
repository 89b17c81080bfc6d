/* awc-cpts-item.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-item-private.h"

GParamSpec *
_awc_cpts_item_param_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, AWC_CPTS_ITEM_PARAM_FLAGS);
}

gboolean
_awc_cpts_item_get_string (char * const *strings,
                           guint         n_strings,
                           guint         prop_id,
                           GValue       *value)
{
  if (prop_id == 0 || prop_id >= n_strings)
    return FALSE;
  g_value_set_string (value, strings[prop_id]);
  return TRUE;
}

/* Construct-only: set once, so there is nothing to notify. */
gboolean
_awc_cpts_item_set_string (char         **strings,
                           guint          n_strings,
                           guint          prop_id,
                           const GValue  *value)
{
  if (prop_id == 0 || prop_id >= n_strings)
    return FALSE;
  g_free (strings[prop_id]);
  strings[prop_id] = g_value_dup_string (value);
  return TRUE;
}

void
_awc_cpts_item_free_strings (char  **strings,
                             guint   n_strings)
{
  for (guint i = 0; i < n_strings; i++)
    g_clear_pointer (&strings[i], g_free);
}
