/* test-panels.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "io/awc-report-loader.h"
#include "io/awc-samples.h"
#include "model/awc-report.h"
#include "ui/panels/awc-bucket-panel.h"
#include "ui/panels/awc-series-list.h"
#include "ui/panels/awc-series-row.h"

/* Ten samples, one a second, from T0. */
#define T0 1683221084.0
#define N_POINTS 10

typedef struct
{
  AwcReport *report;
  GtkWidget *window;
  GtkWidget *series_list;
  GtkWidget *bucket_panel;
} Fixture;

static GArray *
make_values (double first,
             double step,
             guint  n)
{
  GArray *values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  for (guint i = 0; i < n; i++)
    {
      double v = first + step * i;

      g_array_append_val (values, v);
    }

  return values;
}

static AwcReport *
make_report (void)
{
  AwcReport *report = awc_report_new ();
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *gaps = make_values (NAN, 0, N_POINTS);
  /* Given out of order on purpose: the panel must show them by range. */
  static const struct { const char *label; guint64 count; } counts[] = {
    { "1~2s", 100 }, { "0~50ms", 1000 }, { ">5s", 200 }, { "200~500ms", 1500 },
    { "2~3s", 50 }, { "50~200ms", 6800 }, { "3~4s", 30 }, { "500ms~1s", 300 },
    { "4~5s", 20 },
  };

  awc_report_set_title (report, "panels test");
  awc_report_set_timestamps (report, make_values (T0, 1, N_POINTS), FALSE);

  g_ptr_array_add (series, awc_series_new ("vusers_brokens.vusers", "Virtual users", "vusers",
                                           "Virtual users", AWC_UNIT_USERS,
                                           make_values (1, 1, N_POINTS)));
  g_ptr_array_add (series, awc_series_new ("tps_brokens.tps", "TPS", "throughput", "Throughput",
                                           AWC_UNIT_PER_SECOND, make_values (10, 10, N_POINTS)));
  g_ptr_array_add (series, awc_series_new ("respcode_brokens.success", "Successful responses",
                                           "throughput", "Throughput", AWC_UNIT_PER_SECOND,
                                           make_values (9, 10, N_POINTS)));
  g_ptr_array_add (series, awc_series_new ("tps_brokens.average", "Average response time",
                                           "response-time", "Response time", AWC_UNIT_MILLISECONDS,
                                           make_values (100, 5, N_POINTS)));
  /* No finite value / no value at all: both must be absent from the list. */
  g_ptr_array_add (series, awc_series_new ("respcode_brokens.error", "Request errors", "failures",
                                           "Failed responses", AWC_UNIT_COUNT, gaps));
  g_ptr_array_add (series, awc_series_new ("respcode_brokens.timeout", "Timeouts", "failures",
                                           "Failed responses", AWC_UNIT_COUNT,
                                           make_values (0, 0, 0)));
  awc_report_set_series (report, g_steal_pointer (&series));

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_ptr_array_add (buckets, awc_bucket_new (counts[i].label, counts[i].count));
  awc_report_set_buckets (report, g_steal_pointer (&buckets));

  return report;
}

/* Iterates until @widget has been drawn (or 30 s, then fails). */
static void
wait_drawn (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!(gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  /* Let list views create and bind their rows: a few more frames. */
  deadline = g_get_monotonic_time () + 200 * 1000;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (widget, type, out);
  return out;
}

static GtkWidget *
find_first (GtkWidget *widget,
            GType      type)
{
  g_autoptr(GPtrArray) all = find_all (widget, type);

  return all->len > 0 ? all->pdata[0] : NULL;
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 GType       type,
                 const char *css_class,
                 guint       nth)
{
  g_autoptr(GPtrArray) all = find_all (widget, type);

  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_has_css_class (all->pdata[i], css_class) && nth-- == 0)
      return all->pdata[i];

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GPtrArray) all = find_all (widget, GTK_TYPE_WIDGET);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (all->pdata[i]), name) == 0)
      return all->pdata[i];

  return NULL;
}

/* Titles of the rows shown under the group header @group, top to bottom,
 * joined with "|"; NULL if the group is absent. */
static char *
group_titles (Fixture    *fixture,
              const char *group)
{
  GtkWidget *box = find_named (fixture->series_list, group);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (box == NULL)
    return NULL;

  rows = find_all (box, AWC_TYPE_SERIES_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *label = find_with_class (rows->pdata[i], GTK_TYPE_LABEL, "series-title", 0);

      g_assert_nonnull (label);
      g_strv_builder_add (titles, gtk_label_get_text (GTK_LABEL (label)));
    }

  strv = g_strv_builder_end (titles);
  return g_strjoinv ("|", strv);
}

static GtkWidget *
find_row (Fixture    *fixture,
          const char *series_id)
{
  g_autoptr(GPtrArray) rows = find_all (fixture->series_list, AWC_TYPE_SERIES_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      AwcSeries *series = awc_series_row_get_series (rows->pdata[i]);

      if (series != NULL && g_str_equal (awc_series_get_id (series), series_id))
        return rows->pdata[i];
    }

  return NULL;
}

static const char *
row_stat (GtkWidget *row,
          guint      nth)
{
  GtkWidget *label = find_with_class (row, GTK_TYPE_LABEL, "stat-value", nth);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
assert_stat (GtkWidget *row,
             guint      nth,
             AwcUnit    unit,
             double     value)
{
  g_autofree char *expected = awc_unit_format_value (unit, value);

  g_assert_cmpstr (row_stat (row, nth), ==, expected);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  fixture->report = make_report ();
  fixture->window = gtk_window_new ();
  fixture->series_list = awc_series_list_new ();
  fixture->bucket_panel = awc_bucket_panel_new ();
  g_object_add_weak_pointer (G_OBJECT (fixture->series_list), (gpointer *) &fixture->series_list);
  g_object_add_weak_pointer (G_OBJECT (fixture->bucket_panel), (gpointer *) &fixture->bucket_panel);

  gtk_widget_set_size_request (fixture->series_list, 420, -1);
  gtk_widget_set_hexpand (fixture->bucket_panel, TRUE);
  gtk_box_append (GTK_BOX (box), fixture->series_list);
  gtk_box_append (GTK_BOX (box), fixture->bucket_panel);
  gtk_window_set_child (GTK_WINDOW (fixture->window), box);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 800);

  awc_series_list_set_report (AWC_SERIES_LIST (fixture->series_list), fixture->report);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), fixture->report);

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_drawn (fixture->series_list);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* The widgets let go of everything: no ref cycle through the report. */
  g_assert_null (fixture->series_list);
  g_assert_null (fixture->bucket_panel);
  g_assert_finalize_object (fixture->report);
}

static void
test_series_groups (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *throughput = group_titles (fixture, "throughput");
  g_autofree char *response = group_titles (fixture, "response-time");
  g_autofree char *vusers = group_titles (fixture, "vusers");
  g_autofree char *failures = group_titles (fixture, "failures");
  g_autoptr(GPtrArray) rows = find_all (fixture->series_list, AWC_TYPE_SERIES_ROW);
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) heading_texts = NULL;
  g_autofree char *joined = NULL;

  g_assert_cmpstr (throughput, ==, "TPS|Successful responses");
  g_assert_cmpstr (response, ==, "Average response time");
  g_assert_cmpstr (vusers, ==, "Virtual users");
  /* Both failure series have no data: their panel has no section at all. */
  g_assert_null (failures);
  g_assert_cmpuint (rows->len, ==, 4);

  /* Group headers, in panel order, each with Show all / Hide all. */
  headings = find_all (fixture->series_list, GTK_TYPE_LABEL);
  for (guint i = 0; i < headings->len; i++)
    if (gtk_widget_has_css_class (headings->pdata[i], "heading"))
      g_strv_builder_add (builder, gtk_label_get_text (headings->pdata[i]));
  heading_texts = g_strv_builder_end (builder);
  joined = g_strjoinv ("|", heading_texts);
  g_assert_cmpstr (joined, ==, "Throughput|Response time|Virtual users");
  g_assert_nonnull (find_named (fixture->series_list, "throughput"));

  /* Whole run: min / mean / max / last of 10, 20, … 100. */
  {
    GtkWidget *row = find_row (fixture, "tps_brokens.tps");

    assert_stat (row, 0, AWC_UNIT_PER_SECOND, 10);
    assert_stat (row, 1, AWC_UNIT_PER_SECOND, 55);
    assert_stat (row, 2, AWC_UNIT_PER_SECOND, 100);
    assert_stat (row, 3, AWC_UNIT_PER_SECOND, 100);
  }
}

static void
test_series_check (Fixture       *fixture,
                   gconstpointer  data)
{
  AwcSeries *tps = awc_report_find_series (fixture->report, "tps_brokens.tps");
  GtkWidget *row = find_row (fixture, "tps_brokens.tps");
  GtkCheckButton *check;

  g_assert_nonnull (row);
  check = GTK_CHECK_BUTTON (find_first (row, GTK_TYPE_CHECK_BUTTON));
  g_assert_true (awc_series_get_visible (tps));
  g_assert_true (gtk_check_button_get_active (check));

  /* Through the check button … */
  gtk_check_button_set_active (check, FALSE);
  g_assert_false (awc_series_get_visible (tps));

  /* … and back from the model. */
  awc_series_set_visible (tps, TRUE);
  g_assert_true (gtk_check_button_get_active (check));
  awc_series_set_visible (tps, FALSE);
  g_assert_false (gtk_check_button_get_active (check));

  /* A click on the check button itself toggles it, as a user would. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (check)));
  g_assert_true (awc_series_get_visible (tps));
}

static void
test_series_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  AwcSeries *tps = awc_report_find_series (fixture->report, "tps_brokens.tps");
  AwcSeries *success = awc_report_find_series (fixture->report, "respcode_brokens.success");
  AwcSeries *average = awc_report_find_series (fixture->report, "tps_brokens.average");
  GtkWidget *list = fixture->series_list;
  GtkWidget *success_row = find_row (fixture, "respcode_brokens.success");
  GtkCheckButton *success_check = GTK_CHECK_BUTTON (find_first (success_row, GTK_TYPE_CHECK_BUTTON));
  GtkWidget *hide_button = NULL;
  g_autoptr(GPtrArray) buttons = NULL;

  awc_series_set_visible (success, TRUE);

  /* Isolate: only that series in its panel; other panels untouched. */
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", "tps_brokens.tps"));
  g_assert_true (awc_series_get_visible (tps));
  g_assert_false (awc_series_get_visible (success));
  g_assert_false (gtk_check_button_get_active (success_check));
  g_assert_true (awc_series_get_visible (average));

  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", "respcode_brokens.success"));
  g_assert_false (awc_series_get_visible (tps));
  g_assert_true (awc_series_get_visible (success));

  /* Ctrl+click: toggle one. */
  g_assert_true (gtk_widget_activate_action (list, "series-list.toggle", "s", "tps_brokens.tps"));
  g_assert_true (awc_series_get_visible (tps));
  g_assert_true (awc_series_get_visible (success));

  g_assert_true (gtk_widget_activate_action (list, "series-list.hide-group", "s", "throughput"));
  g_assert_false (awc_series_get_visible (tps));
  g_assert_false (awc_series_get_visible (success));
  g_assert_true (awc_series_get_visible (average));

  g_assert_true (gtk_widget_activate_action (list, "series-list.show-group", "s", "throughput"));
  g_assert_true (awc_series_get_visible (tps));
  g_assert_true (awc_series_get_visible (success));
  g_assert_true (gtk_check_button_get_active (success_check));

  /* The header's "Hide all" button of the response-time group (an icon
   * button, named by its tooltip). */
  buttons = find_all (find_named (list, "response-time"), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), "Hide all series of this panel") == 0)
      hide_button = buttons->pdata[i];
  g_assert_nonnull (hide_button);
  g_signal_emit_by_name (hide_button, "clicked");
  g_assert_false (awc_series_get_visible (average));
  g_assert_true (awc_series_get_visible (tps));

  /* A click on a title (no modifier) isolates that series. */
  {
    GtkWidget *title = find_with_class (success_row, GTK_TYPE_LABEL, "series-title", 0);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (title);
    GtkGesture *click = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (controller))
          click = GTK_GESTURE (controller);
      }
    g_assert_nonnull (click);
    awc_series_set_visible (tps, TRUE);
    g_signal_emit_by_name (click, "released", 1, 5.0, 5.0);
    g_assert_true (awc_series_get_visible (success));
    g_assert_false (awc_series_get_visible (tps));
  }

  /* Unknown ids are ignored, not criticals. */
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", "no.such"));
}

/* Clicking an isolated series' title again brings its group back as it
 * was; a group whose series was alone already shows all its series. */
static void
test_series_isolate_again (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(AwcReport) report = awc_report_new ();
  g_autoptr(GPtrArray) list_series = g_ptr_array_new_with_free_func (g_object_unref);
  static const char * const ids[] = { "respcode_brokens.error", "respcode_brokens.timeout",
                                      "respcode_brokens.refusedFailed", "tps_brokens.tps" };
  GtkWidget *list = fixture->series_list;
  AwcSeries *errors, *timeouts, *refused, *tps;

  awc_report_set_timestamps (report, make_values (T0, 1, N_POINTS), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (list_series, awc_series_new (ids[i], ids[i], i < 3 ? "failures" : "throughput",
                                                  "Group", AWC_UNIT_COUNT, make_values (1, 1, N_POINTS)));
  awc_report_set_series (report, g_steal_pointer (&list_series));
  awc_series_list_set_report (AWC_SERIES_LIST (list), report);
  errors = awc_report_find_series (report, ids[0]);
  timeouts = awc_report_find_series (report, ids[1]);
  refused = awc_report_find_series (report, ids[2]);
  tps = awc_report_find_series (report, ids[3]);

  /* A group with one series hidden by hand. */
  awc_series_set_visible (refused, FALSE);
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[1]));
  g_assert_false (awc_series_get_visible (errors));
  g_assert_true (awc_series_get_visible (timeouts));

  /* Again: the group as it was, the hand-hidden series still hidden. */
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[1]));
  g_assert_true (awc_series_get_visible (errors));
  g_assert_true (awc_series_get_visible (timeouts));
  g_assert_false (awc_series_get_visible (refused));
  g_assert_true (awc_series_get_visible (tps));

  /* Isolating one, then another: the second click on the other shows the
   * whole group (what it replaced was a single series). */
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[1]));
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[0]));
  g_assert_true (awc_series_get_visible (errors));
  g_assert_false (awc_series_get_visible (timeouts));
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[0]));
  g_assert_true (awc_series_get_visible (errors));
  g_assert_true (awc_series_get_visible (timeouts));
  g_assert_true (awc_series_get_visible (refused));

  /* Alone in its group: a click changes nothing visible, nor a second. */
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[3]));
  g_assert_true (gtk_widget_activate_action (list, "series-list.isolate", "s", ids[3]));
  g_assert_true (awc_series_get_visible (tps));

  awc_series_list_set_report (AWC_SERIES_LIST (list), fixture->report);
}

static void
test_series_stats_range (Fixture       *fixture,
                         gconstpointer  data)
{
  AwcSeriesList *list = AWC_SERIES_LIST (fixture->series_list);
  GtkWidget *row = find_row (fixture, "tps_brokens.tps");
  double start, end;

  g_assert_cmpstr (row_stat (row, 0), !=, row_stat (row, 2));

  /* Samples 2, 3, 4 (inclusive end): 30, 40, 50. */
  awc_series_list_set_view_range (list, T0 + 2, T0 + 4);
  awc_series_list_get_view_range (list, &start, &end);
  g_assert_cmpfloat (start, ==, T0 + 2);
  assert_stat (row, 0, AWC_UNIT_PER_SECOND, 30);
  assert_stat (row, 1, AWC_UNIT_PER_SECOND, 40);
  assert_stat (row, 2, AWC_UNIT_PER_SECOND, 50);
  assert_stat (row, 3, AWC_UNIT_PER_SECOND, 50);

  /* Through the properties, as the window binds them. */
  g_object_set (list, "view-start", T0 + 7.5, "view-end", T0 + 9, NULL);
  assert_stat (row, 0, AWC_UNIT_PER_SECOND, 90);
  assert_stat (row, 3, AWC_UNIT_PER_SECOND, 100);

  /* A range between samples: nothing to show. */
  awc_series_list_set_view_range (list, T0 + 3.2, T0 + 3.8);
  assert_stat (row, 1, AWC_UNIT_PER_SECOND, NAN);

  awc_series_list_set_view_range (list, NAN, NAN);
  assert_stat (row, 1, AWC_UNIT_PER_SECOND, 55);
}

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  GtkWidget *wa = *(GtkWidget **) a;
  GtkWidget *wb = *(GtkWidget **) b;
  graphene_point_t pa, pb;

  g_assert_true (gtk_widget_compute_point (wa, gtk_widget_get_parent (wa), &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (wb, gtk_widget_get_parent (wb), &GRAPHENE_POINT_INIT (0, 0), &pb));
  return (pa.y > pb.y) - (pa.y < pb.y);
}

/* The column view's rows as "range|count|share|cumulative", top to bottom. */
static GPtrArray *
bucket_rows (Fixture *fixture)
{
  g_autoptr(GPtrArray) views = find_all (fixture->bucket_panel, GTK_TYPE_LIST_VIEW);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *list_view;

  g_assert_cmpuint (views->len, ==, 1);
  list_view = views->pdata[0];
  for (GtkWidget *child = gtk_widget_get_first_child (list_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child) && gtk_widget_get_visible (child) &&
        g_str_equal (gtk_widget_get_css_name (child), "row"))
      g_ptr_array_add (rows, child);
  g_ptr_array_sort (rows, compare_y);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) labels = find_all (rows->pdata[i], GTK_TYPE_LABEL);
      g_autoptr(GPtrArray) bars = find_all (rows->pdata[i], GTK_TYPE_PROGRESS_BAR);
      GString *s = g_string_new (NULL);

      for (guint j = 0; j < labels->len; j++)
        g_string_append_printf (s, "%s%s", j ? "|" : "", gtk_label_get_text (labels->pdata[j]));
      g_assert_cmpuint (bars->len, ==, 1);
      g_string_append_printf (s, "|%.2f", gtk_progress_bar_get_fraction (bars->pdata[0]));
      g_ptr_array_add (texts, g_string_free (s, FALSE));
    }

  return texts;
}

static void
test_bucket_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const expected[] = {
    "0 – 50 ms|1,000|10.0 %|10.0 %|0.15",
    "50 – 200 ms|6,800|68.0 %|78.0 %|1.00",
    "200 – 500 ms|1,500|15.0 %|93.0 %|0.22",
    "500 ms – 1 s|300|3.0 %|96.0 %|0.04",
    "1 – 2 s|100|1.0 %|97.0 %|0.01",
    "2 – 3 s|50|0.5 %|97.5 %|0.01",
    "3 – 4 s|30|0.3 %|97.8 %|0.00",
    "4 – 5 s|20|0.2 %|98.0 %|0.00",
    "≥ 5 s|200|2.0 %|100.0 %|0.03",
  };
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *total;

  wait_drawn (fixture->bucket_panel);
  rows = bucket_rows (fixture);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (rows->pdata[i], ==, expected[i]);

  total = find_with_class (fixture->bucket_panel, GTK_TYPE_LABEL, "total", 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (total)), ==, "Total 10,000 requests");
}

static void
test_bucket_tiny_share (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AwcReport) report = awc_report_new ();
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;

  g_ptr_array_add (buckets, awc_bucket_new (">5s", 1));
  g_ptr_array_add (buckets, awc_bucket_new ("0~50ms", 1234567));
  awc_report_set_buckets (report, g_steal_pointer (&buckets));
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), report);
  wait_drawn (fixture->bucket_panel);

  /* One request in a million is not "0.0 %". */
  rows = bucket_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (rows->pdata[0], ==, "0 – 50 ms|1,234,567|100.0 %|100.0 %|1.00");
  g_assert_cmpstr (rows->pdata[1], ==, "≥ 5 s|1|< 0.1 %|100.0 %|0.00");
}

static const char *
percentile_text (Fixture    *fixture,
                 const char *name)
{
  g_autoptr(GPtrArray) labels = find_all (fixture->bucket_panel, GTK_TYPE_LABEL);

  /* The name label is followed by its value label. */
  for (guint i = 0; i + 1 < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (labels->pdata[i]), name))
      return gtk_label_get_text (labels->pdata[i + 1]);

  return NULL;
}

static void
test_bucket_percentiles (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *p50 = NULL;
  g_autofree char *p90 = NULL;
  g_autofree char *p95 = NULL;
  g_autofree char *est = NULL;

  /* p50: 5,000th of 10,000 is 4,000 into the 6,800 of 50 – 200 ms. */
  est = awc_unit_format_value (AWC_UNIT_MILLISECONDS, 50 + 150 * 4000.0 / 6800.0);
  p50 = g_strdup_printf ("50 – 200 ms · ≈ %s", est);
  g_clear_pointer (&est, g_free);
  est = awc_unit_format_value (AWC_UNIT_MILLISECONDS, 440);
  p90 = g_strdup_printf ("200 – 500 ms · ≈ %s", est);
  g_clear_pointer (&est, g_free);
  est = awc_unit_format_value (AWC_UNIT_MILLISECONDS, 500 + 500 * 200.0 / 300.0);
  p95 = g_strdup_printf ("500 ms – 1 s · ≈ %s", est);

  g_assert_cmpstr (percentile_text (fixture, "p50"), ==, p50);
  g_assert_cmpstr (percentile_text (fixture, "p90"), ==, p90);
  g_assert_cmpstr (percentile_text (fixture, "p95"), ==, p95);
  /* The open top bucket only bounds it. */
  g_assert_cmpstr (percentile_text (fixture, "p99"), ==, "≥ 5 s");
}

static void
test_bucket_warnings (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *box = find_with_class (fixture->bucket_panel, GTK_TYPE_BOX, "warnings", 0);
  g_autoptr(GPtrArray) labels = NULL;

  /* Hidden (so not found among visible widgets) while there is none. */
  g_assert_null (box);

  awc_report_add_warning (fixture->report, "Series %s was cut to %u points", "tps", 5u);
  box = find_with_class (fixture->bucket_panel, GTK_TYPE_BOX, "warnings", 0);
  g_assert_nonnull (box);
  labels = find_all (box, GTK_TYPE_LABEL);
  g_assert_cmpuint (labels->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (labels->pdata[0]), ==, "Series tps was cut to 5 points");
}

static void
test_report_swap (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AwcReport) empty = awc_report_new ();
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *total;

  /* Focus in both lists: their rows go away under it. */
  g_assert_true (gtk_widget_grab_focus (find_first (fixture->series_list, GTK_TYPE_CHECK_BUTTON)));
  wait_drawn (fixture->series_list);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), empty);
  wait_drawn (fixture->series_list);
  g_assert_true (gtk_widget_grab_focus (find_first (fixture->bucket_panel, GTK_TYPE_COLUMN_VIEW)));
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), fixture->report);
  wait_drawn (fixture->series_list);
  g_assert_true (gtk_widget_grab_focus (find_first (fixture->bucket_panel, GTK_TYPE_COLUMN_VIEW)));
  wait_drawn (fixture->series_list);

  /* A report without series or buckets, then none at all. */
  awc_series_list_set_report (AWC_SERIES_LIST (fixture->series_list), empty);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), empty);
  wait_drawn (fixture->series_list);
  rows = find_all (fixture->series_list, AWC_TYPE_SERIES_ROW);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpstr (percentile_text (fixture, "p50"), ==, "—");
  total = find_with_class (fixture->bucket_panel, GTK_TYPE_LABEL, "total", 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (total)), ==, "No requests counted");

  awc_series_list_set_report (AWC_SERIES_LIST (fixture->series_list), NULL);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), NULL);
  g_assert_null (awc_series_list_get_report (AWC_SERIES_LIST (fixture->series_list)));

  /* And back: the rows come again. */
  awc_series_list_set_report (AWC_SERIES_LIST (fixture->series_list), fixture->report);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture->bucket_panel), fixture->report);
  wait_drawn (fixture->series_list);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_all (fixture->series_list, AWC_TYPE_SERIES_ROW);
  g_assert_cmpuint (rows->len, ==, 4);
}

/* The bundled sample, through the real loader: what a user sees first. */
static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = awc_sample_dup_bytes ("api-example", &error);
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  Fixture fixture = { 0 };
  g_autofree char *throughput = NULL;
  g_autofree char *bandwidth = NULL;
  GtkWidget *total;

  g_assert_no_error (error);
  report = awc_report_load_bytes (bytes, "api-example.json", NULL, &error);
  g_assert_no_error (error);

  fixture_setup (&fixture, NULL);
  awc_series_list_set_report (AWC_SERIES_LIST (fixture.series_list), report);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture.bucket_panel), report);
  wait_drawn (fixture.series_list);

  throughput = group_titles (&fixture, "throughput");
  g_assert_nonnull (throughput);
  g_assert_true (g_str_has_prefix (throughput, "TPS"));
  bandwidth = group_titles (&fixture, "bandwidth");
  g_assert_nonnull (bandwidth);
  g_assert_cmpuint (strlen (bandwidth), >, 0);
  /* All its values are 0 or absent: performance_load is an empty array. */
  g_assert_null (find_named (fixture.series_list, "expected-load"));

  rows = bucket_rows (&fixture);
  g_assert_cmpuint (rows->len, ==, 9);
  g_assert_cmpstr (rows->pdata[0], ==, "0 – 50 ms|2,882|100.0 %|100.0 %|1.00");
  g_assert_cmpstr (rows->pdata[1], ==, "50 – 200 ms|0|0.0 %|100.0 %|0.00");
  g_assert_cmpstr (rows->pdata[8], ==, "≥ 5 s|0|0.0 %|100.0 %|0.00");
  total = find_with_class (fixture.bucket_panel, GTK_TYPE_LABEL, "total", 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (total)), ==, "Total 2,882 requests");
  g_assert_true (g_str_has_prefix (percentile_text (&fixture, "p99"), "0 – 50 ms · ≈ "));

  /* Both panels drop the loaded report with the window. */
  fixture_teardown (&fixture, NULL);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* No byte a terminal or a label would act on: controls but newline. */
static void
assert_label_clean (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      g_assert_true (*p >= 0x20 || *p == '\n');
      g_assert_cmpuint (*p, !=, 0x7f);
      if (*p == 0xc2)
        g_assert_false (p[1] >= 0x80 && p[1] < 0xa0);
    }
}

/* A series key and a bucket label with terminal sequences are shown
 * escaped in the panels. */
static void
test_escaped_labels (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "escape-report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  Fixture fixture = { 0 };
  gboolean seen_key = FALSE, seen_bucket = FALSE;

  report = awc_report_load_file (file, NULL, &error);
  g_assert_no_error (error);

  fixture_setup (&fixture, NULL);
  awc_series_list_set_report (AWC_SERIES_LIST (fixture.series_list), report);
  awc_bucket_panel_set_report (AWC_BUCKET_PANEL (fixture.bucket_panel), report);
  wait_drawn (fixture.series_list);
  wait_drawn (fixture.bucket_panel);

  labels = find_all (gtk_widget_get_parent (fixture.series_list), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      assert_label_clean (text);
      seen_key |= strstr (text, "tps\\e[2J\\e]0;owned\\x07") != NULL;
      seen_bucket |= strstr (text, "\\e[31mslow\\u{9b}0m") != NULL;
    }
  g_assert_true (seen_key);
  g_assert_true (seen_bucket);

  fixture_teardown (&fixture, NULL);
  g_assert_finalize_object (g_steal_pointer (&report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/awc/ui/series-list/groups", test_series_groups);
  ADD ("/awc/ui/series-list/check-binding", test_series_check);
  ADD ("/awc/ui/series-list/actions", test_series_actions);
  ADD ("/awc/ui/series-list/isolate-again", test_series_isolate_again);
  ADD ("/awc/ui/series-list/stats-range", test_series_stats_range);
  ADD ("/awc/ui/bucket-panel/rows", test_bucket_rows);
  ADD ("/awc/ui/bucket-panel/percentiles", test_bucket_percentiles);
  ADD ("/awc/ui/bucket-panel/warnings", test_bucket_warnings);
  ADD ("/awc/ui/bucket-panel/tiny-share", test_bucket_tiny_share);
  ADD ("/awc/ui/panels/report-swap", test_report_swap);
#undef ADD
  g_test_add_func ("/awc/ui/panels/sample", test_sample);
  g_test_add_func ("/awc/ui/panels/escaped-labels", test_escaped_labels);

  return g_test_run ();
}
