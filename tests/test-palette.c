/* test-palette.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A series keeps its colour when the theme changes: the light and the dark
 * palette give every catalog series the same hue (only the lightness
 * differs), and the colours of one panel stay apart in both themes. */
#include "config.h"

#include <math.h>

#include "model/awc-catalog.h"
#include "model/awc-report.h"
#include "model/awc-series.h"
#include "render/awc-palette.h"

/* Hue in degrees, saturation (HSV) in 0…1. */
static void
hue_sat (const double rgba[4],
         double      *hue,
         double      *sat)
{
  double max = MAX (rgba[0], MAX (rgba[1], rgba[2]));
  double min = MIN (rgba[0], MIN (rgba[1], rgba[2]));
  double d = max - min;

  *sat = max > 0 ? d / max : 0;
  if (d < 1e-9)
    *hue = 0;
  else if (max == rgba[0])
    *hue = 60 * fmod ((rgba[1] - rgba[2]) / d + 6, 6);
  else if (max == rgba[1])
    *hue = 60 * ((rgba[2] - rgba[0]) / d + 2);
  else
    *hue = 60 * ((rgba[0] - rgba[1]) / d + 4);
}

static double
hue_distance (double a,
              double b)
{
  double d = fabs (a - b);

  return MIN (d, 360 - d);
}

/* Every series of the catalog, loaded into one report: the report gives
 * each its colour index, as for a real file. */
static AwcReport *
catalog_report (void)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  AwcReport *report = awc_report_new ();

  for (guint i = 0; i < awc_catalog_get_n_entries (); i++)
    {
      const AwcCatalogEntry *e = awc_catalog_get_entry (i);
      const AwcCatalogGroup *g = awc_catalog_lookup_group (e->group);
      GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
      double v = 1;

      g_array_append_val (values, v);
      g_ptr_array_add (series, awc_series_new (e->id, e->title, e->group,
                                               g ? g->title : e->group, e->unit, values));
    }
  awc_report_set_series (report, g_steal_pointer (&series));
  return report;
}

static void
test_same_hue (void)
{
  g_autoptr(AwcReport) report = catalog_report ();
  GListModel *model = awc_report_get_series (report);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, awc_catalog_get_n_entries ());
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (model, i);
      guint index = awc_series_get_color_index (s);
      double light[4], dark[4], hl, sl, hd, sd;

      awc_palette_get_color (AWC_THEME_LIGHT, index, light);
      awc_palette_get_color (AWC_THEME_DARK, index, dark);
      hue_sat (light, &hl, &sl);
      hue_sat (dark, &hd, &sd);
      g_test_message ("%s (%u): light %.0f° %.2f, dark %.0f° %.2f",
                      awc_series_get_title (s), index, hl, sl, hd, sd);
      /* A grey stays a grey; a colour stays the same colour. */
      if (sl < 0.15 || sd < 0.15)
        {
          g_assert_cmpfloat (sl, <, 0.15);
          g_assert_cmpfloat (sd, <, 0.15);
        }
      else
        g_assert_cmpfloat (hue_distance (hl, hd), <=, 20);
    }
}

/* Timeouts (the example) is the same orange in both themes. */
static void
test_timeouts (void)
{
  g_autoptr(AwcReport) report = catalog_report ();
  GListModel *model = awc_report_get_series (report);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (model, i);
      double light[4], dark[4], hl, hd, sat;

      if (g_strcmp0 (awc_series_get_id (s), "respcode_brokens.timeout") != 0)
        continue;
      found = TRUE;
      awc_palette_get_color (AWC_THEME_LIGHT, awc_series_get_color_index (s), light);
      awc_palette_get_color (AWC_THEME_DARK, awc_series_get_color_index (s), dark);
      hue_sat (light, &hl, &sat);
      hue_sat (dark, &hd, &sat);
      /* Vermillion (about 25°), not amber (about 40°), in both. */
      g_assert_cmpfloat (hl, <, 32);
      g_assert_cmpfloat (hd, <, 32);
    }
  g_assert_true (found);
}

/* The colours of one panel stay distinguishable in each theme. */
static void
test_distinct (void)
{
  for (guint t = 0; t < 2; t++)
    for (guint a = 0; a < AWC_PALETTE_N_COLORS; a++)
      for (guint b = a + 1; b < AWC_PALETTE_N_COLORS; b++)
        {
          double ca[4], cb[4], d;

          awc_palette_get_color (t ? AWC_THEME_DARK : AWC_THEME_LIGHT, a, ca);
          awc_palette_get_color (t ? AWC_THEME_DARK : AWC_THEME_LIGHT, b, cb);
          d = sqrt ((ca[0] - cb[0]) * (ca[0] - cb[0]) + (ca[1] - cb[1]) * (ca[1] - cb[1])
                    + (ca[2] - cb[2]) * (ca[2] - cb[2]));
          if (d < 0.2)
            g_error ("%s colours %u and %u are too close (%.2f)", t ? "dark" : "light", a, b, d);
        }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/awc/render/palette/same-hue", test_same_hue);
  g_test_add_func ("/awc/render/palette/timeouts", test_timeouts);
  g_test_add_func ("/awc/render/palette/distinct", test_distinct);

  return g_test_run ();
}
