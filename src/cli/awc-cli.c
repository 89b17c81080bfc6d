/* awc-cli.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-cli.h"

gboolean
awc_cli_wants_headless (int    argc,
                        char **argv)
{
  return FALSE;
}

int
awc_cli_run (int    argc,
             char **argv)
{
  return 2;
}
