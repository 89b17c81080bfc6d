/* test-events.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events on generated runs: clean runs give (almost) none, injected
 * bursts, spikes and drops are found where they were put, steps are load
 * changes, 1–2 second blips are not events, threshold breaches join. */
#include "config.h"

#include <math.h>

#include "awc-gen-run.h"
#include "model/awc-events.h"
#include "model/awc-phases.h"

#define T0 1700000000.0

static GArray *
detect (AwcRunData *data)
{
  g_autoptr(GArray) phases = awc_phases_detect (data);

  return awc_events_detect (data, phases);
}

static guint
count_kind (GArray       *events,
            AwcEventKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    n += g_array_index (events, AwcEvent, i).kind == kind;
  return n;
}

static const AwcEvent *
find_kind (GArray       *events,
           AwcEventKind  kind)
{
  for (guint i = 0; i < events->len; i++)
    if (g_array_index (events, AwcEvent, i).kind == kind)
      return &g_array_index (events, AwcEvent, i);
  g_assert_not_reached ();
}

static void
test_clean_runs (void)
{
  const AwcGenStep steps[] = { { 100, 60, 3600 } };

  for (guint32 seed = 1; seed <= 6; seed++)
    {
      AwcGenRunParams params;
      g_auto(AwcRunData) data = { 0 };
      g_autoptr(GArray) events = NULL;

      awc_gen_run_params_init (&params);
      params.seed = seed;
      params.ramp_down_s = 60;
      awc_gen_run (&data, steps, 1, &params);
      events = detect (&data);
      /* An hour of 3 % noise: at most a couple of events. */
      g_assert_cmpuint (events->len, <=, 2);
    }
}

static void
test_steps_are_load_changes (void)
{
  const AwcGenStep steps[] = { { 20, 0, 300 }, { 40, 0, 300 }, { 60, 15, 300 }, { 30, 0, 300 } };
  AwcGenRunParams params;
  g_auto(AwcRunData) data = { 0 };
  g_autoptr(GArray) events = NULL;
  const AwcEvent *e;

  awc_gen_run_params_init (&params);
  awc_gen_run (&data, steps, G_N_ELEMENTS (steps), &params);
  events = detect (&data);
  g_assert_cmpuint (count_kind (events, AWC_EVENT_LOAD_CHANGE), ==, 3);
  g_assert_cmpuint (events->len, ==, 3);
  e = &g_array_index (events, AwcEvent, 0);
  g_assert_cmpfloat (fabs (e->t_start - T0 - 300), <=, 1);
  g_assert_cmpfloat (e->baseline, ==, 20);
  g_assert_cmpfloat (e->peak, ==, 40);
  e = &g_array_index (events, AwcEvent, 1);
  g_assert_cmpfloat (fabs (e->t_start - T0 - 600), <=, 1);
  g_assert_cmpfloat (fabs (e->t_end - T0 - 615), <=, 2);
  g_assert_cmpstr (e->series_id, ==, "vusers_brokens.vusers");
}

typedef struct
{
  AwcGenInjection injection;
  double          size;
  AwcEventKind    kind;
  const char     *series;
} InjectCase;

static void
test_injected (void)
{
  static const InjectCase cases[] = {
    { AWC_GEN_ERROR_BURST, 0.2, AWC_EVENT_ERROR_BURST, AWC_EVENTS_ERROR_RATE_ID },
    { AWC_GEN_RT_SPIKE, 3.0, AWC_EVENT_RT_SPIKE, "tps_brokens.average" },
    { AWC_GEN_TPS_DROP, 0.3, AWC_EVENT_TPS_DROP, "tps_brokens.tps" },
  };
  const AwcGenStep steps[] = { { 100, 60, 1800 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      AwcGenRunParams params;
      g_auto(AwcRunData) data = { 0 };
      g_autoptr(GArray) events = NULL;
      const AwcEvent *e;

      awc_gen_run_params_init (&params);
      awc_gen_run (&data, steps, 1, &params);
      awc_gen_run_inject (&data, cases[c].injection, 1000, 20, cases[c].size);
      /* A two-second blip of the same kind is noise, not an event. */
      awc_gen_run_inject (&data, cases[c].injection, 1500, 2, cases[c].size);
      events = detect (&data);
      g_assert_cmpuint (count_kind (events, cases[c].kind), ==, 1);
      e = find_kind (events, cases[c].kind);
      g_assert_cmpstr (e->series_id, ==, cases[c].series);
      g_assert_cmpfloat (fabs (e->t_start - T0 - 1000), <=, 2);
      g_assert_cmpfloat (fabs (e->t_end - T0 - 1020), <=, 2);
      if (cases[c].kind == AWC_EVENT_ERROR_BURST)
        {
          g_assert_cmpfloat (e->peak, >, 15);
          g_assert_cmpfloat (e->baseline, <, 1);
        }
      else if (cases[c].kind == AWC_EVENT_TPS_DROP)
        g_assert_cmpfloat (e->peak, <, 0.5 * e->baseline);
      else
        g_assert_cmpfloat (e->peak, >, 2 * e->baseline);
    }
}

static void
test_breaches (void)
{
  double t[20], v[20];
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (AwcEvent));
  const AwcEvent *e;

  for (guint i = 0; i < 20; i++)
    {
      t[i] = 100 + i;
      v[i] = 400;
    }
  /* 2 s over, 3 s under, 1 s over: one breach; then far later another. */
  v[2] = v[3] = 600;
  v[7] = 550;
  v[18] = 700;
  g_assert_cmpuint (awc_events_add_breaches (events, "tps_brokens.average", t, v, 20, TRUE, 500), ==, 4);
  g_assert_cmpuint (events->len, ==, 2);
  e = &g_array_index (events, AwcEvent, 0);
  g_assert_cmpfloat (e->t_start, ==, 102);
  g_assert_cmpfloat (e->t_end, ==, 108);
  g_assert_cmpfloat (e->peak, ==, 600);
  g_assert_cmpfloat (e->baseline, ==, 500);
  e = &g_array_index (events, AwcEvent, 1);
  g_assert_cmpfloat (e->t_start, ==, 118);
  g_assert_cmpfloat (e->peak, ==, 700);
  /* A lower bound: breaches below it. */
  g_assert_cmpuint (awc_events_add_breaches (events, "tps_brokens.tps", t, v, 20, FALSE, 450), ==, 16);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/awc/events/clean-runs", test_clean_runs);
  g_test_add_func ("/awc/events/steps-are-load-changes", test_steps_are_load_changes);
  g_test_add_func ("/awc/events/injected", test_injected);
  g_test_add_func ("/awc/events/breaches", test_breaches);
  return g_test_run ();
}
