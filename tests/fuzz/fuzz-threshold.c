/* fuzz-threshold.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "fuzz-target.h"
#include "model/awc-threshold.h"

/* A `--threshold SERIES<=VALUE` rule.  A rule that parses formats back to
 * text that parses to the same rule, resolves against every unit without
 * a NaN, and labels itself; a rule that does not parse says why. */

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
  g_autoptr(AwcThreshold) rule = awc_threshold_parse (text, &error);
  g_autoptr(AwcThreshold) again = NULL;
  g_autofree char *formatted = NULL;

  if (rule == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  g_assert_no_error (error);
  g_assert (isfinite (rule->number));

  formatted = awc_threshold_format (rule);
  again = awc_threshold_parse (formatted, NULL);
  g_assert_nonnull (again);
  g_assert_cmpstr (again->series, ==, rule->series);
  g_assert (again->op == rule->op);
  g_assert_cmpstr (again->unit, ==, rule->unit);

  for (AwcUnit unit = AWC_UNIT_COUNT; unit <= AWC_UNIT_PACKETS_PER_SECOND; unit++)
    {
      g_autoptr(GError) unit_error = NULL;
      double value;

      if (awc_threshold_resolve (rule, unit, &value, &unit_error))
        {
          g_autofree char *label = awc_threshold_format_label (rule->op, unit, value);

          g_assert (!isnan (value));
          g_assert_nonnull (label);
        }
      else
        g_assert (unit_error != NULL);
    }
  return 0;
}
