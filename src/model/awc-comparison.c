/* awc-comparison.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-comparison.h"

typedef struct
{
  gboolean    valid;
  gboolean    found;
  AwcPlateau  plateau;
  GError     *error;
} PlateauCache;

struct _AwcComparison
{
  GObject       parent_instance;

  /* Owned */
  AwcReport    *reports[2];
  PlateauCache  plateaus[2];

  double        offset;
  double        window_start;
  double        window_end;
  gboolean      linked;
  gboolean      stacked;
  gboolean      overlay;
};

G_DEFINE_FINAL_TYPE (AwcComparison, awc_comparison, G_TYPE_OBJECT)
G_DEFINE_QUARK (awc-comparison-error-quark, awc_comparison_error)

enum {
  PROP_0,
  PROP_REPORT_A,
  PROP_REPORT_B,
  PROP_OFFSET,
  PROP_LINKED,
  PROP_STACKED,
  PROP_OVERLAY,
  PROP_WINDOW_START,
  PROP_WINDOW_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plateau_cache_clear (PlateauCache *cache)
{
  g_clear_error (&cache->error);
  cache->valid = FALSE;
  cache->found = FALSE;
}

static void
awc_comparison_dispose (GObject *object)
{
  AwcComparison *self = AWC_COMPARISON (object);

  g_clear_object (&self->reports[AWC_SIDE_A]);
  g_clear_object (&self->reports[AWC_SIDE_B]);
  plateau_cache_clear (&self->plateaus[AWC_SIDE_A]);
  plateau_cache_clear (&self->plateaus[AWC_SIDE_B]);

  G_OBJECT_CLASS (awc_comparison_parent_class)->dispose (object);
}

static void
awc_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AwcComparison *self = AWC_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_REPORT_A:
      g_value_set_object (value, awc_comparison_get_report_a (self));
      break;
    case PROP_REPORT_B:
      g_value_set_object (value, awc_comparison_get_report_b (self));
      break;
    case PROP_OFFSET:
      g_value_set_double (value, awc_comparison_get_offset (self));
      break;
    case PROP_LINKED:
      g_value_set_boolean (value, awc_comparison_get_linked (self));
      break;
    case PROP_STACKED:
      g_value_set_boolean (value, awc_comparison_get_stacked (self));
      break;
    case PROP_OVERLAY:
      g_value_set_boolean (value, awc_comparison_get_overlay (self));
      break;
    case PROP_WINDOW_START:
      g_value_set_double (value, awc_comparison_get_window_start (self));
      break;
    case PROP_WINDOW_END:
      g_value_set_double (value, awc_comparison_get_window_end (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_comparison_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AwcComparison *self = AWC_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_REPORT_A:
      awc_comparison_set_report_a (self, g_value_get_object (value));
      break;
    case PROP_REPORT_B:
      awc_comparison_set_report_b (self, g_value_get_object (value));
      break;
    case PROP_OFFSET:
      awc_comparison_set_offset (self, g_value_get_double (value));
      break;
    case PROP_LINKED:
      awc_comparison_set_linked (self, g_value_get_boolean (value));
      break;
    case PROP_STACKED:
      awc_comparison_set_stacked (self, g_value_get_boolean (value));
      break;
    case PROP_OVERLAY:
      awc_comparison_set_overlay (self, g_value_get_boolean (value));
      break;
    case PROP_WINDOW_START:
      awc_comparison_set_window (self, g_value_get_double (value), self->window_end);
      break;
    case PROP_WINDOW_END:
      awc_comparison_set_window (self, self->window_start, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_comparison_class_init (AwcComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = awc_comparison_dispose;
  object_class->get_property = awc_comparison_get_property;
  object_class->set_property = awc_comparison_set_property;

  properties[PROP_REPORT_A] =
    g_param_spec_object ("report-a", NULL, NULL, AWC_TYPE_REPORT, flags);
  properties[PROP_REPORT_B] =
    g_param_spec_object ("report-b", NULL, NULL, AWC_TYPE_REPORT, flags);
  properties[PROP_OFFSET] =
    g_param_spec_double ("offset", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_LINKED] =
    g_param_spec_boolean ("linked", NULL, NULL, TRUE, flags);
  properties[PROP_STACKED] =
    g_param_spec_boolean ("stacked", NULL, NULL, FALSE, flags);
  properties[PROP_OVERLAY] =
    g_param_spec_boolean ("overlay", NULL, NULL, FALSE, flags);
  /* The real default is NaN (the steady phase), set in init: a param
   * spec cannot hold a NaN default, but NaN values pass its validation. */
  properties[PROP_WINDOW_START] =
    g_param_spec_double ("window-start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_WINDOW_END] =
    g_param_spec_double ("window-end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_comparison_init (AwcComparison *self)
{
  self->linked = TRUE;
  self->window_start = NAN;
  self->window_end = NAN;
}

AwcComparison *
awc_comparison_new (AwcReport *a,
                    AwcReport *b)
{
  g_return_val_if_fail (a == NULL || AWC_IS_REPORT (a), NULL);
  g_return_val_if_fail (b == NULL || AWC_IS_REPORT (b), NULL);

  return g_object_new (AWC_TYPE_COMPARISON, "report-a", a, "report-b", b, NULL);
}

AwcReport *
awc_comparison_get_report (AwcComparison *self,
                           AwcSide        side)
{
  g_return_val_if_fail (AWC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (side == AWC_SIDE_A || side == AWC_SIDE_B, NULL);

  return self->reports[side];
}

static void
set_report (AwcComparison *self,
            AwcSide        side,
            AwcReport     *report)
{
  g_return_if_fail (AWC_IS_COMPARISON (self));
  g_return_if_fail (report == NULL || AWC_IS_REPORT (report));

  if (g_set_object (&self->reports[side], report))
    {
      plateau_cache_clear (&self->plateaus[side]);
      g_object_notify_by_pspec (G_OBJECT (self),
                                properties[side == AWC_SIDE_A ? PROP_REPORT_A : PROP_REPORT_B]);
    }
}

AwcReport *
awc_comparison_get_report_a (AwcComparison *self)
{
  return awc_comparison_get_report (self, AWC_SIDE_A);
}

void
awc_comparison_set_report_a (AwcComparison *self,
                             AwcReport     *report)
{
  set_report (self, AWC_SIDE_A, report);
}

AwcReport *
awc_comparison_get_report_b (AwcComparison *self)
{
  return awc_comparison_get_report (self, AWC_SIDE_B);
}

void
awc_comparison_set_report_b (AwcComparison *self,
                             AwcReport     *report)
{
  set_report (self, AWC_SIDE_B, report);
}

double
awc_comparison_get_offset (AwcComparison *self)
{
  g_return_val_if_fail (AWC_IS_COMPARISON (self), 0);
  return self->offset;
}

void
awc_comparison_set_offset (AwcComparison *self,
                           double         offset)
{
  g_return_if_fail (AWC_IS_COMPARISON (self));
  g_return_if_fail (isfinite (offset));

  if (self->offset != offset)
    {
      self->offset = offset;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFSET]);
    }
}

#define BOOLEAN_ACCESSORS(field, PROP)                                        \
  gboolean                                                                    \
  awc_comparison_get_##field (AwcComparison *self)                            \
  {                                                                           \
    g_return_val_if_fail (AWC_IS_COMPARISON (self), FALSE);                   \
    return self->field;                                                       \
  }                                                                           \
  void                                                                        \
  awc_comparison_set_##field (AwcComparison *self,                            \
                              gboolean       field)                           \
  {                                                                           \
    g_return_if_fail (AWC_IS_COMPARISON (self));                              \
    field = !!field;                                                          \
    if (self->field != field)                                                 \
      {                                                                       \
        self->field = field;                                                  \
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);         \
      }                                                                       \
  }

BOOLEAN_ACCESSORS (linked, PROP_LINKED)
BOOLEAN_ACCESSORS (stacked, PROP_STACKED)
BOOLEAN_ACCESSORS (overlay, PROP_OVERLAY)

double
awc_comparison_get_window_start (AwcComparison *self)
{
  g_return_val_if_fail (AWC_IS_COMPARISON (self), NAN);
  return self->window_start;
}

double
awc_comparison_get_window_end (AwcComparison *self)
{
  g_return_val_if_fail (AWC_IS_COMPARISON (self), NAN);
  return self->window_end;
}

/* NaN never equals itself: compare "both NaN" explicitly. */
static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

void
awc_comparison_set_window (AwcComparison *self,
                           double         start,
                           double         end)
{
  gboolean start_changed, end_changed;

  g_return_if_fail (AWC_IS_COMPARISON (self));

  start_changed = !same_double (self->window_start, start);
  end_changed = !same_double (self->window_end, end);
  self->window_start = start;
  self->window_end = end;
  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_END]);
}

static const double *
side_timestamps (AwcComparison *self,
                 AwcSide        side,
                 guint         *n)
{
  *n = 0;
  if (self->reports[side] == NULL)
    return NULL;
  return awc_report_get_timestamps (self->reports[side], n);
}

/* What to add to a wall-clock time of @side to get A-elapsed seconds. */
static double
side_shift (AwcComparison *self,
            AwcSide        side,
            const double  *ts)
{
  return -ts[0] + (side == AWC_SIDE_B ? self->offset : 0);
}

double
awc_comparison_elapsed_at (AwcComparison *self,
                           AwcSide        side,
                           guint          index)
{
  const double *ts;
  guint n;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), NAN);

  ts = side_timestamps (self, side, &n);
  if (index >= n)
    return NAN;
  return ts[index] + side_shift (self, side, ts);
}

double
awc_comparison_time_at (AwcComparison *self,
                        AwcSide        side,
                        double         elapsed)
{
  const double *ts;
  guint n;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), NAN);

  ts = side_timestamps (self, side, &n);
  if (n == 0)
    return NAN;
  return elapsed - side_shift (self, side, ts);
}

double
awc_comparison_get_duration (AwcComparison *self,
                             AwcSide        side)
{
  const double *ts;
  guint n;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), NAN);

  ts = side_timestamps (self, side, &n);
  return n > 0 ? ts[n - 1] - ts[0] : NAN;
}

guint
awc_comparison_index_at (AwcComparison *self,
                         AwcSide        side,
                         double         elapsed,
                         gboolean      *in_range)
{
  const double *ts;
  double t, slack;
  guint n, i;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), G_MAXUINT);

  if (in_range != NULL)
    *in_range = FALSE;
  ts = side_timestamps (self, side, &n);
  if (n == 0 || isnan (elapsed))
    return G_MAXUINT;

  t = awc_comparison_time_at (self, side, elapsed);
  i = awc_report_index_at_time (self->reports[side], t);
  /* Half the mean sample interval either side of the run still counts */
  slack = n > 1 ? (ts[n - 1] - ts[0]) / (n - 1) / 2 : 0.5;
  if (in_range != NULL)
    *in_range = t >= ts[0] - slack && t <= ts[n - 1] + slack;

  return i;
}

gboolean
awc_comparison_get_plateau (AwcComparison  *self,
                            AwcSide         side,
                            AwcPlateau     *plateau,
                            GError        **error)
{
  PlateauCache *cache;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (plateau != NULL, FALSE);

  if (self->reports[side] == NULL)
    {
      g_set_error (error, AWC_COMPARISON_ERROR, AWC_COMPARISON_ERROR_NO_REPORT,
                   _("Run %s is missing"), side == AWC_SIDE_A ? "A" : "B");
      return FALSE;
    }

  cache = &self->plateaus[side];
  if (!cache->valid)
    {
      cache->found = awc_plateau_detect (self->reports[side], NULL, &cache->plateau, &cache->error);
      cache->valid = TRUE;
    }

  *plateau = cache->plateau;
  if (!cache->found)
    {
      if (error != NULL)
        *error = g_error_copy (cache->error);
      return FALSE;
    }
  return TRUE;
}

gboolean
awc_comparison_align_on_plateau (AwcComparison  *self,
                                 GError        **error)
{
  AwcPlateau pa, pb;
  const double *ta, *tb;
  guint na, nb;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), FALSE);

  if (!awc_comparison_get_plateau (self, AWC_SIDE_A, &pa, error))
    {
      g_prefix_error (error, "A: ");
      return FALSE;
    }
  if (!awc_comparison_get_plateau (self, AWC_SIDE_B, &pb, error))
    {
      g_prefix_error (error, "B: ");
      return FALSE;
    }

  ta = side_timestamps (self, AWC_SIDE_A, &na);
  tb = side_timestamps (self, AWC_SIDE_B, &nb);
  /* B's steady start at A-elapsed (tb[s] - tb[0]) + offset must equal A's */
  awc_comparison_set_offset (self, (ta[pa.start] - ta[0]) - (tb[pb.start] - tb[0]));
  return TRUE;
}

void
awc_comparison_swap (AwcComparison *self)
{
  AwcReport *tmp;
  PlateauCache cache;
  double old_offset;

  g_return_if_fail (AWC_IS_COMPARISON (self));

  g_object_freeze_notify (G_OBJECT (self));

  tmp = self->reports[AWC_SIDE_A];
  self->reports[AWC_SIDE_A] = self->reports[AWC_SIDE_B];
  self->reports[AWC_SIDE_B] = tmp;
  cache = self->plateaus[AWC_SIDE_A];
  self->plateaus[AWC_SIDE_A] = self->plateaus[AWC_SIDE_B];
  self->plateaus[AWC_SIDE_B] = cache;
  if (self->reports[AWC_SIDE_A] != self->reports[AWC_SIDE_B])
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_A]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_B]);
    }

  /* The new axis is old B's elapsed time: old A-elapsed e maps to e - offset */
  old_offset = self->offset;
  awc_comparison_set_window (self, self->window_start - old_offset, self->window_end - old_offset);
  awc_comparison_set_offset (self, old_offset == 0 ? 0 : -old_offset);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Samples of @side within A-elapsed [start, end]; NaN bounds are open. */
static void
user_range (AwcComparison *self,
            AwcSide        side,
            double         start,
            double         end,
            guint         *first,
            guint         *last)
{
  guint n;

  side_timestamps (self, side, &n);
  *first = isnan (start) ? 0 : awc_report_lower_bound (self->reports[side],
                                                        awc_comparison_time_at (self, side, start) - 1e-6);
  *last = isnan (end) ? n : awc_report_lower_bound (self->reports[side],
                                                     awc_comparison_time_at (self, side, end) + 1e-6);
  *last = MAX (*first, MIN (*last, n));
}

gboolean
awc_comparison_resolve_window (AwcComparison        *self,
                               AwcComparisonWindow  *window,
                               GError              **error)
{
  gboolean user;

  g_return_val_if_fail (AWC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (window != NULL, FALSE);

  memset (window, 0, sizeof *window);
  for (AwcSide side = AWC_SIDE_A; side <= AWC_SIDE_B; side++)
    {
      guint n;

      side_timestamps (self, side, &n);
      if (n == 0)
        {
          g_set_error (error, AWC_COMPARISON_ERROR, AWC_COMPARISON_ERROR_NO_REPORT,
                       _("Run %s has no samples"), side == AWC_SIDE_A ? "A" : "B");
          return FALSE;
        }
    }

  user = !isnan (self->window_start) || !isnan (self->window_end);
  window->source = user ? AWC_WINDOW_USER : AWC_WINDOW_STEADY;
  if (!user)
    {
      AwcPlateau plateaus[2];

      /* Steady phase against whole run would not be a fair comparison:
       * when either side has none, both use their whole run. */
      for (AwcSide side = AWC_SIDE_A; side <= AWC_SIDE_B; side++)
        if (!awc_comparison_get_plateau (self, side, &plateaus[side], NULL))
          {
            window->source = AWC_WINDOW_WHOLE_RUN;
            window->note[side] = self->plateaus[side].error->message;
          }
      for (AwcSide side = AWC_SIDE_A; side <= AWC_SIDE_B && window->source == AWC_WINDOW_STEADY; side++)
        {
          window->first[side] = plateaus[side].start;
          window->last[side] = plateaus[side].end;
        }
    }

  for (AwcSide side = AWC_SIDE_A; side <= AWC_SIDE_B; side++)
    {
      guint n;

      side_timestamps (self, side, &n);
      if (user)
        {
          user_range (self, side, self->window_start, self->window_end,
                      &window->first[side], &window->last[side]);
          if (window->first[side] >= window->last[side])
            {
              g_set_error (error, AWC_COMPARISON_ERROR, AWC_COMPARISON_ERROR_EMPTY_WINDOW,
                           _("The window %.0f–%.0f s holds no sample of run %s"),
                           self->window_start, self->window_end, side == AWC_SIDE_A ? "A" : "B");
              return FALSE;
            }
        }
      else if (window->source == AWC_WINDOW_WHOLE_RUN)
        {
          window->first[side] = 0;
          window->last[side] = n;
        }

      window->start[side] = awc_comparison_elapsed_at (self, side, window->first[side]);
      window->end[side] = awc_comparison_elapsed_at (self, side, window->last[side] - 1);
    }

  return TRUE;
}
