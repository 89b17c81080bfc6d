/* awc-report-loader-build.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "model/awc-catalog.h"

#include "awc-json-scan.h"
#include "awc-report-loader-private.h"

/* Turns the json-glib tree of a chart body into an AwcReport.  Big flat
 * arrays may have been blanked out of the tree and read beforehand; a
 * marker array in the tree gives their index in @arrays, and they are
 * read the same way either way. */

#define CANCEL_CHECK_MASK 4095u
#define PERFORMANCE_LOAD_MAX_DEPTH 4

typedef struct
{
  GPtrArray    *arrays;
  GCancellable *cancellable;
  GPtrArray    *warnings;
  GPtrArray    *series;
  guint         n_points;
} Build;

AwcJsonKind
_awc_loader_node_kind (JsonNode    *node,
                       double      *number,
                       const char **str)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return AWC_JSON_KIND_OBJECT;
    case JSON_NODE_ARRAY:
      return AWC_JSON_KIND_ARRAY;
    case JSON_NODE_NULL:
      return AWC_JSON_KIND_NULL;
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *number = (double) json_node_get_int (node);
      return AWC_JSON_KIND_NUMBER;
    case G_TYPE_DOUBLE:
      *number = json_node_get_double (node);
      return AWC_JSON_KIND_NUMBER;
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node) ? AWC_JSON_KIND_TRUE : AWC_JSON_KIND_FALSE;
    case G_TYPE_STRING:
      *str = json_node_get_string (node);
      return AWC_JSON_KIND_STRING;
    default:
      return AWC_JSON_KIND_NULL;
    }
}

static const char *
node_noun (JsonNode *node)
{
  double number;
  const char *str;

  return awc_json_kind_noun (_awc_loader_node_kind (node, &number, &str));
}

static void G_GNUC_PRINTF (2, 3)
warn (Build      *b,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (b->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

static AwcLoaderArray *
lookup_blanked (Build      *b,
                JsonNode   *node,
                const char *path)
{
  JsonArray *array = json_node_get_array (node);
  AwcLoaderArray *pre;
  JsonNode *marker, *index;
  gint64 i;

  if (b->arrays == NULL || json_array_get_length (array) != 2)
    return NULL;
  marker = json_array_get_element (array, 0);
  index = json_array_get_element (array, 1);
  if (!JSON_NODE_HOLDS_VALUE (marker) || json_node_get_value_type (marker) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (marker), AWC_JSON_BLANK_MARKER) ||
      !JSON_NODE_HOLDS_VALUE (index) || json_node_get_value_type (index) != G_TYPE_INT64)
    return NULL;
  i = json_node_get_int (index);
  if (i < 0 || i >= (gint64) b->arrays->len)
    return NULL;

  /* A body could hold the marker itself: then the paths differ. */
  pre = g_ptr_array_index (b->arrays, (guint) i);
  return g_str_equal (pre->path, path) ? pre : NULL;
}

static GArray *
read_numbers (Build       *b,
              JsonNode    *node,
              const char  *path,
              GError     **error)
{
  AwcLoaderArray *pre = lookup_blanked (b, node, path);
  JsonArray *array;
  g_autoptr(GArray) values = NULL;
  guint n;

  if (pre != NULL)
    {
      if (pre->error != NULL && !pre->timestamps)
        {
          g_propagate_error (error, g_error_copy (pre->error));
          return NULL;
        }
      if (pre->values != NULL && !pre->timestamps)
        return g_steal_pointer (&pre->values);
      return awc_json_parse_number_array (pre->data, pre->len, path, b->cancellable, error);
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *str = NULL;
      double v = NAN;
      AwcJsonKind kind;

      if ((i & CANCEL_CHECK_MASK) == 0 && g_cancellable_set_error_if_cancelled (b->cancellable, error))
        return NULL;

      kind = _awc_loader_node_kind (element, &v, &str);
      if (kind == AWC_JSON_KIND_NULL)
        v = NAN;
      else if (kind != AWC_JSON_KIND_NUMBER)
        {
          awc_json_set_number_error (error, path, i, kind, str, str != NULL ? strlen (str) : 0);
          return NULL;
        }
      g_array_append_val (values, v);
    }

  return g_steal_pointer (&values);
}

static GArray *
read_timestamps (Build       *b,
                 JsonNode    *node,
                 const char  *path,
                 gboolean    *wall_clock,
                 GError     **error)
{
  AwcLoaderArray *pre = lookup_blanked (b, node, path);

  if (pre != NULL)
    {
      if (pre->error != NULL && pre->timestamps)
        {
          g_propagate_error (error, g_error_copy (pre->error));
          return NULL;
        }
      if (pre->values != NULL && pre->timestamps)
        {
          *wall_clock = pre->wall_clock;
          return g_steal_pointer (&pre->values);
        }
      return _awc_loader_parse_timestamps (pre->data, pre->len, path, wall_clock,
                                           b->cancellable, error);
    }

  return _awc_loader_parse_timestamps_node (json_node_get_array (node), path, wall_clock,
                                            b->cancellable, error);
}

static void
add_series (Build      *b,
            const char *id,
            const char *raw_title,
            const char *raw_group,
            gboolean    expected_load,
            GArray     *values)
{
  const AwcCatalogEntry *entry = expected_load ? NULL : awc_catalog_lookup (id);
  const AwcCatalogGroup *group = NULL;
  AwcSeries *series;

  if (entry != NULL)
    {
      group = awc_catalog_lookup_group (entry->group);
      series = awc_series_new (id, _(entry->title), entry->group,
                               group != NULL ? _(group->title) : entry->group,
                               entry->unit, values);
      awc_series_set_visible (series, entry->default_visible);
    }
  else if (expected_load)
    {
      group = awc_catalog_lookup_group (AWC_CATALOG_GROUP_EXPECTED_LOAD);
      series = awc_series_new (id, raw_title, AWC_CATALOG_GROUP_EXPECTED_LOAD,
                               group != NULL ? _(group->title) : _("Expected load"),
                               AWC_UNIT_COUNT, values);
    }
  else
    series = awc_series_new (id, raw_title, raw_group, raw_group, AWC_UNIT_COUNT, values);

  g_ptr_array_add (b->series, series);
}

static gboolean
load_series (Build       *b,
             const char  *group_key,
             const char  *key,
             JsonNode    *node,
             const char  *path,
             GError     **error)
{
  g_autofree char *id = NULL;
  g_autoptr(GArray) values = NULL;
  guint n;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_SERIES,
                   _("%s: expected an array of numbers, got %s"), path, node_noun (node));
      return FALSE;
    }
  if (!(values = read_numbers (b, node, path, error)))
    return FALSE;

  /* An empty series means "not measured": nothing to draw. */
  if (values->len == 0)
    return TRUE;

  n = values->len;
  if (n > b->n_points)
    {
      g_array_set_size (values, b->n_points);
      warn (b, _("%s has %u values for %u timestamps: cut to %u"), path, n, b->n_points, b->n_points);
    }
  else if (n < b->n_points)
    {
      g_array_set_size (values, b->n_points);
      for (guint i = n; i < b->n_points; i++)
        g_array_index (values, double, i) = NAN;
      warn (b, _("%s has %u values for %u timestamps: padded with gaps"), path, n, b->n_points);
    }

  id = g_strdup_printf ("%s.%s", group_key, key);
  add_series (b, id, key, group_key, FALSE, g_steal_pointer (&values));
  return TRUE;
}

static gboolean
load_performance (Build       *b,
                  JsonNode    *node,
                  const char  *path,
                  const char  *id,
                  guint        depth,
                  GError     **error)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *child;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      warn (b, _("%s: skipped (expected an object, got %s)"), path, node_noun (node));
      return TRUE;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &key, &child))
    {
      g_autofree char *child_path = g_strdup_printf ("%s.%s", path, key);
      g_autofree char *child_id = g_strdup_printf ("%s.%s", id, key);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GArray) values = NULL;

      if (JSON_NODE_HOLDS_NULL (child))
        continue;
      if (JSON_NODE_HOLDS_OBJECT (child))
        {
          if (depth + 1 >= PERFORMANCE_LOAD_MAX_DEPTH)
            warn (b, _("%s: skipped (nested too deeply)"), child_path);
          else if (!load_performance (b, child, child_path, child_id, depth + 1, error))
            return FALSE;
          continue;
        }
      if (!JSON_NODE_HOLDS_ARRAY (child))
        {
          warn (b, _("%s: skipped (expected an array of numbers, got %s)"), child_path,
                node_noun (child));
          continue;
        }

      if (!(values = read_numbers (b, child, child_path, &local_error)))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          warn (b, _("skipped %s"), local_error->message);
          continue;
        }
      if (values->len == 0)
        continue;
      if (values->len != b->n_points)
        {
          warn (b, _("%s: skipped (%u values for %u timestamps)"), child_path,
                values->len, b->n_points);
          continue;
        }

      /* The title is the path inside performance_load: "sub.key". */
      add_series (b, child_id, child_id + strlen ("performance_load."), NULL, TRUE,
                  g_steal_pointer (&values));
    }

  return TRUE;
}

static gboolean
code_is_success (JsonNode *node)
{
  const char *code;
  gsize len;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node) == 0 || json_node_get_int (node) == 200;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return TRUE;

  /* "SVCSTG.CPTS.0000000": success codes end in a run of zeros. */
  code = json_node_get_string (node);
  len = strlen (code);
  while (len > 0 && g_ascii_isdigit (code[len - 1]))
    {
      if (code[len - 1] != '0')
        return FALSE;
      len--;
    }
  return TRUE;
}

static char *
member_text (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

static gboolean
check_error_body (JsonObject  *root,
                  JsonNode    *result_node,
                  GError     **error)
{
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  JsonNode *code_node;

  if (result_node != NULL && !JSON_NODE_HOLDS_NULL (result_node))
    return TRUE;

  if ((code = member_text (root, "error_code")) != NULL)
    message = member_text (root, "error_msg");
  else if ((code_node = json_object_get_member (root, "code")) != NULL && !code_is_success (code_node))
    {
      code = member_text (root, "code");
      message = member_text (root, "message");
    }
  if (code == NULL)
    return TRUE;

  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_API_ERROR, _("API error %s: %s"),
               code, message != NULL && *message ? message : _("(no message)"));
  return FALSE;
}

static gboolean
load_broken_list (Build       *b,
                  JsonObject  *broken_list,
                  const char  *path,
                  AwcReport   *report,
                  GError     **error)
{
  g_autofree char *ts_path = g_strdup_printf ("%s.commonTimestamps", path);
  JsonNode *node = json_object_get_member (broken_list, "commonTimestamps");
  g_autoptr(GArray) timestamps = NULL;
  gboolean wall_clock = FALSE;
  JsonObjectIter iter;
  const char *key;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_MISSING_TIMESTAMPS,
                   _("%s is missing"), ts_path);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_TIMESTAMP,
                   _("%s: expected an array, got %s"), ts_path, node_noun (node));
      return FALSE;
    }
  if (!(timestamps = read_timestamps (b, node, ts_path, &wall_clock, error)))
    return FALSE;
  b->n_points = timestamps->len;

  json_object_iter_init_ordered (&iter, broken_list);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      g_autofree char *group_path = g_strdup_printf ("%s.%s", path, key);
      JsonObjectIter members;
      const char *member;
      JsonNode *child;

      if (g_str_equal (key, "commonTimestamps") || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (g_str_equal (key, "performance_load"))
        {
          if (!load_performance (b, node, group_path, key, 0, error))
            return FALSE;
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          /* A future API may add other kinds of members: only *_brokens
           * are known to be groups. */
          if (!g_str_has_suffix (key, "_brokens"))
            {
              warn (b, _("%s: skipped (expected an object, got %s)"), group_path, node_noun (node));
              continue;
            }
          g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_GROUP,
                       _("%s: expected an object, got %s"), group_path, node_noun (node));
          return FALSE;
        }

      json_object_iter_init_ordered (&members, json_node_get_object (node));
      while (json_object_iter_next_ordered (&members, &member, &child))
        {
          g_autofree char *series_path = g_strdup_printf ("%s.%s", group_path, member);

          if (!load_series (b, key, member, child, series_path, error))
            return FALSE;
        }
    }

  awc_report_set_timestamps (report, g_steal_pointer (&timestamps), wall_clock);
  return TRUE;
}

AwcReport *
_awc_loader_build_report (JsonNode      *root,
                          GPtrArray     *arrays,
                          const char    *source,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) buckets = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *err_message = NULL;
  g_autofree char *bl_path = NULL;
  Build b = { arrays, cancellable, warnings, series, 0 };
  JsonObject *root_object;
  JsonObject *result;
  JsonNode *result_node;
  JsonNode *node;
  const char *prefix = "result.";

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_CHART,
                   _("not a CodeArts PerfTest chart body: no \"result\" or \"broken_list\" object "
                     "(the body is %s)"), node_noun (root));
      return NULL;
    }
  root_object = json_node_get_object (root);
  result_node = json_object_get_member (root_object, "result");
  if (!check_error_body (root_object, result_node, error))
    return NULL;

  if (result_node == NULL)
    {
      if (!json_object_has_member (root_object, "broken_list"))
        {
          g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_CHART,
                       _("not a CodeArts PerfTest chart body: no \"result\" or \"broken_list\" object"));
          return NULL;
        }
      result = root_object;
      prefix = "";
    }
  else if (JSON_NODE_HOLDS_NULL (result_node))
    {
      g_autofree char *why = member_text (root_object, "err_message");

      if (why == NULL || *why == '\0')
        {
          g_free (why);
          why = member_text (root_object, "message");
        }
      if (why != NULL && *why != '\0' && g_ascii_strcasecmp (why, "success") != 0)
        g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NULL_RESULT,
                     _("result is null (%s)"), why);
      else
        g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NULL_RESULT, _("result is null"));
      return NULL;
    }
  else if (!JSON_NODE_HOLDS_OBJECT (result_node))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_CHART,
                   _("not a CodeArts PerfTest chart body: result is %s, not an object"),
                   node_noun (result_node));
      return NULL;
    }
  else
    result = json_node_get_object (result_node);

  err_message = member_text (result, "err_message");
  bl_path = g_strdup_printf ("%sbroken_list", prefix);
  node = json_object_get_member (result, "broken_list");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = NULL;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        what = g_strdup_printf (_("not a CodeArts PerfTest chart body: no \"broken_list\" object in %s"),
                                prefix[0] != '\0' ? "result" : _("the body"));
      else
        what = g_strdup_printf (_("not a CodeArts PerfTest chart body: %s: expected an object, got %s"),
                                bl_path, node_noun (node));
      if (err_message != NULL && *err_message != '\0')
        g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_CHART,
                     _("%s (err_message: %s)"), what, err_message);
      else
        g_set_error_literal (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_CHART, what);
      return NULL;
    }

  report = awc_report_new ();
  if (!load_broken_list (&b, json_node_get_object (node), bl_path, report, error))
    return NULL;
  if (!(buckets = _awc_loader_load_buckets (result, prefix, warnings, error)))
    return NULL;

  title = _awc_loader_title_from_source (source);
  awc_report_set_title (report, title);
  awc_report_set_source (report, source);
  if (err_message != NULL && *err_message != '\0')
    awc_report_set_err_message (report, err_message);
  awc_catalog_add_derived (series);
  awc_report_set_series (report, g_steal_pointer (&series));
  awc_report_set_buckets (report, g_steal_pointer (&buckets));
  for (guint i = 0; i < warnings->len; i++)
    awc_report_add_warning (report, "%s", (const char *) g_ptr_array_index (warnings, i));

  return g_steal_pointer (&report);
}
