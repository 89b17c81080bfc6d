/* awc-plateau.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-report.h"

G_BEGIN_DECLS

#define AWC_PLATEAU_ERROR (awc_plateau_error_quark ())

typedef enum
{
  AWC_PLATEAU_ERROR_NO_SERIES,   /* neither virtual users nor TPS */
  AWC_PLATEAU_ERROR_TOO_SHORT,   /* fewer samples than the smoothing needs */
  AWC_PLATEAU_ERROR_NO_LOAD,     /* the curve never rises above zero */
  AWC_PLATEAU_ERROR_NOT_STEADY,  /* the curve never holds its level long enough */
} AwcPlateauError;

/* Tuning; awc_plateau_params_init() gives the defaults in brackets. */
typedef struct
{
  guint  median_window;   /* running-median width in samples, odd [9] */
  double high_quantile;   /* "sustained maximum" = this quantile of the smoothed curve [0.95] */
  double threshold;       /* steady = smoothed >= threshold * sustained maximum [0.95] */
  double min_hold_s;      /* must stay steady this long; capped at a fifth of the run [30] */
} AwcPlateauParams;

/* The steady phase: samples [start, end) of the report. */
typedef struct
{
  guint       start;
  guint       end;            /* exclusive; the first sample of the ramp-down (or n) */
  double      level;          /* the sustained maximum of the smoothed curve */
  const char *series_id;      /* the curve used (static string) */
  gboolean    fallback;       /* TRUE: TPS was used, the report has no virtual users */
} AwcPlateau;

GQuark   awc_plateau_error_quark   (void);
void     awc_plateau_params_init   (AwcPlateauParams       *params);

/* On the virtual-users curve of @report, or TPS when there is none.
 * @params may be NULL for the defaults.  FALSE with a reason otherwise. */
gboolean awc_plateau_detect        (AwcReport              *report,
                                    const AwcPlateauParams *params,
                                    AwcPlateau             *out,
                                    GError                **error);
/* The same on raw arrays (@t seconds, sorted; NaN in @v marks a gap). */
gboolean awc_plateau_detect_values (const double           *t,
                                    const double           *v,
                                    guint                   n,
                                    const AwcPlateauParams *params,
                                    AwcPlateau             *out,
                                    GError                **error);

G_END_DECLS
