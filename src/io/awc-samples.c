/* awc-samples.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-report-loader.h"
#include "awc-samples.h"

#define SAMPLES_PATH RESOURCE_BASE "/samples/"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  gboolean da = g_str_equal (sa, AWC_SAMPLE_DEFAULT);
  gboolean db = g_str_equal (sb, AWC_SAMPLE_DEFAULT);

  if (da != db)
    return da ? -1 : 1;
  return strcmp (sa, sb);
}

GStrv
awc_sample_list_names (void)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* Whatever the resources bundle: adding a file adds a sample. */
  children = g_resources_enumerate_children (SAMPLES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      g_ptr_array_add (names, g_strndup (children[i], strlen (children[i]) - strlen (".json")));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

GBytes *
awc_sample_dup_bytes (const char  *name,
                      GError     **error)
{
  g_autofree char *path = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A name is one path component, so no other resource can be reached. */
  if (*name != '\0' && strchr (name, '/') == NULL)
    {
      path = g_strconcat (SAMPLES_PATH, name, ".json", NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  if (bytes == NULL)
    {
      g_auto(GStrv) names = awc_sample_list_names ();
      g_autofree char *list = g_strjoinv (", ", names);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Unknown sample “%s”; available samples: %s"), name, list);
    }
  return bytes;
}

static char *
dup_source (const char *name)
{
  return g_strconcat (name, ".json", NULL);
}

AwcReport *
awc_sample_load (const char    *name,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *source = NULL;
  AwcReport *report;

  g_return_val_if_fail (name != NULL, NULL);

  if (!(bytes = awc_sample_dup_bytes (name, error)))
    return NULL;
  source = dup_source (name);
  if (!(report = awc_report_load_bytes (bytes, source, cancellable, error)))
    g_prefix_error (error, _("Sample “%s”: "), name);
  return report;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  AwcReport *report;

  if ((report = awc_sample_load (task_data, cancellable, &error)))
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
awc_sample_load_async (const char          *name,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (name != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_sample_load_async);
  g_task_set_task_data (task, g_strdup (name), g_free);
  g_task_run_in_thread (task, load_thread);
}

AwcReport *
awc_sample_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, awc_sample_load_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
