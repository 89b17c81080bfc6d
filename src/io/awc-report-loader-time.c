/* awc-report-loader-time.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-json-values.h"
#include "awc-report-loader-private.h"

/* Reading commonTimestamps, the same way from raw bytes and from json-glib
 * nodes: wall-clock strings ("2023-05-04 17:24:44", kept as UTC so they
 * show as given) or epoch seconds/milliseconds as numbers or numeric
 * strings, never both in one array. */

#define CANCEL_CHECK_MASK 4095u
/* Epoch values above this are milliseconds (1e11 s is the year 5138). */
#define EPOCH_MS_THRESHOLD 1e11

typedef enum
{
  TS_UNKNOWN,
  TS_WALL_CLOCK,
  TS_EPOCH,
} TsKind;

typedef struct
{
  const char *path;
  GArray     *out;
  TsKind      kind;
  /* The previous epoch number as written, for the "go back in time"
   * message. */
  double      prev_number;
} TsParser;

static inline int
two_digits (const char *s)
{
  if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
    return -1;
  return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (gint64) era * 146097 + doe - 719468;
}

static gboolean
parse_wall_clock (const char *s,
                  gsize       len,
                  double     *out)
{
  static const int month_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int y_hi, y_lo, mo, d, h, mi, se, year;
  double fraction = 0;
  gsize i = 19;

  if (len < 19 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') ||
      s[13] != ':' || s[16] != ':')
    return FALSE;
  y_hi = two_digits (s);
  y_lo = two_digits (s + 2);
  mo = two_digits (s + 5);
  d = two_digits (s + 8);
  h = two_digits (s + 11);
  mi = two_digits (s + 14);
  se = two_digits (s + 17);
  if (y_hi < 0 || y_lo < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 ||
      mi < 0 || mi > 59 || se < 0 || se > 59)
    return FALSE;
  year = y_hi * 100 + y_lo;
  if (d > month_days[mo - 1] ||
      (mo == 2 && d == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))))
    return FALSE;

  if (i < len && s[i] == '.')
    {
      double scale = 0.1;

      if (++i >= len || !g_ascii_isdigit (s[i]))
        return FALSE;
      for (; i < len && g_ascii_isdigit (s[i]); i++, scale /= 10)
        fraction += (s[i] - '0') * scale;
    }
  if (i < len && s[i] == 'Z')
    i++;
  if (i != len)
    return FALSE;

  *out = (double) (days_from_civil (year, mo, d) * 86400 + h * 3600 + mi * 60 + se) + fraction;
  return TRUE;
}

static char *
describe_value (AwcJsonKind  kind,
                const char  *str,
                gsize        len,
                double       number)
{
  if (kind == AWC_JSON_KIND_NUMBER)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* + 0.0: json-glib reads "-0" as 0, the fast path as -0 */
      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", number + 0.0));
    }
  if (kind == AWC_JSON_KIND_STRING)
    {
      g_autofree char *valid = g_utf8_make_valid (str, (gssize) MIN (len, 60));

      return g_strdup_printf ("\"%s\"", valid);
    }
  return g_strdup (awc_json_kind_noun (kind));
}

/* @t as the report shows it (UTC for wall-clock strings, the local zone
 * for epoch numbers), with milliseconds when it has a fraction; epoch
 * numbers add what was read: "1973-03-03 09:46:40.001 (100000000001 ms)". */
static char *
describe_time (double      t,
               TsKind      kind,
               double      number)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *date = NULL;
  GString *out = g_string_new (NULL);
  double whole = floor (t);
  gint64 usec = fabs (t) < 1e13 ? llround ((t - whole) * G_USEC_PER_SEC) : 0;

  /* 59.9999996 s shows as the next second */
  if (usec == G_USEC_PER_SEC)
    {
      whole += 1;
      usec = 0;
    }
  if (fabs (t) < 1e13 &&
      (utc = g_date_time_new_from_unix_utc ((gint64) whole)) != NULL &&
      (exact = g_date_time_add (utc, usec)) != NULL &&
      (shown = kind == TS_WALL_CLOCK ? g_date_time_ref (exact) : g_date_time_to_local (exact)) != NULL &&
      (date = g_date_time_format (shown, "%Y-%m-%d %H:%M:%S")) != NULL)
    {
      g_string_append (out, date);
      if (usec % 1000 != 0)
        g_string_append_printf (out, ".%06d", (int) usec);
      else if (usec != 0)
        g_string_append_printf (out, ".%03d", (int) (usec / 1000));
    }

  if (kind == TS_EPOCH)
    {
      static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* The number as written, as far as a double tells; + 0.0 because
       * json-glib reads "-0" as 0 and the fast path as -0, and both
       * paths must say the same. */
      number += 0.0;
      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        if (g_ascii_strtod (g_ascii_formatd (buf, sizeof buf, formats[i], number), NULL) == number)
          break;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, fabs (number) > EPOCH_MS_THRESHOLD ? _("(%s ms)") : _("(%s s)"), buf);
    }

  return g_string_free (out, FALSE);
}

/* "2 s", "1.5 s", "250 ms", "3 min 20 s", "5 h 2 min", "12 d 3 h" */
static char *
describe_span (double seconds)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (seconds < 1)
    return g_strdup_printf (_("%s ms"), g_ascii_formatd (buf, sizeof buf, "%.4g", seconds * 1000));
  if (seconds < 120)
    return g_strdup_printf (_("%s s"), g_ascii_formatd (buf, sizeof buf, "%.4g", seconds));
  if (seconds < 3600)
    return g_strdup_printf (_("%.0f min %.0f s"), floor (seconds / 60), fmod (floor (seconds), 60));
  if (seconds < 2 * 86400)
    return g_strdup_printf (_("%.0f h %.0f min"), floor (seconds / 3600), fmod (floor (seconds / 60), 60));
  return g_strdup_printf (_("%.0f d %.0f h"), floor (seconds / 86400), fmod (floor (seconds / 3600), 24));
}

/* Epoch seconds and milliseconds look alike to a reader: the units were
 * told apart by size, so a value read in the other unit than its
 * neighbour, or about 1000 times it, is what went wrong. */
static gboolean
units_mixed (double prev,
             double number)
{
  double ratio;

  if ((fabs (prev) > EPOCH_MS_THRESHOLD) != (fabs (number) > EPOCH_MS_THRESHOLD))
    return TRUE;
  if (prev == 0 || number == 0)
    return FALSE;
  ratio = fabs (prev / number);
  return (ratio > 300 && ratio < 3000) || (ratio > 1 / 3000.0 && ratio < 1 / 300.0);
}

/* Sets DECREASING_TIMESTAMPS, saying what went wrong: units mixed, a
 * repeat of an earlier timestamp, or a plain step back. */
static void
set_decreasing_error (TsParser    *ts,
                      TsKind       this_kind,
                      double       t,
                      double       number,
                      GError     **error)
{
  guint index = ts->out->len;
  const double *prev_ts = (const double *) (gpointer) ts->out->data;
  double prev = prev_ts[index - 1];
  g_autofree char *shown = describe_time (t, this_kind, number);
  g_autofree char *prev_shown = describe_time (prev, ts->kind, ts->prev_number);
  g_autofree char *span = describe_span (prev - t);
  g_autofree char *why = NULL;
  guint lo = 0, hi = index;

  /* The earlier timestamps are sorted: is this one of them? */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (prev_ts[mid] < t)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (this_kind == TS_EPOCH && units_mixed (ts->prev_number, number))
    why = g_strdup (_("epoch milliseconds mixed with seconds"));
  else if (lo < index && prev_ts[lo] == t)
    why = g_strdup_printf (_("duplicate timestamp, the same as [%u]; goes back in time by %s"), lo, span);
  else
    why = g_strdup_printf (_("goes back in time by %s"), span);

  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_DECREASING_TIMESTAMPS,
               _("%s[%u] = %s is before [%u] = %s: %s"),
               ts->path, index, shown, index - 1, prev_shown, why);
}

static gboolean
ts_push_decoded (TsParser    *ts,
                 AwcJsonKind  kind,
                 double       number,
                 const char  *str,
                 gsize        len,
                 GError     **error)
{
  guint index = ts->out->len;
  TsKind this_kind;
  double t = 0;

  if (kind == AWC_JSON_KIND_STRING)
    {
      const char *p = str;

      if (parse_wall_clock (str, len, &t))
        this_kind = TS_WALL_CLOCK;
      else if (awc_json_parse_number (&p, str + len, &number) && p == str + len)
        this_kind = TS_EPOCH;
      else
        goto unreadable;
    }
  else if (kind == AWC_JSON_KIND_NUMBER)
    this_kind = TS_EPOCH;
  else
    goto unreadable;

  if (this_kind == TS_EPOCH)
    t = fabs (number) > EPOCH_MS_THRESHOLD ? number / 1000.0 : number;
  if (!isfinite (t))
    goto unreadable;   /* 1e400 is valid JSON */

  if (ts->kind != TS_UNKNOWN && ts->kind != this_kind)
    {
      g_autofree char *shown = describe_value (kind, str, len, number);

      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_TIMESTAMP,
                   this_kind == TS_EPOCH
                   ? _("%s[%u]: timestamp %s is an epoch number but the ones before are date strings")
                   : _("%s[%u]: timestamp %s is a date string but the ones before are epoch numbers"),
                   ts->path, index, shown);
      return FALSE;
    }
  ts->kind = this_kind;

  /* Equal neighbours are fine: a server may report two samples in one
   * second. */
  if (index > 0 && t < g_array_index (ts->out, double, index - 1))
    {
      set_decreasing_error (ts, this_kind, t, number, error);
      return FALSE;
    }
  g_array_append_val (ts->out, t);

  ts->prev_number = number;
  return TRUE;

unreadable:
  {
    g_autofree char *shown = describe_value (kind, str, len, number);

    g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_TIMESTAMP,
                 _("%s[%u]: cannot read timestamp %s"), ts->path, index, shown);
    return FALSE;
  }
}

static gboolean
ts_push (TsParser    *ts,
         AwcJsonKind  kind,
         double       number,
         const char  *str,
         gsize        len,
         gboolean     escaped,
         GError     **error)
{
  g_autofree char *unescaped = NULL;

  /* Only escaped strings pay for a copy (and a free). */
  if (kind != AWC_JSON_KIND_STRING || !escaped ||
      (unescaped = awc_json_unescape (str, len)) == NULL)
    return ts_push_decoded (ts, kind, number, str, len, error);
  return ts_push_decoded (ts, kind, number, unescaped, strlen (unescaped), error);
}

GArray *
_awc_loader_parse_timestamps (const char    *data,
                              gsize          len,
                              const char    *path,
                              gboolean      *wall_clock,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GArray) out = NULL;
  TsParser ts = { path };
  AwcJsonCursor cursor;
  AwcJsonElement element;

  out = ts.out = g_array_sized_new (FALSE, FALSE, sizeof (double),
                                    (guint) awc_json_count_byte (data, len, ',') + 1);

  awc_json_cursor_init (&cursor, data, len);
  while (awc_json_cursor_next (&cursor, &element))
    {
      if ((ts.out->len & CANCEL_CHECK_MASK) == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (!ts_push (&ts, element.kind, element.number, element.str, element.str_len,
                    element.str_escaped, error))
        return NULL;
    }

  *wall_clock = ts.kind == TS_WALL_CLOCK;
  return g_steal_pointer (&out);
}

GArray *
_awc_loader_parse_timestamps_node (JsonArray     *array,
                                   const char    *path,
                                   gboolean      *wall_clock,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  guint n = json_array_get_length (array);
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  TsParser ts = { path, out };

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      AwcJsonKind kind;
      double number = 0;
      const char *str = NULL;

      if ((i & CANCEL_CHECK_MASK) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      kind = _awc_loader_node_kind (node, &number, &str);
      if (!ts_push_decoded (&ts, kind, number, str, str != NULL ? strlen (str) : 0, error))
        return NULL;
    }

  *wall_clock = ts.kind == TS_WALL_CLOCK;
  return g_steal_pointer (&out);
}
