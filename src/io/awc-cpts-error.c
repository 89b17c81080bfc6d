/* awc-cpts-error.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "awc-cpts-error-private.h"
#include "awc-util.h"

#define MAX_TEXT 200

G_DEFINE_QUARK (awc-cpts-error-quark, awc_cpts_error)

static char *
html_title (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *open = strstr (lower, "<title");
  const char *start, *end;

  if (open == NULL || (start = strchr (open, '>')) == NULL)
    return NULL;
  start++;
  if ((end = strstr (start, "</title")) == NULL)
    return NULL;
  return g_strndup (text + (start - lower), end - start);
}

char *
_awc_cpts_error_clean_text (const char *text,
                            gssize      len)
{
  g_autofree char *copy = NULL;
  g_autofree char *title = NULL;
  GString *out;
  const char *p;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  /* Only the head matters; this also bounds the work on a huge page. */
  if (len < 0)
    len = strlen (text);
  copy = g_utf8_make_valid (text, MIN (len, 64 * 1024));

  p = copy;
  if (g_strstr_len (copy, -1, "<") != NULL
      && ((title = html_title (copy)) != NULL
          || strstr (copy, "<html") != NULL || strstr (copy, "<HTML") != NULL))
    p = title ? title : "";

  out = g_string_new (NULL);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Runs of white space become one space; other controls (ESC of a
       * terminal sequence) are shown escaped, as everywhere else. */
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (g_utf8_strlen (out->str, -1) >= MAX_TEXT)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        awc_escape_text_append (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Looks for a code/message pair, one level of nesting deep too
 * ({"error": {"code": …, "message": …}}). */
static gboolean
find_code_message (JsonObject  *object,
                   int          depth,
                   const char **code,
                   const char **message)
{
  static const char *pairs[][2] = {
    { "error_code", "error_msg" },
    { "errorCode", "errorMsg" },
    { "code", "message" },
  };
  g_autoptr(GList) members = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      *code = member_string (object, pairs[i][0]);
      *message = member_string (object, pairs[i][1]);
      if (*code != NULL || *message != NULL)
        return TRUE;
    }
  if (depth > 0)
    return FALSE;
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (JSON_NODE_HOLDS_OBJECT (node)
          && find_code_message (json_node_get_object (node), depth + 1, code, message))
        return TRUE;
    }
  return FALSE;
}

static AwcCptsError
error_for_status (guint        status,
                  const char **lead)
{
  if (status == 401)
    {
      *lead = _("Authentication failed");
      return AWC_CPTS_ERROR_AUTH;
    }
  if (status == 403)
    {
      *lead = _("Permission denied");
      return AWC_CPTS_ERROR_PERMISSION;
    }
  if (status == 404)
    {
      *lead = _("Not found, check the ids and the region");
      return AWC_CPTS_ERROR_NOT_FOUND;
    }
  if (status == 429)
    {
      *lead = _("Too many requests, the server is throttling them");
      return AWC_CPTS_ERROR_THROTTLED;
    }
  if (status >= 500 && status <= 599)
    {
      *lead = _("Server error");
      return AWC_CPTS_ERROR_SERVER;
    }
  *lead = _("Request failed");
  return AWC_CPTS_ERROR_HTTP;
}

GError *
_awc_cpts_error_new_from_response (guint       status,
                                   const char *content_type,
                                   GBytes     *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  const char *data = NULL;
  const char *lead = NULL;
  gsize len = 0;
  AwcCptsError kind = error_for_status (status, &lead);

  if (body != NULL)
    data = g_bytes_get_data (body, &len);

  if (data != NULL && len > 0 && len < 1024 * 1024
      && json_parser_load_from_data (parser, data, len, NULL))
    {
      JsonNode *root = json_parser_get_root (parser);
      const char *c = NULL, *m = NULL;

      /* root is NULL for a body of white space */
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root)
          && find_code_message (json_node_get_object (root), 0, &c, &m))
        {
          code = c ? _awc_cpts_error_clean_text (c, -1) : NULL;
          message = m ? _awc_cpts_error_clean_text (m, -1) : NULL;
        }
      else if (root != NULL && JSON_NODE_HOLDS_VALUE (root)
               && json_node_get_value_type (root) == G_TYPE_STRING)
        message = _awc_cpts_error_clean_text (json_node_get_string (root), -1);
    }
  else if (data != NULL && len > 0)
    message = _awc_cpts_error_clean_text (data, len);

  if (code != NULL && *code != '\0')
    where = g_strdup_printf ("%u %s", status, code);
  else
    where = g_strdup_printf ("%u", status);

  if (message != NULL && *message != '\0')
    return g_error_new (AWC_CPTS_ERROR, kind, "%s (%s): %s", lead, where, message);
  return g_error_new (AWC_CPTS_ERROR, kind, "%s (%s)", lead, where);
}
