/* awc-units.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-units.h"

/* Numbers are formatted with g_ascii_formatd(), i.e. always with a '.'
 * decimal point and no grouping, whatever the locale: labels, exports and
 * tests stay byte-identical everywhere.  Byte rates use the same SI
 * (base 1000) prefixes as g_format_size(), but with 3 significant
 * digits ("4.73 kB/s") instead of its fixed one decimal. */

G_DEFINE_ENUM_TYPE (AwcUnit, awc_unit,
  G_DEFINE_ENUM_VALUE (AWC_UNIT_COUNT, "count"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_PER_SECOND, "per-second"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_MILLISECONDS, "milliseconds"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_BYTES_PER_SECOND, "bytes-per-second"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_USERS, "users"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_PACKETS_PER_SECOND, "packets-per-second"),
  G_DEFINE_ENUM_VALUE (AWC_UNIT_PERCENT, "percent"))

static const char * const byte_prefixes[] = { "B", "kB", "MB", "GB", "TB", "PB", "EB" };

const char *
awc_unit_get_symbol (AwcUnit unit)
{
  switch (unit)
    {
    case AWC_UNIT_PER_SECOND:         return "/s";
    case AWC_UNIT_MILLISECONDS:       return "ms";
    case AWC_UNIT_BYTES_PER_SECOND:   return "B/s";
    case AWC_UNIT_PACKETS_PER_SECOND: return "pkt/s";
    case AWC_UNIT_PERCENT:            return "%";
    case AWC_UNIT_USERS:
    case AWC_UNIT_COUNT:
    default:                          return "";
    }
}

const char *
awc_unit_to_string (AwcUnit unit)
{
  switch (unit)
    {
    case AWC_UNIT_PER_SECOND:         return "per-second";
    case AWC_UNIT_MILLISECONDS:       return "ms";
    case AWC_UNIT_BYTES_PER_SECOND:   return "bytes/s";
    case AWC_UNIT_USERS:              return "users";
    case AWC_UNIT_PACKETS_PER_SECOND: return "packets/s";
    case AWC_UNIT_PERCENT:            return "percent";
    case AWC_UNIT_COUNT:
    default:                          return "count";
    }
}

/* Fixed-point with @decimals digits, trailing zeros and a "-0" removed. */
static char *
format_fixed (double value,
              int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[16];
  char *s;

  decimals = CLAMP (decimals, 0, 12);
  g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
  s = g_ascii_formatd (buf, sizeof buf, fmt, value);

  if (strchr (s, '.') != NULL)
    {
      gsize len = strlen (s);

      while (len > 0 && s[len - 1] == '0')
        s[--len] = '\0';
      if (len > 0 && s[len - 1] == '.')
        s[--len] = '\0';
    }

  /* "-0" after rounding a tiny negative value */
  if (s[0] == '-' && strspn (s + 1, "0.") == strlen (s + 1))
    s++;

  return g_strdup (s);
}

/* 3 significant digits, but never rounding the integer part away. */
static char *
format_sig3 (double value)
{
  double a = fabs (value);
  int decimals = 0;

  if (a > 0)
    decimals = 2 - (int) floor (log10 (a));
  /* 0.99996 must not become "1.00"-with-3-decimals noise: format_fixed
   * strips the trailing zeros anyway. */
  return format_fixed (value, MAX (decimals, 0));
}

/* Decimals needed to show multiples of @step exactly. */
static int
step_decimals (double step)
{
  if (!(step > 0) || !isfinite (step))
    return 2;

  for (int d = 0; d < 10; d++)
    {
      double scaled = step * pow (10, d);

      if (fabs (scaled - round (scaled)) <= 1e-6 * MAX (scaled, 1.0))
        return d;
    }

  return 10;
}

static guint
byte_prefix_index (double value)
{
  double a = fabs (value);
  guint i = 0;

  /* 999.6 B rounds to "1000 B", so switch slightly below the boundary */
  while (a >= 999.5 && i + 1 < G_N_ELEMENTS (byte_prefixes))
    {
      a /= 1000.0;
      i++;
    }

  return i;
}

static char *
join_unit (char       *number,
           const char *symbol)
{
  char *ret;

  if (symbol == NULL || symbol[0] == '\0')
    return number;

  ret = g_strconcat (number, " ", symbol, NULL);
  g_free (number);

  return ret;
}

char *
awc_unit_format_value (AwcUnit unit,
                       double  value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (isinf (value))
    return g_strdup (value > 0 ? "∞" : "-∞");

  switch (unit)
    {
    case AWC_UNIT_BYTES_PER_SECOND:
      {
        guint i = byte_prefix_index (value);
        g_autofree char *prefixed = g_strconcat (byte_prefixes[i], "/s", NULL);

        return join_unit (format_sig3 (value / pow (1000, i)), prefixed);
      }

    case AWC_UNIT_MILLISECONDS:
      if (fabs (value) >= 999.5)
        return join_unit (format_sig3 (value / 1000.0), "s");
      return join_unit (format_sig3 (value), "ms");

    case AWC_UNIT_PER_SECOND:
    case AWC_UNIT_PACKETS_PER_SECOND:
    case AWC_UNIT_PERCENT:
      /* At most 3 decimals: a mean of rare failures reads "0.002 /s",
       * which keeps the series list's columns narrow */
      if (fabs (value) >= 0.0005 && fabs (value) < 0.1)
        return join_unit (format_fixed (value, 3), awc_unit_get_symbol (unit));
      return join_unit (format_sig3 (value), awc_unit_get_symbol (unit));

    case AWC_UNIT_USERS:
    case AWC_UNIT_COUNT:
    default:
      return format_sig3 (value);
    }
}

char *
awc_unit_format_tick (AwcUnit unit,
                      double  value,
                      double  step)
{
  if (isnan (value))
    return g_strdup ("—");
  if (!(step > 0) || !isfinite (step))
    return awc_unit_format_value (unit, value);

  /* Snap values that are a rounding error away from zero */
  if (fabs (value) < step * 1e-9)
    value = 0;

  switch (unit)
    {
    case AWC_UNIT_BYTES_PER_SECOND:
      {
        guint i = byte_prefix_index (value);
        double scale = pow (1000, i);
        g_autofree char *prefixed = g_strconcat (byte_prefixes[i], "/s", NULL);

        return join_unit (format_fixed (value / scale, step_decimals (step / scale)), prefixed);
      }

    case AWC_UNIT_MILLISECONDS:
      if (fabs (value) >= 1000)
        return join_unit (format_fixed (value / 1000.0, step_decimals (step / 1000.0)), "s");
      return join_unit (format_fixed (value, step_decimals (step)), "ms");

    case AWC_UNIT_PER_SECOND:
    case AWC_UNIT_PACKETS_PER_SECOND:
    case AWC_UNIT_PERCENT:
      return join_unit (format_fixed (value, step_decimals (step)), awc_unit_get_symbol (unit));

    case AWC_UNIT_USERS:
    case AWC_UNIT_COUNT:
    default:
      return format_fixed (value, step_decimals (step));
    }
}

char *
awc_format_count (guint64     count,
                  const char *separator)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, count);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  if (separator == NULL || *separator == '\0')
    separator = ",";

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}
