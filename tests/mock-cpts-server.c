/* mock-cpts-server.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mock CodeArts PerfTest server as a process, for CLI tests:
 *   mock-cpts-server [--fault NAME] [--mapping both|testcase-id|case-uri]
 *                    [--address IPV4] [--redirect STATUS] [--redirect-to URL]
 *                    [--stream-size BYTES] [--paging none|page|index]
 *                    [--items N]
 * accepts the credentials of its environment (HUAWEICLOUD_SDK_AK/SK
 * (+ _SECURITY_TOKEN) or CPTS_AUTH_TOKEN), prints "http://ADDRESS:PORT/"
 * and serves until stdin closes or SIGTERM/SIGINT.  With --redirect it
 * answers STATUS to every request outside /r/, to URL (another mock) or
 * to itself.  On exit it prints on stderr how many requests it had and
 * how many carried a credential. */
#include "config.h"

#include <stdio.h>

#include <glib-unix.h>

#include "awc-mock-cpts.h"

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
stdin_cb (GIOChannel   *channel,
          GIOCondition  condition,
          gpointer      user_data)
{
  char buf[256];
  gsize n = 0;

  if ((condition & G_IO_IN) != 0
      && g_io_channel_read_chars (channel, buf, sizeof buf, &n, NULL) == G_IO_STATUS_NORMAL && n > 0)
    return G_SOURCE_CONTINUE;
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *fault = NULL;
  g_autofree char *mapping = NULL;
  g_autofree char *address = NULL;
  g_autofree char *redirect_to = NULL;
  g_autofree char *paging = NULL;
  int redirect = 0;
  int n_items = 0;
  gint64 stream_size = 64 * 1024 * 1024;
  GOptionEntry entries[] = {
    { "fault", 0, 0, G_OPTION_ARG_STRING, &fault, "Fault to inject", "NAME" },
    { "mapping", 0, 0, G_OPTION_ARG_STRING, &mapping, "Chart ids accepted", "KIND" },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address, "IPv4 address to listen on", "IPV4" },
    { "redirect", 0, 0, G_OPTION_ARG_INT, &redirect, "Redirect with this status", "STATUS" },
    { "redirect-to", 0, 0, G_OPTION_ARG_STRING, &redirect_to, "Redirect to this base URL", "URL" },
    { "stream-size", 0, 0, G_OPTION_ARG_INT64, &stream_size, "Bytes of the stream faults", "BYTES" },
    { "paging", 0, 0, G_OPTION_ARG_STRING, &paging, "How offset is read: none, page, index", "HOW" },
    { "items", 0, 0, G_OPTION_ARG_INT, &n_items, "Generated projects and tasks", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcMockCpts) mock = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GIOChannel) in = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("mock-cpts-server: %s\n", error->message);
      return 2;
    }
  if ((mock = awc_mock_cpts_new_on (AWC_TEST_DATA_DIR, address ? address : "127.0.0.1", &error)) == NULL)
    {
      g_printerr ("mock-cpts-server: %s\n", error->message);
      return 1;
    }
  if (g_getenv ("CPTS_AUTH_TOKEN") != NULL)
    awc_mock_cpts_set_token (mock, g_getenv ("CPTS_AUTH_TOKEN"));
  else if (g_getenv ("HUAWEICLOUD_SDK_AK") != NULL)
    awc_mock_cpts_set_aksk (mock, g_getenv ("HUAWEICLOUD_SDK_AK"), g_getenv ("HUAWEICLOUD_SDK_SK"),
                            g_getenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN"));
  awc_mock_cpts_set_fault (mock, awc_mock_fault_from_string (fault), -1);
  awc_mock_cpts_set_retry_after (mock, "0");
  awc_mock_cpts_set_redirect (mock, (guint) CLAMP (redirect, 0, 999), redirect_to);
  awc_mock_cpts_set_stream_size (mock, (guint64) MAX (stream_size, 0));
  awc_mock_cpts_set_paging (mock,
                            g_strcmp0 (paging, "page") == 0 ? AWC_MOCK_PAGING_PAGE
                            : g_strcmp0 (paging, "index") == 0 ? AWC_MOCK_PAGING_INDEX
                            : AWC_MOCK_PAGING_NONE,
                            (guint) CLAMP (n_items, 0, 100000));
  if (g_strcmp0 (mapping, "testcase-id") == 0)
    awc_mock_cpts_set_mapping (mock, AWC_MOCK_MAPPING_TESTCASE);
  else if (g_strcmp0 (mapping, "case-uri") == 0)
    awc_mock_cpts_set_mapping (mock, AWC_MOCK_MAPPING_CASE_URI);

  g_print ("%s\n", awc_mock_cpts_get_base_url (mock));
  fflush (stdout);

  in = g_io_channel_unix_new (0);
  g_io_add_watch (in, G_IO_IN | G_IO_HUP | G_IO_ERR, stdin_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_main_loop_run (loop);
  g_printerr ("mock-cpts-server: %u requests, %u with credentials\n",
              awc_mock_cpts_get_n_requests (mock), awc_mock_cpts_get_n_credential_requests (mock));
  return 0;
}
