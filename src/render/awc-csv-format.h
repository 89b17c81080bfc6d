/* awc-csv-format.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The CSV's cells, formatted without printf per cell (which made a
 * 2-million-row export take many times longer than a PNG).
 *
 * awc_csv_format_value(): the shortest of %.15g, %.16g, %.17g (C locale)
 * that reads back as the same double, so values round-trip exactly.
 * Most values (counts, a few decimals) are written digit by digit; the
 * rest go through g_ascii_formatd().  @buf holds G_ASCII_DTOSTR_BUF_SIZE. */
const char *awc_csv_format_value (char   *buf,
                                  double  v);

/* Formats the CSV time column fast: one zone for the whole export and its
 * offset worked out once per stretch between two zone transitions, not a
 * GDateTime (and a look at /etc/localtime) per row.  The text equals
 * g_date_time_format() of the time in that zone, as
 * awc_report_format_time() gives it:
 *   wall clock  "%Y-%m-%d %H:%M:%S"
 *   epoch       "%Y-%m-%dT%H:%M:%S%:z", or "…%S.%f%:z" with a fraction
 * and "—" for a time that has no date. */
typedef struct _AwcCsvTime AwcCsvTime;

AwcCsvTime *awc_csv_time_new    (GTimeZone  *zone,
                                 gboolean    wall_clock);
void        awc_csv_time_free   (AwcCsvTime *self);
void        awc_csv_time_append (AwcCsvTime *self,
                                 GString    *out,
                                 double      t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcCsvTime, awc_csv_time_free)

G_END_DECLS
