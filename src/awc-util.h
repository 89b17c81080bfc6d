/* awc-util.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Same contract as GLib 2.76's g_set_str(), which the 2.74 floor lacks. */
gboolean awc_set_str (char       **str_pointer,
                      const char  *new_str);

/* The first index in the sorted @values[0..n) whose value is >= @value
 * (n when there is none): a binary search. */
guint    awc_lower_bound (const double *values,
                          guint         n,
                          double        value);

G_END_DECLS
