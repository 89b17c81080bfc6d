/* fuzz-cpts-lists.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-target.h"
#include "io/awc-cpts-case.h"
#include "io/awc-cpts-client-private.h"
#include "io/awc-cpts-error.h"

/* The list bodies of the CPTS API (projects, tasks, runs, cases): every
 * input goes through all four parsers, and every property of every item
 * (and of each case's AW children) is read back. */

typedef GListModel *(*ParseFunc) (GBytes *body, GError **error);

static void
read_properties (GObject *object)
{
  guint n_specs = 0;
  g_autofree GParamSpec **specs =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READABLE) == 0)
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        g_assert (g_utf8_validate (g_value_get_string (&value), -1, NULL));
    }
}

static void
read_list (GListModel *list,
           guint       depth)
{
  guint n = g_list_model_get_n_items (list);

  /* An AW (a child) has no children of its own */
  g_assert (depth < 2 || n == 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      read_properties (item);
      if (AWC_IS_CPTS_CASE (item))
        read_list (awc_cpts_case_get_children (AWC_CPTS_CASE (item)), depth + 1);
    }
}

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
  static const ParseFunc parsers[] = {
    _awc_cpts_parse_projects,
    _awc_cpts_parse_tasks,
    _awc_cpts_parse_runs,
    _awc_cpts_parse_cases,
  };
  g_autoptr(GBytes) body = g_bytes_new_static (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (parsers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) list = parsers[i] (body, &error);

      g_assert ((list == NULL) != (error == NULL));
      if (list != NULL)
        read_list (list, 0);
      else
        {
          g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE);
          g_assert (g_utf8_validate (error->message, -1, NULL));
        }
    }
  return 0;
}
