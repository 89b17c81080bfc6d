/* awc-minmax-pyramid.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Level k holds the min and max of each block of 2^k samples (level 0 is
 * the data itself and is not stored), so any range query costs
 * O(log n) and any zoom draws from O(width) summaries.  NaN samples are
 * gaps and are ignored; a block of gaps only has NaN min/max.
 * @values is borrowed and must outlive the pyramid (the series owns both). */
typedef struct _AwcMinMaxPyramid AwcMinMaxPyramid;

AwcMinMaxPyramid *awc_minmax_pyramid_new          (const double           *values,
                                                   guint                   n_values);
void              awc_minmax_pyramid_free         (AwcMinMaxPyramid       *self);
guint             awc_minmax_pyramid_get_n_levels (const AwcMinMaxPyramid *self);
/* Blocks of 2^level samples; level >= 1. Returns the number of blocks. */
guint             awc_minmax_pyramid_get_level    (const AwcMinMaxPyramid *self,
                                                   guint                   level,
                                                   const double          **mins,
                                                   const double          **maxs);
/* Min/max over values[first, last) ignoring NaN; FALSE if no finite value. */
gboolean          awc_minmax_pyramid_query        (const AwcMinMaxPyramid *self,
                                                   guint                   first,
                                                   guint                   last,
                                                   double                 *min,
                                                   double                 *max);
gsize             awc_minmax_pyramid_get_size     (const AwcMinMaxPyramid *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcMinMaxPyramid, awc_minmax_pyramid_free)

G_END_DECLS
