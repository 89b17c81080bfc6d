/* awc-cpts-project.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-item-private.h"
#include "awc-cpts-project.h"

enum { PROP_0, PROP_ID, PROP_NAME, PROP_DESCRIPTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

struct _AwcCptsProject
{
  GObject parent_instance;

  /* Owned */
  char   *strings[N_PROPS];   /* by property id */
};

G_DEFINE_FINAL_TYPE (AwcCptsProject, awc_cpts_project, G_TYPE_OBJECT)

static void
awc_cpts_project_finalize (GObject *object)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  _awc_cpts_item_free_strings (self->strings, N_PROPS);

  G_OBJECT_CLASS (awc_cpts_project_parent_class)->finalize (object);
}

static void
awc_cpts_project_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  if (!_awc_cpts_item_get_string (self->strings, N_PROPS, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
awc_cpts_project_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AwcCptsProject *self = AWC_CPTS_PROJECT (object);

  if (!_awc_cpts_item_set_string (self->strings, N_PROPS, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
awc_cpts_project_class_init (AwcCptsProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = awc_cpts_project_finalize;
  object_class->get_property = awc_cpts_project_get_property;
  object_class->set_property = awc_cpts_project_set_property;

  properties[PROP_ID] = _awc_cpts_item_param_string ("id");
  properties[PROP_NAME] = _awc_cpts_item_param_string ("name");
  properties[PROP_DESCRIPTION] = _awc_cpts_item_param_string ("description");
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
  return self->strings[PROP_ID];
}

const char *
awc_cpts_project_get_name (AwcCptsProject *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_PROJECT (self), NULL);
  return self->strings[PROP_NAME];
}

const char *
awc_cpts_project_get_description (AwcCptsProject *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_PROJECT (self), NULL);
  return self->strings[PROP_DESCRIPTION];
}
