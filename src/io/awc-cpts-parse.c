/* awc-cpts-parse.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "awc-cpts-client-private.h"

/* Ids arrive as strings or numbers (run_id is a float in the SDK): both
 * become strings, integral numbers without a fraction. */
static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  type = json_node_get_value_type (node);
  /* json-glib lets octal escapes ("\776") make invalid UTF-8 */
  if (type == G_TYPE_STRING)
    return g_utf8_make_valid (json_node_get_string (node), -1);
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      double v = json_node_get_double (node);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (isfinite (v) && v == floor (v) && fabs (v) < 9e15)
        return g_strdup_printf ("%.0f", v);
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, v));
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  return NULL;
}

static double
get_number (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    value = g_ascii_strtod (json_node_get_string (node), NULL);
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return 0;
  else
    value = json_node_get_double (node);
  /* 1e999 parses as inf and "nan" as NaN: neither is a duration or a
   * type code, and both would trip the GObject property range checks */
  return isfinite (value) ? value : 0;
}

static int
get_int (JsonObject *object,
         const char *name)
{
  double value = get_number (object, name);

  /* casting an out-of-range double to int is undefined */
  return value >= G_MININT && value <= G_MAXINT ? (int) value : 0;
}

static JsonNode *
parse_root (JsonParser  *parser,
            GBytes      *body,
            GError     **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (body, &len);
  g_autoptr(GError) local = NULL;

  if (len == 0 || !json_parser_load_from_data (parser, data ? data : "", len, &local))
    {
      /* json-glib's message may quote the body's invalid bytes */
      g_autofree char *reason = local ? g_utf8_make_valid (local->message, -1) : NULL;

      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE,
                   _("The server did not answer with JSON: %s"),
                   reason ? reason : _("empty body"));
      return NULL;
    }
  /* The root is NULL for a body of white space */
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE,
                           _("The server's answer is not a JSON object"));
      return NULL;
    }
  return json_parser_get_root (parser);
}

/* The array at @path ("result.case_aw_info_list"); a missing or null one
 * is an empty list, any other type an error naming the path. */
static JsonArray *
get_array (JsonNode    *root,
           const char  *path,
           GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        break;
      node = json_object_get_member (json_node_get_object (node), parts[i]);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE,
                   _("The server's answer has no list at “%s”"), path);
      return NULL;
    }
  return json_node_get_array (node);
}

typedef gpointer (*ItemFunc) (JsonObject *object);

static GListModel *
parse_list (GBytes      *body,
            const char  *path,
            GType        item_type,
            ItemFunc     func,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;
  JsonNode *root;
  JsonArray *array;

  if ((root = parse_root (parser, body, error)) == NULL)
    return NULL;
  array = get_array (root, path, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE,
                       _("The server's answer has a non-object at “%s[%u]”"), path, i);
          return NULL;
        }
      g_ptr_array_add (items, func (json_node_get_object (node)));
    }
  /* One items-changed for the whole list. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gpointer
project_from_json (JsonObject *o)
{
  g_autofree char *id = dup_member (o, "id");
  g_autofree char *name = dup_member (o, "name");
  g_autofree char *description = dup_member (o, "description");

  return awc_cpts_project_new (id, name, description);
}

static gpointer
task_from_json (JsonObject *o)
{
  g_autofree char *id = dup_member (o, "id");
  g_autofree char *name = dup_member (o, "name");
  g_autofree char *description = dup_member (o, "description");
  g_autofree char *update = dup_member (o, "update_time");
  g_autofree char *run = NULL;
  JsonNode *info = json_object_get_member (o, "task_run_info");

  if (info != NULL && JSON_NODE_HOLDS_OBJECT (info))
    run = dup_member (json_node_get_object (info), "id");
  return g_object_new (AWC_TYPE_CPTS_TASK,
                       "id", id,
                       "name", name,
                       "description", description,
                       "last-run-id", run,
                       "update-time", update,
                       "concurrency", MAX (get_int (o, "bench_concurrent"), 0),
                       NULL);
}

static gpointer
run_from_json (JsonObject *o)
{
  g_autofree char *id = dup_member (o, "run_id");
  g_autofree char *name = dup_member (o, "name");
  g_autofree char *start = dup_member (o, "start_time");
  g_autofree char *end = dup_member (o, "end_time");
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) case_names = NULL;
  JsonNode *temps = json_object_get_member (o, "temp_names");

  if (temps != NULL && JSON_NODE_HOLDS_ARRAY (temps))
    {
      JsonArray *array = json_node_get_array (temps);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *temp = NULL;

          if (JSON_NODE_HOLDS_OBJECT (node)
              && (temp = dup_member (json_node_get_object (node), "name")) != NULL)
            g_strv_builder_add (names, temp);
        }
    }
  case_names = g_strv_builder_end (names);
  return g_object_new (AWC_TYPE_CPTS_RUN,
                       "id", id,
                       "name", name,
                       "start-time", start,
                       "end-time", end,
                       "duration", get_number (o, "continue_time"),
                       "run-type", get_int (o, "run_type"),
                       "case-names", case_names[0] != NULL ? case_names : NULL,
                       NULL);
}

static gpointer
case_from_json (JsonObject *o)
{
  g_autofree char *name = dup_member (o, "name");
  g_autofree char *id = dup_member (o, "id");
  g_autofree char *testcase = dup_member (o, "testcaseId");
  g_autofree char *uri = dup_member (o, "case_uri_i");
  AwcCptsCase *c = awc_cpts_case_new (name, id, testcase, uri,
                                      get_int (o, "datumType"), FALSE);
  JsonNode *aw = json_object_get_member (o, "aw");

  if (aw != NULL && JSON_NODE_HOLDS_ARRAY (aw))
    {
      JsonArray *array = json_node_get_array (aw);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autoptr(AwcCptsCase) child = NULL;
          g_autofree char *aw_name = NULL;
          g_autofree char *aw_id = NULL;
          JsonObject *ao;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          ao = json_node_get_object (node);
          aw_name = dup_member (ao, "name");
          aw_id = dup_member (ao, "id");
          child = awc_cpts_case_new (aw_name, aw_id, testcase, uri,
                                     get_int (ao, "datumType"), TRUE);
          awc_cpts_case_append_child (c, child);
        }
    }
  return c;
}

GListModel *
_awc_cpts_parse_projects (GBytes  *body,
                          GError **error)
{
  return parse_list (body, "projects", AWC_TYPE_CPTS_PROJECT, project_from_json, error);
}

GListModel *
_awc_cpts_parse_tasks (GBytes  *body,
                       GError **error)
{
  return parse_list (body, "tasks", AWC_TYPE_CPTS_TASK, task_from_json, error);
}

/* Newest first; runs without a readable start go last, by id. */
static int
compare_runs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  g_autoptr(GDateTime) ta = awc_cpts_run_dup_start ((AwcCptsRun *) a);
  g_autoptr(GDateTime) tb = awc_cpts_run_dup_start ((AwcCptsRun *) b);
  gint64 ia, ib;

  if (ta != NULL && tb != NULL && g_date_time_compare (ta, tb) != 0)
    return -g_date_time_compare (ta, tb);
  if ((ta == NULL) != (tb == NULL))
    return ta == NULL ? 1 : -1;
  ia = g_ascii_strtoll (awc_cpts_run_get_id ((AwcCptsRun *) a) ? awc_cpts_run_get_id ((AwcCptsRun *) a) : "0", NULL, 10);
  ib = g_ascii_strtoll (awc_cpts_run_get_id ((AwcCptsRun *) b) ? awc_cpts_run_get_id ((AwcCptsRun *) b) : "0", NULL, 10);
  return ia < ib ? 1 : ia > ib ? -1 : 0;
}

GListModel *
_awc_cpts_parse_runs (GBytes  *body,
                      GError **error)
{
  GListModel *runs = parse_list (body, "log_list", AWC_TYPE_CPTS_RUN, run_from_json, error);

  if (runs != NULL)
    g_list_store_sort (G_LIST_STORE (runs), compare_runs, NULL);
  return runs;
}

GListModel *
_awc_cpts_parse_cases (GBytes  *body,
                       GError **error)
{
  return parse_list (body, "result.case_aw_info_list", AWC_TYPE_CPTS_CASE, case_from_json, error);
}
