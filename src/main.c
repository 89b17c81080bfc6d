/* main.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cli/awc-cli.h"
#include "ui/awc-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(AwcApplication) app = NULL;
  const char *localedir = g_getenv ("AWCHART_LOCALEDIR");

  /* Before any GOptionContext exists, so that GLib's own "Usage:" and
   * "Help Options:" and our --help come out translated.
   * AWCHART_LOCALEDIR points at an uninstalled build's compiled catalogues
   * (build/po, holding <lang>/LC_MESSAGES/awchart.mo) for tests. */
  setlocale (LC_ALL, "");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Exports and summaries must work with no display at all. */
  if (awc_cli_wants_headless (argc, argv))
    return awc_cli_run (argc, argv);

  app = awc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
