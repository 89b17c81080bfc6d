/* awc-report-range.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-report.h"

G_BEGIN_DECLS

/* The zone the report's times are shown in (UTC for wall-clock strings,
 * else local), for reading times the user types as they are shown. */
GTimeZone *awc_report_dup_display_zone   (AwcReport  *self);
/* "2024-05-01 10:01:30 – 10:05:00 (3m30s)": a time range as the report
 * shows times (the end's date only when it differs), with its length.
 * NaN, NaN is the whole run. */
char      *awc_report_format_range       (AwcReport  *self,
                                          double      start,
                                          double      end);
/* The line exports carry: the report's name, the run's date and span
 * and, when [@start, @end] is narrower than the run, that range.  One
 * line, no control characters. */
char      *awc_report_dup_export_header  (AwcReport  *self,
                                          double      start,
                                          double      end);

G_END_DECLS
