/* awc-comparison-window.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  AWC_SIDE_A,
  AWC_SIDE_B,
} AwcSide;

/* Where the delta window came from. */
typedef enum
{
  AWC_WINDOW_STEADY,      /* default: each run's own steady phase */
  AWC_WINDOW_USER,        /* window-start/end, in A-elapsed seconds */
  AWC_WINDOW_WHOLE_RUN,   /* default, but a steady phase was not found */
} AwcWindowSource;

/* The window resolved to samples on each side: [first, last). */
typedef struct
{
  AwcWindowSource source;
  guint           first[2];
  guint           last[2];
  /* The same in A-elapsed seconds (B shifted by the offset). */
  double          start[2];
  double          end[2];
  /* Why a steady phase was not found, or NULL (static or owned by the
   * comparison; valid until the next change). */
  const char     *note[2];
} AwcComparisonWindow;

G_END_DECLS
