/* awc-cpts-redirect.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"

/* The client follows redirects itself (every message carries
 * SOUP_MESSAGE_NO_REDIRECT), so that one place decides where credentials
 * may go: only to the origin (scheme, host and port) of the request that
 * was redirected.  docs/cpts-client.md explains the rules. */

gboolean
_awc_cpts_status_is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static int
effective_port (GUri *uri)
{
  int port = g_uri_get_port (uri);

  if (port > 0)
    return port;
  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? 443 : 80;
}

static gboolean
is_default_port (GUri *uri)
{
  int port = effective_port (uri);

  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? port == 443 : port == 80;
}

char *
_awc_cpts_origin_to_string (GUri *uri)
{
  g_autofree char *scheme = g_ascii_strdown (g_uri_get_scheme (uri), -1);

  /* g_uri_join() percent-encodes the host: a hostile Location cannot put
   * control characters into the message. */
  return g_uri_join (G_URI_FLAGS_NONE, scheme, NULL, g_uri_get_host (uri),
                     is_default_port (uri) ? -1 : effective_port (uri), "", NULL, NULL);
}

gboolean
_awc_cpts_same_origin (GUri *a,
                       GUri *b)
{
  return g_ascii_strcasecmp (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0
         && g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0
         && effective_port (a) == effective_port (b);
}

static gboolean
is_http (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

gboolean
_awc_cpts_redirect_allowed (GUri    *from,
                            GUri    *to,
                            GError **error)
{
  g_autofree char *a = _awc_cpts_origin_to_string (from);
  g_autofree char *b = NULL;

  if (!is_http (to) || g_uri_get_host (to) == NULL || *g_uri_get_host (to) == '\0')
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT,
                   _("Redirect refused: %s sent the request on to an address that is not "
                     "http or https"), a);
      return FALSE;
    }
  b = _awc_cpts_origin_to_string (to);
  /* A downgrade would send the request, and what it reveals, in clear
   * text; it is also another origin, but this says why it matters. */
  if (g_ascii_strcasecmp (g_uri_get_scheme (from), "https") == 0
      && g_ascii_strcasecmp (g_uri_get_scheme (to), "http") == 0)
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT,
                   _("Redirect from https to http refused (%s → %s): the connection would not "
                     "be encrypted"), a, b);
      return FALSE;
    }
  /* Following without credentials would only earn a confusing 401 from
   * the other server; refusing names both ends, and the user can point
   * the endpoint at the new one if they trust it. */
  if (!_awc_cpts_same_origin (from, to))
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT,
                   _("Redirect to another server refused (%s → %s): credentials are only sent "
                     "to the endpoint you chose"), a, b);
      return FALSE;
    }
  return TRUE;
}

GUri *
_awc_cpts_redirect_target (GUri        *from,
                           guint        status,
                           const char  *location,
                           guint        n_followed,
                           GError     **error)
{
  g_autoptr(GUri) to = NULL;
  g_autofree char *origin = _awc_cpts_origin_to_string (from);

  if (n_followed >= AWC_CPTS_MAX_REDIRECTS)
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT,
                   _("Too many redirects: %s redirected the request more than %u times"),
                   origin, AWC_CPTS_MAX_REDIRECTS);
      return NULL;
    }
  if (location != NULL)
    to = g_uri_parse_relative (from, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (to == NULL)
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT,
                   _("%s answered %u without a usable Location to follow"), origin, status);
      return NULL;
    }
  if (!_awc_cpts_redirect_allowed (from, to, error))
    return NULL;
  /* No user info (soup would turn it into credentials) and no fragment. */
  return g_uri_build (g_uri_get_flags (to), g_uri_get_scheme (to), NULL, g_uri_get_host (to),
                      g_uri_get_port (to), *g_uri_get_path (to) ? g_uri_get_path (to) : "/",
                      g_uri_get_query (to), NULL);
}
