/* awc-time-range-spec.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-time-range-spec.h"
#include "awc-util.h"

G_DEFINE_QUARK (awc-time-range-spec-error-quark, awc_time_range_spec_error)

/* Digits with an optional fraction; advances *@p.  FALSE when none. */
static gboolean
read_number (const char **p,
             double      *value)
{
  const char *s = *p;
  char *end = NULL;

  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s) || *s == '.')
    s++;
  *value = g_ascii_strtod (*p, &end);
  if (end != s || !isfinite (*value))
    return FALSE;
  *p = s;
  return TRUE;
}

/* "90", "1.5", "90s", "5m", "1h2m3s", "1d": each unit once, largest first. */
static gboolean
parse_elapsed (const char *text,
               double     *seconds)
{
  static const struct { char unit; double factor; } units[] = {
    { 'd', 86400 }, { 'h', 3600 }, { 'm', 60 }, { 's', 1 },
  };
  const char *p = text;
  double total = 0, value;
  guint next = 0;

  if (!read_number (&p, &value))
    return FALSE;
  if (*p == '\0')
    {
      *seconds = value;
      return TRUE;
    }
  for (;;)
    {
      gboolean found = FALSE;

      for (guint i = next; i < G_N_ELEMENTS (units); i++)
        if (g_ascii_tolower (*p) == units[i].unit)
          {
            total += value * units[i].factor;
            next = i + 1;
            found = TRUE;
            break;
          }
      if (!found)
        return FALSE;
      p++;
      if (*p == '\0')
        break;
      if (!read_number (&p, &value))
        return FALSE;
    }
  *seconds = total;
  return TRUE;
}

/* Exactly @n digits as an integer; advances *@p. */
static gboolean
read_digits (const char **p,
             guint        n,
             int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *value = v;
  return TRUE;
}

/* "HH:MM:SS" or "HH:MM" (hours may have one digit); advances *@p. */
static gboolean
read_clock (const char **p,
            int         *hour,
            int         *minute,
            double      *second)
{
  const char *s = *p;

  *second = 0;
  if (!read_digits (&s, g_ascii_isdigit (s[1]) ? 2 : 1, hour) || *s++ != ':'
      || !read_digits (&s, 2, minute))
    return FALSE;
  if (*s == ':')
    {
      s++;
      if (!read_number (&s, second))
        return FALSE;
    }
  if (*hour > 23 || *minute > 59 || *second >= 60)
    return FALSE;
  *p = s;
  return TRUE;
}

static double
to_epoch (GTimeZone *zone,
          int        year,
          int        month,
          int        day,
          int        hour,
          int        minute,
          double     second)
{
  g_autoptr(GDateTime) dt = g_date_time_new (zone, year, month, day, hour, minute, second);

  if (dt == NULL)
    return NAN;
  return (double) g_date_time_to_unix (dt) + (second - floor (second));
}

static gboolean
parse_wall_clock (const char *text,
                  double      run_start,
                  double      run_end,
                  GTimeZone  *zone,
                  double     *t)
{
  const char *p = text;
  int year, month, day, hour, minute;
  double second;

  if (read_digits (&p, 4, &year) && *p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month) || *p++ != '-' || !read_digits (&p, 2, &day)
          || (*p != ' ' && *p != 'T'))
        return FALSE;
      p++;
      if (!read_clock (&p, &hour, &minute, &second) || *p != '\0')
        return FALSE;
      *t = to_epoch (zone, year, month, day, hour, minute, second);
      return isfinite (*t);
    }

  p = text;
  if (!read_clock (&p, &hour, &minute, &second) || *p != '\0' || !isfinite (run_start))
    return FALSE;
  {
    g_autoptr(GDateTime) origin = g_date_time_new_from_unix_utc ((gint64) floor (run_start));
    g_autoptr(GDateTime) local = g_date_time_to_timezone (origin, zone);

    if (local == NULL)
      return FALSE;
    *t = to_epoch (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                   g_date_time_get_day_of_month (local), hour, minute, second);
    /* A run over midnight: "01:00:00" means the next morning. */
    if (isfinite (*t) && *t < run_start && *t + 86400 <= run_end)
      *t += 86400;
    return isfinite (*t);
  }
}

gboolean
awc_time_range_spec_parse_point (const char *text,
                                 double      run_start,
                                 double      run_end,
                                 GTimeZone  *zone,
                                 double     *t)
{
  g_autoptr(GTimeZone) utc = NULL;
  double seconds;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (t != NULL, FALSE);

  if (parse_elapsed (text, &seconds))
    {
      *t = run_start + seconds;
      return TRUE;
    }
  if (zone == NULL)
    zone = utc = g_time_zone_new_utc ();
  return parse_wall_clock (text, run_start, run_end, zone, t);
}

gboolean
awc_time_range_spec_parse (const char  *spec,
                           double       run_start,
                           double       run_end,
                           GTimeZone   *zone,
                           double      *start,
                           double      *end,
                           GError     **error)
{
  g_autofree char *copy = NULL;
  char *dots, *sides[2];
  double t[2];

  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  copy = g_strdup (spec);
  dots = strstr (copy, "..");
  if (dots == NULL)
    {
      g_set_error_literal (error, AWC_TIME_RANGE_SPEC_ERROR, AWC_TIME_RANGE_SPEC_ERROR_SYNTAX,
                           _("give START..END, e.g. 90s..5m, ..10:05:00 or 1h.."));
      return FALSE;
    }
  *dots = '\0';
  sides[0] = g_strstrip (copy);
  sides[1] = g_strstrip (dots + 2);
  if (strstr (sides[1], "..") != NULL)
    {
      g_set_error_literal (error, AWC_TIME_RANGE_SPEC_ERROR, AWC_TIME_RANGE_SPEC_ERROR_SYNTAX,
                           _("give one “..” between START and END"));
      return FALSE;
    }

  for (guint i = 0; i < 2; i++)
    {
      if (*sides[i] == '\0')
        t[i] = i == 0 ? run_start : run_end;
      else if (!awc_time_range_spec_parse_point (sides[i], run_start, run_end, zone, &t[i]))
        {
          /* What the user gave, escaped: one line, valid UTF-8. */
          g_autofree char *shown = awc_escape_text (sides[i]);

          g_set_error (error, AWC_TIME_RANGE_SPEC_ERROR, AWC_TIME_RANGE_SPEC_ERROR_SYNTAX,
                       /* Translators: %s is what the user gave */
                       _("cannot read “%s” as a time: give an elapsed time (90s, 5m, 1h2m, "
                         "seconds) or a time as the report shows it (2024-05-01 10:00:00, 10:00:00)"),
                       shown);
          return FALSE;
        }
    }

  if (!isfinite (run_start) || !isfinite (run_end) || t[1] <= run_start || t[0] >= run_end)
    {
      g_autofree char *span = awc_time_range_format_duration (run_end - run_start);

      g_set_error (error, AWC_TIME_RANGE_SPEC_ERROR, AWC_TIME_RANGE_SPEC_ERROR_OUTSIDE,
                   /* Translators: %s is the run's length, e.g. 1h2m */
                   _("the range lies outside the run (0s..%s)"), span);
      return FALSE;
    }
  if (!(t[1] > t[0]))
    {
      g_set_error_literal (error, AWC_TIME_RANGE_SPEC_ERROR, AWC_TIME_RANGE_SPEC_ERROR_EMPTY,
                           _("the end is not after the start"));
      return FALSE;
    }
  *start = MAX (t[0], run_start);
  *end = MIN (t[1], run_end);
  return TRUE;
}

char *
awc_time_range_format_duration (double seconds)
{
  GString *out;
  guint64 s;

  if (!isfinite (seconds) || seconds < 0)
    return g_strdup ("—");
  s = (guint64) llround (seconds);
  if (s == 0)
    return g_strdup ("0s");
  out = g_string_new (NULL);
  if (s >= 86400)
    g_string_append_printf (out, "%ud", (guint) (s / 86400));
  if (s % 86400 >= 3600)
    g_string_append_printf (out, "%uh", (guint) (s % 86400 / 3600));
  if (s % 3600 >= 60)
    g_string_append_printf (out, "%um", (guint) (s % 3600 / 60));
  if (s % 60 > 0)
    g_string_append_printf (out, "%us", (guint) (s % 60));
  return g_string_free (out, FALSE);
}
