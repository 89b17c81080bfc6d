/* awc-cpts-run.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "awc-cpts-item-private.h"
#include "awc-cpts-run.h"

/* The string properties come first: they index strings[]. */
enum { PROP_0, PROP_ID, PROP_NAME, PROP_START_TIME, PROP_END_TIME, PROP_DURATION, PROP_RUN_TYPE,
       PROP_CASE_NAMES, N_PROPS };
#define N_STRINGS PROP_DURATION
static GParamSpec *properties[N_PROPS];

struct _AwcCptsRun
{
  GObject parent_instance;

  /* Owned */
  char   *strings[N_STRINGS];   /* by property id */

  double  duration;
  int     run_type;
  GStrv   case_names;
};

G_DEFINE_FINAL_TYPE (AwcCptsRun, awc_cpts_run, G_TYPE_OBJECT)

static void
awc_cpts_run_finalize (GObject *object)
{
  AwcCptsRun *self = AWC_CPTS_RUN (object);

  _awc_cpts_item_free_strings (self->strings, N_STRINGS);
  g_strfreev (self->case_names);

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
    case PROP_CASE_NAMES:
      g_value_set_boxed (value, self->case_names);
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
    case PROP_CASE_NAMES:
      g_strfreev (self->case_names);
      self->case_names = g_value_dup_boxed (value);
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
  properties[PROP_CASE_NAMES] =
    g_param_spec_boxed ("case-names", NULL, NULL, G_TYPE_STRV, AWC_CPTS_ITEM_PARAM_FLAGS);
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

/* temp_names[].name: the cases of the run; NULL when none. */
const char * const *
awc_cpts_run_get_case_names (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);

  return (const char * const *) self->case_names;
}

GDateTime *
awc_cpts_time_parse (const char *text)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *iso = NULL;
  GDateTime *dt;
  char *end = NULL;
  gint64 number;

  if (text == NULL || *text == '\0')
    return NULL;
  /* "2024-03-15T08:00:00+08:00"; times without a zone are local */
  if ((dt = g_date_time_new_from_iso8601 (text, local)) != NULL)
    return dt;
  /* "2023-05-04 17:24:44", as the chart's timestamps */
  iso = g_strdup (text);
  if (strlen (iso) > 10 && iso[10] == ' ')
    iso[10] = 'T';
  if ((dt = g_date_time_new_from_iso8601 (iso, local)) != NULL)
    return dt;
  /* epoch seconds or milliseconds */
  number = g_ascii_strtoll (text, &end, 10);
  if (end == NULL || *end != '\0' || number <= 0)
    return NULL;
  if (number > G_GINT64_CONSTANT (100000000000))
    return g_date_time_new_from_unix_utc (number / 1000);
  return g_date_time_new_from_unix_utc (number);
}

GDateTime *
awc_cpts_run_dup_start (AwcCptsRun *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), NULL);

  return awc_cpts_time_parse (self->strings[PROP_START_TIME]);
}

double
awc_cpts_run_get_seconds (AwcCptsRun *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  double span;

  g_return_val_if_fail (AWC_IS_CPTS_RUN (self), 0);

  start = awc_cpts_time_parse (self->strings[PROP_START_TIME]);
  end = awc_cpts_time_parse (self->strings[PROP_END_TIME]);
  span = start && end ? g_date_time_difference (end, start) / (double) G_TIME_SPAN_SECOND : 0;
  /* continue_time has no documented unit: seconds in the examples, but
   * a value a thousand times the start-to-end span is milliseconds */
  if (span > 0 && self->duration > 500 * span)
    return self->duration / 1000;
  if (self->duration > 0)
    return self->duration;
  return MAX (span, 0);
}

char *
awc_cpts_format_duration (double seconds)
{
  guint64 s;

  if (!(seconds >= 0) || seconds > 1e12)
    return g_strdup ("–");
  s = (guint64) (seconds + 0.5);
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%02u:%02u", s / 3600, (guint) (s / 60 % 60),
                          (guint) (s % 60));
}
