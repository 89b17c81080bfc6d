/* awc-delta-format.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-delta-private.h"
#include "awc-util.h"

/* The copy formats of the delta summary: plain text (aligned columns, for
 * terminals and chat) and Markdown (a pipe table, for tickets and PRs). */

#define N_COLUMNS 7

const char *
awc_delta_verdict_to_string (AwcDeltaVerdict verdict)
{
  switch (verdict)
    {
    case AWC_DELTA_BETTER:        return "better";
    case AWC_DELTA_WORSE:         return "worse";
    case AWC_DELTA_WITHIN_NOISE:  return "within-noise";
    case AWC_DELTA_NOT_TESTED:    return "not-tested";
    case AWC_DELTA_NO_MEANINGFUL_CHANGE: return "no-meaningful-change";
    case AWC_DELTA_NOT_JUDGED:    return "not-judged";
    case AWC_DELTA_LOAD_DIFFERS:  return "load-differs";
    case AWC_DELTA_NOT_AVAILABLE:
    default:                      return "not-available";
    }
}

const char *
awc_delta_verdict_to_label (AwcDeltaVerdict verdict)
{
  switch (verdict)
    {
    case AWC_DELTA_BETTER:        return _("better");
    case AWC_DELTA_WORSE:         return _("worse");
    case AWC_DELTA_WITHIN_NOISE:  return _("within noise");
    case AWC_DELTA_NOT_TESTED:    return _("not tested");
    case AWC_DELTA_NO_MEANINGFUL_CHANGE: return _("no meaningful change");
    case AWC_DELTA_NOT_JUDGED:    return _("not judged");
    case AWC_DELTA_LOAD_DIFFERS:  return _("load differs");
    case AWC_DELTA_NOT_AVAILABLE:
    default:                      return _("n/a");
    }
}

char *
awc_delta_row_format_value (const AwcDeltaRow *row,
                            double             value)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (isnan (value))
    return g_strdup ("—");
  if (row->is_share)
    return g_strdup_printf ("%.2f %%", value * 100);
  return awc_unit_format_value (row->unit, value);
}

static char *
format_signed (const AwcDeltaRow *row,
               double             diff)
{
  g_autofree char *magnitude = NULL;

  if (isnan (diff))
    return g_strdup ("—");
  /* No "-0.00": what rounds to zero is shown as +0 */
  if (row->is_share)
    return g_strdup_printf ("%+.2f pp", fabs (diff) < 0.00005 ? 0.0 : diff * 100);
  magnitude = awc_unit_format_value (row->unit, fabs (diff));
  return g_strdup_printf ("%s%s", diff < 0 && fabs (diff) >= 0.0005 ? "-" : "+", magnitude);
}

char *
awc_delta_row_format_diff (const AwcDeltaRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);
  return format_signed (row, row->abs_diff);
}

char *
awc_delta_row_format_rel (const AwcDeltaRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (isnan (row->rel_diff))
    return g_strdup ("—");
  if (isinf (row->rel_diff))
    return g_strdup (row->rel_diff > 0 ? "+∞" : "-∞");
  /* No "-0.0 %" either */
  return g_strdup_printf ("%+.1f %%", fabs (row->rel_diff) < 0.0005 ? 0.0 : row->rel_diff * 100);
}

char *
awc_delta_row_format_min_change (const AwcDeltaRow *row)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (row != NULL, NULL);

  if (isnan (row->min_change))
    return g_strdup ("—");
  if (row->min_is_relative)
    return g_strdup_printf ("%s %%", g_ascii_formatd (buf, sizeof buf, "%g", row->min_change * 100));
  if (row->is_share)
    return g_strdup_printf ("%s pp", g_ascii_formatd (buf, sizeof buf, "%g", row->min_change * 100));
  return awc_unit_format_value (row->unit, row->min_change);
}

static char *
format_vusers (double value)
{
  return isnan (value) ? g_strdup ("—") : awc_unit_format_value (AWC_UNIT_USERS, value);
}

char *
awc_delta_summary_dup_load_text (AwcDeltaSummary *self)
{
  g_autofree char *peak_a = NULL, *peak_b = NULL, *plateau_a = NULL, *plateau_b = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->load_differs)
    return NULL;
  peak_a = format_vusers (self->peak_vusers[0]);
  peak_b = format_vusers (self->peak_vusers[1]);
  plateau_a = format_vusers (self->plateau_vusers[0]);
  plateau_b = format_vusers (self->plateau_vusers[1]);
  /* Translators: shown above the delta table when the runs ran different loads */
  return g_strdup_printf (_("Load differs: virtual users peak A %s, B %s; plateau A %s, B %s. "
                            "Throughput and response-time verdicts are marked “load differs”."),
                          peak_a, peak_b, plateau_a, plateau_b);
}

static char *
format_ci (const AwcDeltaRow *row)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (isnan (row->ci_low))
    return g_strdup ("—");
  low = format_signed (row, row->ci_low);
  high = format_signed (row, row->ci_high);
  return g_strdup_printf ("%s … %s", low, high);
}

char *
awc_delta_shift_describe (AwcDeltaSummary     *self,
                          const AwcDeltaShift *shift)
{
  const AwcDeltaBucket *from, *to;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (shift != NULL, NULL);
  g_return_val_if_fail (shift->from < self->buckets->len && shift->to < self->buckets->len, NULL);

  from = &g_array_index (self->buckets, AwcDeltaBucket, shift->from);
  to = &g_array_index (self->buckets, AwcDeltaBucket, shift->to);
  /* Translators: "7.3 % of requests moved from 50 – 200 ms to 200 – 500 ms" */
  return g_strdup_printf (_("%.1f %% of requests moved from %s to %s"),
                          shift->share * 100, from->range_text, to->range_text);
}

char *
awc_delta_summary_dup_method (AwcDeltaSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf (_("Verdict: 95 %% interval of B − A from a block bootstrap of the "
                            "per-second samples (%u resamples, blocks of %u and %u samples); "
                            "within noise when it includes 0; a change smaller than the metric's "
                            "minimum (1 %% for throughput and response times, 0.05 pp for failure "
                            "shares) is no meaningful change; bandwidth and virtual users are not judged. "
                            "Percentiles are estimated from the whole-run response-time buckets "
                            "(the API has no per-window histogram) and are not tested."),
                          self->n_resamples, self->block_len[0], self->block_len[1]);
}

char *
awc_delta_summary_dup_window_text (AwcDeltaSummary *self)
{
  const AwcComparisonWindow *w;
  const char *what;

  g_return_val_if_fail (self != NULL, NULL);

  w = &self->window;
  switch (w->source)
    {
    case AWC_WINDOW_STEADY:
      what = _("steady phase");
      break;
    case AWC_WINDOW_USER:
      what = _("chosen range");
      break;
    case AWC_WINDOW_WHOLE_RUN:
    default:
      what = _("whole run (no steady phase found)");
      break;
    }

  /* Translators: the window of the delta, e.g.
   * "steady phase: A 300–1500 s, B 280–1490 s (B offset +20 s)" */
  return g_strdup_printf (_("%s: A %.0f–%.0f s, B %.0f–%.0f s (B offset %+.0f s)"),
                          what, w->start[0], w->end[0],
                          w->start[1] - self->offset, w->end[1] - self->offset, self->offset);
}

/* Rows of cells, first row the header. */
static GPtrArray *
delta_table (AwcDeltaSummary *self)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **header = g_new0 (char *, N_COLUMNS + 1);

  header[0] = g_strdup (_("Metric"));
  header[1] = g_strdup ("A");
  header[2] = g_strdup ("B");
  header[3] = g_strdup ("Δ");
  header[4] = g_strdup ("Δ %");
  /* xgettext:no-c-format */
  header[5] = g_strdup (_("95 % interval of Δ"));
  header[6] = g_strdup (_("Verdict"));
  g_ptr_array_add (table, header);

  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const AwcDeltaRow *row = &self->rows[m];
      char **cells;

      /* A metric neither run has (no bandwidth curves, say) */
      if (isnan (row->a) && isnan (row->b))
        continue;
      cells = g_new0 (char *, N_COLUMNS + 1);
      cells[0] = g_strdup (row->title);
      cells[1] = awc_delta_row_format_value (row, row->a);
      cells[2] = awc_delta_row_format_value (row, row->b);
      cells[3] = awc_delta_row_format_diff (row);
      cells[4] = awc_delta_row_format_rel (row);
      cells[5] = format_ci (row);
      cells[6] = g_strdup (awc_delta_verdict_to_label (row->verdict));
      g_ptr_array_add (table, cells);
    }

  return table;
}

static GPtrArray *
bucket_table (AwcDeltaSummary *self)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **header = g_new0 (char *, 5);

  header[0] = g_strdup (_("Response time"));
  header[1] = g_strdup ("A");
  header[2] = g_strdup ("B");
  header[3] = g_strdup ("Δ");
  g_ptr_array_add (table, header);

  for (guint i = 0; i < self->buckets->len; i++)
    {
      const AwcDeltaBucket *bucket = &g_array_index (self->buckets, AwcDeltaBucket, i);
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup (bucket->range_text);
      cells[1] = g_strdup_printf ("%.1f %%", bucket->share_a * 100);
      cells[2] = g_strdup_printf ("%.1f %%", bucket->share_b * 100);
      cells[3] = g_strdup_printf ("%+.1f pp", (bucket->share_b - bucket->share_a) * 100);
      g_ptr_array_add (table, cells);
    }

  return table;
}

static void
append_padded (GString    *out,
               const char *text,
               guint       width,
               gboolean    right)
{
  glong len = (glong) awc_text_width (text);

  if (right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
}

/* Aligned columns; the first is left-aligned, the others right. */
static void
append_text_table (GString   *out,
                   GPtrArray *table)
{
  guint n_cols = g_strv_length (g_ptr_array_index (table, 0));
  g_autofree guint *widths = g_new0 (guint, n_cols);

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);

      for (guint c = 0; c < n_cols; c++)
        widths[c] = MAX (widths[c], (guint) awc_text_width (cells[c]));
    }

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);

      for (guint c = 0; c < n_cols; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          /* The verdict column reads better left-aligned */
          append_padded (out, cells[c], c + 1 == n_cols && c > 3 ? 0 : widths[c],
                         c > 0 && !(c + 1 == n_cols && c > 3));
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_markdown_table (GString   *out,
                       GPtrArray *table)
{
  guint n_cols = g_strv_length (g_ptr_array_index (table, 0));

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);

      g_string_append (out, "|");
      for (guint c = 0; c < n_cols; c++)
        {
          g_autofree char *cell = g_strdup (g_strstrip (cells[c]));
          g_auto(GStrv) parts = g_strsplit (cell, "|", -1);
          g_autofree char *escaped = g_strjoinv ("\\|", parts);

          g_string_append_printf (out, " %s |", escaped);
        }
      g_string_append_c (out, '\n');
      if (r == 0)
        {
          g_string_append (out, "|");
          for (guint c = 0; c < n_cols; c++)
            g_string_append (out, c == 0 || (c + 1 == n_cols && c > 3) ? " :--- |" : " ---: |");
          g_string_append_c (out, '\n');
        }
    }
}

/* Notes on rows that were not judged, one line per distinct reason. */
static void
append_notes (GString         *out,
              AwcDeltaSummary *self,
              const char      *bullet)
{
  for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
    {
      const char *note = self->rows[m].note;
      g_autoptr(GString) keys = NULL;
      gboolean seen = FALSE;

      if (note == NULL)
        continue;
      for (guint k = 0; k < m && !seen; k++)
        seen = g_strcmp0 (self->rows[k].note, note) == 0;
      if (seen)
        continue;

      keys = g_string_new (NULL);
      for (guint k = m; k < AWC_DELTA_N_METRICS; k++)
        if (g_strcmp0 (self->rows[k].note, note) == 0)
          g_string_append_printf (keys, "%s%s", keys->len > 0 ? ", " : "", self->rows[k].key);
      g_string_append_printf (out, "%s%s: %s\n", bullet, keys->str, note);
    }
}

static char *
summary_format (AwcDeltaSummary *self,
                gboolean         markdown)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) table = delta_table (self);
  g_autoptr(GPtrArray) buckets = bucket_table (self);
  g_autofree char *window = awc_delta_summary_dup_window_text (self);
  g_autofree char *method = awc_delta_summary_dup_method (self);
  g_autofree char *load = awc_delta_summary_dup_load_text (self);
  const char *bullet = markdown ? "- " : "  ";

  /* A load difference changes how to read everything below: first */
  if (markdown)
    g_string_append_printf (out, "### %s\n\n", _("Comparison"));
  else
    g_string_append_printf (out, "%s\n", _("Comparison"));
  if (load != NULL)
    g_string_append_printf (out, markdown ? "> **%s**\n\n" : "  %s\n", load);
  if (markdown)
    g_string_append_printf (out, "- **A:** %s\n- **B:** %s\n- **%s:** %s\n\n",
                            self->title_a, self->title_b, _("Window"), window);
  else
    {
      g_autofree char *a = g_strdup_printf (_("A: %s"), self->title_a);
      g_autofree char *b = g_strdup_printf (_("B: %s"), self->title_b);
      g_autofree char *w = g_strdup_printf (_("Window: %s"), window);

      g_string_append_printf (out, "  %s\n  %s\n  %s\n\n", a, b, w);
    }
  for (guint side = 0; side < 2; side++)
    if (self->window.note[side] != NULL)
      g_string_append_printf (out, "%s%s: %s\n", bullet, side == 0 ? "A" : "B", self->window.note[side]);

  if (markdown)
    append_markdown_table (out, table);
  else
    append_text_table (out, table);

  g_string_append_c (out, '\n');
  append_notes (out, self, bullet);
  g_string_append_printf (out, "%s%s\n\n", bullet, method);

  if (self->buckets->len > 0)
    {
      g_string_append_printf (out, markdown ? "#### %s\n\n" : "%s\n",
                              _("Response-time buckets (whole run)"));
      if (markdown)
        append_markdown_table (out, buckets);
      else
        append_text_table (out, buckets);
      g_string_append_c (out, '\n');
      if (self->shifts->len == 0)
        g_string_append_printf (out, "%s%s\n", bullet, _("No shift of requests between buckets."));
      for (guint i = 0; i < self->shifts->len; i++)
        {
          g_autofree char *line = awc_delta_shift_describe (self, &g_array_index (self->shifts, AwcDeltaShift, i));

          g_string_append_printf (out, "%s%s\n", bullet, line);
        }
      g_string_append_printf (out, "%s%s\n", bullet,
                              _("Shift: net share of requests crossing each boundary between "
                                "neighbouring buckets (earth mover's flow of the two histograms)."));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
awc_delta_summary_to_markdown (AwcDeltaSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return summary_format (self, TRUE);
}

char *
awc_delta_summary_to_text (AwcDeltaSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return summary_format (self, FALSE);
}
