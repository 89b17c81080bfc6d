/* awc-cpts-project.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-project.h"

struct _AwcCptsProject
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *description;
};

G_DEFINE_FINAL_TYPE (AwcCptsProject, awc_cpts_project, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_DESCRIPTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
awc_cpts_project_finalize (GObject *object)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (awc_cpts_project_parent_class)->finalize (object);
}

static void
awc_cpts_project_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, awc_cpts_project_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, awc_cpts_project_get_name (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, awc_cpts_project_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_project_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  /* Construct-only: set once, so there is nothing to notify. */
  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_project_class_init (AwcCptsProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = awc_cpts_project_finalize;
  object_class->get_property = awc_cpts_project_get_property;
  object_class->set_property = awc_cpts_project_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_cpts_project_init (AwcCptsProject *self)
{
}

AwcCptsProject *
awc_cpts_project_new (const char *id,
                      const char *name,
                      const char *description)
{
  return g_object_new (AWC_TYPE_CPTS_PROJECT,
                       "id", id,
                       "name", name,
                       "description", description,
                       NULL);
}

const char *
awc_cpts_project_get_id (AwcCptsProject *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_PROJECT (self), NULL);

  return self->id;
}

const char *
awc_cpts_project_get_name (AwcCptsProject *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_PROJECT (self), NULL);

  return self->name;
}

const char *
awc_cpts_project_get_description (AwcCptsProject *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_PROJECT (self), NULL);

  return self->description;
}
