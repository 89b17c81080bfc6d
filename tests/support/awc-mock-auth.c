/* awc-mock-auth.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "awc-mock-auth.h"

static int
compare_strv (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Independent of src/io/awc-signer.c: takes the path and query exactly as
 * received (the client only sends unreserved characters and %XX), sorts
 * the query parameters as strings, reads the signed headers back from the
 * request and hashes with GChecksum/GHmac objects. */
char *
awc_mock_expected_signature (SoupServerMessage *msg,
                             const char        *signed_headers,
                             const char        *sk)
{
  GUri *uri = soup_server_message_get_uri (msg);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  g_autoptr(GString) canon = g_string_new (soup_server_message_get_method (msg));
  g_auto(GStrv) names = g_strsplit (signed_headers, ";", -1);
  const char *path = g_uri_get_path (uri);
  const char *query = g_uri_get_query (uri);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GHmac) hmac = NULL;
  const char *date = soup_message_headers_get_one (headers, "X-Sdk-Date");

  g_string_append_printf (canon, "\n%s%s\n", path, g_str_has_suffix (path, "/") ? "" : "/");
  if (query != NULL)
    {
      g_auto(GStrv) params = g_strsplit (query, "&", -1);

      g_qsort_with_data (params, g_strv_length (params), sizeof (char *), compare_strv, NULL);
      for (guint i = 0; params[i] != NULL; i++)
        g_string_append_printf (canon, "%s%s%s", i ? "&" : "", params[i],
                                strchr (params[i], '=') ? "" : "=");
    }
  g_string_append_c (canon, '\n');
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *value = soup_message_headers_get_one (headers, names[i]);
      g_autofree char *trimmed = g_strstrip (g_strdup (value ? value : ""));

      g_string_append_printf (canon, "%s:%s\n", names[i], trimmed);
    }
  g_string_append_printf (canon, "\n%s\n", signed_headers);
  g_checksum_update (sum, (const guchar *) "", 0);
  g_string_append (canon, g_checksum_get_string (sum));

  g_checksum_reset (sum);
  g_checksum_update (sum, (const guchar *) canon->str, canon->len);
  hmac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) sk, strlen (sk));
  g_hmac_update (hmac, (const guchar *) "SDK-HMAC-SHA256\n", -1);
  g_hmac_update (hmac, (const guchar *) (date ? date : ""), -1);
  g_hmac_update (hmac, (const guchar *) "\n", 1);
  g_hmac_update (hmac, (const guchar *) g_checksum_get_string (sum), -1);
  return g_strdup (g_hmac_get_string (hmac));
}

gboolean
awc_mock_has_credential (SoupServerMessage *msg)
{
  static const char * const names[] = {
    "Authorization", "X-Auth-Token", "X-Security-Token", "X-Sdk-Date", "X-Sdk-Content-Sha256",
  };
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (soup_message_headers_get_one (headers, names[i]) != NULL)
      return TRUE;
  return FALSE;
}
