/* awc-minmax-pyramid-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-minmax-pyramid.h"

G_BEGIN_DECLS

/* Index of the last non-NaN sample in [first, last), or -1; O(log² n). */
gint64 _awc_minmax_pyramid_find_last (const AwcMinMaxPyramid *self,
                                      guint                   first,
                                      guint                   last);

G_END_DECLS
