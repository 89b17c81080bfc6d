/* awc-minmax-pyramid.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Level k holds the min and max of each block of 2^k samples, so any
 * range query costs O(log n + 2^base) and any zoom draws from O(width)
 * summaries.  Only levels from the base level up are stored (blocks of
 * 2^base samples, see awc_minmax_pyramid_get_base_level()): the
 * summaries then cost a small fraction of the values, and queries scan
 * the few raw samples at the ends of a range.  NaN samples are gaps and
 * are ignored; a block of gaps only has NaN min/max.
 * @values is borrowed and must outlive the pyramid (the series owns both). */
typedef struct _AwcMinMaxPyramid AwcMinMaxPyramid;

AwcMinMaxPyramid *awc_minmax_pyramid_new            (const double           *values,
                                                     guint                   n_values);
void              awc_minmax_pyramid_free           (AwcMinMaxPyramid       *self);
/* The top level: the smallest k with 2^k ≥ n (0 for n ≤ 1). */
guint             awc_minmax_pyramid_get_n_levels   (const AwcMinMaxPyramid *self);
/* The lowest stored level (blocks of 2^base samples), 5 for every
 * pyramid from awc_minmax_pyramid_new().  A pyramid whose top level is
 * below it stores no level: its queries scan the few values. */
guint             awc_minmax_pyramid_get_base_level (const AwcMinMaxPyramid *self);
/* Blocks of 2^level samples, base level ≤ level ≤ n_levels; the last
 * block of a level may be partial.  Returns the number of blocks.  A
 * level below the base level (or above the top) is not stored: returns 0
 * and sets @mins and @maxs to NULL; scan the values instead. */
guint             awc_minmax_pyramid_get_level      (const AwcMinMaxPyramid *self,
                                                     guint                   level,
                                                     const double          **mins,
                                                     const double          **maxs);
/* Min/max over values[first, last) ignoring NaN; FALSE if no finite value.
 * Exact: equal to a scan of the values. */
gboolean          awc_minmax_pyramid_query          (const AwcMinMaxPyramid *self,
                                                     guint                   first,
                                                     guint                   last,
                                                     double                 *min,
                                                     double                 *max);
/* Bytes of all summaries: the min/max levels and the per-block sums and
 * counts behind range means (not the borrowed values). */
gsize             awc_minmax_pyramid_get_size       (const AwcMinMaxPyramid *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcMinMaxPyramid, awc_minmax_pyramid_free)

G_END_DECLS
