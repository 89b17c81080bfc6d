/* fuzz-fail-if.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cli/awc-fail-if.h"
#include "compare-fixtures.h"
#include "fuzz-target.h"

/* The `--fail-if` grammar.  An expression either parses into one rule per
 * comma-separated part, each of which evaluates against a fixed
 * comparison, or fails with a message that starts with "--fail-if: ". */

static AwcDeltaSummary *summary;

static guint
count_commas (const char *s)
{
  guint n = 0;

  for (; *s != '\0'; s++)
    n += *s == ',';
  return n;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  CfRun ra, rb;

  fuzz_target_init ();
  cf_run_init (&ra);
  cf_run_init (&rb);
  ra.n = rb.n = 120;
  ra.ramp_s = rb.ramp_s = 20;
  ra.down_s = rb.down_s = 110;
  rb.seed = 42;
  rb.rt_ms = 60;
  rb.no_vusers = TRUE;   /* so some rules are skipped */
  a = cf_make_report (&ra);
  b = cf_make_report (&rb);
  comparison = awc_comparison_new (a, b);
  summary = awc_delta_summary_compute (comparison, NULL, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *expr = fuzz_target_strdup (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcFailIf) rules = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  gboolean breaks;

  /* Command-line arguments are C strings in the locale's encoding */
  if (strlen (expr) != size || !g_utf8_validate (expr, -1, NULL))
    return 0;

  rules = awc_fail_if_parse (expr, &error);
  g_assert ((rules == NULL) != (error == NULL));
  if (rules == NULL)
    {
      g_assert_error (error, AWC_FAIL_IF_ERROR, AWC_FAIL_IF_ERROR_PARSE);
      g_assert (g_str_has_prefix (error->message, "--fail-if: "));
      return 0;
    }

  g_assert_cmpuint (awc_fail_if_get_n_rules (rules), ==, count_commas (expr) + 1);
  for (guint i = 0; i < awc_fail_if_get_n_rules (rules); i++)
    g_assert_nonnull (awc_fail_if_get_rule (rules, i));

  breaks = awc_fail_if_evaluate (rules, summary, &broken, &skipped);
  g_assert (breaks == (broken->len > 0));
  g_assert_cmpuint (broken->len + skipped->len, <=, awc_fail_if_get_n_rules (rules));
  return 0;
}
