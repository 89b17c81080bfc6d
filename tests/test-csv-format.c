/* test-csv-format.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV cells are formatted without printf or a GDateTime per cell;
 * they must still read exactly as those format them: values as the
 * shortest of %.15g … %.17g that round-trips, times as GDateTime in the
 * zone, across zone transitions. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/awc-report-loader.h"
#include "model/awc-chart-data-builder.h"
#include "render/awc-csv-format.h"
#include "render/awc-export.h"

/* The reference, written out as awc_report_format_time () does it. */
static char *
reference (GTimeZone *zone,
           gboolean   wall_clock,
           double     t)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) shown = NULL;
  double whole = floor (t);
  const char *format;

  if (!isfinite (t) || fabs (t) > 1e13)
    return g_strdup ("—");
  if (wall_clock)
    format = "%Y-%m-%d %H:%M:%S";
  else if (t != whole)
    format = "%Y-%m-%dT%H:%M:%S.%f%:z";
  else
    format = "%Y-%m-%dT%H:%M:%S%:z";

  utc = g_date_time_new_from_unix_utc ((gint64) whole);
  if (utc == NULL)
    return g_strdup ("—");
  exact = g_date_time_add (utc, (GTimeSpan) llround ((t - whole) * G_USEC_PER_SEC));
  if (exact == NULL)
    return g_strdup ("—");
  shown = g_date_time_to_timezone (exact, zone);
  if (shown == NULL)
    return g_strdup ("—");
  return g_date_time_format (shown, format);
}

static void
check_times (const char   *zone_id,
             const double *times,
             guint         n)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (zone);
  for (int wall_clock = 0; wall_clock <= 1; wall_clock++)
    {
      g_autoptr(AwcCsvTime) clock = awc_csv_time_new (zone, wall_clock);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GString) out = g_string_new ("x");
          g_autofree char *expected = reference (zone, wall_clock, times[i]);

          awc_csv_time_append (clock, out, times[i]);
          if (g_strcmp0 (out->str + 1, expected) != 0)
            g_error ("%s, %s, t = %.17g: got %s, GDateTime gives %s", zone_id,
                     wall_clock ? "wall clock" : "epoch", times[i], out->str + 1, expected);
        }
    }
}

static const char *
reference_value (char   *buf,
                 double  v)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, formats[i], v);
      if (g_ascii_strtod (buf, NULL) == v)
        break;
    }
  return buf;
}

static void
check_value (double v)
{
  char got[G_ASCII_DTOSTR_BUF_SIZE];
  char expected[G_ASCII_DTOSTR_BUF_SIZE];

  awc_csv_format_value (got, v);
  reference_value (expected, v);
  if (strcmp (got, expected) != 0)
    g_error ("value %.17g: got %s, printf gives %s", v, got, expected);
  g_assert_true (g_ascii_strtod (got, NULL) == v);
}

/* What series hold (counts, a few decimals, sums and quotients with
 * binary noise) and the edges of the digit-by-digit path. */
static void
test_values (void)
{
  static const double edges[] = {
    0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 42.5, 0.3333333333333333, 20.1,
    1e-4, 9.9999999999999e-5, 1.00001e-4, 0.000123, 0.0001234567, 1e-7, 5e-324, 2.2250738585072014e-308,
    999999999999999, 999999999999999.9, 1e15, 1e15 + 1, 99999999999999.98, 123456789012345.6,
    9007199254740993.0, 1e21, 1.7976931348623157e308, 255640.000001, 591775.5, 0.05, 0.15, 0.25,
    1.005, 2.675, 1234.5678, 0.123456, 0.1234567, 4503599627370495.5, 140737488355327.99,
  };
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      check_value (edges[i]);
      check_value (-edges[i]);
    }

  for (guint i = 0; i < 200000; i++)
    {
      double scale = pow (10, g_rand_int_range (rand, -8, 17));
      int decimals = g_rand_int_range (rand, 0, 9);
      double v;

      switch (i % 4)
        {
        case 0:   /* a decimal with a few digits */
          v = round (g_rand_double (rand) * scale * pow (10, decimals)) / pow (10, decimals);
          break;
        case 1:   /* arithmetic noise */
          v = g_rand_double (rand) * scale;
          break;
        case 2:   /* a count */
          v = (double) g_rand_int_range (rand, 0, G_MAXINT32);
          break;
        default:  /* any bit pattern that is a number */
          {
            guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);

            memcpy (&v, &bits, sizeof v);
            if (!isfinite (v))
              continue;
          }
        }
      check_value (v);
      check_value (-v);
    }
  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorted runs over 2026, every second around each offset change (Lord
 * Howe Island changes by half an hour), in zones with odd offsets; then
 * odd values in no order. */
static void
test_zones (void)
{
  static const char * const zones[] = {
    "UTC", "Europe/Berlin", "America/New_York", "America/St_Johns", "Australia/Lord_Howe",
    "Asia/Kathmandu", "Europe/Dublin", "Pacific/Chatham", "Africa/Casablanca",
  };
  static const double odd[] = {
    0, -1, -0.5, 1e9 + 0.9999996, 1e9 + 0.0000004, 1774745999.999999, 1774746000.25,
    -30610224000, -30610224001, 253402300799, 253402300799.9, 253402300800, 1e12, 1e13, 1e14,
    -2208988800, -3e9, 1792889999.5, 1792890000, 100000000.001, NAN, INFINITY, -INFINITY,
  };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  /* 2026 in steps of 15 minutes plus an odd fraction, and ±3 s around
   * every step that changes the offset in any of the zones */
  for (double t = 1767225600; t < 1798761600; t += 900.125)
    g_array_append_val (times, t);
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zones[z]);
      g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (double));

      g_assert_nonnull (zone);
      for (gint64 t = 1767225600; t < 1798761600; t += 1800)
        if (g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, t) !=
            g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, t + 1800))
          for (int k = -3; k <= 1800 + 3; k++)
            {
              double v = (double) (t + k);

              g_array_append_val (sorted, v);
            }
      g_array_append_vals (sorted, times->data, times->len);
      g_array_sort (sorted, compare_doubles);
      check_times (zones[z], (const double *) (gpointer) sorted->data, sorted->len);
      check_times (zones[z], odd, G_N_ELEMENTS (odd));
    }
}

/* The CSV export itself, with TZ=Europe/Berlin: the offset changes at
 * the row where the clocks do, and every row equals what the report's
 * own GDateTime formatting says. */
static void
test_export_dst (void)
{
  const char *body =
    "{\"broken_list\":{\"commonTimestamps\":"
    "[1774745998000,1774745999000,1774746000000,1774746000500,1792889999000,1792890000000],"
    "\"tps_brokens\":{\"tps\":[1,2,3,4,5,6]}}}";
  const char *expected[] = {
    "2026-03-29T01:59:58+01:00,1",
    "2026-03-29T01:59:59+01:00,2",
    "2026-03-29T03:00:00+02:00,3",
    "2026-03-29T03:00:00.500000+02:00,4",
    "2026-10-25T02:59:59+02:00,5",
    "2026-10-25T02:00:00+01:00,6",
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (body, strlen (body));
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_report_load_bytes (bytes, "dst.json", NULL, &error);
  g_autoptr(AwcChartData) data = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  AwcRenderOptions options;
  const double *ts;
  guint n;

  g_assert_no_error (error);
  awc_render_options_init (&options);
  data = awc_chart_data_new_from_report (report, NULL, &error);
  g_assert_no_error (error);
  csv = awc_export_to_bytes (data, AWC_EXPORT_CSV, 1, 1, 1, &options, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  lines = g_strsplit (text, "\n", -1);

  ts = awc_report_get_timestamps (report, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (lines[0], ==, "timestamp,tps_brokens.tps");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *shown = awc_report_format_time (report, ts[i],
                                                       ts[i] != floor (ts[i])
                                                       ? "%Y-%m-%dT%H:%M:%S.%f%:z"
                                                       : "%Y-%m-%dT%H:%M:%S%:z");
      g_autofree char *row = g_strconcat (shown, ",", NULL);

      g_assert_cmpstr (lines[i + 1], ==, expected[i]);
      g_assert_true (g_str_has_prefix (lines[i + 1], row));
    }
  g_assert_cmpstr (lines[n + 1], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything asks for the local zone */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/render/csv-format/values", test_values);
  g_test_add_func ("/awc/render/csv-format/zones", test_zones);
  g_test_add_func ("/awc/render/csv-format/export-dst", test_export_dst);

  return g_test_run ();
}
