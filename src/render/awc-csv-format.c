/* awc-csv-format.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-csv-format.h"

/* ------------------------------------------------------------------ */
/* Values                                                              */

static const char *
format_value_slow (char   *buf,
                   double  v)
{
  static const char * const formats[] = { "%.15g", "%.16g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, formats[i], v);
      if (g_ascii_strtod (buf, NULL) == v)
        return buf;
    }

  return g_ascii_dtostr (buf, G_ASCII_DTOSTR_BUF_SIZE, v);
}

/* A value that is some r / 10^d with at most 15 significant digits reads
 * back from that decimal, and %.15g prints exactly it (any decimal of up
 * to DBL_DIG = 15 digits survives the trip to double and back), in fixed
 * notation while 1e-4 <= |v| < 1e15.  The check is the exact division
 * r / 10^d == |v|: both are exact doubles, so the quotient is the double
 * nearest the decimal, as strtod() gives it. */
const char *
awc_csv_format_value (char   *buf,
                      double  v)
{
  static const double pow10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
  double a = fabs (v);

  if (a == 0)
    return strcpy (buf, signbit (v) ? "-0" : "0");
  if (!(a >= 1e-4 && a < 1e15))
    return format_value_slow (buf, v);

  for (guint d = 0; d < G_N_ELEMENTS (pow10); d++)
    {
      double scaled = a * pow10[d];
      gint64 r, whole, frac;
      char digits[24];
      char *p = buf;
      int n = 0;

      if (scaled >= 1e15)
        break;
      r = (gint64) nearbyint (scaled);
      if ((double) r / pow10[d] != a)
        continue;
      /* The smallest d gives no trailing zero, unless the product was
       * rounded off the decimal: leave that case to printf */
      if (d > 0 && r % 10 == 0)
        break;

      whole = r / (gint64) pow10[d];
      frac = r % (gint64) pow10[d];
      if (v < 0)
        *p++ = '-';
      do
        digits[n++] = (char) ('0' + whole % 10);
      while ((whole /= 10) > 0);
      while (n > 0)
        *p++ = digits[--n];
      if (d > 0)
        {
          *p++ = '.';
          for (int i = (int) d - 1; i >= 0; i--, frac /= 10)
            p[i] = (char) ('0' + frac % 10);
          p += d;
        }
      *p = '\0';
      return buf;
    }

  return format_value_slow (buf, v);
}

/* ------------------------------------------------------------------ */
/* Times                                                               */

/* Years 1000–9999: four digits, as %Y prints them.  Anything else (and an
 * offset with seconds, as in some 19th-century zones) takes the GDateTime
 * path, which is the reference. */
#define FAST_MIN_SECONDS (-30610224000LL)   /* 1000-01-01 00:00:00 UTC */
#define FAST_MAX_SECONDS (253402300799LL)   /* 9999-12-31 23:59:59 UTC */

struct _AwcCsvTime
{
  /* Owned */
  GTimeZone *zone;

  gboolean   wall_clock;
  /* The zone's offset holds for UTC seconds in [from, until). */
  gint64     from;
  gint64     until;
  gint32     offset;
  char       offset_text[8];   /* "+02:00"; empty when not whole minutes */
};

AwcCsvTime *
awc_csv_time_new (GTimeZone *zone,
                  gboolean   wall_clock)
{
  AwcCsvTime *self = g_new0 (AwcCsvTime, 1);

  self->zone = zone != NULL ? g_time_zone_ref (zone) : g_time_zone_new_utc ();
  self->wall_clock = wall_clock;
  /* Empty: the first time looks its interval up */
  self->from = 1;
  self->until = 0;
  return self;
}

void
awc_csv_time_free (AwcCsvTime *self)
{
  if (self == NULL)
    return;
  g_time_zone_unref (self->zone);
  g_free (self);
}

/* Finds the stretch of the zone's interval around @seconds: times are
 * sorted, so only its end matters, found by doubling then bisecting.
 * This runs once per zone transition crossed, not per row. */
static void
locate (AwcCsvTime *self,
        gint64      seconds)
{
  int interval = g_time_zone_find_interval (self->zone, G_TIME_TYPE_UNIVERSAL, seconds);
  gint64 inside = seconds, outside = G_MAXINT64;
  gint32 minutes;

  self->offset = g_time_zone_get_offset (self->zone, interval);
  self->from = seconds;

  for (gint64 step = 3600; step < ((gint64) 1 << 40); step *= 2)
    {
      gint64 probe = seconds + step;

      if (g_time_zone_find_interval (self->zone, G_TIME_TYPE_UNIVERSAL, probe) != interval)
        {
          outside = probe;
          break;
        }
      inside = probe;
    }
  /* The first second of the next interval is in (inside, outside]. */
  while (outside != G_MAXINT64 && outside - inside > 1)
    {
      gint64 mid = inside + (outside - inside) / 2;

      if (g_time_zone_find_interval (self->zone, G_TIME_TYPE_UNIVERSAL, mid) == interval)
        inside = mid;
      else
        outside = mid;
    }
  self->until = outside;

  self->offset_text[0] = '\0';
  if (self->offset % 60 == 0)
    {
      minutes = ABS (self->offset) / 60;
      g_snprintf (self->offset_text, sizeof self->offset_text, "%c%02d:%02d",
                  self->offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
    }
}

/* Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant). */
static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, doe, yoe, doy, mp;

  days += 719468;
  era = (days >= 0 ? days : days - 146096) / 146097;
  doe = days - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (yoe + era * 400 + (*month <= 2));
}

static inline char *
put_digits (char *p,
            gint64 value,
            int    n)
{
  for (int i = n - 1; i >= 0; i--, value /= 10)
    p[i] = (char) ('0' + value % 10);
  return p + n;
}

/* The reference: what awc_report_format_time () does, in our zone. */
static void
append_slow (AwcCsvTime *self,
             GString    *out,
             double      t)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *text = NULL;
  const char *format;
  double whole;

  if (!isfinite (t) || fabs (t) > 1e13)
    goto no_date;

  whole = floor (t);
  if (self->wall_clock)
    format = "%Y-%m-%d %H:%M:%S";
  else if (t != whole)
    format = "%Y-%m-%dT%H:%M:%S.%f%:z";
  else
    format = "%Y-%m-%dT%H:%M:%S%:z";

  if (!(utc = g_date_time_new_from_unix_utc ((gint64) whole)) ||
      !(exact = g_date_time_add (utc, (GTimeSpan) llround ((t - whole) * G_USEC_PER_SEC))) ||
      !(shown = g_date_time_to_timezone (exact, self->zone)) ||
      !(text = g_date_time_format (shown, format)))
    goto no_date;

  g_string_append (out, text);
  return;

no_date:
  g_string_append (out, "—");
}

void
awc_csv_time_append (AwcCsvTime *self,
                     GString    *out,
                     double      t)
{
  char buf[48];
  char *p = buf;
  double whole;
  gint64 usec, seconds, local, days, sod;
  int year, month, day;

  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  if (!isfinite (t) || t < FAST_MIN_SECONDS || t > FAST_MAX_SECONDS)
    {
      append_slow (self, out, t);
      return;
    }

  /* As GDateTime gets it: whole seconds plus the rounded microseconds,
   * which may carry into the next second. */
  whole = floor (t);
  usec = (gint64) whole * G_USEC_PER_SEC + llround ((t - whole) * G_USEC_PER_SEC);
  seconds = usec >= 0 ? usec / G_USEC_PER_SEC : -((-usec + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  usec -= seconds * G_USEC_PER_SEC;

  if (seconds < self->from || seconds >= self->until)
    locate (self, seconds);
  local = seconds + self->offset;
  if (local < FAST_MIN_SECONDS || local > FAST_MAX_SECONDS ||
      (!self->wall_clock && self->offset_text[0] == '\0'))
    {
      append_slow (self, out, t);
      return;
    }

  days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  sod = local - days * 86400;
  civil_from_days (days, &year, &month, &day);

  p = put_digits (p, year, 4);
  *p++ = '-';
  p = put_digits (p, month, 2);
  *p++ = '-';
  p = put_digits (p, day, 2);
  *p++ = self->wall_clock ? ' ' : 'T';
  p = put_digits (p, sod / 3600, 2);
  *p++ = ':';
  p = put_digits (p, sod / 60 % 60, 2);
  *p++ = ':';
  p = put_digits (p, sod % 60, 2);
  if (!self->wall_clock)
    {
      /* %f follows the value's fraction, not the rounded microseconds */
      if (t != whole)
        {
          *p++ = '.';
          p = put_digits (p, usec, 6);
        }
      for (const char *z = self->offset_text; *z != '\0'; z++)
        *p++ = *z;
    }

  g_string_append_len (out, buf, p - buf);
}
