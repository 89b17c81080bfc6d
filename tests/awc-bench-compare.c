/* awc-bench-compare.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compare window on two day-long runs (86,400 points each): its first
 * layout and its cursor steps, as a user meets them.  These were time
 * budgets in test-compare-window.c, where a busy machine made them fail;
 * here they are figures (docs/performance.md).
 *
 * It needs a display: `meson test --benchmark` runs under the xvfb setup;
 * without one this part prints that it was skipped. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "awc-bench-compare.h"
#include "awc-test-util.h"
#include "compare-fixtures.h"
#include "ui/compare/awc-compare-view.h"
#include "ui/compare/awc-compare-window-private.h"

#define DAY_POINTS    86400
#define WINDOW_WIDTH  1280
#define WINDOW_HEIGHT 800
#define CURSOR_STEPS  50
#define STEP_SAMPLES  60
/* The action behind Right/Left in the compare view: one step of N samples. */
#define CURSOR_ACTION "compare.cursor-move"
/* Not a budget: a broken build should end the benchmark, not hang it. */
#define HANG_GUARD_S  120

typedef struct
{
  double first_layout_ms;   /* new window → plots rendered and painted */
  double first_longest_ms;  /* longest main-loop iteration meanwhile */
  double step_ms;           /* median cursor step, action to painted frame */
  double step_max_ms;
} CompareRun;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The median over @n runs of the double at @offset in CompareRun. */
static double
median_field (const CompareRun *runs,
              guint             n,
              gsize             offset)
{
  double v[16];

  for (guint k = 0; k < n; k++)
    v[k] = G_STRUCT_MEMBER (double, &runs[k], offset);
  return awc_test_median (v, n);
}

static AwcReport *
day_run (gboolean b)
{
  CfRun run;

  cf_run_init (&run);
  run.n = DAY_POINTS;
  run.ramp_s = 3600;
  run.down_s = DAY_POINTS - 3600;
  run.title = b ? "Day B" : "Day A";
  if (b)
    {
      run.seed = 3;
      run.tps = 190;
    }
  return cf_make_report (&run);
}

static gboolean
settled (AwcCompareWindow *window,
         gboolean          painted)
{
  return painted && awc_test_compare_window_settled (window);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until @window has painted a frame after @since
 * (and, with @until_settled, until its plots are rendered).  Returns the
 * longest single iteration in ms; FALSE in *ok after the hang guard. */
static double
run_until_painted (AwcCompareWindow *window,
                   gboolean         *painted,
                   gboolean          until_settled,
                   gboolean         *ok)
{
  double deadline = now_ms () + HANG_GUARD_S * 1000.0;
  double longest = 0;

  while (!(until_settled ? settled (window, *painted) : *painted))
    {
      double before = now_ms ();

      if (before > deadline)
        {
          *ok = FALSE;
          return longest;
        }
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (200);
      longest = MAX (longest, now_ms () - before);
    }
  return longest;
}

static gboolean
measure_once (CompareRun *out)
{
  g_autoptr(AwcReport) a = day_run (FALSE);
  g_autoptr(AwcReport) b = day_run (TRUE);
  AwcCompareWindow *window;
  GdkFrameClock *clock;
  double steps[CURSOR_STEPS];
  gboolean painted = FALSE, ok = TRUE;
  double start;
  gulong id = 0;

  start = now_ms ();
  window = awc_compare_window_new (NULL, a, b);
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  /* The plots are rendered in threads; the window is ready when they are
   * back and a frame showed them. */
  out->first_longest_ms = run_until_painted (window, &painted, TRUE, &ok);
  painted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  run_until_painted (window, &painted, TRUE, &ok);
  out->first_layout_ms = now_ms () - start;

  for (guint i = 0; ok && i < CURSOR_STEPS; i++)
    {
      double before = now_ms ();

      painted = FALSE;
      if (!gtk_widget_activate_action (GTK_WIDGET (_awc_compare_window_get_view (window)),
                                       CURSOR_ACTION, "i", STEP_SAMPLES))
        {
          fprintf (stderr, "awc-bench: the compare view has no action %s\n", CURSOR_ACTION);
          ok = FALSE;
          break;
        }
      run_until_painted (window, &painted, FALSE, &ok);
      steps[i] = now_ms () - before;
    }
  if (ok)
    {
      out->step_ms = awc_test_median (steps, CURSOR_STEPS);
      out->step_max_ms = steps[CURSOR_STEPS - 1];   /* sorted by awc_test_median () */
    }

  g_signal_handler_disconnect (clock, id);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ok;
}

void
awc_bench_compare_window (int repeat)
{
  CompareRun runs[16];
  guint n = 0;

  printf ("\nCompare window, two runs of %u points, %dx%d:\n", DAY_POINTS, WINDOW_WIDTH, WINDOW_HEIGHT);
  if (!gtk_init_check ())
    {
      printf ("skipped: no display (run under `meson test --benchmark`, which uses the xvfb setup)\n");
      fflush (stdout);
      return;
    }

  repeat = CLAMP (repeat, 1, (int) G_N_ELEMENTS (runs));
  for (int k = 0; k < repeat; k++)
    if (measure_once (&runs[n]))
      n++;
  if (n == 0)
    {
      printf ("failed: see the message above\n");
      fflush (stdout);
      return;
    }

#define MEDIAN(field) median_field (runs, n, G_STRUCT_OFFSET (CompareRun, field))
  printf ("| first layout | longest main-loop iteration meanwhile | cursor step | slowest cursor step |\n");
  printf ("|---:|---:|---:|---:|\n");
  printf ("| %.0f ms | %.0f ms | %.2f ms | %.2f ms |\n",
          MEDIAN (first_layout_ms), MEDIAN (first_longest_ms), MEDIAN (step_ms), MEDIAN (step_max_ms));
#undef MEDIAN
  printf ("Median of %u windows. First layout = new window with both runs → plots rendered (threads) "
          "and a frame painted; cursor step = the %s action (%d samples) → the next painted frame, "
          "median and slowest of %d steps.\n",
          n, CURSOR_ACTION, STEP_SAMPLES, CURSOR_STEPS);
  fflush (stdout);
}
