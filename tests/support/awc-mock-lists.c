/* awc-mock-lists.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paged lists of the mock CodeArts PerfTest server: more projects and
 * tasks than fit a page, and both readings of offset, so the client's
 * paging is tested against each. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "awc-mock-lists.h"

static JsonNode *
generated_item (const char *key,
                guint       i)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  if (g_str_equal (key, "projects"))
    {
      name = g_strdup_printf ("project-%02u", i + 1);
      text = g_strdup_printf ("Load tests of service %u", i + 1);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, 3000 + i);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, name);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, text);
      json_builder_set_member_name (b, "source");
      json_builder_add_int_value (b, 0);
    }
  else
    {
      name = g_strdup_printf ("task-%02u", i + 1);
      text = g_strdup_printf ("2024-03-%02uT08:10:02+08:00", 1 + i % 28);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, 60000 + i);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, name);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, "");
      json_builder_set_member_name (b, "bench_concurrent");
      json_builder_add_int_value (b, 10 * (i + 1));
      json_builder_set_member_name (b, "update_time");
      json_builder_add_string_value (b, text);
      json_builder_set_member_name (b, "task_run_info");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, 48105);
      json_builder_set_member_name (b, "run_type");
      json_builder_add_int_value (b, 1);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static guint
query_uint (GHashTable *query,
            const char *name,
            gboolean   *present)
{
  const char *value = query ? g_hash_table_lookup (query, name) : NULL;

  *present = value != NULL;
  return value ? (guint) g_ascii_strtoull (value, NULL, 10) : 0;
}

char *
awc_mock_lists_body (const char    *path,
                     const char    *key,
                     guint          n_generated,
                     AwcMockPaging  paging,
                     GHashTable    *query)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  JsonObject *root;
  JsonArray *all;
  JsonArray *page;
  gboolean has_offset, has_limit;
  guint offset = query_uint (query, "offset", &has_offset);
  guint limit = query_uint (query, "limit", &has_limit);
  guint first, n;

  if (!json_parser_load_from_file (parser, path, NULL))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  if (n_generated > 0)
    {
      JsonArray *generated = json_array_new ();

      for (guint i = 0; i < n_generated; i++)
        json_array_add_element (generated, generated_item (key, i));
      json_object_set_array_member (root, key, generated);
    }
  all = json_object_get_array_member (root, key);
  n = all ? json_array_get_length (all) : 0;

  first = 0;
  if (paging == AWC_MOCK_PAGING_PAGE && has_limit)
    first = (MAX (offset, 1) - 1) * limit;
  else if (paging == AWC_MOCK_PAGING_INDEX && has_offset)
    first = offset;
  if (paging == AWC_MOCK_PAGING_NONE || !has_limit)
    limit = n;

  page = json_array_new ();
  for (guint i = first; i < n && i - first < limit; i++)
    json_array_add_element (page, json_node_copy (json_array_get_element (all, i)));
  json_object_set_array_member (root, key, page);

  json_generator_set_root (gen, json_parser_get_root (parser));
  return json_generator_to_data (gen, NULL);
}
