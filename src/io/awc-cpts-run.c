/* awc-cpts-run.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cpts-run.h"

struct _AwcCptsRun
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *start_time;
  char   *end_time;
  double  duration;
  int     run_type;
};

G_DEFINE_FINAL_TYPE (AwcCptsRun, awc_cpts_run, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_START_TIME, PROP_END_TIME, PROP_DURATION, PROP_RUN_TYPE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
awc_cpts_run_finalize (GObject *object)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->start_time);
  g_free (self->end_time);

  G_OBJECT_CLASS (awc_cpts_run_parent_class)->finalize (object);
}

static void
awc_cpts_run_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, awc_cpts_run_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, awc_cpts_run_get_name (self));
      break;
    case PROP_START_TIME:
      g_value_set_string (value, awc_cpts_run_get_start_time (self));
      break;
    case PROP_END_TIME:
      g_value_set_string (value, awc_cpts_run_get_end_time (self));
      break;
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
  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_START_TIME:
      self->start_time = g_value_dup_string (value);
      break;
    case PROP_END_TIME:
      self->end_time = g_value_dup_string (value);
      break;
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

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_TIME] =
    g_param_spec_string ("end-time", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUN_TYPE] =
    g_param_spec_int ("run-type", NULL, NULL, G_MININT, G_MAXINT, 0,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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

  return self->id;
}

const char *
awc_cpts_run_get_name (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);

  return self->name;
}

const char *
awc_cpts_run_get_start_time (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);

  return self->start_time;
}

const char *
awc_cpts_run_get_end_time (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);

  return self->end_time;
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
