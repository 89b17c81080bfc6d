/* awc-units.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The API documents no units; the catalog (awc-catalog.c) decides which
 * series carries which unit, these functions only format. */
typedef enum
{
  AWC_UNIT_COUNT,             /* plain number per sample */
  AWC_UNIT_PER_SECOND,        /* transactions per second */
  AWC_UNIT_MILLISECONDS,      /* response time */
  AWC_UNIT_BYTES_PER_SECOND,  /* bandwidth */
  AWC_UNIT_USERS,             /* virtual users */
  AWC_UNIT_PACKETS_PER_SECOND,
  AWC_UNIT_PERCENT,           /* a share in percent (0…100), e.g. the error rate */
} AwcUnit;

#define AWC_TYPE_UNIT (awc_unit_get_type ())
GType       awc_unit_get_type        (void) G_GNUC_CONST;

/* Short symbol for axis titles and CSV headers: "ms", "B/s", "/s", "%", "" */
const char *awc_unit_get_symbol      (AwcUnit unit);
/* Stable machine name used in JSON output: "count", "ms", "bytes/s", … */
const char *awc_unit_to_string       (AwcUnit unit);

/* A value with its unit for readouts: "1.2 kB/s", "250 ms", "1.25 s",
 * "48.5 /s", "12 users"; NaN gives "—". */
char       *awc_unit_format_value    (AwcUnit unit,
                                      double  value);
/* An axis tick label; @step is the tick spacing so labels show just the
 * digits the step needs ("0.5 s", "1 s", "1.5 s"). */
char       *awc_unit_format_tick     (AwcUnit unit,
                                      double  value,
                                      double  step);

/* "1,378,960": digits grouped by three with @separator (NULL = ","),
 * so long request counts stay readable. */
char       *awc_format_count         (guint64     count,
                                      const char *separator);

G_END_DECLS
