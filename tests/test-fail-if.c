/* test-fail-if.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cli/awc-fail-if.h"
#include "compare-fixtures.h"

static void
test_parse_good (void)
{
  static const struct { const char *expr; guint n_rules; } good[] = {
    { "p90>+10%", 1 },
    { "tps<-5%", 1 },
    { "errors>+0.5pp", 1 },
    { "p90>800ms", 1 },
    { " rt > +20 ms ", 1 },
    { "p99>1.5s", 1 },
    { "rx<-10%,tx<-10%", 2 },
    { "tps<150", 1 },
    { "tps<150/s", 1 },
    { "rx<2MB/s", 1 },
    { "vusers<100", 1 },
    { "timeout>1%", 1 },
    { "refused>+0.1pp, others>+.5pp", 2 },
    { "TPS<-5%", 1 },
    { "p50>+10%,p90>+10%,p99>+25%,errors>+0.5pp", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AwcFailIf) rules = awc_fail_if_parse (good[i].expr, &error);

      g_assert_no_error (error);
      g_assert_nonnull (rules);
      g_assert_cmpuint (awc_fail_if_get_n_rules (rules), ==, good[i].n_rules);
    }
}

static void
test_parse_bad (void)
{
  /* Each names its bad token in the message */
  static const struct { const char *expr; const char *token; } bad[] = {
    { "p9>+10%", "“p9”" },
    { "latency>+10%", "“latency”" },
    { "p90=+10%", "“=+10%”" },
    { "p90>>10%", "“>10%”" },
    { "p90>+10", "“+10”" },              /* a time needs a unit */
    { "p90>10%", "“10%”" },              /* a relative change needs a sign */
    { "errors>+0.5", "“+0.5”" },         /* a share needs % or pp */
    { "tps>+0.5pp", "“pp”" },            /* pp is for shares */
    { "rx>+5 furlongs", "“furlongs”" },
    { "p90>+1e3ms", "“+1e3ms”" },
    { "p90>", "“”" },
    { "tps<-5%,", "“”" },
    { "", "“”" },
    { "p90>+10%,rt>fast", "“fast”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AwcFailIf) rules = awc_fail_if_parse (bad[i].expr, &error);

      g_assert_null (rules);
      g_assert_error (error, AWC_FAIL_IF_ERROR, AWC_FAIL_IF_ERROR_PARSE);
      if (strstr (error->message, bad[i].token) == NULL)
        g_error ("“%s”: message “%s” does not name %s", bad[i].expr, error->message, bad[i].token);
      g_assert_true (g_str_has_prefix (error->message, "--fail-if: "));
    }
}

static const char * const buckets_a[] = {
  "0~50ms", "500", "50~200ms", "400", "200~500ms", "100", NULL
};
static const char * const buckets_b[] = {
  "0~50ms", "300", "50~200ms", "400", "200~500ms", "300", NULL
};

/* B: response time +20 %, TPS −10 %, timeouts 1 % → 3 %, slower buckets */
static AwcDeltaSummary *
slower_summary (void)
{
  g_autoptr(AwcReport) a = NULL;
  g_autoptr(AwcReport) b = NULL;
  g_autoptr(AwcComparison) comparison = NULL;
  CfRun ra, rb;

  cf_run_init (&ra);
  cf_run_init (&rb);
  rb.seed = 42;
  rb.rt_ms = 60;
  rb.tps = 180;
  rb.timeout_share = 0.03;
  ra.buckets = buckets_a;
  rb.buckets = buckets_b;
  a = cf_make_report (&ra);
  b = cf_make_report (&rb);
  comparison = awc_comparison_new (a, b);
  return awc_delta_summary_compute (comparison, NULL, NULL);
}

static gboolean
breaks (AwcDeltaSummary *summary,
        const char      *expr,
        GPtrArray      **broken,
        GPtrArray      **skipped)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcFailIf) rules = awc_fail_if_parse (expr, &error);

  g_assert_no_error (error);
  return awc_fail_if_evaluate (rules, summary, broken, skipped);
}

static void
test_evaluate (void)
{
  g_autoptr(AwcDeltaSummary) summary = slower_summary ();
  static const struct { const char *expr; gboolean broken; } cases[] = {
    { "rt>+10%", TRUE },
    { "rt>+30%", FALSE },
    { "rt>+5ms", TRUE },
    { "rt>+15ms", FALSE },
    { "rt>55ms", TRUE },          /* B's own mean is ~60 ms */
    { "rt>0.065s", FALSE },
    { "rt<-10%", FALSE },
    { "tps<-5%", TRUE },
    { "tps<-15%", FALSE },
    { "tps<190", TRUE },
    { "tps<-25/s", FALSE },
    { "timeout>+1.5pp", TRUE },
    { "timeout>+2.5pp", FALSE },
    { "errors>2.5%", TRUE },      /* B's share */
    { "errors>+100%", TRUE },     /* 1 % → 3 % is +200 % */
    { "error>+0.1pp", FALSE },    /* 0 → 0 */
    { "p90>+10%", TRUE },
    { "p50>+200%", FALSE },       /* 50 ms → 125 ms is +150 % */
    { "vusers<100", FALSE },
    { "vusers<101", TRUE },
    { "rt>+30%,tps<-5%", TRUE },  /* any broken rule breaks */
    { "rt>+30%,tps<-15%", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (breaks (summary, cases[i].expr, NULL, NULL) != cases[i].broken)
      g_error ("“%s” should %sbreak", cases[i].expr, cases[i].broken ? "" : "not ");
}

static void
test_messages (void)
{
  g_autoptr(AwcDeltaSummary) summary = slower_summary ();
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  const char *line;

  g_assert_true (breaks (summary, "rt>+30%, tps<-5%, rx<-10%", &broken, &skipped));
  /* Only the broken rule, written as given, with both values */
  g_assert_cmpuint (broken->len, ==, 1);
  line = g_ptr_array_index (broken, 0);
  g_assert_true (g_str_has_prefix (line, "tps<-5% broken: A 1"));
  g_assert_nonnull (strstr (line, " /s, B 1"));
  g_assert_nonnull (strstr (line, " /s (-"));
  /* The runs have no bandwidth: that rule is skipped, not broken */
  g_assert_cmpuint (skipped->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (skipped, 0), ==, "rx<-10%: not evaluated, a run has no rx data");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/compare/fail-if/parse-good", test_parse_good);
  g_test_add_func ("/awc/compare/fail-if/parse-bad", test_parse_bad);
  g_test_add_func ("/awc/compare/fail-if/evaluate", test_evaluate);
  g_test_add_func ("/awc/compare/fail-if/messages", test_messages);

  return g_test_run ();
}
