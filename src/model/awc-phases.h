/* awc-phases.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-run-data.h"

G_BEGIN_DECLS

/* The load phases of a run, found on the virtual-users curve (the load
 * setting): see awc-phases.c and docs/insights.md for the method. */

typedef enum
{
  AWC_PHASE_RAMP_UP,
  AWC_PHASE_STEADY,
  AWC_PHASE_RAMP_DOWN,
} AwcPhaseKind;

typedef struct
{
  AwcPhaseKind kind;
  guint        start;        /* samples [start, end) */
  guint        end;
  guint        settled;      /* steady: the first sample after the warm-up; else start */
  double       t_start;      /* seconds: the first sample's time */
  double       t_end;        /* seconds: the last sample's time + 1 s */
  double       t_settled;
  double       vusers;       /* steady: its level; ramps: the level reached at the end */
  /* Over [settled, end); the bounds are a 95 % interval (batch means) for
   * steady phases and NaN for ramps or too few samples. */
  double       tps, tps_lo, tps_hi;
  double       rt_ms, rt_lo, rt_hi;     /* TPS-weighted: the mean of all responses */
  double       error_pct, error_lo, error_hi;
} AwcPhase;

const char *awc_phase_kind_to_string (AwcPhaseKind      kind);
/* Translated: "Ramp-up", "Steady", "Ramp-down". */
const char *awc_phase_kind_to_title  (AwcPhaseKind      kind);

/* The phases of @data in time order (an array of AwcPhase, empty when the
 * run has no virtual users or none above zero). */
GArray     *awc_phases_detect        (const AwcRunData *data);

G_END_DECLS
