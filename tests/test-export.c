/* test-export.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "awc-atomic-file.h"
#include "model/awc-report-range.h"
#include "render/awc-export.h"
#include "test-render-util.h"

typedef struct
{
  char      *dir;
  AwcReport *report;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("awc-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->report = test_report_realistic (600);
}

/* Removes what the test expected to find; fails if anything else is left. */
static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_chmod (path, 0755);
          g_rmdir (path);
        }
      else
        g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_assert_finalize_object (f->report);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static GBytes *
export_file (Fixture                *f,
             const char             *name,
             int                     width,
             int                     height,
             double                  scale,
             const AwcRenderOptions *options)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize len;

  g_assert_true (awc_export_to_file (test_data (f->report), path, width, height, scale, options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  return g_bytes_new_take (contents, len);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_formats (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *name; const char *magic; } cases[] = {
    { "chart.png", "\x89PNG\r\n" },
    { "chart.SVG", "<?xml" },
    { "chart.pdf", "%PDF-" },
    { "chart.Csv", "timestamp," },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = export_file (f, cases[i].name, 800, 450, 1, NULL);
      gsize len;
      const char *d = g_bytes_get_data (bytes, &len);

      g_assert_cmpuint (len, >, strlen (cases[i].magic));
      g_assert_cmpmem (d, strlen (cases[i].magic), cases[i].magic, strlen (cases[i].magic));
    }
  /* Exactly the four files: no temporary left over. */
  g_assert_cmpuint (count_entries (f->dir), ==, 4);
}

static void
test_png_size (Fixture       *f,
               gconstpointer  data)
{
  static const struct { int w, h; double scale; } cases[] = {
    { 800, 450, 1 }, { 800, 450, 2 }, { 1600, 900, 1 }, { 640, 480, 1.5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = export_file (f, "size.png", cases[i].w, cases[i].h, cases[i].scale, NULL);
      const guint8 *d = g_bytes_get_data (bytes, NULL);

      /* IHDR: width and height right after the chunk header. */
      g_assert_cmpuint (read_be32 (d + 16), ==, (guint) (cases[i].w * cases[i].scale));
      g_assert_cmpuint (read_be32 (d + 20), ==, (guint) (cases[i].h * cases[i].scale));
    }
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  const char *names[] = { "a.png", "a.svg", "a.csv" };
  AwcRenderOptions options;

  awc_render_options_init (&options);
  options.show_buckets = TRUE;
  options.theme = AWC_THEME_DARK;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) a = export_file (f, names[i], 1000, 600, 1, &options);
      g_autoptr(GBytes) b = export_file (f, names[i], 1000, 600, 1, &options);

      g_assert_true (g_bytes_equal (a, b));
    }

  /* PDF: a fixed creation date keeps the bytes stable too. */
  {
    g_autoptr(GBytes) a = export_file (f, "a.pdf", 1000, 600, 1, &options);
    g_autoptr(GBytes) b = export_file (f, "a.pdf", 1000, 600, 1, &options);

    g_assert_true (g_bytes_equal (a, b));
  }
}

static void
test_unknown_format (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "chart.bmp", NULL);
  g_autofree char *bare = g_build_filename (f->dir, "chart", NULL);
  g_autoptr(GError) error = NULL;
  AwcExportFormat format;

  g_assert_false (awc_export_to_file (test_data (f->report), path, 800, 450, 1, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_FORMAT);
  /* The caller names the file; the message lists what works. */
  g_assert_cmpstr (error->message, ==, "unknown export format (use .png, .svg, .pdf or .csv)");
  g_clear_error (&error);

  g_assert_false (awc_export_to_file (test_data (f->report), bare, 800, 450, 1, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_cmpuint (count_entries (f->dir), ==, 0);

  g_assert_true (awc_export_format_from_path ("/x/Y.PdF", &format, NULL));
  g_assert_cmpint (format, ==, AWC_EXPORT_PDF);

  /* Absurd sizes are refused before any drawing. */
  path[strlen (path) - 3] = '\0';
  {
    g_autofree char *png = g_strconcat (path, "png", NULL);

    g_assert_false (awc_export_to_file (test_data (f->report), png, 0, 450, 1, NULL, &error));
    g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_SIZE);
  }
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing", "chart.png", NULL);
  g_autofree char *ro = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *ro_file = g_build_filename (ro, "chart.svg", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (awc_export_to_file (test_data (f->report), missing, 800, 450, 1, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, "chart.png"));
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (f->dir), ==, 0);

  /* A read-only folder (root ignores permissions: skip that part). */
  g_assert_cmpint (g_mkdir (ro, 0555), ==, 0);
  if (access (ro, W_OK) == 0)
    {
      g_test_message ("running as root: read-only folder not testable");
      return;
    }
  g_assert_false (awc_export_to_file (test_data (f->report), ro_file, 800, 450, 1, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE);
  g_assert_cmpuint (count_entries (ro), ==, 0);
}

/* A rename over a directory fails after the temporary file was written:
 * it must be removed again. */
static void
test_failed_rename (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "busy.png", NULL);
  g_autofree char *inside = g_build_filename (target, "keep", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (target, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", 1, NULL));
  g_assert_false (awc_export_to_file (test_data (f->report), target, 800, 450, 1, NULL, &error));
  g_assert_error (error, AWC_EXPORT_ERROR, AWC_EXPORT_ERROR_WRITE);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_unlink (inside);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A cancelled write removes its temporary file at once and leaves the
 * old file as it was; so does a cancellation just before the rename. */
static void
test_atomic_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "out.csv", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AwcAtomicFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *tmp = NULL;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  file = awc_atomic_file_new (target, AWC_ATOMIC_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  tmp = g_strdup (awc_atomic_file_get_temp_path (file));
  g_assert_true (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_assert_true (awc_atomic_file_write (file, "new,", 4, cancellable, &error));
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  g_assert_false (awc_atomic_file_write (file, "more", 4, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_assert_null (awc_atomic_file_get_temp_path (file));
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&file, awc_atomic_file_free);
  g_clear_error (&error);

  g_cancellable_reset (cancellable);
  file = awc_atomic_file_new (target, AWC_ATOMIC_FILE_DEFAULT, &error);
  g_assert_true (awc_atomic_file_write (file, "new", 3, cancellable, &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (awc_atomic_file_commit (file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
}

/* A replaced file keeps its mode; a new one gets the umask's default,
 * or 0600 when private. */
static void
test_atomic_modes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *secret = g_build_filename (f->dir, "secret.png", NULL);
  g_autofree char *group = g_build_filename (f->dir, "group.json", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.json", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "plain.png", NULL);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (022);

  umask (mask);
  g_assert_true (g_file_set_contents (secret, "old", -1, NULL));
  g_assert_cmpint (g_chmod (secret, 0600), ==, 0);
  g_assert_true (g_file_set_contents (group, "old", -1, NULL));
  g_assert_cmpint (g_chmod (group, 0640), ==, 0);

  g_assert_true (awc_export_to_file (test_data (f->report), secret, 200, 100, 1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (secret), ==, 0600);
  g_assert_true (awc_atomic_file_set_contents (group, "{}", 2, AWC_ATOMIC_FILE_PRIVATE, NULL, &error));
  g_assert_cmpuint (file_mode (group), ==, 0640);
  g_assert_true (awc_atomic_file_set_contents (fresh, "{}", 2, AWC_ATOMIC_FILE_PRIVATE, NULL, &error));
  g_assert_cmpuint (file_mode (fresh), ==, 0600);
  g_assert_true (awc_atomic_file_set_contents (plain, "x", 1, AWC_ATOMIC_FILE_DEFAULT, NULL, &error));
  g_assert_cmpuint (file_mode (plain), ==, 0666 & ~mask);
  g_assert_no_error (error);
}

/* Errors name the target as given, control characters escaped, and never
 * the temporary name. */
static void
test_atomic_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "no\033dir", "x.json", NULL);
  g_autofree char *shown = g_build_filename (f->dir, "no\\edir", "x.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: %s", shown, g_strerror (ENOENT));
  g_autoptr(GError) error = NULL;

  g_assert_false (awc_atomic_file_set_contents (target, "{}", 2, AWC_ATOMIC_FILE_DEFAULT, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (strstr (error->message, ".awchart-"));
}

static AwcReport *
small_report (gboolean wall_clock)
{
  const char *ids[] = { "tps_brokens.tps", "tps_brokens.average", NULL };
  GArray *values[] = { test_values_new (5), test_values_new (5), NULL };
  double tps[] = { 0, 48, NAN, 49.5, 0.1 };
  double rt[] = { 0, 20.1, 20, NAN, 1.0 / 3 };
  AwcReport *report;

  memcpy (values[0]->data, tps, sizeof tps);
  memcpy (values[1]->data, rt, sizeof rt);
  report = test_report_new (5, ids, values);
  if (!wall_clock)
    test_report_set_times (report, TEST_T0, 1, 5, FALSE);
  return report;
}

static char *
csv_text (AwcReport              *report,
          const AwcRenderOptions *options)
{
  g_autoptr(GBytes) bytes = awc_export_to_bytes (test_data (report), AWC_EXPORT_CSV, 1, 1, 1, options, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_csv (void)
{
  g_autoptr(AwcReport) report = small_report (TRUE);
  g_autoptr(AwcReport) epoch = small_report (FALSE);
  g_autofree char *all = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *one = NULL;
  g_autofree char *iso = NULL;
  AwcRenderOptions options;
  const char *ids[] = { "average", NULL };

  awc_render_options_init (&options);
  all = csv_text (report, &options);
  g_assert_cmpstr (all, ==,
                   "timestamp,tps_brokens.tps,tps_brokens.average\n"
                   "2026-05-03 23:40:00,0,0\n"
                   "2026-05-03 23:40:01,48,20.1\n"
                   "2026-05-03 23:40:02,,20\n"
                   "2026-05-03 23:40:03,49.5,\n"
                   "2026-05-03 23:40:04,0.1,0.3333333333333333\n");

  /* Only the range, bounds included, only the asked series. */
  options.t0 = TEST_T0 + 1;
  options.t1 = TEST_T0 + 3;
  test_series_ids = ids;
  cut = csv_text (report, &options);
  test_series_ids = NULL;
  g_assert_cmpstr (cut, ==,
                   "timestamp,tps_brokens.average\n"
                   "2026-05-03 23:40:01,20.1\n"
                   "2026-05-03 23:40:02,20\n"
                   "2026-05-03 23:40:03,\n");

  /* Hidden series are left out by default. */
  awc_render_options_init (&options);
  awc_series_set_visible (awc_report_find_series (report, "tps"), FALSE);
  one = csv_text (report, &options);
  g_assert_true (g_str_has_prefix (one, "timestamp,tps_brokens.average\n2026-05-03 23:40:00,0\n"));

  /* Epoch timestamps carry their zone (TZ=UTC in tests). */
  iso = csv_text (epoch, &options);
  g_assert_nonnull (strstr (iso, "\n2026-05-03T23:40:01+00:00,48,20.1\n"));
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  if (!awc_export_to_file_finish (result, error))
    g_assert_nonnull (*error);
  else
    *error = (GError *) 0x1;
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "async.csv", NULL);
  g_autofree char *contents = NULL;
  GError *error = NULL;
  AwcRenderOptions options;
  char **ids = g_strsplit ("tps,vusers", ",", -1);
  char *title = g_strdup ("Async");

  awc_render_options_init (&options);
  options.title = title;
  awc_export_to_file_async (test_data_ids (f->report, (const char * const *) ids), path, 800, 450, 1, &options, NULL, export_done_cb, &error);
  /* The options were copied: the caller may free them at once. */
  g_strfreev (ids);
  g_free (title);

  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (error == (GError *) 0x1);
  /* The worker drops its task (and report reference) just after the
   * callback was scheduled; wait for it before the fixture checks leaks. */
  for (guint i = 0; i < 2000 && G_OBJECT (f->report)->ref_count > 1; i++)
    g_usleep (1000);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "timestamp,tps_brokens.tps,vusers_brokens.vusers\n"));
}

/* Rows [y0, y1) of an ARGB32 image hold a pixel unlike the top-left one. */
static gboolean
rows_have_ink (cairo_surface_t *surface,
               int              y0,
               int              y1)
{
  const guchar *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  guint32 background = *(const guint32 *) pixels;

  for (int y = y0; y < y1; y++)
    for (int x = 0; x < width; x++)
      if (*(const guint32 *) (pixels + y * stride + 4 * x) != background)
        return TRUE;
  return FALSE;
}

/* The header line: drawn above the panels when given, nowhere else; the
 * CSV starts with it as a comment; the report's header text names the
 * run and, when narrower, the range. */
static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  AwcChartData *chart = test_data (f->report);
  g_autofree char *header = NULL;
  g_autofree char *whole = NULL;
  double t0 = awc_report_get_start_time (f->report);
  double t1 = awc_report_get_end_time (f->report);
  AwcRenderOptions options;
  AwcRenderLayout plain_layout, marked_layout;
  cairo_surface_t *plain, *marked;
  cairo_t *cr;

  header = awc_report_dup_export_header (f->report, t0 + 60, t0 + 150);
  whole = awc_report_dup_export_header (f->report, NAN, NAN);
  g_assert_nonnull (strstr (header, " · run "));
  g_assert_nonnull (strstr (header, " · range "));
  g_assert_nonnull (strstr (header, "(1m30s)"));
  g_assert_null (strstr (whole, " · range "));
  /* The whole run given as a range is no range. */
  g_clear_pointer (&whole, g_free);
  whole = awc_report_dup_export_header (f->report, t0, t1);
  g_assert_null (strstr (whole, " · range "));

  awc_render_options_init (&options);
  options.show_title = FALSE;
  plain = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cr = cairo_create (plain);
  awc_render_compute_layout (cr, chart, 800, 450, &options, &plain_layout);
  awc_render_chart (cr, chart, 800, 450, &options);
  cairo_destroy (cr);
  options.header = header;
  marked = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cr = cairo_create (marked);
  awc_render_compute_layout (cr, chart, 800, 450, &options, &marked_layout);
  awc_render_chart (cr, chart, 800, 450, &options);
  cairo_destroy (cr);
  cairo_surface_flush (plain);
  cairo_surface_flush (marked);

  /* The header takes a line above the panels, and is drawn there. */
  g_assert_cmpuint (plain_layout.n_panels, >, 0);
  g_assert_cmpfloat (marked_layout.panels[0].header_y, >, plain_layout.panels[0].header_y + 8);
  g_assert_false (rows_have_ink (plain, 0, (int) plain_layout.panels[0].header_y));
  g_assert_true (rows_have_ink (marked, 0, (int) marked_layout.panels[0].header_y));
  cairo_surface_destroy (plain);
  cairo_surface_destroy (marked);

  {
    g_autoptr(GBytes) csv = awc_export_to_bytes (chart, AWC_EXPORT_CSV, 800, 450, 1, &options, NULL);
    g_autofree char *first = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

    *strchr (first, '\n') = '\0';
    g_assert_cmpstr (first + 2, ==, header);
    g_assert_true (g_str_has_prefix (first, "# "));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/awc/render/export/formats", Fixture, NULL, fixture_setup, test_formats, fixture_teardown);
  g_test_add ("/awc/render/export/png-size", Fixture, NULL, fixture_setup, test_png_size, fixture_teardown);
  g_test_add ("/awc/render/export/deterministic", Fixture, NULL, fixture_setup, test_deterministic, fixture_teardown);
  g_test_add ("/awc/render/export/unknown-format", Fixture, NULL, fixture_setup, test_unknown_format, fixture_teardown);
  g_test_add ("/awc/render/export/unwritable", Fixture, NULL, fixture_setup, test_unwritable, fixture_teardown);
  g_test_add ("/awc/render/export/failed-rename", Fixture, NULL, fixture_setup, test_failed_rename, fixture_teardown);
  g_test_add ("/awc/render/export/async", Fixture, NULL, fixture_setup, test_async, fixture_teardown);
  g_test_add_func ("/awc/render/export/csv", test_csv);
  g_test_add ("/awc/render/export/header", Fixture, NULL, fixture_setup, test_header, fixture_teardown);
  g_test_add ("/awc/render/export/atomic-cancel", Fixture, NULL, fixture_setup, test_atomic_cancel, fixture_teardown);
  g_test_add ("/awc/render/export/atomic-modes", Fixture, NULL, fixture_setup, test_atomic_modes, fixture_teardown);
  g_test_add ("/awc/render/export/atomic-error", Fixture, NULL, fixture_setup, test_atomic_error, fixture_teardown);

  return g_test_run ();
}
