/* awc-chart-data.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The immutable chart snapshot.  Thread safety comes from immutability:
 * every field is written by the builder before the first reference is
 * handed out, and the reference count is atomic. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-chart-data-private.h"
#include "awc-util.h"

G_DEFINE_BOXED_TYPE (AwcChartData, awc_chart_data, awc_chart_data_ref, awc_chart_data_unref)

static void
series_clear (gpointer data)
{
  AwcChartDataSeriesPriv *s = data;

  g_clear_object (&s->owner);
  for (guint i = 0; i < G_N_ELEMENTS (s->strings); i++)
    g_clear_pointer (&s->strings[i], g_free);
}

static void
bucket_clear (gpointer data)
{
  AwcChartDataBucket *b = data;

  g_free ((char *) b->range_text);
}

static void
layer_clear (gpointer data)
{
  AwcChartLayerPriv *l = data;

  g_clear_pointer (&l->label, g_free);
}

AwcChartData *
_awc_chart_data_new (const char *title,
                     GArray     *timestamps,
                     gboolean    wall_clock,
                     double      time_shift)
{
  AwcChartData *self = g_new0 (AwcChartData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title);
  self->timestamps = timestamps ? g_array_ref (timestamps) : g_array_new (FALSE, FALSE, sizeof (double));
  self->wall_clock = wall_clock;
  self->time_shift = time_shift;
  self->series = g_array_new (FALSE, TRUE, sizeof (AwcChartDataSeriesPriv));
  g_array_set_clear_func (self->series, series_clear);
  self->buckets = g_array_new (FALSE, TRUE, sizeof (AwcChartDataBucket));
  g_array_set_clear_func (self->buckets, bucket_clear);
  self->layers = g_array_new (FALSE, TRUE, sizeof (AwcChartLayerPriv));
  g_array_set_clear_func (self->layers, layer_clear);
  for (guint i = 0; i < AWC_CHART_DATA_N_PERCENTILES; i++)
    self->percentiles[i].estimate_ms = NAN;
  return self;
}

AwcChartData *
awc_chart_data_ref (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
awc_chart_data_unref (AwcChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_array_unref (self->timestamps);
  g_array_unref (self->series);
  g_array_unref (self->buckets);
  g_array_unref (self->layers);
  for (guint i = 0; i < AWC_CHART_DATA_N_PERCENTILES; i++)
    g_free ((char *) self->percentiles[i].range_text);
  g_free (self);
}

static const char *
translate (const char *str)
{
  return str != NULL ? _(str) : NULL;
}

void
_awc_chart_data_add_series (AwcChartData *self,
                            AwcSeries    *owner,
                            gboolean      selected)
{
  AwcChartDataSeriesPriv s = { { 0, }, NULL, { NULL, } };
  guint n_ts = self->timestamps->len;

  s.pub.min = s.pub.max = NAN;
  if (owner != NULL)
    {
      s.owner = g_object_ref (owner);
      s.strings[0] = g_strdup (awc_series_get_id (owner));
      s.strings[1] = g_strdup (awc_series_get_key (owner));
      s.strings[2] = g_strdup (translate (awc_series_get_title (owner)));
      s.strings[3] = g_strdup (awc_series_get_group (owner));
      s.strings[4] = g_strdup (translate (awc_series_get_group_title (owner)));
      s.pub.unit = awc_series_get_unit (owner);
      s.pub.color_index = awc_series_get_color_index (owner);
      s.pub.values = awc_series_get_values (owner, &s.pub.n_values);
      s.pub.n_values = MIN (s.pub.n_values, n_ts);
      s.pub.min = awc_series_get_min (owner);
      s.pub.max = awc_series_get_max (owner);
      s.pub.selected = selected;
      /* Not measured, or nothing but gaps: no panel for it. */
      s.pub.drawn = selected && isfinite (s.pub.max) && s.pub.n_values > 0;
    }
  s.pub.id = s.strings[0];
  s.pub.key = s.strings[1];
  s.pub.title = s.strings[2];
  s.pub.group = s.strings[3];
  s.pub.group_title = s.strings[4];
  g_array_append_val (self->series, s);
}

void
_awc_chart_data_append_layer (AwcChartData        *self,
                              const AwcChartLayer *layer)
{
  AwcChartLayerPriv l;

  l.pub = *layer;
  l.label = g_strdup (layer->label);
  l.pub.label = l.label;
  g_array_append_val (self->layers, l);
}

AwcChartData *
awc_chart_data_add_layer (AwcChartData        *self,
                          const AwcChartLayer *layer)
{
  AwcChartData *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (layer != NULL, NULL);

  copy = _awc_chart_data_new (self->title, self->timestamps, self->wall_clock, self->time_shift);
  for (guint i = 0; i < self->series->len; i++)
    {
      const AwcChartDataSeriesPriv *s = &g_array_index (self->series, AwcChartDataSeriesPriv, i);

      _awc_chart_data_add_series (copy, s->owner, s->pub.selected);
    }
  for (guint i = 0; i < self->buckets->len; i++)
    {
      AwcChartDataBucket b = g_array_index (self->buckets, AwcChartDataBucket, i);

      b.range_text = g_strdup (b.range_text);
      g_array_append_val (copy->buckets, b);
    }
  copy->total_requests = self->total_requests;
  for (guint i = 0; i < AWC_CHART_DATA_N_PERCENTILES; i++)
    {
      copy->percentiles[i] = self->percentiles[i];
      copy->percentiles[i].range_text = g_strdup (self->percentiles[i].range_text);
    }
  for (guint i = 0; i < self->layers->len; i++)
    _awc_chart_data_append_layer (copy, &g_array_index (self->layers, AwcChartLayerPriv, i).pub);
  _awc_chart_data_append_layer (copy, layer);
  return copy;
}

const char *
awc_chart_data_get_title (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const double *
awc_chart_data_get_timestamps (AwcChartData *self,
                               guint        *n_points)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_points != NULL)
    *n_points = self->timestamps->len;
  return (const double *) (gpointer) self->timestamps->data;
}

double
awc_chart_data_get_start_time (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->timestamps->len ? g_array_index (self->timestamps, double, 0) : NAN;
}

double
awc_chart_data_get_end_time (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->timestamps->len
         ? g_array_index (self->timestamps, double, self->timestamps->len - 1) : NAN;
}

double
awc_chart_data_get_time_shift (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->time_shift;
}

gboolean
awc_chart_data_get_wall_clock (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->wall_clock;
}

char *
awc_chart_data_format_time (AwcChartData *self,
                            double        t,
                            const char   *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) shown = NULL;
  double whole;
  char *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (!isfinite (t) || fabs (t) > 1e13)
    return g_strdup ("—");

  /* Whole seconds plus the fraction as microseconds, as the report does. */
  whole = floor (t);
  if (!(utc = g_date_time_new_from_unix_utc ((gint64) whole)) ||
      !(exact = g_date_time_add (utc, (GTimeSpan) llround ((t - whole) * G_USEC_PER_SEC))))
    return g_strdup ("—");

  /* Wall-clock strings were stored as UTC seconds: show them in UTC so
   * they read exactly as given. */
  shown = self->wall_clock ? g_date_time_ref (exact) : g_date_time_to_local (exact);
  if (shown == NULL || !(text = g_date_time_format (shown, format)))
    return g_strdup ("—");

  return text;
}

guint
awc_chart_data_index_at_time (AwcChartData *self,
                              double        t)
{
  const double *ts;
  guint n, i;

  g_return_val_if_fail (self != NULL, 0);

  ts = awc_chart_data_get_timestamps (self, &n);
  if (n == 0 || isnan (t))
    return 0;

  i = awc_lower_bound (ts, n, t);
  if (i >= n)
    return n - 1;
  if (i > 0 && t - ts[i - 1] <= ts[i] - t)
    return i - 1;
  return i;
}

guint
awc_chart_data_get_n_series (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

const AwcChartDataSeries *
awc_chart_data_get_series (AwcChartData *self,
                           guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  return &g_array_index (self->series, AwcChartDataSeriesPriv, index).pub;
}

const AwcMinMaxPyramid *
awc_chart_data_get_pyramid (AwcChartData *self,
                            guint         index)
{
  AwcChartDataSeriesPriv *s;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->series->len, NULL);

  s = &g_array_index (self->series, AwcChartDataSeriesPriv, index);
  return s->owner ? awc_series_get_pyramid (s->owner) : NULL;
}

int
awc_chart_data_find_series (AwcChartData *self,
                            const char   *id_or_key)
{
  int by_key = -1;
  guint n_by_key = 0;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (id_or_key != NULL, -1);

  for (guint i = 0; i < self->series->len; i++)
    {
      const AwcChartDataSeries *s = awc_chart_data_get_series (self, i);

      if (g_strcmp0 (s->id, id_or_key) == 0)
        return i;
      if (g_strcmp0 (s->key, id_or_key) == 0)
        {
          by_key = i;
          n_by_key++;
        }
    }
  return n_by_key == 1 ? by_key : -1;
}

guint
awc_chart_data_get_n_buckets (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->buckets->len;
}

const AwcChartDataBucket *
awc_chart_data_get_bucket (AwcChartData *self,
                           guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->buckets->len, NULL);
  return &g_array_index (self->buckets, AwcChartDataBucket, index);
}

guint64
awc_chart_data_get_total_requests (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->total_requests;
}

const AwcChartDataPercentile *
awc_chart_data_get_percentile (AwcChartData *self,
                               guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < AWC_CHART_DATA_N_PERCENTILES, NULL);
  return &self->percentiles[index];
}

guint
awc_chart_data_get_n_layers (AwcChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->layers->len;
}

const AwcChartLayer *
awc_chart_data_get_layer (AwcChartData *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->layers->len, NULL);
  return &g_array_index (self->layers, AwcChartLayerPriv, index).pub;
}

void
awc_chart_pair_copy (const AwcChartPair *src,
                     AwcChartPair       *dest)
{
  g_return_if_fail (src != NULL);
  g_return_if_fail (dest != NULL);

  *dest = *src;
  for (guint i = 0; i < 2; i++)
    if (dest->runs[i] != NULL)
      awc_chart_data_ref (dest->runs[i]);
  if (dest->overlay != NULL)
    awc_chart_data_ref (dest->overlay);
}

void
awc_chart_pair_clear (AwcChartPair *pair)
{
  g_return_if_fail (pair != NULL);

  for (guint i = 0; i < 2; i++)
    g_clear_pointer (&pair->runs[i], awc_chart_data_unref);
  g_clear_pointer (&pair->overlay, awc_chart_data_unref);
}
