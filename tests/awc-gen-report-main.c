/* awc-gen-report-main.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "awc-gen-report.h"

/* awc-gen-report [--points N] [--seed S] [--epoch-ms] [--sample ramp-up] OUT
 *
 * Writes a generated CPTS chart body to OUT ("-" for stdout).  The bundled
 * sample is made with the defaults:
 *   awc-gen-report resources/samples/ramp-up.json
 * and tests/test-sample.c checks that the committed file still matches. */
int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *sample = NULL;
  AwcGenParams params;
  gint64 points = AWC_GEN_DEFAULT_POINTS;
  gint64 seed = AWC_GEN_DEFAULT_SEED;
  gboolean epoch_ms = FALSE;
  const GOptionEntry entries[] = {
    { "points", 'n', 0, G_OPTION_ARG_INT64, &points, "Number of samples (one per second)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed for the noise", "S" },
    { "epoch-ms", 0, 0, G_OPTION_ARG_NONE, &epoch_ms, "Integer epoch-ms timestamps", NULL },
    { "sample", 0, 0, G_OPTION_ARG_STRING, &sample, "Scenario (only ramp-up)", "NAME" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };

  context = g_option_context_new ("OUT");
  g_option_context_set_summary (context, "Write a deterministic CPTS chart body.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "awc-gen-report: %s\n", error->message);
      return 2;
    }
  if (argc != 2 || points < 1 || points > 100000000 || seed < 0 || seed > G_MAXUINT32
      || (sample != NULL && g_strcmp0 (sample, "ramp-up") != 0))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fprintf (stderr, "%s", help);
      return 2;
    }

  awc_gen_params_init (&params);
  params.n_points = (guint) points;
  params.seed = (guint32) seed;
  params.epoch_ms = epoch_ms;
  json = awc_gen_report_json (&params);

  if (g_strcmp0 (argv[1], "-") == 0)
    {
      if (fwrite (json->str, 1, json->len, stdout) != json->len || fflush (stdout) != 0)
        {
          fprintf (stderr, "awc-gen-report: cannot write to stdout\n");
          return 1;
        }
    }
  else if (!g_file_set_contents (argv[1], json->str, (gssize) json->len, &error))
    {
      fprintf (stderr, "awc-gen-report: %s\n", error->message);
      return 1;
    }

  return 0;
}
