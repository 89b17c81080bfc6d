/* gtk-test-loop.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Main-loop helpers shared by the GUI tests: wait for a condition instead
 * of guessing a delay, or let a few frames pass. */
#pragma once

#include <glib.h>

typedef gboolean (*Condition) (gpointer data);

/* Spins the main loop until @condition holds; fails after 30 s. */
static inline void
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* Lets @ms milliseconds of frames pass so widgets are laid out and drawn. */
static inline void
run_frames (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}
