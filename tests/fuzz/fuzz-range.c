/* fuzz-range.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fuzz-target.h"
#include "model/awc-time-range-spec.h"

/* A `--range START..END` against a one-hour run (see awc-time-range-spec.h).  A range that parses lies
 * inside the run with its end after its start, and its length formats to
 * a duration that reads back; one that does not says why in one line. */

#define RUN_START 1700000000.0
#define RUN_END   (RUN_START + 3600)

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_target_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_target_strdup (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autofree char *duration = NULL;
  double start = NAN, end = NAN, back = NAN;

  if (!awc_time_range_spec_parse (text, RUN_START, RUN_END, zone, &start, &end, &error))
    {
      g_assert (error != NULL && error->message[0] != '\0');
      g_assert (strchr (error->message, '\n') == NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  g_assert (isfinite (start) && isfinite (end));
  g_assert (start >= RUN_START && end <= RUN_END);
  g_assert (end > start);

  duration = awc_time_range_format_duration (end - start);
  g_assert (awc_time_range_spec_parse_point (duration, RUN_START, RUN_END, zone, &back));
  /* An elapsed time reads as the run's start plus it. */
  g_assert (fabs (back - RUN_START - (end - start)) <= 1);
  return 0;
}
