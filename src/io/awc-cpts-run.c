/* awc-cpts-run.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-item-private.h"
#include "awc-cpts-run.h"

/* The string properties come first: they index strings[]. */
enum { PROP_0, PROP_ID, PROP_NAME, PROP_START_TIME, PROP_END_TIME, PROP_DURATION, PROP_RUN_TYPE, N_PROPS };
#define N_STRINGS PROP_DURATION
static GParamSpec *properties[N_PROPS];

struct _AwcCptsRun
{
  GObject parent_instance;

  /* Owned */
  char   *strings[N_STRINGS];   /* by property id */

  double  duration;
  int     run_type;
};

G_DEFINE_FINAL_TYPE (AwcCptsRun, awc_cpts_run, G_TYPE_OBJECT)

static void
awc_cpts_run_finalize (GObject *object)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  _awc_cpts_item_free_strings (self->strings, N_STRINGS);

  G_OBJECT_CLASS (awc_cpts_run_parent_class)->finalize (object);
}

static void
awc_cpts_run_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  if (_awc_cpts_item_get_string (self->strings, N_STRINGS, prop_id, value))
    return;
  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_double (value, awc_cpts_run_get_duration (self));
      break;
    case PROP_RUN_TYPE:
      g_value_set_int (value, awc_cpts_run_get_run_type (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_run_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  /* Construct-only: set once, so there is nothing to notify. */
  if (_awc_cpts_item_set_string (self->strings, N_STRINGS, prop_id, value))
    return;
  switch (prop_id)
    {
    case PROP_DURATION:
      self->duration = g_value_get_double (value);
      break;
    case PROP_RUN_TYPE:
      self->run_type = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_run_class_init (AwcCptsRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = awc_cpts_run_finalize;
  object_class->get_property = awc_cpts_run_get_property;
  object_class->set_property = awc_cpts_run_set_property;

  properties[PROP_ID] = _awc_cpts_item_param_string ("id");
  properties[PROP_NAME] = _awc_cpts_item_param_string ("name");
  properties[PROP_START_TIME] = _awc_cpts_item_param_string ("start-time");
  properties[PROP_END_TIME] = _awc_cpts_item_param_string ("end-time");
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         AWC_CPTS_ITEM_PARAM_FLAGS);
  properties[PROP_RUN_TYPE] =
    g_param_spec_int ("run-type", NULL, NULL, G_MININT, G_MAXINT, 0, AWC_CPTS_ITEM_PARAM_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_cpts_run_init (AwcCptsRun *self)
{
}

AwcCptsRun *
awc_cpts_run_new (const char *id,
                  const char *name,
                  const char *start_time,
                  const char *end_time,
                  double      duration,
                  int         run_type)
{
  return g_object_new (AWC_TYPE_CPTS_RUN,
                       "id", id,
                       "name", name,
                       "start-time", start_time,
                       "end-time", end_time,
                       "duration", duration,
                       "run-type", run_type,
                       NULL);
}

const char *
awc_cpts_run_get_id (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);
  return self->strings[PROP_ID];
}

const char *
awc_cpts_run_get_name (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);
  return self->strings[PROP_NAME];
}

const char *
awc_cpts_run_get_start_time (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);
  return self->strings[PROP_START_TIME];
}

const char *
awc_cpts_run_get_end_time (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);
  return self->strings[PROP_END_TIME];
}

double
awc_cpts_run_get_duration (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), 0);

  return self->duration;
}

int
awc_cpts_run_get_run_type (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), 0);

  return self->run_type;
}
