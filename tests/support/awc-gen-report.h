/* awc-gen-report.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deterministic CPTS chart bodies for samples, tests and the benchmark. */
typedef struct
{
  guint    n_points;        /* samples, one per second */
  guint32  seed;            /* for the noise; same seed, same bytes */
  gboolean epoch_ms;        /* integer epoch-ms timestamps instead of strings */
} AwcGenParams;

/* The bundled "ramp-up" sample: a 30-minute test, one sample per second. */
#define AWC_GEN_DEFAULT_POINTS 1800
#define AWC_GEN_DEFAULT_SEED   20260302u

void     awc_gen_params_init   (AwcGenParams       *params);
/* The full response body as JSON text.  Any n_points gives the same
 * "ramp-up" shape (stretched), starting at 2026-03-02 09:00:00. */
GString *awc_gen_report_json   (const AwcGenParams *params);
/* The same as bytes (transfer full). */
GBytes  *awc_gen_report_bytes  (const AwcGenParams *params);

G_END_DECLS
