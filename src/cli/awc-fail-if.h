/* awc-fail-if.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "model/awc-delta.h"

G_BEGIN_DECLS

/* `--fail-if EXPR`: thresholds on a comparison for CI gates.  The grammar
 * is documented in awc-fail-if.c and docs/compare.md. */

#define AWC_FAIL_IF_ERROR (awc_fail_if_error_quark ())

typedef enum
{
  AWC_FAIL_IF_ERROR_PARSE,   /* the message names the bad token */
} AwcFailIfError;

typedef struct _AwcFailIf AwcFailIf;

GQuark     awc_fail_if_error_quark (void);

AwcFailIf *awc_fail_if_parse       (const char       *expr,
                                    GError          **error);
void       awc_fail_if_free        (AwcFailIf        *self);
guint      awc_fail_if_get_n_rules (AwcFailIf        *self);
/* The rule as written, trimmed ("p90>+10%"). */
const char *awc_fail_if_get_rule   (AwcFailIf        *self,
                                    guint             index);

/* TRUE when at least one rule breaks.  @broken (optional) receives one
 * line per broken rule, @skipped one per rule that could not be evaluated
 * because a run lacks the metric (skipped rules do not break).  Both are
 * (transfer full) arrays of strings. */
gboolean   awc_fail_if_evaluate    (AwcFailIf        *self,
                                    AwcDeltaSummary  *summary,
                                    GPtrArray       **broken,
                                    GPtrArray       **skipped);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcFailIf, awc_fail_if_free)

G_END_DECLS
