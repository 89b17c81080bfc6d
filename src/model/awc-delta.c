/* awc-delta.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "awc-delta-private.h"

/* The delta summary of two runs over a window.
 *
 * Values per side, over the window's samples:
 *   tps        plain mean of tps_brokens.tps
 *   rt         mean response time: Σ tps·average / Σ tps, i.e. weighted by
 *              TPS so that it is the mean per request; the plain mean of
 *              tps_brokens.average when the report has no TPS curve
 *   p50…p99    estimated from the response-time buckets, which cover the
 *              whole run: the API has no per-window histogram
 *   errors,
 *   <class>    share of a response-code class: Σ class / Σ all classes
 *              (success and every failure class present)
 *   rx, tx     plain means of brand_brokens.recBytes / sentBytes
 *   vusers     the peak of vusers_brokens.vusers (the load, not judged)
 *
 * Verdicts (docs/compare.md): bandwidth and virtual users are not judged;
 * throughput and response times are "load differs" when the runs' peak or
 * plateau virtual users differ by more than 5 %; a change below the
 * metric's minimum is "no meaningful change"; the rest is judged by the
 * interval.
 *
 * The verdict comes from the per-second samples: a circular block
 * bootstrap (awc-delta-bootstrap.c) of each side's mean gives a 95 %
 * interval of B − A; the change is real when the interval excludes 0.
 * Every mean above is a ratio Σ w·v / Σ w of per-second values, so one
 * bootstrap handles all of them (w = 1 for plain means, w = TPS for the
 * response time, w = all responses for the shares). */

#define RESPCODE_PREFIX "respcode_brokens."

typedef struct
{
  const char       *key;
  const char       *title;
  AwcUnit           unit;
  gboolean          is_share;
  AwcDeltaDirection direction;
  const char       *series;       /* per-second source, or respcode class */
  double            min_change;   /* see docs/compare.md, "Practical significance" */
  gboolean          min_is_relative;
} MetricInfo;

/* The smallest change that counts: 1 % of the larger value for
 * throughput and response times, 0.05 percentage points for failure
 * shares.  Below it a difference is "no meaningful change" however sure
 * the interval is: with hours of samples even 0.01 % can be "significant"
 * and still not matter.  NaN: not judged at all. */
#define MIN_REL   0.01, TRUE
#define MIN_SHARE 0.0005, FALSE
#define MIN_NONE  NAN, FALSE

static const MetricInfo metrics[AWC_DELTA_N_METRICS] = {
  [AWC_DELTA_TPS]        = { "tps", N_("TPS"), AWC_UNIT_PER_SECOND, FALSE, AWC_DELTA_HIGHER_IS_BETTER, "tps_brokens.tps", MIN_REL },
  [AWC_DELTA_RT]         = { "rt", N_("Mean response time"), AWC_UNIT_MILLISECONDS, FALSE, AWC_DELTA_LOWER_IS_BETTER, "tps_brokens.average", MIN_REL },
  [AWC_DELTA_P50]        = { "p50", N_("p50 (buckets)"), AWC_UNIT_MILLISECONDS, FALSE, AWC_DELTA_LOWER_IS_BETTER, NULL, MIN_REL },
  [AWC_DELTA_P90]        = { "p90", N_("p90 (buckets)"), AWC_UNIT_MILLISECONDS, FALSE, AWC_DELTA_LOWER_IS_BETTER, NULL, MIN_REL },
  [AWC_DELTA_P99]        = { "p99", N_("p99 (buckets)"), AWC_UNIT_MILLISECONDS, FALSE, AWC_DELTA_LOWER_IS_BETTER, NULL, MIN_REL },
  [AWC_DELTA_ERRORS]     = { "errors", N_("Failed responses"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, NULL, MIN_SHARE },
  [AWC_DELTA_ERROR]      = { "error", N_("  Request errors"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "error", MIN_SHARE },
  [AWC_DELTA_TIMEOUT]    = { "timeout", N_("  Timeouts"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "timeout", MIN_SHARE },
  [AWC_DELTA_CHECKPOINT] = { "checkpoint", N_("  Checkpoint failures"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "checkPointFailed", MIN_SHARE },
  [AWC_DELTA_PARSE]      = { "parse", N_("  Parse failures"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "parsedFailed", MIN_SHARE },
  [AWC_DELTA_REFUSED]    = { "refused", N_("  Refused connections"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "refusedFailed", MIN_SHARE },
  [AWC_DELTA_OTHERS]     = { "others", N_("  Other failures"), AWC_UNIT_COUNT, TRUE, AWC_DELTA_LOWER_IS_BETTER, "othersFailed", MIN_SHARE },
  /* Bandwidth follows the load and the payloads: more is neither good nor bad */
  [AWC_DELTA_RX]         = { "rx", N_("Received (mean)"), AWC_UNIT_BYTES_PER_SECOND, FALSE, AWC_DELTA_NEUTRAL, "brand_brokens.recBytes", MIN_NONE },
  [AWC_DELTA_TX]         = { "tx", N_("Sent (mean)"), AWC_UNIT_BYTES_PER_SECOND, FALSE, AWC_DELTA_NEUTRAL, "brand_brokens.sentBytes", MIN_NONE },
  [AWC_DELTA_VUSERS]     = { "vusers", N_("Peak virtual users"), AWC_UNIT_USERS, FALSE, AWC_DELTA_NEUTRAL, "vusers_brokens.vusers", MIN_NONE },
};

/* Failure classes, in metric order from AWC_DELTA_ERROR */
#define FIRST_CLASS AWC_DELTA_ERROR
#define LAST_CLASS  AWC_DELTA_OTHERS

G_DEFINE_BOXED_TYPE (AwcDeltaSummary, awc_delta_summary, awc_delta_summary_ref, awc_delta_summary_unref)

void
awc_delta_params_init (AwcDeltaParams *params)
{
  g_return_if_fail (params != NULL);

  params->n_resamples = 2000;
  params->block_s = 20;
  params->seed = 0x5eed;
  params->max_shifts = 3;
  params->min_shift = 0.001;
}

AwcDeltaSummary *
awc_delta_summary_ref (AwcDeltaSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
delta_bucket_clear (gpointer data)
{
  AwcDeltaBucket *bucket = data;

  g_free (bucket->label);
  g_free (bucket->range_text);
}

void
awc_delta_summary_unref (AwcDeltaSummary *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title_a);
  g_free (self->title_b);
  g_free (self->note_a);
  g_free (self->note_b);
  g_clear_pointer (&self->buckets, g_array_unref);
  g_clear_pointer (&self->shifts, g_array_unref);
  g_free (self);
}

const AwcDeltaRow *
awc_delta_summary_get_row (AwcDeltaSummary *self,
                           AwcDeltaMetric   metric)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (metric < AWC_DELTA_N_METRICS, NULL);

  return &self->rows[metric];
}

const AwcDeltaRow *
awc_delta_summary_find_row (AwcDeltaSummary *self,
                            const char      *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < AWC_DELTA_N_METRICS; i++)
    if (g_ascii_strcasecmp (self->rows[i].key, key) == 0)
      return &self->rows[i];
  return NULL;
}

/* Per-second (v, w) pairs of one side for @metric; FALSE when the report
 * lacks the curves.  Samples where v or w is not finite are skipped. */
static gboolean
collect_pairs (AwcReport      *report,
               AwcDeltaMetric  metric,
               guint           first,
               guint           last,
               GArray         *v_out,
               GArray         *w_out)
{
  const double *v = NULL, *w = NULL;
  const double *classes[LAST_CLASS - FIRST_CLASS + 2] = { NULL };
  guint n_classes = 0, n = G_MAXUINT;
  AwcSeries *series;

  g_array_set_size (v_out, 0);
  g_array_set_size (w_out, 0);

  if (metric == AWC_DELTA_ERRORS || (metric >= FIRST_CLASS && metric <= LAST_CLASS))
    {
      guint len;

      /* Shares need the success count for their denominator */
      if (!(series = awc_report_find_series (report, RESPCODE_PREFIX "success")))
        return FALSE;
      classes[n_classes++] = awc_series_get_values (series, &len);
      n = MIN (n, len);
      for (guint m = FIRST_CLASS; m <= LAST_CLASS; m++)
        {
          g_autofree char *id = g_strconcat (RESPCODE_PREFIX, metrics[m].series, NULL);

          if ((series = awc_report_find_series (report, id)) != NULL)
            {
              const double *values = awc_series_get_values (series, &len);

              if (m == metric)
                v = values;
              classes[n_classes++] = values;
              n = MIN (n, len);
            }
        }
      if (metric != AWC_DELTA_ERRORS && v == NULL)
        return FALSE;

      last = MIN (last, n);
      for (guint i = first; i < last; i++)
        {
          double total = 0, failed = 0;

          for (guint c = 0; c < n_classes; c++)
            if (isfinite (classes[c][i]))
              {
                total += classes[c][i];
                if (c > 0)
                  failed += classes[c][i];
              }
          if (total <= 0)
            continue;
          if (metric != AWC_DELTA_ERRORS)
            {
              if (!isfinite (v[i]))
                continue;
              failed = v[i];
            }
          g_array_append_vals (v_out, &(double) { failed / total }, 1);
          g_array_append_vals (w_out, &total, 1);
        }
      return TRUE;
    }

  if (!(series = awc_report_find_series (report, metrics[metric].series)))
    return FALSE;
  v = awc_series_get_values (series, &n);
  if (metric == AWC_DELTA_RT && (series = awc_report_find_series (report, "tps_brokens.tps")))
    {
      guint len;

      w = awc_series_get_values (series, &len);
      n = MIN (n, len);
    }

  last = MIN (last, n);
  for (guint i = first; i < last; i++)
    {
      double weight = w != NULL ? w[i] : 1;

      if (!isfinite (v[i]) || !isfinite (weight) || weight < 0)
        continue;
      g_array_append_vals (v_out, &v[i], 1);
      g_array_append_vals (w_out, &weight, 1);
    }
  return TRUE;
}

static double
weighted_mean (GArray *v,
               GArray *w)
{
  double sum = 0, weights = 0;

  for (guint i = 0; i < v->len; i++)
    {
      sum += g_array_index (v, double, i) * g_array_index (w, double, i);
      weights += g_array_index (w, double, i);
    }
  return weights > 0 ? sum / weights : NAN;
}

static double
peak (GArray *v)
{
  double max = NAN;

  for (guint i = 0; i < v->len; i++)
    if (isnan (max) || g_array_index (v, double, i) > max)
      max = g_array_index (v, double, i);
  return max;
}

static void
set_diffs (AwcDeltaRow *row)
{
  row->abs_diff = row->b - row->a;
  if (isnan (row->a) || isnan (row->b))
    row->rel_diff = NAN;
  else if (row->a != 0)
    row->rel_diff = row->abs_diff / fabs (row->a);
  else if (row->b == 0)
    row->rel_diff = 0;
  else
    row->rel_diff = row->b > 0 ? INFINITY : -INFINITY;
}

/* |Δ| below the metric's minimum change; symmetric in A and B. */
static gboolean
below_min_change (const AwcDeltaRow *row)
{
  double limit = row->min_change;

  if (isnan (limit))
    return FALSE;
  if (row->min_is_relative)
    limit *= MAX (fabs (row->a), fabs (row->b));
  return fabs (row->abs_diff) < limit;
}

/* Throughput and response times follow the load */
static gboolean
follows_load (AwcDeltaMetric metric)
{
  return metric <= AWC_DELTA_P99;
}

static void
judge (AwcDeltaRow *row)
{
  /* Prefix sums round: two identical constant runs must not differ */
  double eps = 1e-9 * MAX (fabs (row->a), fabs (row->b));
  gboolean up;

  if (isnan (row->ci_low) || isnan (row->ci_high))
    return;
  if (row->ci_low <= eps && row->ci_high >= -eps)
    {
      row->verdict = AWC_DELTA_WITHIN_NOISE;
      return;
    }
  up = row->ci_low > 0;
  row->verdict = (up == (row->direction == AWC_DELTA_HIGHER_IS_BETTER)) ? AWC_DELTA_BETTER : AWC_DELTA_WORSE;
}

/* Median spacing is robust to a gap in the timestamps. */
static guint
block_length (AwcReport *report,
              guint      first,
              guint      last,
              double     block_s)
{
  const double *ts;
  guint n;
  double dt;

  ts = awc_report_get_timestamps (report, &n);
  last = MIN (last, n);
  if (last <= first + 1)
    return 1;
  dt = (ts[last - 1] - ts[first]) / (last - first - 1);
  if (!(dt > 0))
    dt = 1;
  return CLAMP ((guint) lround (block_s / dt), 1, last - first);
}

static void
fill_row (AwcDeltaSummary      *summary,
          AwcReport            *reports[2],
          AwcDeltaMetric        metric,
          const AwcDeltaParams *params)
{
  AwcDeltaRow *row = &summary->rows[metric];
  const MetricInfo *info = &metrics[metric];
  g_autoptr(GArray) va = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wa = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) vb = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wb = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean has_a, has_b, tested;

  row->metric = metric;
  row->key = info->key;
  row->title = g_dgettext (GETTEXT_PACKAGE, info->title);
  row->unit = info->unit;
  row->is_share = info->is_share;
  row->direction = info->direction;
  row->min_change = info->min_change;
  row->min_is_relative = info->min_is_relative;
  row->a = row->b = row->ci_low = row->ci_high = NAN;
  row->verdict = AWC_DELTA_NOT_AVAILABLE;
  row->note = NULL;

  if (metric >= AWC_DELTA_P50 && metric <= AWC_DELTA_P99)
    {
      static const double ps[] = { 0.5, 0.9, 0.99 };
      AwcPercentile pa, pb;

      if (awc_report_estimate_percentile (reports[0], ps[metric - AWC_DELTA_P50], &pa))
        row->a = pa.estimate_ms;
      if (awc_report_estimate_percentile (reports[1], ps[metric - AWC_DELTA_P50], &pb))
        row->b = pb.estimate_ms;
      set_diffs (row);
      if (isnan (row->a) || isnan (row->b))
        return;
      if (summary->load_differs)
        {
          row->verdict = AWC_DELTA_LOAD_DIFFERS;
          row->note = _("the runs' load differs: not like for like");
        }
      else if (below_min_change (row))
        row->verdict = AWC_DELTA_NO_MEANINGFUL_CHANGE;
      else
        {
          row->verdict = AWC_DELTA_NOT_TESTED;
          row->note = _("no per-second samples: not tested");
        }
      return;
    }

  has_a = collect_pairs (reports[0], metric, summary->window.first[0], summary->window.last[0], va, wa);
  has_b = collect_pairs (reports[1], metric, summary->window.first[1], summary->window.last[1], vb, wb);
  if (metric == AWC_DELTA_VUSERS)
    {
      row->a = has_a ? peak (va) : NAN;
      row->b = has_b ? peak (vb) : NAN;
    }
  else
    {
      row->a = has_a ? weighted_mean (va, wa) : NAN;
      row->b = has_b ? weighted_mean (vb, wb) : NAN;
    }
  set_diffs (row);
  if (isnan (row->a) || isnan (row->b))
    return;

  if (info->direction == AWC_DELTA_NEUTRAL)
    {
      row->verdict = AWC_DELTA_NOT_JUDGED;
      row->note = metric == AWC_DELTA_VUSERS ? _("the load setting: not judged")
                                             : _("no better or worse direction: not judged");
      return;
    }

  /* The seed depends on the metric only, never on which run is A */
  tested = _awc_delta_bootstrap ((const double *) va->data, (const double *) wa->data, va->len,
                                 summary->block_len[0],
                                 (const double *) vb->data, (const double *) wb->data, vb->len,
                                 summary->block_len[1],
                                 params->n_resamples, params->seed + (guint64) metric * 0x9e3779b97f4a7c15ull,
                                 &row->ci_low, &row->ci_high);
  if (summary->load_differs && follows_load (metric))
    {
      row->verdict = AWC_DELTA_LOAD_DIFFERS;
      row->note = _("the runs' load differs: not like for like");
    }
  else if (below_min_change (row))
    row->verdict = AWC_DELTA_NO_MEANINGFUL_CHANGE;
  else if (!tested)
    {
      row->verdict = AWC_DELTA_NOT_TESTED;
      row->note = _("too few per-second samples: not tested");
    }
  else
    judge (row);
}

static int
compare_delta_buckets (gconstpointer a,
                       gconstpointer b)
{
  const AwcDeltaBucket *x = a, *y = b;
  double xl, xu, yl, yu;
  gboolean xp = awc_bucket_parse_label (x->label, &xl, &xu);
  gboolean yp = awc_bucket_parse_label (y->label, &yl, &yu);

  if (xp != yp)
    return xp ? -1 : 1;
  if (!xp)
    return g_strcmp0 (x->label, y->label);
  if (xl != yl)
    return xl < yl ? -1 : 1;
  if (xu != yu)
    return xu < yu ? -1 : 1;
  return 0;
}

static int
compare_shifts (gconstpointer a,
                gconstpointer b)
{
  const AwcDeltaShift *x = a, *y = b;

  if (x->share != y->share)
    return x->share > y->share ? -1 : 1;
  return (int) x->from - (int) y->from;
}

/* Buckets of both runs matched by label, then the earth-mover flow between
 * the two ordered histograms: with buckets in range order, the cheapest
 * way to turn A's shares into B's moves, across each boundary between
 * neighbours i and i+1, exactly cumA(i) − cumB(i) of the requests.
 * Positive: that much got slower (crossed upwards); negative: faster.
 * A request that moved two buckets counts at both boundaries it crossed.
 * Unparsed labels have no order and take no part in the flow. */
static void
fill_buckets (AwcDeltaSummary      *summary,
              AwcReport            *reports[2],
              const AwcDeltaParams *params)
{
  g_autoptr(GHashTable) by_label = g_hash_table_new (g_str_hash, g_str_equal);
  guint64 totals[2] = { 0, 0 };
  double cum_a = 0, cum_b = 0;

  summary->buckets = g_array_new (FALSE, TRUE, sizeof (AwcDeltaBucket));
  g_array_set_clear_func (summary->buckets, delta_bucket_clear);
  summary->shifts = g_array_new (FALSE, TRUE, sizeof (AwcDeltaShift));

  for (guint side = 0; side < 2; side++)
    {
      GListModel *model = awc_report_get_buckets (reports[side]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AwcBucket) bucket = g_list_model_get_item (model, i);
          const char *label = awc_bucket_get_label (bucket);
          gpointer index;

          if (!g_hash_table_lookup_extended (by_label, label, NULL, &index))
            {
              AwcDeltaBucket row = { g_strdup (label), awc_bucket_dup_range_text (bucket), 0, 0, 0, 0 };

              g_array_append_val (summary->buckets, row);
              index = GUINT_TO_POINTER (summary->buckets->len);
              g_hash_table_insert (by_label, g_array_index (summary->buckets, AwcDeltaBucket,
                                                            summary->buckets->len - 1).label, index);
            }
          {
            AwcDeltaBucket *row = &g_array_index (summary->buckets, AwcDeltaBucket,
                                                  GPOINTER_TO_UINT (index) - 1);
            guint64 count = awc_bucket_get_count (bucket);

            if (side == 0)
              row->count_a += count;
            else
              row->count_b += count;
            totals[side] += count;
          }
        }
    }

  /* The hash table holds borrowed labels: sorting moves the rows */
  g_hash_table_remove_all (by_label);
  g_array_sort (summary->buckets, compare_delta_buckets);

  for (guint i = 0; i < summary->buckets->len; i++)
    {
      AwcDeltaBucket *row = &g_array_index (summary->buckets, AwcDeltaBucket, i);
      double lower, upper;

      row->share_a = totals[0] > 0 ? (double) row->count_a / totals[0] : NAN;
      row->share_b = totals[1] > 0 ? (double) row->count_b / totals[1] : NAN;
      if (totals[0] == 0 || totals[1] == 0 || i + 1 >= summary->buckets->len
          || !awc_bucket_parse_label (row[1].label, &lower, &upper))
        continue;

      cum_a += row->share_a;
      cum_b += row->share_b;
      if (fabs (cum_a - cum_b) >= params->min_shift && fabs (cum_a - cum_b) > 1e-12)
        {
          AwcDeltaShift shift = { i, i + 1, cum_a - cum_b };

          if (shift.share < 0)
            {
              shift.from = i + 1;
              shift.to = i;
              shift.share = -shift.share;
            }
          g_array_append_val (summary->shifts, shift);
        }
    }

  g_array_sort (summary->shifts, compare_shifts);
  if (summary->shifts->len > params->max_shifts)
    g_array_set_size (summary->shifts, params->max_shifts);
}

static gboolean
differs (double x,
         double y)
{
  double larger = MAX (fabs (x), fabs (y));

  return isfinite (x) && isfinite (y) && larger > 0
         && fabs (x - y) > AWC_DELTA_LOAD_TOLERANCE * larger;
}

/* Each run's load from its virtual users over the whole run: the peak
 * and the plateau level (the sustained maximum the steady phase is found
 * from).  Reports without virtual users leave NaN: nothing to compare. */
static void
fill_load (AwcDeltaSummary *summary,
           AwcComparison   *comparison,
           AwcReport       *reports[2])
{
  for (guint side = 0; side < 2; side++)
    {
      AwcSeries *series = awc_report_find_series (reports[side], "vusers_brokens.vusers");
      AwcPlateau plateau;

      summary->peak_vusers[side] = summary->plateau_vusers[side] = NAN;
      if (series == NULL || awc_series_get_n_values (series) == 0)
        continue;
      summary->peak_vusers[side] = awc_series_get_max (series);
      if (awc_comparison_get_plateau (comparison, (AwcSide) side, &plateau, NULL) && !plateau.fallback)
        summary->plateau_vusers[side] = plateau.level;
    }
  summary->load_differs = differs (summary->peak_vusers[0], summary->peak_vusers[1])
                          || differs (summary->plateau_vusers[0], summary->plateau_vusers[1]);
}

/* The title, else the file name, else "Run A" */
static char *
dup_title (AwcReport  *report,
           const char *side)
{
  const char *title = awc_report_get_title (report);
  const char *source = awc_report_get_source (report);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (source != NULL && *source != '\0')
    return g_path_get_basename (source);
  return g_strdup_printf (_("Run %s"), side);
}

AwcDeltaSummary *
awc_delta_summary_compute (AwcComparison         *comparison,
                           const AwcDeltaParams  *params,
                           GError               **error)
{
  AwcDeltaParams defaults;
  AwcDeltaSummary *summary;
  AwcReport *reports[2];

  g_return_val_if_fail (AWC_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (params == NULL)
    {
      awc_delta_params_init (&defaults);
      params = &defaults;
    }

  summary = g_new0 (AwcDeltaSummary, 1);
  g_atomic_ref_count_init (&summary->ref_count);
  if (!awc_comparison_resolve_window (comparison, &summary->window, error))
    {
      awc_delta_summary_unref (summary);
      return NULL;
    }

  reports[0] = awc_comparison_get_report_a (comparison);
  reports[1] = awc_comparison_get_report_b (comparison);
  summary->title_a = dup_title (reports[0], "A");
  summary->title_b = dup_title (reports[1], "B");
  summary->note_a = g_strdup (summary->window.note[0]);
  summary->note_b = g_strdup (summary->window.note[1]);
  summary->window.note[0] = summary->note_a;
  summary->window.note[1] = summary->note_b;
  summary->offset = awc_comparison_get_offset (comparison);
  summary->n_resamples = params->n_resamples;
  for (guint side = 0; side < 2; side++)
    summary->block_len[side] = block_length (reports[side], summary->window.first[side],
                                             summary->window.last[side], params->block_s);

  fill_load (summary, comparison, reports);
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    fill_row (summary, reports, m, params);
  fill_buckets (summary, reports, params);

  return summary;
}
