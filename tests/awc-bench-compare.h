/* awc-bench-compare.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints the compare window's figures on two day-long runs (median of
 * @repeat windows), or that they were skipped without a display. */
void awc_bench_compare_window (int repeat);

G_END_DECLS
