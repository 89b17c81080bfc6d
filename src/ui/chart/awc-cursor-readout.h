/* awc-cursor-readout.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/awc-series.h"

G_BEGIN_DECLS

/* One series of the readout.  Rows of one panel are consecutive; all
 * strings are owned by the row (awc_readout_row_free). */
typedef struct
{
  char    *group;         /* panel id */
  char    *group_title;   /* panel heading */
  char    *title;         /* series name */
  GdkRGBA  color;         /* its line colour */
  char    *value[3];      /* the value with unit; in compare mode A, B and Δ */
  char    *range[2];      /* the pixel column's "min – max" (A, B); NULL = none */
} AwcReadoutRow;

AwcReadoutRow *awc_readout_row_new  (const char *group,
                                     const char *group_title,
                                     const char *title);
void           awc_readout_row_free (AwcReadoutRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcReadoutRow, awc_readout_row_free)

/* The heading of @series' panel: its group title, the catalog's, or the
 * group id; translated and escaped.  (transfer full) */
char          *awc_readout_group_title  (AwcSeries *series);
/* "40 – 52 /s": a min – max with the unit once when both ends share it. */
char          *awc_readout_format_range (AwcUnit unit,
                                         double  min,
                                         double  max);

#define AWC_TYPE_CURSOR_READOUT (awc_cursor_readout_get_type ())
G_DECLARE_FINAL_TYPE (AwcCursorReadout, awc_cursor_readout, AWC, CURSOR_READOUT, GtkWidget)

/* The cursor's time and, per drawn series, its colour, name and value
 * with unit, grouped by panel, in fixed-width columns so nothing moves
 * as the values change: the table is rebuilt only when the series, the
 * mode or the min–max columns change.
 *
 * Properties:
 *   compare      gboolean  columns A, B and Δ instead of one value
 *   show-ranges  gboolean  a "min – max" column (per run in compare
 *                          mode): one pixel column covers many samples
 * CSS name: "cursorreadout". */

GtkWidget *awc_cursor_readout_new             (void);
gboolean   awc_cursor_readout_get_compare     (AwcCursorReadout *self);
void       awc_cursor_readout_set_compare     (AwcCursorReadout *self,
                                               gboolean          compare);
gboolean   awc_cursor_readout_get_show_ranges (AwcCursorReadout *self);
void       awc_cursor_readout_set_show_ranges (AwcCursorReadout *self,
                                               gboolean          show_ranges);
/* The header: @time ("2023-05-04 17:25:14") and @elapsed ("+12:34");
 * NULL @time shows the hint for a missing cursor. */
void       awc_cursor_readout_set_header      (AwcCursorReadout *self,
                                               const char       *time,
                                               const char       *elapsed);
/* @rows: (element-type AwcReadoutRow) (transfer none) */
void       awc_cursor_readout_set_rows        (AwcCursorReadout *self,
                                               GPtrArray        *rows);
guint      awc_cursor_readout_get_n_rows      (AwcCursorReadout *self);
/* The readout as plain text, for tests and assistive technology: the
 * header line, then per panel its heading and one line per series,
 * "\tname\tvalue[\tmin – max]" (compare: A, B, Δ, then the ranges). */
char      *awc_cursor_readout_dup_text        (AwcCursorReadout *self);

G_END_DECLS
