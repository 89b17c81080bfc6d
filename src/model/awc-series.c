/* awc-series.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-minmax-pyramid-private.h"
#include "awc-series.h"
#include "awc-util.h"

/* Ranges shorter than this are scanned directly: exact, and no slower
 * than the index (0.2 µs; the index wins from about 128 samples), and
 * the pyramid is not built for short ranges of small series. */
#define SCAN_THRESHOLD 256

struct _AwcSeries
{
  GObject           parent_instance;

  /* Owned */
  char             *id;
  char             *title;
  char             *group;
  char             *group_title;
  GArray           *values;
  /* Lazily, g_once_init: min/max levels and the block sums behind
   * range means, a few bytes per sample (see awc-minmax-pyramid.c) */
  AwcMinMaxPyramid *pyramid;

  /* Borrowed: points into id */
  const char       *key;

  AwcUnit           unit;
  guint             color_index;
  gboolean          visible;
  AwcStats          stats;
};

G_DEFINE_FINAL_TYPE (AwcSeries, awc_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_GROUP,
  PROP_GROUP_TITLE,
  PROP_UNIT,
  PROP_COLOR_INDEX,
  PROP_VISIBLE,
  PROP_N_VALUES,
  PROP_MIN,
  PROP_MAX,
  PROP_MEAN,
  PROP_LAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stats_clear (AwcStats *stats)
{
  stats->min = stats->max = stats->mean = stats->last = NAN;
  stats->n_finite = 0;
}

static void
scan_stats (const double *values,
            guint         first,
            guint         last,
            AwcStats     *stats)
{
  double sum = 0;

  stats_clear (stats);

  for (guint i = first; i < last; i++)
    {
      double v = values[i];

      if (!isfinite (v))
        continue;

      if (stats->n_finite == 0 || v < stats->min)
        stats->min = v;
      if (stats->n_finite == 0 || v > stats->max)
        stats->max = v;
      stats->last = v;
      sum += v;
      stats->n_finite++;
    }

  if (stats->n_finite > 0)
    stats->mean = sum / stats->n_finite;
}

static void
awc_series_finalize (GObject *object)
{
  AwcSeries *self = (AwcSeries *)object;

  g_clear_pointer (&self->pyramid, awc_minmax_pyramid_free);
  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->group_title, g_free);

  G_OBJECT_CLASS (awc_series_parent_class)->finalize (object);
}

static void
awc_series_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AwcSeries *self = AWC_SERIES (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, awc_series_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, awc_series_get_title (self));
      break;
    case PROP_GROUP:
      g_value_set_string (value, awc_series_get_group (self));
      break;
    case PROP_GROUP_TITLE:
      g_value_set_string (value, awc_series_get_group_title (self));
      break;
    case PROP_UNIT:
      g_value_set_enum (value, awc_series_get_unit (self));
      break;
    case PROP_COLOR_INDEX:
      g_value_set_uint (value, awc_series_get_color_index (self));
      break;
    case PROP_VISIBLE:
      g_value_set_boolean (value, awc_series_get_visible (self));
      break;
    case PROP_N_VALUES:
      g_value_set_uint (value, awc_series_get_n_values (self));
      break;
    case PROP_MIN:
      g_value_set_double (value, awc_series_get_min (self));
      break;
    case PROP_MAX:
      g_value_set_double (value, awc_series_get_max (self));
      break;
    case PROP_MEAN:
      g_value_set_double (value, awc_series_get_mean (self));
      break;
    case PROP_LAST:
      g_value_set_double (value, awc_series_get_last (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AwcSeries *self = AWC_SERIES (object);

  switch (prop_id)
    {
    /* Construct-only: no notification needed */
    case PROP_ID:
      self->id = g_value_dup_string (value);
      if (self->id == NULL)
        self->id = g_strdup ("");
      self->key = strrchr (self->id, '.') ? strrchr (self->id, '.') + 1 : self->id;
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_GROUP:
      self->group = g_value_dup_string (value);
      break;
    case PROP_GROUP_TITLE:
      self->group_title = g_value_dup_string (value);
      break;
    case PROP_UNIT:
      self->unit = g_value_get_enum (value);
      break;
    case PROP_COLOR_INDEX:
      awc_series_set_color_index (self, g_value_get_uint (value));
      break;
    case PROP_VISIBLE:
      awc_series_set_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_class_init (AwcSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = awc_series_finalize;
  object_class->get_property = awc_series_get_property;
  object_class->set_property = awc_series_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, construct);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, construct);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, construct);
  properties[PROP_GROUP_TITLE] = g_param_spec_string ("group-title", NULL, NULL, NULL, construct);
  properties[PROP_UNIT] = g_param_spec_enum ("unit", NULL, NULL, AWC_TYPE_UNIT, AWC_UNIT_COUNT, construct);
  properties[PROP_COLOR_INDEX] = g_param_spec_uint ("color-index", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_VISIBLE] = g_param_spec_boolean ("visible", NULL, NULL, TRUE, rw);
  properties[PROP_N_VALUES] = g_param_spec_uint ("n-values", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_MIN] = g_param_spec_double ("min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_MAX] = g_param_spec_double ("max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_MEAN] = g_param_spec_double ("mean", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_LAST] = g_param_spec_double ("last", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_series_init (AwcSeries *self)
{
  self->visible = TRUE;
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  stats_clear (&self->stats);
}

AwcSeries *
awc_series_new (const char *id,
                const char *title,
                const char *group,
                const char *group_title,
                AwcUnit     unit,
                GArray     *values)
{
  AwcSeries *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (values == NULL || g_array_get_element_size (values) == sizeof (double), NULL);

  self = g_object_new (AWC_TYPE_SERIES,
                       "id", id,
                       "title", title ? title : id,
                       "group", group,
                       "group-title", group_title ? group_title : group,
                       "unit", unit,
                       NULL);

  if (values != NULL)
    {
      g_array_unref (self->values);
      self->values = values;
    }

  /* ±inf cannot come from JSON; treat it as a gap like NaN so that the
   * scan and the pyramid agree. */
  for (guint i = 0; i < self->values->len; i++)
    if (isinf (g_array_index (self->values, double, i)))
      g_array_index (self->values, double, i) = NAN;

  scan_stats ((const double *) (gpointer) self->values->data, 0, self->values->len, &self->stats);

  return self;
}

AwcSeries *
awc_series_dup (AwcSeries *self)
{
  AwcSeries *copy;

  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);

  /* The values never change after construction, so both series can read
   * one array; the summaries are rebuilt lazily by whoever needs them. */
  copy = awc_series_new (self->id, self->title, self->group, self->group_title,
                         self->unit, g_array_ref (self->values));
  copy->visible = self->visible;
  copy->color_index = self->color_index;

  return copy;
}

const char *
awc_series_get_id (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);
  return self->id;
}

const char *
awc_series_get_key (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);
  return self->key;
}

const char *
awc_series_get_title (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);
  return self->title;
}

const char *
awc_series_get_display_title (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);

  /* Catalog titles are N_() strings; _("") would return the PO header. */
  return (self->title != NULL && *self->title != '\0') ? _(self->title) : self->id;
}

gboolean
awc_series_is_drawn (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), FALSE);

  return self->visible && awc_series_get_n_values (self) > 0 &&
         isfinite (awc_series_get_max (self));
}

const char *
awc_series_get_group (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);
  return self->group;
}

const char *
awc_series_get_group_title (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);
  return self->group_title;
}

AwcUnit
awc_series_get_unit (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), AWC_UNIT_COUNT);
  return self->unit;
}

guint
awc_series_get_color_index (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), 0);
  return self->color_index;
}

void
awc_series_set_color_index (AwcSeries *self,
                            guint      color_index)
{
  g_return_if_fail (AWC_IS_SERIES (self));

  if (self->color_index != color_index)
    {
      self->color_index = color_index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_INDEX]);
    }
}

gboolean
awc_series_get_visible (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), FALSE);
  return self->visible;
}

void
awc_series_set_visible (AwcSeries *self,
                        gboolean   visible)
{
  g_return_if_fail (AWC_IS_SERIES (self));

  visible = !!visible;
  if (self->visible != visible)
    {
      self->visible = visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
    }
}

const double *
awc_series_get_values (AwcSeries *self,
                       guint     *n_values)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);

  if (n_values != NULL)
    *n_values = self->values->len;

  return (const double *) (gpointer) self->values->data;
}

guint
awc_series_get_n_values (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), 0);
  return self->values->len;
}

double
awc_series_get_min (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NAN);
  return self->stats.min;
}

double
awc_series_get_max (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NAN);
  return self->stats.max;
}

double
awc_series_get_mean (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NAN);
  return self->stats.mean;
}

double
awc_series_get_last (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NAN);
  return self->stats.last;
}

void
awc_series_compute_stats (AwcSeries *self,
                          guint      first,
                          guint      last,
                          AwcStats  *stats)
{
  const double *values;
  const AwcMinMaxPyramid *pyramid;
  gint64 last_index;
  double sum;

  g_return_if_fail (AWC_IS_SERIES (self));
  g_return_if_fail (stats != NULL);

  last = MIN (last, self->values->len);
  values = (const double *) (gpointer) self->values->data;

  if (first >= last)
    {
      stats_clear (stats);
      return;
    }

  if (first == 0 && last == self->values->len)
    {
      *stats = self->stats;
      return;
    }

  if (last - first < SCAN_THRESHOLD)
    {
      scan_stats (values, first, last, stats);
      return;
    }

  /* Large range (zooming over a million points): min, max, last and the
   * sum each cost O(log n + 2^base) from the pyramid. */
  pyramid = awc_series_get_pyramid (self);
  stats_clear (stats);
  stats->n_finite = _awc_minmax_pyramid_sum (pyramid, first, last, &sum);
  if (stats->n_finite == 0)
    return;

  awc_minmax_pyramid_query (pyramid, first, last, &stats->min, &stats->max);
  last_index = _awc_minmax_pyramid_find_last (pyramid, first, last);
  g_assert (last_index >= 0);
  stats->last = values[last_index];
  stats->mean = sum / stats->n_finite;
}

const AwcMinMaxPyramid *
awc_series_get_pyramid (AwcSeries *self)
{
  g_return_val_if_fail (AWC_IS_SERIES (self), NULL);

  /* Exports render in GTask threads, so build it exactly once */
  if (g_once_init_enter (&self->pyramid))
    {
      AwcMinMaxPyramid *pyramid;

      pyramid = awc_minmax_pyramid_new ((const double *) (gpointer) self->values->data,
                                        self->values->len);
      g_once_init_leave (&self->pyramid, pyramid);
    }

  return self->pyramid;
}
