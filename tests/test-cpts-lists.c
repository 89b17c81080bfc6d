/* test-cpts-lists.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Complete lists (issue 16 §1): projects and tasks come in pages, and the
 * server may read offset as a page number from 1 or an item index from 0;
 * either way every item comes once.  Also the fields the browser shows:
 * task concurrency and update time, run case names, newest run first,
 * durations as h:mm:ss. */
#include "config.h"

#include "cpts-test-common.h"

#define N_ITEMS 57   /* more than two pages of 25, not a multiple of one */

/* Every generated id once, in the server's order. */
static void
assert_complete (GListModel *model,
                 guint       n,
                 guint       first_id)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;
      g_autofree char *want = g_strdup_printf ("%u", first_id + i);

      g_object_get (item, "id", &id, NULL);
      g_assert_cmpstr (id, ==, want);
    }
}

static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  AwcMockPaging paging = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(AwcCptsTask) task = NULL;
  guint n_before;

  awc_mock_cpts_set_paging (f->mock, paging, N_ITEMS);
  _awc_cpts_client_set_page_size (f->client, 25);

  projects = list (f, "projects", NULL, &error);
  g_assert_no_error (error);
  assert_complete (projects, N_ITEMS, 3000);
  /* (a server that ignores paging reads like item indexes: page 2
   * repeats page 1) */
  g_assert_cmpint (_awc_cpts_client_get_paging (f->client), ==,
                   (paging == AWC_MOCK_PAGING_PAGE ? AWC_CPTS_PAGING_PAGE : AWC_CPTS_PAGING_INDEX));

  /* The reading is known now: the tasks take exactly the pages needed
   * (two full, one short). */
  n_before = awc_mock_cpts_get_n_requests (f->mock);
  tasks = list (f, "tasks", "3000", &error);
  g_assert_no_error (error);
  assert_complete (tasks, N_ITEMS, 60000);
  if (paging != AWC_MOCK_PAGING_NONE)
    g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock) - n_before, ==, 3);
  task = g_list_model_get_item (tasks, 2);
  g_assert_cmpstr (awc_cpts_task_get_name (task), ==, "task-03");
  g_assert_cmpint (awc_cpts_task_get_concurrency (task), ==, 30);
  g_assert_cmpstr (awc_cpts_task_get_update_time (task), ==, "2024-03-03T08:10:02+08:00");
  g_assert_cmpstr (awc_cpts_task_get_last_run_id (task), ==, "48105");
}

/* Lists that fit one page, under each reading: nothing lost, nothing
 * twice (an index server misses item 0 at offset=1). */
static void
test_short (Fixture       *f,
            gconstpointer  data)
{
  AwcMockPaging paging = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = NULL;

  awc_mock_cpts_set_paging (f->mock, paging, 7);
  projects = list (f, "projects", NULL, &error);
  g_assert_no_error (error);
  assert_complete (projects, 7, 3000);
}

/* An exact multiple of the page size, read as item indexes. */
static void
test_exact_pages (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = NULL;

  awc_mock_cpts_set_paging (f->mock, AWC_MOCK_PAGING_INDEX, 50);
  _awc_cpts_client_set_page_size (f->client, 25);
  projects = list (f, "projects", NULL, &error);
  g_assert_no_error (error);
  assert_complete (projects, 50, 3000);
}

/* A failed page fails the whole list: never half a list. */
static void
test_page_error (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = NULL;

  awc_mock_cpts_set_paging (f->mock, AWC_MOCK_PAGING_PAGE, N_ITEMS);
  _awc_cpts_client_set_page_size (f->client, 25);
  _awc_cpts_client_set_paging (f->client, AWC_CPTS_PAGING_PAGE);
  projects = list (f, "projects", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&projects);
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_403, -1);
  projects = list (f, "projects", NULL, &error);
  g_assert_null (projects);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_PERMISSION);
}

static void
test_runs (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = list (f, "runs", "52631", &error);
  g_autoptr(AwcCptsRun) newest = NULL, older = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char * const *names;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  newest = g_list_model_get_item (runs, 0);
  older = g_list_model_get_item (runs, 1);
  g_assert_cmpstr (awc_cpts_run_get_id (newest), ==, "48105");
  g_assert_cmpstr (awc_cpts_run_get_id (older), ==, "47990");
  names = awc_cpts_run_get_case_names (newest);
  g_assert_nonnull (names);
  g_assert_cmpstr (names[0], ==, "login-and-browse");
  g_assert_null (names[1]);
  g_assert_null (awc_cpts_run_get_case_names (older));
  start = awc_cpts_run_dup_start (newest);
  g_assert_nonnull (start);
  g_assert_cmpint (g_date_time_to_unix (start), ==, 1710460800);
  g_assert_cmpfloat (awc_cpts_run_get_seconds (newest), ==, 602);
}

static void
test_format (void)
{
  struct { double seconds; const char *text; } cases[] = {
    { 602, "0:10:02" }, { 4 * 3600, "4:00:00" }, { 59.6, "0:01:00" }, { 100 * 3600 + 61, "100:01:01" },
    { -1, "–" },
  };
  g_autoptr(GDateTime) a = awc_cpts_time_parse ("2023-05-04 17:24:44");
  g_autoptr(GDateTime) b = awc_cpts_time_parse ("1710460800000");
  g_autoptr(GDateTime) c = awc_cpts_time_parse ("yesterday");
  g_autoptr(AwcCptsRun) ms = awc_cpts_run_new ("1", "r", "2024-03-15T08:00:00Z", "2024-03-15T09:00:00Z",
                                               3600000, 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_cpts_format_duration (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_nonnull (a);
  g_assert_cmpint (g_date_time_get_hour (a), ==, 17);
  g_assert_nonnull (b);
  g_assert_cmpint (g_date_time_to_unix (b), ==, 1710460800);
  g_assert_null (c);
  /* continue_time in milliseconds is recognised by the start/end span */
  g_assert_cmpfloat (awc_cpts_run_get_seconds (ms), ==, 3600);
}

int
main (int   argc,
      char *argv[])
{
  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/awc/io/cpts-lists/" path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("paging-page-number", test_paging, GINT_TO_POINTER (AWC_MOCK_PAGING_PAGE));
  ADD ("paging-item-index", test_paging, GINT_TO_POINTER (AWC_MOCK_PAGING_INDEX));
  ADD ("paging-ignored", test_paging, GINT_TO_POINTER (AWC_MOCK_PAGING_NONE));
  ADD ("short-page-number", test_short, GINT_TO_POINTER (AWC_MOCK_PAGING_PAGE));
  ADD ("short-item-index", test_short, GINT_TO_POINTER (AWC_MOCK_PAGING_INDEX));
  ADD ("exact-pages-item-index", test_exact_pages, NULL);
  ADD ("page-error", test_page_error, NULL);
  ADD ("runs", test_runs, NULL);
#undef ADD
  g_test_add_func ("/awc/io/cpts-lists/format", test_format);
  return g_test_run ();
}
