/* test-units.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "model/awc-units.h"

typedef struct
{
  AwcUnit     unit;
  double      value;
  const char *expected;
} ValueCase;

static void
test_format_value (void)
{
  static const ValueCase cases[] = {
    { AWC_UNIT_BYTES_PER_SECOND, 4700, "4.7 kB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 4734, "4.73 kB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 96.7, "96.7 B/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 0, "0 B/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 999.7, "1 kB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 1250000, "1.25 MB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 3.2e9, "3.2 GB/s" },
    { AWC_UNIT_MILLISECONDS, 20.1, "20.1 ms" },
    { AWC_UNIT_MILLISECONDS, 20.123, "20.1 ms" },
    { AWC_UNIT_MILLISECONDS, 250, "250 ms" },
    { AWC_UNIT_MILLISECONDS, 999.4, "999 ms" },
    { AWC_UNIT_MILLISECONDS, 999.7, "1 s" },
    { AWC_UNIT_MILLISECONDS, 1000, "1 s" },
    { AWC_UNIT_MILLISECONDS, 1250, "1.25 s" },
    { AWC_UNIT_MILLISECONDS, 61234, "61.2 s" },
    { AWC_UNIT_MILLISECONDS, 0.5, "0.5 ms" },
    { AWC_UNIT_PER_SECOND, 48, "48 /s" },
    { AWC_UNIT_PER_SECOND, 48.5, "48.5 /s" },
    { AWC_UNIT_PER_SECOND, 12345.6, "12346 /s" },
    { AWC_UNIT_PER_SECOND, 0.01234, "0.012 /s" },
    { AWC_UNIT_PER_SECOND, 0.00167, "0.002 /s" },
    { AWC_UNIT_PER_SECOND, 0.0004, "0.0004 /s" },
    { AWC_UNIT_USERS, 12, "12" },
    { AWC_UNIT_COUNT, 3, "3" },
    { AWC_UNIT_COUNT, 0, "0" },
    { AWC_UNIT_COUNT, -0.0001, "-0.0001" },
    { AWC_UNIT_COUNT, -0.0, "0" },
    { AWC_UNIT_COUNT, -2.5, "-2.5" },
    { AWC_UNIT_PACKETS_PER_SECOND, 30, "30 pkt/s" },
    { AWC_UNIT_PERCENT, 2.5, "2.5 %" },
    { AWC_UNIT_PERCENT, 0.01234, "0.012 %" },
    { AWC_UNIT_PERCENT, 100, "100 %" },
    { AWC_UNIT_PERCENT, NAN, "—" },
    { AWC_UNIT_COUNT, NAN, "—" },
    { AWC_UNIT_MILLISECONDS, NAN, "—" },
    { AWC_UNIT_BYTES_PER_SECOND, NAN, "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_unit_format_value (cases[i].unit, cases[i].value);

      g_test_message ("case %u: %g", i, cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

typedef struct
{
  AwcUnit     unit;
  double      value;
  double      step;
  const char *expected;
} TickCase;

static void
test_format_tick (void)
{
  static const TickCase cases[] = {
    { AWC_UNIT_COUNT, 0, 1, "0" },
    { AWC_UNIT_COUNT, 10, 5, "10" },
    { AWC_UNIT_COUNT, 0.5, 0.5, "0.5" },
    { AWC_UNIT_COUNT, 1, 0.5, "1" },
    { AWC_UNIT_COUNT, 0.30000000000000004, 0.1, "0.3" },
    { AWC_UNIT_COUNT, 0.25, 0.05, "0.25" },
    { AWC_UNIT_COUNT, -1e-17, 0.1, "0" },
    { AWC_UNIT_PER_SECOND, 200, 100, "200 /s" },
    { AWC_UNIT_MILLISECONDS, 500, 500, "500 ms" },
    { AWC_UNIT_MILLISECONDS, 1000, 500, "1 s" },
    { AWC_UNIT_MILLISECONDS, 1500, 500, "1.5 s" },
    { AWC_UNIT_MILLISECONDS, 1200, 200, "1.2 s" },
    { AWC_UNIT_MILLISECONDS, 0, 20, "0 ms" },
    { AWC_UNIT_MILLISECONDS, 2.5, 0.5, "2.5 ms" },
    { AWC_UNIT_BYTES_PER_SECOND, 0, 500000, "0 B/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 500000, 500000, "500 kB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 1500000, 500000, "1.5 MB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 2000000, 500000, "2 MB/s" },
    { AWC_UNIT_BYTES_PER_SECOND, 1200, 200, "1.2 kB/s" },
    { AWC_UNIT_USERS, 40, 20, "40" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_unit_format_tick (cases[i].unit, cases[i].value, cases[i].step);

      g_test_message ("case %u: %g step %g", i, cases[i].value, cases[i].step);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_symbols (void)
{
  g_assert_cmpstr (awc_unit_get_symbol (AWC_UNIT_MILLISECONDS), ==, "ms");
  g_assert_cmpstr (awc_unit_get_symbol (AWC_UNIT_BYTES_PER_SECOND), ==, "B/s");
  g_assert_cmpstr (awc_unit_get_symbol (AWC_UNIT_PER_SECOND), ==, "/s");
  g_assert_cmpstr (awc_unit_get_symbol (AWC_UNIT_COUNT), ==, "");
  g_assert_cmpstr (awc_unit_get_symbol (AWC_UNIT_PERCENT), ==, "%");
  g_assert_cmpstr (awc_unit_to_string (AWC_UNIT_COUNT), ==, "count");
  g_assert_cmpstr (awc_unit_to_string (AWC_UNIT_MILLISECONDS), ==, "ms");
  g_assert_cmpstr (awc_unit_to_string (AWC_UNIT_BYTES_PER_SECOND), ==, "bytes/s");
}

static void
test_enum_type (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AWC_TYPE_UNIT);
  GEnumValue *value;

  g_assert_true (G_TYPE_IS_ENUM (AWC_TYPE_UNIT));
  value = g_enum_get_value (klass, AWC_UNIT_MILLISECONDS);
  g_assert_nonnull (value);
  g_assert_cmpstr (value->value_nick, ==, "milliseconds");
  g_assert_cmpuint (klass->n_values, ==, 7);
  g_assert_cmpstr (g_enum_get_value (klass, AWC_UNIT_PERCENT)->value_nick, ==, "percent");
}

/* A comma-decimal locale must not change labels or exports. */
static void
test_locale_independent (void)
{
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "de_DE.utf8" };
  const char *set = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (locales) && set == NULL; i++)
    set = setlocale (LC_NUMERIC, locales[i]);

  if (set == NULL)
    {
      g_test_skip ("no comma-decimal locale installed");
      return;
    }

  {
    g_autofree char *a = awc_unit_format_value (AWC_UNIT_MILLISECONDS, 1250);
    g_autofree char *b = awc_unit_format_tick (AWC_UNIT_COUNT, 0.5, 0.5);

    setlocale (LC_NUMERIC, saved);
    g_assert_cmpstr (a, ==, "1.25 s");
    g_assert_cmpstr (b, ==, "0.5");
  }
}

static void
test_format_count (void)
{
  static const struct { guint64 n; const char *sep; const char *text; } cases[] = {
    { 0, NULL, "0" },
    { 999, NULL, "999" },
    { 1000, NULL, "1,000" },
    { 1378960, ",", "1,378,960" },
    { 1378960, ".", "1.378.960" },
    { 1378960, "", "1,378,960" },
    { G_MAXUINT64, " ", "18 446 744 073 709 551 615" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = awc_format_count (cases[i].n, cases[i].sep);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/model/units/format-value", test_format_value);
  g_test_add_func ("/awc/model/units/format-tick", test_format_tick);
  g_test_add_func ("/awc/model/units/symbols", test_symbols);
  g_test_add_func ("/awc/model/units/enum-type", test_enum_type);
  g_test_add_func ("/awc/model/units/locale-independent", test_locale_independent);
  g_test_add_func ("/awc/model/units/format-count", test_format_count);

  return g_test_run ();
}
