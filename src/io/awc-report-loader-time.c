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
  /* The previous element, for the "go back in time" message. */
  AwcJsonKind prev_kind;
  const char *prev_str;
  gsize       prev_len;
  double      prev_number;
  char        prev_buf[64];
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

/* @decoded: @str is a temporary, decoded copy. */
static gboolean
ts_push_decoded (TsParser    *ts,
                 AwcJsonKind  kind,
                 double       number,
                 const char  *str,
                 gsize        len,
                 gboolean     decoded,
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

  if (index > 0 && t < g_array_index (ts->out, double, index - 1))
    {
      g_autofree char *shown = describe_value (kind, str, len, number);
      g_autofree char *prev = describe_value (ts->prev_kind, ts->prev_str, ts->prev_len, ts->prev_number);

      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_DECREASING_TIMESTAMPS,
                   _("%s[%u]: timestamps go back in time (%s at [%u] after %s at [%u])"),
                   ts->path, index, shown, index, prev, index - 1);
      return FALSE;
    }
  g_array_append_val (ts->out, t);

  ts->prev_kind = kind;
  ts->prev_number = number;
  ts->prev_len = MIN (len, sizeof ts->prev_buf);
  if (decoded)
    {
      /* The decoded text dies with this call: keep a copy. */
      memcpy (ts->prev_buf, str, ts->prev_len);
      ts->prev_str = ts->prev_buf;
    }
  else
    ts->prev_str = str;
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
    return ts_push_decoded (ts, kind, number, str, len, FALSE, error);
  return ts_push_decoded (ts, kind, number, unescaped, strlen (unescaped), TRUE, error);
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
      if (!ts_push_decoded (&ts, kind, number, str, str != NULL ? strlen (str) : 0, FALSE, error))
        return NULL;
    }

  *wall_clock = ts.kind == TS_WALL_CLOCK;
  return g_steal_pointer (&out);
}
