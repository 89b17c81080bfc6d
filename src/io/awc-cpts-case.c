/* awc-cpts-case.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-case.h"
#include "awc-cpts-client.h"
#include "awc-cpts-item-private.h"

/* The string properties come first: they index strings[]. */
enum {
  PROP_0,
  PROP_NAME,
  PROP_ID,
  PROP_TESTCASE_ID,
  PROP_CASE_URI_I,
  PROP_DATUM_TYPE,
  PROP_IS_AW,
  PROP_CHILDREN,
  N_PROPS
};
#define N_STRINGS PROP_DATUM_TYPE
static GParamSpec *properties[N_PROPS];

struct _AwcCptsCase
{
  GObject     parent_instance;

  /* Owned */
  char       *strings[N_STRINGS];   /* by property id */
  GListStore *children;

  int         datum_type;
  gboolean    is_aw;
};

G_DEFINE_FINAL_TYPE (AwcCptsCase, awc_cpts_case, G_TYPE_OBJECT)

static const char *mapping_names[] = { "auto", "testcase-id", "case-uri" };

const char *
awc_cpts_id_mapping_to_string (AwcCptsIdMapping mapping)
{
  g_return_val_if_fail (mapping <= AWC_CPTS_ID_MAPPING_CASE_URI, "auto");

  return mapping_names[mapping];
}

AwcCptsIdMapping
awc_cpts_id_mapping_from_string (const char *str)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (mapping_names); i++)
    if (g_str_equal (str, mapping_names[i]))
      return (AwcCptsIdMapping) i;
  return AWC_CPTS_ID_MAPPING_AUTO;
}

static void
awc_cpts_case_dispose (GObject *object)
{
  AwcCptsCase *self = AWC_CPTS_CASE (object);

  g_clear_object (&self->children);

  G_OBJECT_CLASS (awc_cpts_case_parent_class)->dispose (object);
}

static void
awc_cpts_case_finalize (GObject *object)
{
  AwcCptsCase *self = AWC_CPTS_CASE (object);

  _awc_cpts_item_free_strings (self->strings, N_STRINGS);

  G_OBJECT_CLASS (awc_cpts_case_parent_class)->finalize (object);
}

static void
awc_cpts_case_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AwcCptsCase *self = AWC_CPTS_CASE (object);

  if (_awc_cpts_item_get_string (self->strings, N_STRINGS, prop_id, value))
    return;
  switch (prop_id)
    {
    case PROP_DATUM_TYPE:
      g_value_set_int (value, self->datum_type);
      break;
    case PROP_IS_AW:
      g_value_set_boolean (value, self->is_aw);
      break;
    case PROP_CHILDREN:
      g_value_set_object (value, self->children);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_case_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AwcCptsCase *self = AWC_CPTS_CASE (object);

  /* Construct-only: set once, so there is nothing to notify. */
  if (_awc_cpts_item_set_string (self->strings, N_STRINGS, prop_id, value))
    return;
  switch (prop_id)
    {
    case PROP_DATUM_TYPE:
      self->datum_type = g_value_get_int (value);
      break;
    case PROP_IS_AW:
      self->is_aw = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_case_class_init (AwcCptsCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = AWC_CPTS_ITEM_PARAM_FLAGS;

  object_class->dispose = awc_cpts_case_dispose;
  object_class->finalize = awc_cpts_case_finalize;
  object_class->get_property = awc_cpts_case_get_property;
  object_class->set_property = awc_cpts_case_set_property;

  properties[PROP_NAME] = _awc_cpts_item_param_string ("name");
  properties[PROP_ID] = _awc_cpts_item_param_string ("id");
  properties[PROP_TESTCASE_ID] = _awc_cpts_item_param_string ("testcase-id");
  properties[PROP_CASE_URI_I] = _awc_cpts_item_param_string ("case-uri-i");
  properties[PROP_DATUM_TYPE] =
    g_param_spec_int ("datum-type", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_IS_AW] = g_param_spec_boolean ("is-aw", NULL, NULL, FALSE, flags);
  properties[PROP_CHILDREN] =
    g_param_spec_object ("children", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_cpts_case_init (AwcCptsCase *self)
{
  self->children = g_list_store_new (AWC_TYPE_CPTS_CASE);
}

AwcCptsCase *
awc_cpts_case_new (const char *name,
                   const char *id,
                   const char *testcase_id,
                   const char *case_uri_i,
                   int         datum_type,
                   gboolean    is_aw)
{
  return g_object_new (AWC_TYPE_CPTS_CASE,
                       "name", name,
                       "id", id,
                       "testcase-id", testcase_id,
                       "case-uri-i", case_uri_i,
                       "datum-type", datum_type,
                       "is-aw", !!is_aw,
                       NULL);
}

const char *
awc_cpts_case_get_name (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), NULL);
  return self->strings[PROP_NAME];
}

const char *
awc_cpts_case_get_id (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), NULL);
  return self->strings[PROP_ID];
}

const char *
awc_cpts_case_get_testcase_id (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), NULL);
  return self->strings[PROP_TESTCASE_ID];
}

const char *
awc_cpts_case_get_case_uri_i (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), NULL);
  return self->strings[PROP_CASE_URI_I];
}

int
awc_cpts_case_get_datum_type (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), 0);
  return self->datum_type;
}

gboolean
awc_cpts_case_get_is_aw (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), FALSE);
  return self->is_aw;
}

GListModel *
awc_cpts_case_get_children (AwcCptsCase *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), NULL);
  return G_LIST_MODEL (self->children);
}

void
awc_cpts_case_append_child (AwcCptsCase *self,
                            AwcCptsCase *child)
{
  g_return_if_fail (AWC_IS_CPTS_CASE (self));
  g_return_if_fail (AWC_IS_CPTS_CASE (child));

  g_list_store_append (self->children, child);
}

gboolean
awc_cpts_case_dup_chart_ids (AwcCptsCase       *self,
                             AwcCptsIdMapping   mapping,
                             char             **case_run_id,
                             char             **detail_id)
{
  const char *run, *detail;

  g_return_val_if_fail (AWC_IS_CPTS_CASE (self), FALSE);

  if (mapping == AWC_CPTS_ID_MAPPING_CASE_URI)
    {
      run = self->strings[PROP_CASE_URI_I];
      detail = self->strings[PROP_TESTCASE_ID];
    }
  else
    {
      run = self->strings[PROP_TESTCASE_ID];
      detail = self->strings[PROP_ID];
    }
  if (!awc_cpts_id_is_numeric (run) || detail == NULL || *detail == '\0')
    return FALSE;
  if (case_run_id)
    *case_run_id = g_strdup (run);
  if (detail_id)
    *detail_id = g_strdup (detail);
  return TRUE;
}
