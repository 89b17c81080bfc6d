/* awc-time-range-spec.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The START..END notation of --range, and the compact durations it
 * shares with the windows ("90s", "5m", "1h2m").  Pure GLib. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define AWC_TIME_RANGE_SPEC_ERROR (awc_time_range_spec_error_quark ())

typedef enum
{
  AWC_TIME_RANGE_SPEC_ERROR_SYNTAX,    /* not START..END, or a side unreadable */
  AWC_TIME_RANGE_SPEC_ERROR_EMPTY,     /* the end is not after the start */
  AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE,   /* no part of it lies in the run */
} AwcTimeRangeSpecError;

GQuark   awc_time_range_spec_error_quark (void);

/* Parses @spec, "START..END", against a run from @run_start to @run_end
 * (seconds since the epoch).  Each side is empty (the run's start or
 * end), an elapsed time since the run's start ("90s", "5m", "1h2m3s",
 * plain seconds "90" or "1.5"), or a wall-clock time as the report shows
 * it: "2024-05-01 10:00:00" (also with a "T"), or "10:00:00" / "10:00"
 * on the run's day (the next day when that is before the run and the
 * next day's falls inside it).  Wall-clock times are read in @zone (the
 * report's display zone; NULL = UTC).  On success *@start and *@end are
 * clamped to the run.  The error message is one short line. */
gboolean awc_time_range_spec_parse       (const char  *spec,
                                          double       run_start,
                                          double       run_end,
                                          GTimeZone   *zone,
                                          double      *start,
                                          double      *end,
                                          GError     **error);

/* One side alone: elapsed seconds since @run_start or, for a wall-clock
 * time, the absolute time (see above); FALSE when unreadable. */
gboolean awc_time_range_spec_parse_point (const char  *text,
                                          double       run_start,
                                          double       run_end,
                                          GTimeZone   *zone,
                                          double      *t);

/* "3m30s", "1h2m", "45s", "1d2h" (whole seconds, rounded); "0s" for
 * zero; "—" for NaN or a negative value.  Parses back with the above. */
char    *awc_time_range_format_duration  (double       seconds);

G_END_DECLS
