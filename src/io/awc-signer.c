/* awc-signer.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "awc-signer.h"

/* Only A-Z a-z 0-9 - _ . ~ stay literal; everything else is %XX with
 * upper-case hex digits (RFC 3986 unreserved set). */
static void
append_encoded (GString    *out,
                const char *s,
                gssize      len)
{
  static const char hex[] = "0123456789ABCDEF";

  if (len < 0)
    len = strlen (s);
  for (gssize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      if (g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == '~')
        g_string_append_c (out, (char) c);
      else
        {
          g_string_append_c (out, '%');
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 15]);
        }
    }
}

static char *
decode_and_encode (const char *s,
                   gssize      len)
{
  g_autofree char *raw = g_strndup (s, len < 0 ? strlen (s) : (gsize) len);
  g_autofree char *decoded = g_uri_unescape_string (raw, NULL);
  GString *out = g_string_new (NULL);

  /* A malformed escape is signed as given, encoded once. */
  append_encoded (out, decoded ? decoded : raw, -1);
  return g_string_free (out, FALSE);
}

char *
awc_signer_format_date (GDateTime *utc)
{
  g_autoptr(GDateTime) u = NULL;

  g_return_val_if_fail (utc != NULL, NULL);

  u = g_date_time_to_utc (utc);
  return g_date_time_format (u, "%Y%m%dT%H%M%SZ");
}

char *
awc_signer_canonical_uri (const char *path)
{
  g_auto(GStrv) segments = NULL;
  GString *out = g_string_new (NULL);

  if (path == NULL || *path == '\0')
    path = "/";
  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *seg = decode_and_encode (segments[i], -1);

      if (i > 0)
        g_string_append_c (out, '/');
      g_string_append (out, seg);
    }
  if (out->len == 0 || out->str[out->len - 1] != '/')
    g_string_append_c (out, '/');
  return g_string_free (out, FALSE);
}

typedef struct
{
  char *key;
  char *value;
} Pair;

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a, *pb = b;
  int r = strcmp (pa->key, pb->key);

  return r != 0 ? r : strcmp (pa->value, pb->value);
}

static void
clear_pair (gpointer data)
{
  Pair *p = data;

  g_free (p->key);
  g_free (p->value);
}

char *
awc_signer_canonical_query (const char *query)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, TRUE, sizeof (Pair));
  g_auto(GStrv) parts = NULL;
  GString *out = g_string_new (NULL);

  g_array_set_clear_func (pairs, clear_pair);
  if (query == NULL || *query == '\0')
    return g_string_free (out, FALSE);

  parts = g_strsplit (query, "&", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      Pair p;

      if (parts[i][0] == '\0')
        continue;
      p.key = decode_and_encode (parts[i], eq ? eq - parts[i] : -1);
      p.value = eq ? decode_and_encode (eq + 1, -1) : g_strdup ("");
      g_array_append_val (pairs, p);
    }
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      g_string_append_printf (out, "%s%s=%s", i ? "&" : "", p->key, p->value);
    }
  return g_string_free (out, FALSE);
}

/* Lower-cased, trimmed and sorted by name; stable for repeated names. */
static GArray *
sorted_headers (const char * const *headers)
{
  GArray *pairs = g_array_new (FALSE, TRUE, sizeof (Pair));

  g_array_set_clear_func (pairs, clear_pair);
  for (guint i = 0; headers != NULL && headers[i] != NULL && headers[i + 1] != NULL; i += 2)
    {
      Pair p;

      p.key = g_ascii_strdown (headers[i], -1);
      p.value = g_strstrip (g_strdup (headers[i + 1]));
      g_array_append_val (pairs, p);
    }
  g_array_sort (pairs, compare_pairs);
  return pairs;
}

char *
awc_signer_canonical_headers (const char * const *headers)
{
  g_autoptr(GArray) pairs = sorted_headers (headers);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      g_string_append_printf (out, "%s:%s\n", p->key, p->value);
    }
  return g_string_free (out, FALSE);
}

char *
awc_signer_signed_headers (const char * const *headers)
{
  g_autoptr(GArray) pairs = sorted_headers (headers);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      if (i > 0 && strcmp (p->key, g_array_index (pairs, Pair, i - 1).key) == 0)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      g_string_append (out, p->key);
    }
  return g_string_free (out, FALSE);
}

char *
awc_signer_canonical_request (const char         *method,
                              const char         *path,
                              const char         *query,
                              const char * const *headers,
                              GBytes             *body)
{
  g_autofree char *up = NULL;
  g_autofree char *uri = awc_signer_canonical_uri (path);
  g_autofree char *q = awc_signer_canonical_query (query);
  g_autofree char *canon = awc_signer_canonical_headers (headers);
  g_autofree char *signed_h = awc_signer_signed_headers (headers);
  g_autofree char *hash = NULL;
  const guchar *data = (const guchar *) "";
  gsize len = 0;

  g_return_val_if_fail (method != NULL, NULL);

  if (body != NULL)
    data = g_bytes_get_data (body, &len);
  hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data ? data : (const guchar *) "", len);
  up = g_ascii_strup (method, -1);
  return g_strdup_printf ("%s\n%s\n%s\n%s\n%s\n%s", up, uri, q, canon, signed_h, hash);
}

char *
awc_signer_string_to_sign (const char *sdk_date,
                           const char *canonical_request)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (sdk_date != NULL, NULL);
  g_return_val_if_fail (canonical_request != NULL, NULL);

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical_request, -1);
  return g_strdup_printf (AWC_SIGNER_ALGORITHM "\n%s\n%s", sdk_date, hash);
}

char *
awc_signer_signature (const char *secret_key,
                      const char *string_to_sign)
{
  g_return_val_if_fail (secret_key != NULL, NULL);
  g_return_val_if_fail (string_to_sign != NULL, NULL);

  return g_compute_hmac_for_string (G_CHECKSUM_SHA256,
                                    (const guchar *) secret_key, strlen (secret_key),
                                    string_to_sign, -1);
}

char *
awc_signer_authorization (const char         *access_key,
                          const char         *secret_key,
                          const char         *method,
                          const char         *path,
                          const char         *query,
                          const char * const *headers,
                          GBytes             *body)
{
  g_autofree char *canonical = NULL;
  g_autofree char *sts = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *signed_h = NULL;
  const char *date = NULL;

  g_return_val_if_fail (access_key != NULL && secret_key != NULL, NULL);

  for (guint i = 0; headers != NULL && headers[i] != NULL && headers[i + 1] != NULL; i += 2)
    if (g_ascii_strcasecmp (headers[i], "X-Sdk-Date") == 0)
      date = headers[i + 1];
  g_return_val_if_fail (date != NULL, NULL);

  canonical = awc_signer_canonical_request (method, path, query, headers, body);
  sts = awc_signer_string_to_sign (date, canonical);
  signature = awc_signer_signature (secret_key, sts);
  signed_h = awc_signer_signed_headers (headers);
  return g_strdup_printf (AWC_SIGNER_ALGORITHM " Access=%s, SignedHeaders=%s, Signature=%s",
                          access_key, signed_h, signature);
}
