/* awc-threshold.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "awc-units.h"

G_BEGIN_DECLS

/* A threshold rule "SERIES<=VALUE" or "SERIES>=VALUE" (`--threshold`, the
 * series row's "Set threshold…"): a horizontal line on that series'
 * panel.  VALUE takes the units --summary prints ("500ms", "1s",
 * "200/s", "2 MB/s", "1%"); it is checked against the series' unit when
 * the rule is applied, see awc_threshold_resolve(). */

#define AWC_THRESHOLD_ERROR (awc_threshold_error_quark ())

typedef enum
{
  AWC_THRESHOLD_ERROR_PARSE,   /* the message names the bad part */
  AWC_THRESHOLD_ERROR_UNIT,    /* the unit does not fit the series */
} AwcThresholdError;

typedef enum
{
  AWC_THRESHOLD_LE,            /* <= : the series should stay at or below */
  AWC_THRESHOLD_GE,            /* >= : … at or above */
} AwcThresholdOp;

typedef struct
{
  char           *series;      /* full id or bare key, as written */
  AwcThresholdOp  op;
  double          number;      /* as written, before the unit */
  char           *unit;        /* as written, "" when none */
} AwcThreshold;

GQuark        awc_threshold_error_quark (void);

AwcThreshold *awc_threshold_new         (const char          *series,
                                         AwcThresholdOp       op,
                                         double               number,
                                         const char          *unit);
/* Messages look like "--threshold 'tps<=x': bad value 'x'". */
AwcThreshold *awc_threshold_parse       (const char          *text,
                                         GError             **error);
void          awc_threshold_free        (AwcThreshold        *self);
AwcThreshold *awc_threshold_copy        (const AwcThreshold  *self);
/* "tps<=500ms": parses back to the same rule. */
char         *awc_threshold_format      (const AwcThreshold  *self);
/* The value in @unit's own scale (ms, B/s, /s …); FALSE with
 * AWC_THRESHOLD_ERROR_UNIT when the written unit does not fit. */
gboolean      awc_threshold_resolve     (const AwcThreshold  *self,
                                         AwcUnit              unit,
                                         double              *value,
                                         GError             **error);
/* "≤ 500 ms": the label drawn at the line's right end. */
char         *awc_threshold_format_label (AwcThresholdOp      op,
                                          AwcUnit             unit,
                                          double              value);
const char   *awc_threshold_op_to_string (AwcThresholdOp      op);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcThreshold, awc_threshold_free)

G_END_DECLS
