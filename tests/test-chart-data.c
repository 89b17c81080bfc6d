/* test-chart-data.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart snapshot and the threshold rules: what the snapshot shares
 * with the report, what it selects, that it never changes, and the
 * --threshold grammar. */
#include "config.h"

#include <math.h>

#include "model/awc-chart-data-builder.h"
#include "model/awc-threshold.h"
#include "test-render-util.h"

static AwcReport *
two_series_report (void)
{
  const char *ids[] = { "tps_brokens.tps", "tps_brokens.average", NULL };
  GArray *values[] = { test_values_new (100), test_values_new (100), NULL };

  for (guint i = 0; i < 100; i++)
    {
      g_array_index (values[0], double, i) = 100 + i;
      g_array_index (values[1], double, i) = 200 + i;
    }
  return test_report_new (100, ids, values);
}

static void
test_shares_arrays (void)
{
  g_autoptr(AwcReport) report = two_series_report ();
  g_autoptr(AwcChartData) data = awc_chart_data_new_from_report (report, NULL, NULL);
  AwcSeries *tps = awc_report_find_series (report, "tps");   /* borrowed */
  const AwcChartDataSeries *s;
  guint n, n_report;

  /* The big arrays are the report's own, not copies. */
  g_assert_true (awc_chart_data_get_timestamps (data, &n) ==
                 awc_report_get_timestamps (report, &n_report));
  g_assert_cmpuint (n, ==, n_report);
  s = awc_chart_data_get_series (data, awc_chart_data_find_series (data, "tps"));
  g_assert_true (s->values == awc_series_get_values (tps, NULL));
  g_assert_true (awc_chart_data_get_pyramid (data, awc_chart_data_find_series (data, "tps")) ==
                 awc_series_get_pyramid (tps));
  g_assert_cmpstr (s->id, ==, "tps_brokens.tps");
  g_assert_cmpstr (s->key, ==, "tps");
  g_assert_true (s->drawn);
  g_assert_cmpfloat (s->max, ==, 199);
  g_assert_cmpstr (awc_chart_data_get_title (data), ==, "Test report");
}

static void
test_immutable (void)
{
  g_autoptr(AwcReport) report = two_series_report ();
  AwcSeries *tps = awc_report_find_series (report, "tps");   /* borrowed */
  g_autoptr(AwcChartData) data = awc_chart_data_new_from_report (report, NULL, NULL);
  g_autoptr(AwcChartData) after = NULL;
  int i = awc_chart_data_find_series (data, "tps");

  /* Hiding a series later changes the next snapshot, not this one. */
  awc_series_set_visible (tps, FALSE);
  g_assert_true (awc_chart_data_get_series (data, i)->drawn);
  after = awc_chart_data_new_from_report (report, NULL, NULL);
  g_assert_false (awc_chart_data_get_series (after, i)->drawn);
  g_assert_false (awc_chart_data_get_series (after, i)->selected);

  /* The snapshot outlives the report: it holds what it reads. */
  g_clear_object (&report);
  g_assert_cmpfloat (awc_chart_data_get_series (data, i)->values[99], ==, 199);
}

static void
test_selection (void)
{
  g_autoptr(AwcReport) report = two_series_report ();
  const char *ids[] = { "average", NULL };
  g_autoptr(AwcChartData) data = NULL;
  AwcChartDataOptions options;

  awc_chart_data_options_init (&options);
  options.series_ids = ids;
  data = awc_chart_data_new_from_report (report, &options, NULL);
  g_assert_false (awc_chart_data_get_series (data, awc_chart_data_find_series (data, "tps"))->drawn);
  g_assert_true (awc_chart_data_get_series (data, awc_chart_data_find_series (data, "average"))->drawn);
  g_assert_cmpint (awc_chart_data_find_series (data, "nosuch"), ==, -1);
}

static void
test_thresholds (void)
{
  g_autoptr(AwcReport) report = two_series_report ();
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) awc_threshold_free);
  g_autoptr(AwcChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  const AwcChartLayer *layer;
  AwcChartDataOptions options;

  g_ptr_array_add (rules, awc_threshold_parse ("average<=1.5s", NULL));
  awc_chart_data_options_init (&options);
  options.thresholds = rules;
  data = awc_chart_data_new_from_report (report, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awc_chart_data_get_n_layers (data), ==, 1);
  layer = awc_chart_data_get_layer (data, 0);
  g_assert_cmpint (layer->kind, ==, AWC_CHART_LAYER_THRESHOLD);
  g_assert_cmpint (layer->op, ==, AWC_THRESHOLD_LE);
  g_assert_cmpfloat (layer->value, ==, 1500);
  g_assert_cmpint (layer->series, ==, awc_chart_data_find_series (data, "average"));
  g_assert_cmpstr (layer->label, ==, "≤ 1.5 s");

  /* A unit that does not fit, and a series that is not there */
  g_ptr_array_set_size (rules, 0);
  g_ptr_array_add (rules, awc_threshold_parse ("tps>=2MB/s", NULL));
  g_assert_null (awc_chart_data_new_from_report (report, &options, &error));
  g_assert_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_UNIT);
  g_clear_error (&error);
  g_ptr_array_set_size (rules, 0);
  g_ptr_array_add (rules, awc_threshold_parse ("rtmp<=5", NULL));
  g_assert_null (awc_chart_data_new_from_report (report, &options, &error));
  g_assert_nonnull (strstr (error->message, "rtmp"));
}

static void
test_add_layer (void)
{
  g_autoptr(AwcReport) report = two_series_report ();
  g_autoptr(AwcChartData) data = awc_chart_data_new_from_report (report, NULL, NULL);
  g_autoptr(AwcChartData) marked = NULL;
  AwcChartLayer marker = { AWC_CHART_LAYER_MARKER, TEST_T0 + 10, NAN, "deploy", 0, 0, 0 };

  marked = awc_chart_data_add_layer (data, &marker);
  g_assert_cmpuint (awc_chart_data_get_n_layers (data), ==, 0);
  g_assert_cmpuint (awc_chart_data_get_n_layers (marked), ==, 1);
  g_assert_cmpstr (awc_chart_data_get_layer (marked, 0)->label, ==, "deploy");
  g_assert_true (awc_chart_data_get_series (marked, 0)->values ==
                 awc_chart_data_get_series (data, 0)->values);
}

static void
test_parse_good (void)
{
  static const struct { const char *text; const char *series; AwcThresholdOp op; double number; const char *unit; const char *formatted; } cases[] = {
    { "tps<=500", "tps", AWC_THRESHOLD_LE, 500, "", "tps<=500" },
    { "average>=500ms", "average", AWC_THRESHOLD_GE, 500, "ms", "average>=500ms" },
    { "tps_brokens.average <= 1.5 s", "tps_brokens.average", AWC_THRESHOLD_LE, 1.5, "s", "tps_brokens.average<=1.5s" },
    { "tps>=200/s", "tps", AWC_THRESHOLD_GE, 200, "/s", "tps>=200/s" },
    { "recBytes<=2 MB/s", "recBytes", AWC_THRESHOLD_LE, 2, "MB/s", "recBytes<=2MB/s" },
    { "timeout≤1%", "timeout", AWC_THRESHOLD_LE, 1, "%", "timeout<=1%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AwcThreshold) rule = awc_threshold_parse (cases[i].text, &error);
      g_autoptr(AwcThreshold) again = NULL;
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (rule->series, ==, cases[i].series);
      g_assert_cmpint (rule->op, ==, cases[i].op);
      g_assert_cmpfloat (rule->number, ==, cases[i].number);
      g_assert_cmpstr (rule->unit, ==, cases[i].unit);
      text = awc_threshold_format (rule);
      g_assert_cmpstr (text, ==, cases[i].formatted);
      /* Formatting parses back to the same rule */
      again = awc_threshold_parse (text, NULL);
      g_assert_cmpfloat (again->number, ==, rule->number);
      g_assert_cmpstr (again->unit, ==, rule->unit);
    }
}

static void
test_parse_bad (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "tps<=x", "--threshold 'tps<=x': bad value 'x'" },
    { "tps<=", "--threshold 'tps<=': bad value ''" },
    { "tps=5", "--threshold 'tps=5': expected SERIES<=VALUE or SERIES>=VALUE, got 'tps=5'" },
    { "<=5", "--threshold '<=5': missing series before '<='" },
    { "tps<=5 parsecs", "--threshold 'tps<=5 parsecs': unknown unit 'parsecs'" },
    { "t ps<=5", "--threshold 't ps<=5': bad series 't ps'" },
    { "tps<=nan", "--threshold 'tps<=nan': bad value 'nan'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (awc_threshold_parse (cases[i].text, &error));
      g_assert_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/chart-data/shares-arrays", test_shares_arrays);
  g_test_add_func ("/awc/model/chart-data/immutable", test_immutable);
  g_test_add_func ("/awc/model/chart-data/selection", test_selection);
  g_test_add_func ("/awc/model/chart-data/thresholds", test_thresholds);
  g_test_add_func ("/awc/model/chart-data/add-layer", test_add_layer);
  g_test_add_func ("/awc/model/threshold/parse-good", test_parse_good);
  g_test_add_func ("/awc/model/threshold/parse-bad", test_parse_bad);

  return g_test_run ();
}
