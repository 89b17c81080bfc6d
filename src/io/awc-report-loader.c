/* awc-report-loader.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-json-scan.h"
#include "awc-report-loader-private.h"

/* Loading a chart body in three steps:
 *
 * 1. awc_json_scan() validates the whole body in one pass (strict syntax,
 *    nesting limit, truncation) and finds the big flat arrays.
 * 2. Those arrays are read straight into GArrays of double, on two threads
 *    for big bodies, while json-glib parses a copy of the body with them
 *    replaced by markers: json-glib stays the JSON library for the structure
 *    but never builds a node per point.
 * 3. awc-report-loader-build.c walks the tree and takes the arrays where
 *    it meets their markers.
 *
 * Small bodies skip step 2: json-glib alone is fast enough for them. */

#define FAST_PATH_MIN_BODY (64 * 1024)
#define FAST_PATH_MIN_ARRAY 1024
#define PARALLEL_MIN_BYTES (512 * 1024)

G_DEFINE_QUARK (awc-report-error-quark, awc_report_error)

typedef struct
{
  AwcLoaderArray **jobs;
  guint            n_jobs;
  int              next_job;
  GCancellable    *cancellable;
} JobQueue;

static void
loader_array_free (gpointer data)
{
  AwcLoaderArray *array = data;

  g_clear_pointer (&array->values, g_array_unref);
  g_clear_error (&array->error);
  g_free (array);
}

static void
run_jobs (JobQueue *queue)
{
  for (;;)
    {
      int i = g_atomic_int_add (&queue->next_job, 1);
      AwcLoaderArray *job;

      if (i >= (int) queue->n_jobs || g_cancellable_is_cancelled (queue->cancellable))
        return;
      job = queue->jobs[i];
      if (job->timestamps)
        job->values = _awc_loader_parse_timestamps (job->data, job->len, job->path,
                                                    &job->wall_clock, queue->cancellable,
                                                    &job->error);
      else
        job->values = awc_json_parse_number_array (job->data, job->len, job->path,
                                                   queue->cancellable, &job->error);
    }
}

static gpointer
job_thread (gpointer data)
{
  run_jobs (data);
  return NULL;
}

static int
compare_job_size (gconstpointer a,
                  gconstpointer b)
{
  const AwcLoaderArray *ja = *(AwcLoaderArray * const *) a;
  const AwcLoaderArray *jb = *(AwcLoaderArray * const *) b;

  return ja->len < jb->len ? 1 : ja->len > jb->len ? -1 : 0;
}

static gboolean
is_timestamps_path (const char *path)
{
  return g_str_equal (path, "result.broken_list.commonTimestamps") ||
         g_str_equal (path, "broken_list.commonTimestamps");
}

/* One AwcLoaderArray per range, by range index. */
static GPtrArray *
make_arrays (const char  *data,
             AwcJsonScan *scan)
{
  GPtrArray *arrays = g_ptr_array_new_full (scan->ranges->len, loader_array_free);

  for (guint i = 0; i < scan->ranges->len; i++)
    {
      const AwcJsonRange *range = &g_array_index (scan->ranges, AwcJsonRange, i);
      AwcLoaderArray *array = g_new0 (AwcLoaderArray, 1);

      array->data = data + range->offset;
      array->len = range->len;
      array->path = range->path;
      array->timestamps = is_timestamps_path (range->path);
      g_ptr_array_add (arrays, array);
    }

  return arrays;
}

static gboolean
parse_json (JsonParser  *parser,
            const char  *data,
            gsize        len,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_JSON,
                   _("not JSON: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_start (const char  *data,
             gsize        len,
             GError     **error)
{
  g_autofree char *head = NULL;
  g_autofree char *valid = NULL;
  gsize n = 0;

  if (len == 0)
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_EMPTY, _("the body is empty"));
      return FALSE;
    }
  if (data[0] != '<')
    return TRUE;

  /* Proxies and login pages answer with HTML: show its first line. */
  while (n < len && n < 60 && data[n] != '\n' && data[n] != '\r')
    n++;
  valid = g_utf8_make_valid (data, (gssize) n);
  head = g_strconcat (valid, n < len ? "…" : "", NULL);
  if (g_ascii_strncasecmp (data, "<?xml", MIN (len, 5)) == 0 && len >= 5)
    g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_JSON,
                 _("not JSON: the body looks like XML (%s)"), head);
  else
    g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_JSON,
                 _("not JSON: the body looks like an HTML page (%s)"), head);
  return FALSE;
}

AwcReport *
_awc_report_load_data (const char         *data,
                       gsize               len,
                       const char         *source,
                       AwcReportLoadMode   mode,
                       GCancellable       *cancellable,
                       GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) arrays = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  AwcJsonScan scan = { NULL, };
  JobQueue queue = { NULL, };
  GThread *thread = NULL;
  gsize min_range_len;
  gsize total = 0;
  gboolean parsed;
  AwcReport *report;

  if ((guint64) len > MAX_BODY_SIZE)
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE,
                   _("the body is larger than 1 GiB"));
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* A UTF-8 byte order mark, then white space. */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  while (len > 0 && (data[0] == ' ' || data[0] == '\n' || data[0] == '\r' || data[0] == '\t'))
    {
      data++;
      len--;
    }
  if (!check_start (data, len, error))
    return NULL;

  if (mode == AWC_REPORT_LOAD_FAST)
    min_range_len = 0;
  else if (mode == AWC_REPORT_LOAD_PLAIN || len < FAST_PATH_MIN_BODY)
    min_range_len = G_MAXSIZE;
  else
    min_range_len = FAST_PATH_MIN_ARRAY;

  if (!awc_json_scan (data, len, min_range_len, &scan, cancellable, error))
    return NULL;

  parser = json_parser_new ();
  if (scan.ranges->len > 0)
    {
      arrays = make_arrays (data, &scan);
      jobs = g_ptr_array_sized_new (arrays->len);
      for (guint i = 0; i < arrays->len; i++)
        {
          AwcLoaderArray *array = g_ptr_array_index (arrays, i);

          g_ptr_array_add (jobs, array);
          total += array->len;
        }
      /* Biggest first, so the two threads finish together. */
      g_ptr_array_sort (jobs, compare_job_size);
      queue.jobs = (AwcLoaderArray **) jobs->pdata;
      queue.n_jobs = jobs->len;
      queue.cancellable = cancellable;

      if (total >= PARALLEL_MIN_BYTES && jobs->len > 1)
        thread = g_thread_try_new ("awc-loader", job_thread, &queue, NULL);

      parsed = parse_json (parser, scan.compact, scan.compact_len, error);
      run_jobs (&queue);
      if (thread != NULL)
        g_thread_join (thread);
    }
  else
    parsed = parse_json (parser, data, len, error);

  if (!parsed || g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      awc_json_scan_clear (&scan);
      return NULL;
    }

  report = _awc_loader_build_report (json_parser_get_root (parser), arrays, source,
                                     cancellable, error);
  /* The arrays borrow their paths from the scan. */
  g_clear_pointer (&arrays, g_ptr_array_unref);
  awc_json_scan_clear (&scan);
  if (report != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    g_clear_object (&report);
  return report;
}

AwcReport *
awc_report_load_bytes (GBytes        *bytes,
                       const char    *source,
                       GCancellable  *cancellable,
                       GError       **error)
{
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  return _awc_report_load_data (data != NULL ? data : "", len, source,
                                AWC_REPORT_LOAD_AUTO, cancellable, error);
}

/* GIO's messages name the file ("Error opening file /x.json: No such file
 * or directory"); callers put the name in front themselves, so keep only
 * the reason after it. */
static const char *
io_reason (const char *message,
           const char *source)
{
  const char *at = source != NULL && *source != '\0' ? strstr (message, source) : NULL;
  const char *colon = at != NULL ? strstr (at + strlen (source), ": ") : NULL;

  return colon != NULL && colon[2] != '\0' ? colon + 2 : message;
}

AwcReport *
awc_report_load_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *source = NULL;
  gsize len = 0;
  gboolean too_large = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = g_file_is_native (file) ? g_file_get_path (file) : g_file_get_uri (file);

  if ((contents = _awc_report_read_file (file, cancellable, &len, &too_large, &local_error)) == NULL
      && too_large)
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE,
                   _("the file is larger than 1 GiB"));
      return NULL;
    }
  if (contents == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          || local_error->domain == AWC_REPORT_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* Translators: the reason comes from the system, e.g. "No such file or directory" */
        g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_IO, _("cannot read the file: %s"),
                     io_reason (local_error->message, source));
      return NULL;
    }

  return _awc_report_load_data (contents, len, source, AWC_REPORT_LOAD_AUTO, cancellable, error);
}

typedef struct
{
  GBytes *bytes;
  char   *source;
} BytesData;

static void
bytes_data_free (gpointer data)
{
  BytesData *bd = data;

  g_clear_pointer (&bd->bytes, g_bytes_unref);
  g_clear_pointer (&bd->source, g_free);
  g_free (bd);
}

static void
load_bytes_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  BytesData *bd = task_data;
  GError *error = NULL;
  AwcReport *report;

  if ((report = awc_report_load_bytes (bd->bytes, bd->source, cancellable, &error)))
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
awc_report_load_bytes_async (GBytes              *bytes,
                             const char          *source,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BytesData *bd;

  g_return_if_fail (bytes != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_report_load_bytes_async);
  g_task_set_return_on_cancel (task, FALSE);
  bd = g_new0 (BytesData, 1);
  bd->bytes = g_bytes_ref (bytes);
  bd->source = g_strdup (source);
  g_task_set_task_data (task, bd, bytes_data_free);
  g_task_run_in_thread (task, load_bytes_thread);
}

AwcReport *
awc_report_load_bytes_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == awc_report_load_bytes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  AwcReport *report;

  if ((report = awc_report_load_file (task_data, cancellable, &error)))
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
awc_report_load_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_report_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

AwcReport *
awc_report_load_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == awc_report_load_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
_awc_loader_title_from_source (const char *source)
{
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  const char *scheme_end;

  if (source == NULL || *source == '\0')
    return g_strdup (_("Untitled report"));

  /* A URL: its last path segment, without query or fragment. */
  path = g_strdup (source);
  if ((scheme_end = strstr (path, "://")) != NULL)
    path[strcspn (path, "?#")] = '\0';
  while (strlen (path) > 1 && path[strlen (path) - 1] == '/')
    path[strlen (path) - 1] = '\0';

  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, ".json") && strlen (base) > 5)
    base[strlen (base) - 5] = '\0';
  if (g_str_equal (base, "/") || g_str_equal (base, "."))
    return g_strdup (_("Untitled report"));

  return g_steal_pointer (&base);
}
