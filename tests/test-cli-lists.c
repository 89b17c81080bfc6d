/* test-cli-lists.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * awchart --list-projects / --list-tasks / --list-runs (issue 16 §4)
 * against the mock CodeArts PerfTest server, which pages its lists under
 * either reading of offset: complete lists, aligned tables, JSON arrays,
 * and the credential, endpoint and exit-code rules of --list-cases. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "awc-cli-mock-fixture.h"

#define N_ITEMS 57

/* awchart WHAT [ID-OPTION ID] --project-id PID --endpoint MOCK [--json] */
static void
run_list (Fixture            *f,
          const char * const *env,
          const char         *what,
          const char         *id_option,
          const char         *id,
          gboolean            json)
{
  const char *argv[12] = { what, "--project-id", PID, "--endpoint",
                           awc_mock_cpts_get_base_url (f->mock), "--timeout", "10", NULL };
  guint n = 7;

  if (id_option != NULL)
    {
      argv[n++] = id_option;
      argv[n++] = id;
    }
  if (json)
    argv[n++] = "--json";
  argv[n] = NULL;
  run_awchart (f, env, argv);
}

static JsonArray *
parse_array (Fixture    *f,
             JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, f->out_text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_node_get_array (json_parser_get_root (parser));
}

/* Each id once, in order from @first_id, and a name on every object. */
static void
assert_ids (JsonArray *array,
            guint      n,
            guint      first_id)
{
  g_assert_cmpuint (json_array_get_length (array), ==, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autofree char *want = g_strdup_printf ("%u", first_id + i);

      g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, want);
      g_assert_nonnull (json_object_get_string_member (o, "name"));
    }
}

/* Every line has the second column at the same character offset. */
static void
assert_aligned (const char *text,
                guint       n_lines)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  glong column = -1;

  g_assert_cmpuint (g_strv_length (lines), ==, n_lines + 1);
  g_assert_cmpstr (lines[n_lines], ==, "");
  for (guint i = 0; i < n_lines; i++)
    {
      const char *p = lines[i];
      glong at;

      while (*p != '\0' && *p != ' ')
        p++;
      while (*p == ' ')
        p++;
      at = g_utf8_pointer_to_offset (lines[i], p);
      if (column < 0)
        column = at;
      g_assert_cmpint (at, ==, column);
    }
}

static void
test_projects (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  if (!have_awchart ())
    return;
  awc_mock_cpts_set_paging (f->mock, GPOINTER_TO_INT (data), N_ITEMS);
  run_list (f, NULL, "--list-projects", NULL, NULL, FALSE);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (g_str_has_prefix (f->out_text, "ID    NAME        DESCRIPTION\n3000  project-01  Load tests of service 1\n"));
  assert_aligned (f->out_text, N_ITEMS + 1);

  run_list (f, NULL, "--list-projects", NULL, NULL, TRUE);
  g_assert_cmpint (f->status, ==, 0);
  assert_ids (parse_array (f, parser), N_ITEMS, 3000);
  o = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 56);
  g_assert_cmpstr (json_object_get_string_member (o, "description"), ==, "Load tests of service 57");
}

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *utc[] = { "TZ=UTC", NULL };
  JsonObject *o;

  if (!have_awchart ())
    return;
  awc_mock_cpts_set_paging (f->mock, GPOINTER_TO_INT (data), N_ITEMS);
  run_list (f, utc, "--list-tasks", "--test-suite-id", "3000", FALSE);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  /* the update time 08:10:02+08:00 shows in local time, here UTC */
  g_assert_true (g_str_has_prefix (f->out_text,
                                   "ID     NAME     CONCURRENCY  LAST RUN          LATEST REPORT\n"
                                   "60000  task-01  10           2024-03-01 00:10  48105\n"));
  assert_aligned (f->out_text, N_ITEMS + 1);

  run_list (f, utc, "--list-tasks", "--test-suite-id", "3000", TRUE);
  g_assert_cmpint (f->status, ==, 0);
  assert_ids (parse_array (f, parser), N_ITEMS, 60000);
  o = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 2);
  g_assert_cmpint (json_object_get_int_member (o, "concurrency"), ==, 30);
  g_assert_cmpstr (json_object_get_string_member (o, "last_run_time"), ==, "2024-03-03T08:10:02+08:00");
  g_assert_cmpstr (json_object_get_string_member (o, "latest_run_id"), ==, "48105");
}

static void
test_runs (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *utc[] = { "TZ=UTC", NULL };
  JsonArray *array;
  JsonObject *o;

  if (!have_awchart ())
    return;
  run_list (f, utc, "--list-runs", "--task-id", "52631", FALSE);
  g_assert_cmpstr (f->err_text, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  /* newest first, h:mm:ss, the case names, the raw name last */
  g_assert_cmpstr (f->out_text, ==,
                   "ID     START             DURATION  CASES             NAME\n"
                   "48105  2024-03-15 00:00  0:10:02   login-and-browse  nightly_2024-03-15T08:00:00+08:00\n"
                   "47990  2024-03-14 00:00  0:10:00   -                 nightly_2024-03-14T08:00:00+08:00\n");

  run_list (f, utc, "--list-runs", "--task-id", "52631", TRUE);
  g_assert_cmpint (f->status, ==, 0);
  array = parse_array (f, parser);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  o = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "48105");
  g_assert_cmpstr (json_object_get_string_member (o, "start_time"), ==, "2024-03-15T08:00:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (o, "duration"), ==, "0:10:02");
  g_assert_cmpfloat (json_object_get_double_member (o, "duration_seconds"), ==, 602);
  g_assert_cmpint (json_object_get_int_member (o, "case_count"), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "cases"), 0),
                   ==, "login-and-browse");
}

/* The rules of --list-cases: usage problems exit 2, server and
 * credential problems exit 1, each one line. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  const char *no_creds[] = { "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", NULL };
  const char *bad_sk[] = { "HUAWEICLOUD_SDK_SK=wrong-secret", NULL };
  const char *both[] = { "--list-projects", "--project-id", PID, "--region", "cn-north-4",
                         "--endpoint", awc_mock_cpts_get_base_url (f->mock), NULL };
  const char *no_pid[] = { "--list-runs", "--task-id", "52631", "--region", "cn-north-4", NULL };
  const char *two[] = { "--list-projects", "--list-runs", "--task-id", "1", "--project-id", PID,
                        "--region", "cn-north-4", NULL };
  const char *bad_timeout[] = { "--list-projects", "--project-id", PID, "--region", "cn-north-4",
                                "--timeout", "-3", NULL };

  if (!have_awchart ())
    return;
  run_list (f, NULL, "--list-tasks", NULL, NULL, FALSE);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpstr (f->err_text, ==, "awchart: --list-tasks needs --test-suite-id ID (see --list-projects)\n");
  run_list (f, NULL, "--list-runs", NULL, NULL, TRUE);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpstr (f->err_text, ==, "awchart: --list-runs needs --task-id ID (see --list-tasks)\n");
  run_list (f, NULL, "--list-projects", "--task-id", "52631", FALSE);
  g_assert_cmpint (f->status, ==, 2);
  run_list (f, NULL, "--list-runs", "--task-id", "52/631", FALSE);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpstr (f->err_text, ==, "awchart: The task id “52/631” is not a valid id\n");
  run_awchart (f, NULL, both);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpstr (f->err_text, ==, "awchart: Give either --region REGION or --endpoint URL\n");
  run_awchart (f, NULL, no_pid);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpstr (f->err_text, ==, "awchart: Missing --project-id (or HUAWEICLOUD_SDK_PROJECT_ID)\n");
  run_awchart (f, NULL, bad_timeout);
  g_assert_cmpint (f->status, ==, 2);
  run_awchart (f, NULL, two);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_true (g_str_has_prefix (f->err_text, "awchart: Give one of --list-projects"));

  run_list (f, no_creds, "--list-projects", NULL, NULL, FALSE);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->out_text, ==, "");
  run_list (f, bad_sk, "--list-tasks", "--test-suite-id", "1203", TRUE);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->out_text, ==, "");
  g_assert_cmpstr (f->err_text, ==, "awchart: Authentication failed (401 APIGW.0301): verify aksk signature fail\n");
  /* a failed page fails the list: no partial table */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_403, -1);
  run_list (f, NULL, "--list-projects", NULL, NULL, FALSE);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->out_text, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/awc/cli/lists/" path, Fixture, data, cli_fixture_setup, func, cli_fixture_teardown)
  ADD ("projects-page-number", test_projects, GINT_TO_POINTER (AWC_MOCK_PAGING_PAGE));
  ADD ("projects-item-index", test_projects, GINT_TO_POINTER (AWC_MOCK_PAGING_INDEX));
  ADD ("tasks-page-number", test_tasks, GINT_TO_POINTER (AWC_MOCK_PAGING_PAGE));
  ADD ("tasks-item-index", test_tasks, GINT_TO_POINTER (AWC_MOCK_PAGING_INDEX));
  ADD ("runs", test_runs, NULL);
  ADD ("rules", test_rules, NULL);
#undef ADD
  return g_test_run ();
}
