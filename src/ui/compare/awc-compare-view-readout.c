/* awc-compare-view-readout.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-compare-view-private.h"

/* The cursor readout of AwcCompareView:
 *   "+05:00 · A 2026-03-02 09:05:00 · B 2026-03-02 09:04:58"
 *   "TPS: A 200 /s · B 198 /s · Δ −2 /s    Average response time: …"
 * One line for the times, one line per drawn series. */

char *_awc_compare_view_build_readout (AwcCompareView *self);

static void
append_elapsed (GString *string,
                double   seconds)
{
  guint64 s = (guint64) llround (fabs (seconds));
  const char *sign = seconds < -0.5 ? "−" : "+";

  if (s >= 3600)
    g_string_append_printf (string, "%s%u:%02u:%02u", sign,
                            (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  else
    g_string_append_printf (string, "%s%02u:%02u", sign, (guint) (s / 60), (guint) (s % 60));
}

static double
value_at (AwcSeries *series,
          guint      index)
{
  const double *values;
  guint n;

  if (series == NULL || index == G_MAXUINT)
    return NAN;
  values = awc_series_get_values (series, &n);
  return index < n ? values[index] : NAN;
}

static void
append_value (GString *string,
              AwcUnit  unit,
              double   value)
{
  g_autofree char *text = NULL;

  if (!isfinite (value))
    {
      g_string_append (string, "—");
      return;
    }
  text = awc_unit_format_value (unit, value);
  g_string_append (string, text);
}

static void
append_series (GString   *string,
               AwcSeries *a,
               AwcSeries *b,
               guint      index_a,
               guint      index_b)
{
  AwcSeries *any = a != NULL ? a : b;
  AwcUnit unit = awc_series_get_unit (any);
  double va = value_at (a, index_a);
  double vb = value_at (b, index_b);

  g_string_append_printf (string, "\n%s: A ", awc_series_get_display_title (any));
  append_value (string, unit, va);
  g_string_append (string, " · B ");
  append_value (string, unit, vb);
  g_string_append (string, " · Δ ");
  if (isfinite (va) && isfinite (vb))
    {
      double diff = vb - va;

      /* The unit formatter knows no sign: add it, a real minus sign. */
      if (diff > 0)
        g_string_append (string, "+");
      else if (diff < 0)
        g_string_append (string, "−");
      append_value (string, unit, fabs (diff));
    }
  else
    g_string_append (string, "—");
}

static guint
side_index (AwcCompareView *self,
            AwcSide         side,
            GString        *string)
{
  AwcReport *report = awc_comparison_get_report (self->comparison, side);
  gboolean in_range = FALSE;
  const double *ts;
  guint i, n;

  g_string_append (string, side == AWC_SIDE_A ? " · A " : " · B ");
  i = report != NULL ? awc_comparison_index_at (self->comparison, side, self->cursor, &in_range)
                     : G_MAXUINT;
  if (i == G_MAXUINT || !in_range)
    {
      g_string_append (string, "—");
      return G_MAXUINT;
    }
  ts = awc_report_get_timestamps (report, &n);
  {
    g_autofree char *stamp = awc_report_format_time (report, ts[i], "%Y-%m-%d %H:%M:%S");

    g_string_append (string, stamp);
  }
  return i;
}

char *
_awc_compare_view_build_readout (AwcCompareView *self)
{
  g_autoptr(GString) string = NULL;
  g_autoptr(GHashTable) done = NULL;
  AwcReport *a, *b;
  guint ia, ib;

  if (self->comparison == NULL || isnan (self->cursor))
    return g_strdup ("");

  a = awc_comparison_get_report_a (self->comparison);
  b = awc_comparison_get_report_b (self->comparison);
  string = g_string_new (NULL);
  append_elapsed (string, self->cursor);
  ia = side_index (self, AWC_SIDE_A, string);
  ib = side_index (self, AWC_SIDE_B, string);

  /* A's drawn series with B's same-id series, then B's own extras (when
   * the sides are unlinked). */
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < 2; s++)
    {
      AwcReport *report = s == 0 ? a : b;
      AwcReport *other = s == 0 ? b : a;
      GListModel *list;

      if (report == NULL)
        continue;
      list = awc_report_get_series (report);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AwcSeries) series = g_list_model_get_item (list, i);
          AwcSeries *twin;
          const char *id = awc_series_get_id (series);

          if (!awc_series_is_drawn (series) || g_hash_table_contains (done, id))
            continue;
          g_hash_table_add (done, (gpointer) id);
          twin = other != NULL ? awc_report_find_series (other, id) : NULL;
          if (s == 0)
            append_series (string, series, twin, ia, ib);
          else
            append_series (string, twin, series, ia, ib);
        }
    }

  return g_string_free (g_steal_pointer (&string), FALSE);
}
