/* awc-cli-demo.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cli-private.h"
#include "io/awc-report-loader.h"

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;

  /* The default sample first, the others by name. */
  if (g_str_equal (sa, AWC_CLI_DEFAULT_SAMPLE) != g_str_equal (sb, AWC_CLI_DEFAULT_SAMPLE))
    return g_str_equal (sa, AWC_CLI_DEFAULT_SAMPLE) ? -1 : 1;
  return strcmp (sa, sb);
}

GStrv
_awc_cli_list_samples (void)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  children = g_resources_enumerate_children (AWC_CLI_SAMPLES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      g_ptr_array_add (names, g_strndup (children[i], strlen (children[i]) - strlen (".json")));
  g_ptr_array_sort (names, compare_samples);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

AwcReport *
_awc_cli_load_sample (const char  *name,
                      GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  AwcReport *report;

  if (name == NULL)
    name = AWC_CLI_DEFAULT_SAMPLE;

  path = g_strconcat (AWC_CLI_SAMPLES_PATH, name, ".json", NULL);
  if (strchr (name, '/') != NULL
      || !(bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL)))
    {
      g_auto(GStrv) names = _awc_cli_list_samples ();
      g_autofree char *list = g_strjoinv (", ", names);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Unknown sample “%s”; available samples: %s"), name, list);
      return NULL;
    }

  if (!(report = awc_report_load_bytes (bytes, name, NULL, error)))
    {
      g_prefix_error (error, _("Sample “%s”: "), name);
      return NULL;
    }
  return report;
}
