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

/* Makes @text safe to print on a terminal or show in a label: C0 and C1
 * control characters and DEL become visible escapes (\e, \n, \t, \r,
 * \xNN, \u{NN}) and bytes that are not UTF-8 become \xNN, so the result
 * is one line of valid UTF-8.  Backslashes are kept as they are, which
 * makes escaping twice the same as escaping once.  @len may be -1. */
void     awc_escape_text_append (GString    *out,
                                 const char *text,
                                 gssize      len);
char    *awc_escape_text        (const char *text);

/* Columns @text takes on a terminal: East Asian wide characters (Chinese
 * labels, names from the server) take two, combining marks none.  For
 * aligning text tables in any language. */
gsize    awc_text_width         (const char *text);

G_END_DECLS
