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

void     awc_gen_params_init   (AwcGenParams       *params);
/* The full response body as JSON text. */
GString *awc_gen_report_json   (const AwcGenParams *params);

G_END_DECLS
