/* awc-cpts-task.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-item-private.h"
#include "awc-cpts-task.h"

/* The string properties come first: they index strings[]. */
enum { PROP_0, PROP_ID, PROP_NAME, PROP_DESCRIPTION, PROP_LAST_RUN_ID, PROP_UPDATE_TIME,
       PROP_CONCURRENCY, N_PROPS };
#define N_STRINGS PROP_CONCURRENCY
static GParamSpec *properties[N_PROPS];

struct _AwcCptsTask
{
  GObject parent_instance;

  /* Owned */
  char   *strings[N_STRINGS];   /* by property id */

  int     concurrency;
};

G_DEFINE_FINAL_TYPE (AwcCptsTask, awc_cpts_task, G_TYPE_OBJECT)

static void
awc_cpts_task_finalize (GObject *object)
{
  AwcCptsTask *self = AWC_CPTS_TASK (object);

  _awc_cpts_item_free_strings (self->strings, N_STRINGS);

  G_OBJECT_CLASS (awc_cpts_task_parent_class)->finalize (object);
}

static void
awc_cpts_task_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AwcCptsTask *self = AWC_CPTS_TASK (object);

  if (_awc_cpts_item_get_string (self->strings, N_STRINGS, prop_id, value))
    return;
  if (prop_id == PROP_CONCURRENCY)
    g_value_set_int (value, self->concurrency);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
awc_cpts_task_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AwcCptsTask *self = AWC_CPTS_TASK (object);

  if (_awc_cpts_item_set_string (self->strings, N_STRINGS, prop_id, value))
    return;
  if (prop_id == PROP_CONCURRENCY)
    self->concurrency = g_value_get_int (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
awc_cpts_task_class_init (AwcCptsTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = awc_cpts_task_finalize;
  object_class->get_property = awc_cpts_task_get_property;
  object_class->set_property = awc_cpts_task_set_property;

  properties[PROP_ID] = _awc_cpts_item_param_string ("id");
  properties[PROP_NAME] = _awc_cpts_item_param_string ("name");
  properties[PROP_DESCRIPTION] = _awc_cpts_item_param_string ("description");
  properties[PROP_LAST_RUN_ID] = _awc_cpts_item_param_string ("last-run-id");
  properties[PROP_UPDATE_TIME] = _awc_cpts_item_param_string ("update-time");
  properties[PROP_CONCURRENCY] =
    g_param_spec_int ("concurrency", NULL, NULL, 0, G_MAXINT, 0, AWC_CPTS_ITEM_PARAM_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_cpts_task_init (AwcCptsTask *self)
{
}

AwcCptsTask *
awc_cpts_task_new (const char *id,
                   const char *name,
                   const char *description,
                   const char *last_run_id)
{
  return g_object_new (AWC_TYPE_CPTS_TASK,
                       "id", id,
                       "name", name,
                       "description", description,
                       "last-run-id", last_run_id,
                       NULL);
}

const char *
awc_cpts_task_get_id (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), NULL);
  return self->strings[PROP_ID];
}

const char *
awc_cpts_task_get_name (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), NULL);
  return self->strings[PROP_NAME];
}

const char *
awc_cpts_task_get_description (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), NULL);
  return self->strings[PROP_DESCRIPTION];
}

const char *
awc_cpts_task_get_last_run_id (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), NULL);
  return self->strings[PROP_LAST_RUN_ID];
}

/* update_time as the server wrote it; NULL when absent. */
const char *
awc_cpts_task_get_update_time (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), NULL);
  return self->strings[PROP_UPDATE_TIME];
}

int
awc_cpts_task_get_concurrency (AwcCptsTask *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_TASK (self), 0);
  return self->concurrency;
}
