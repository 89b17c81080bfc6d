/* awc-report.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "awc-catalog.h"
#include "awc-report.h"
#include "awc-util.h"

struct _AwcReport
{
  GObject     parent_instance;

  /* Owned */
  char       *title;
  char       *source;
  char       *err_message;
  GPtrArray  *warnings;      /* NULL-terminated */
  GListStore *series;
  GListStore *buckets;
  GArray     *timestamps;

  guint64     total_requests;
  gboolean    wall_clock;
};

G_DEFINE_FINAL_TYPE (AwcReport, awc_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_ERR_MESSAGE,
  PROP_N_POINTS,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_WALL_CLOCK,
  PROP_WARNINGS,
  PROP_SERIES,
  PROP_BUCKETS,
  PROP_TOTAL_REQUESTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
awc_report_dispose (GObject *object)
{
  AwcReport *self = (AwcReport *)object;

  g_clear_object (&self->series);
  g_clear_object (&self->buckets);

  G_OBJECT_CLASS (awc_report_parent_class)->dispose (object);
}

static void
awc_report_finalize (GObject *object)
{
  AwcReport *self = (AwcReport *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->err_message, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->timestamps, g_array_unref);

  G_OBJECT_CLASS (awc_report_parent_class)->finalize (object);
}

static void
awc_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AwcReport *self = AWC_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, awc_report_get_title (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, awc_report_get_source (self));
      break;
    case PROP_ERR_MESSAGE:
      g_value_set_string (value, awc_report_get_err_message (self));
      break;
    case PROP_N_POINTS:
      g_value_set_uint (value, awc_report_get_n_points (self));
      break;
    case PROP_START_TIME:
      g_value_set_double (value, awc_report_get_start_time (self));
      break;
    case PROP_END_TIME:
      g_value_set_double (value, awc_report_get_end_time (self));
      break;
    case PROP_WALL_CLOCK:
      g_value_set_boolean (value, awc_report_get_wall_clock (self));
      break;
    case PROP_WARNINGS:
      g_value_set_boxed (value, awc_report_get_warnings (self));
      break;
    case PROP_SERIES:
      g_value_set_object (value, awc_report_get_series (self));
      break;
    case PROP_BUCKETS:
      g_value_set_object (value, awc_report_get_buckets (self));
      break;
    case PROP_TOTAL_REQUESTS:
      g_value_set_uint64 (value, awc_report_get_total_requests (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_report_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AwcReport *self = AWC_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      awc_report_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      awc_report_set_source (self, g_value_get_string (value));
      break;
    case PROP_ERR_MESSAGE:
      awc_report_set_err_message (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_report_class_init (AwcReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = awc_report_dispose;
  object_class->finalize = awc_report_finalize;
  object_class->get_property = awc_report_get_property;
  object_class->set_property = awc_report_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);
  properties[PROP_ERR_MESSAGE] = g_param_spec_string ("err-message", NULL, NULL, NULL, rw);
  properties[PROP_N_POINTS] = g_param_spec_uint ("n-points", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_START_TIME] = g_param_spec_double ("start-time", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_END_TIME] = g_param_spec_double ("end-time", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_WALL_CLOCK] = g_param_spec_boolean ("wall-clock", NULL, NULL, FALSE, ro);
  properties[PROP_WARNINGS] = g_param_spec_boxed ("warnings", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_SERIES] = g_param_spec_object ("series", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_BUCKETS] = g_param_spec_object ("buckets", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_TOTAL_REQUESTS] = g_param_spec_uint64 ("total-requests", NULL, NULL, 0, G_MAXUINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_report_init (AwcReport *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);
  self->series = g_list_store_new (AWC_TYPE_SERIES);
  self->buckets = g_list_store_new (AWC_TYPE_BUCKET);
  self->timestamps = g_array_new (FALSE, FALSE, sizeof (double));
}

AwcReport *
awc_report_new (void)
{
  return g_object_new (AWC_TYPE_REPORT, NULL);
}

AwcReport *
awc_report_dup (AwcReport *self)
{
  AwcReport *copy;
  GPtrArray *series, *buckets;
  guint n;

  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);

  copy = awc_report_new ();
  awc_set_str (&copy->title, self->title);
  awc_set_str (&copy->source, self->source);
  awc_set_str (&copy->err_message, self->err_message);
  for (guint i = 0; i + 1 < self->warnings->len; i++)
    g_ptr_array_insert (copy->warnings, copy->warnings->len - 1,
                        g_strdup (g_ptr_array_index (self->warnings, i)));
  /* Timestamps and values never change once loaded: share them. */
  awc_report_set_timestamps (copy, g_array_ref (self->timestamps), self->wall_clock);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->series));
  series = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (G_LIST_MODEL (self->series), i);
      g_ptr_array_add (series, awc_series_dup (s));
    }
  awc_report_set_series (copy, series);

  /* Buckets are read-only to everyone but set_buckets, which would only
   * compute the same shares again. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->buckets));
  buckets = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (buckets, g_list_model_get_item (G_LIST_MODEL (self->buckets), i));
  awc_report_set_buckets (copy, buckets);

  return copy;
}

const char *
awc_report_get_title (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return self->title;
}

void
awc_report_set_title (AwcReport  *self,
                      const char *title)
{
  g_return_if_fail (AWC_IS_REPORT (self));

  if (awc_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
awc_report_get_source (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return self->source;
}

void
awc_report_set_source (AwcReport  *self,
                       const char *source)
{
  g_return_if_fail (AWC_IS_REPORT (self));

  if (awc_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
awc_report_get_err_message (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return self->err_message;
}

void
awc_report_set_err_message (AwcReport  *self,
                            const char *err_message)
{
  g_return_if_fail (AWC_IS_REPORT (self));

  if (awc_set_str (&self->err_message, err_message))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERR_MESSAGE]);
}

guint
awc_report_get_n_points (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), 0);
  return self->timestamps->len;
}

double
awc_report_get_start_time (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NAN);

  if (self->timestamps->len == 0)
    return NAN;

  return g_array_index (self->timestamps, double, 0);
}

double
awc_report_get_end_time (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NAN);

  if (self->timestamps->len == 0)
    return NAN;

  return g_array_index (self->timestamps, double, self->timestamps->len - 1);
}

const char * const *
awc_report_get_warnings (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return (const char * const *) self->warnings->pdata;
}

void
awc_report_add_warning (AwcReport  *self,
                        const char *format,
                        ...)
{
  va_list args;
  char *message;

  g_return_if_fail (AWC_IS_REPORT (self));
  g_return_if_fail (format != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Keep the NULL terminator last */
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNINGS]);
}

GListModel *
awc_report_get_series (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->series);
}

GListModel *
awc_report_get_buckets (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->buckets);
}

const double *
awc_report_get_timestamps (AwcReport *self,
                           guint     *n_points)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);

  if (n_points != NULL)
    *n_points = self->timestamps->len;

  return (const double *) (gpointer) self->timestamps->data;
}

gboolean
awc_report_get_wall_clock (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), FALSE);
  return self->wall_clock;
}

guint64
awc_report_get_total_requests (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), 0);
  return self->total_requests;
}

GArray *
_awc_report_ref_timestamps (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);
  /* Replaced, never changed in place (awc_report_set_timestamps()). */
  return g_array_ref (self->timestamps);
}

void
awc_report_set_timestamps (AwcReport *self,
                           GArray    *timestamps,
                           gboolean   wall_clock)
{
  guint old_n;
  double old_start, old_end;

  g_return_if_fail (AWC_IS_REPORT (self));
  g_return_if_fail (timestamps == NULL || g_array_get_element_size (timestamps) == sizeof (double));

  old_n = self->timestamps->len;
  old_start = awc_report_get_start_time (self);
  old_end = awc_report_get_end_time (self);

  g_array_unref (self->timestamps);
  self->timestamps = timestamps ? timestamps : g_array_new (FALSE, FALSE, sizeof (double));

  g_object_freeze_notify (G_OBJECT (self));
  if (old_n != self->timestamps->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
  /* NaN == NaN here: an empty report staying empty is no change */
  if (!(old_start == awc_report_get_start_time (self) ||
        (isnan (old_start) && isnan (awc_report_get_start_time (self)))))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_TIME]);
  if (!(old_end == awc_report_get_end_time (self) ||
        (isnan (old_end) && isnan (awc_report_get_end_time (self)))))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_TIME]);
  if (self->wall_clock != !!wall_clock)
    {
      self->wall_clock = !!wall_clock;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALL_CLOCK]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

typedef struct
{
  AwcSeries *series;
  guint      group_rank;
  guint      entry_order;
  guint      load_index;
} SeriesSortKey;

static int
compare_series_keys (const void *a,
                     const void *b)
{
  const SeriesSortKey *ka = a;
  const SeriesSortKey *kb = b;

  if (ka->group_rank != kb->group_rank)
    return ka->group_rank < kb->group_rank ? -1 : 1;
  if (ka->entry_order != kb->entry_order)
    return ka->entry_order < kb->entry_order ? -1 : 1;
  if (ka->load_index != kb->load_index)
    return ka->load_index < kb->load_index ? -1 : 1;

  return 0;
}

/* Known panels come in catalog order ("expected-load" is the last of
 * them); unknown groups follow in the order they were first loaded.
 * Inside a panel: catalog order, then load order. */
void
awc_report_set_series (AwcReport *self,
                       GPtrArray *series)
{
  g_autoptr(GHashTable) unknown_groups = NULL;
  g_autoptr(GHashTable) color_counters = NULL;
  g_autofree SeriesSortKey *keys = NULL;
  g_autofree gpointer *items = NULL;
  guint n;

  g_return_if_fail (AWC_IS_REPORT (self));

  n = series ? series->len : 0;
  for (guint i = 0; i < n; i++)
    g_return_if_fail (AWC_IS_SERIES (g_ptr_array_index (series, i)));

  keys = g_new0 (SeriesSortKey, MAX (n, 1));
  items = g_new0 (gpointer, MAX (n, 1));
  unknown_groups = g_hash_table_new (g_str_hash, g_str_equal);
  color_counters = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      AwcSeries *s = g_ptr_array_index (series, i);
      const char *group = awc_series_get_group (s);
      const AwcCatalogGroup *known;

      if (group == NULL)
        group = "";
      known = awc_catalog_lookup_group (group);

      keys[i].series = s;
      keys[i].load_index = i;
      keys[i].entry_order = awc_catalog_get_entry_order (awc_series_get_id (s));

      if (known != NULL)
        keys[i].group_rank = known->order;
      else
        {
          gpointer rank;

          if (!g_hash_table_lookup_extended (unknown_groups, group, NULL, &rank))
            {
              rank = GUINT_TO_POINTER (1000 + g_hash_table_size (unknown_groups));
              g_hash_table_insert (unknown_groups, (gpointer) group, rank);
            }
          keys[i].group_rank = GPOINTER_TO_UINT (rank);
        }
    }

  qsort (keys, n, sizeof *keys, compare_series_keys);

  for (guint i = 0; i < n; i++)
    {
      const char *group = awc_series_get_group (keys[i].series);
      guint color = GPOINTER_TO_UINT (g_hash_table_lookup (color_counters, group ? group : ""));

      awc_series_set_color_index (keys[i].series, color);
      g_hash_table_insert (color_counters, (gpointer) (group ? group : ""), GUINT_TO_POINTER (color + 1));
      items[i] = keys[i].series;
    }

  g_list_store_splice (self->series, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->series)),
                       items, n);

  /* The store now holds its own references; the array's free function,
   * if any, drops the caller's. */
  g_clear_pointer (&series, g_ptr_array_unref);
}

static int
compare_bucket_ptrs (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return awc_bucket_compare (*(AwcBucket * const *) a, *(AwcBucket * const *) b, user_data);
}

void
awc_report_set_buckets (AwcReport *self,
                        GPtrArray *buckets)
{
  guint64 total = 0, running = 0;
  guint n;

  g_return_if_fail (AWC_IS_REPORT (self));

  n = buckets ? buckets->len : 0;

  /* Shares, percentiles, the panel, the summary and comparisons all work
   * from this total: a sum that wrapped would show every one of them
   * wrong.  The loader refuses such counts with a message; anything else
   * handing them in is a programming error. */
  for (guint i = 0; i < n; i++)
    if (!g_uint64_checked_add (&total, total, awc_bucket_get_count (g_ptr_array_index (buckets, i))) ||
        total > AWC_BUCKET_COUNT_MAX)
      {
        g_critical ("%s: the bucket counts add up to more than %" G_GUINT64_FORMAT,
                    G_STRFUNC, AWC_BUCKET_COUNT_MAX);
        g_clear_pointer (&buckets, g_ptr_array_unref);
        return;
      }

  if (n > 0)
    g_ptr_array_sort_with_data (buckets, compare_bucket_ptrs, NULL);

  for (guint i = 0; i < n; i++)
    {
      AwcBucket *bucket = g_ptr_array_index (buckets, i);
      guint64 count = awc_bucket_get_count (bucket);

      running += count;
      if (total > 0)
        _awc_bucket_set_shares (bucket,
                                (double) count / (double) total,
                                (double) running / (double) total);
      else
        _awc_bucket_set_shares (bucket, 0, 0);
    }

  g_list_store_splice (self->buckets, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->buckets)),
                       n > 0 ? buckets->pdata : NULL, n);

  if (self->total_requests != total)
    {
      self->total_requests = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_REQUESTS]);
    }

  g_clear_pointer (&buckets, g_ptr_array_unref);
}
