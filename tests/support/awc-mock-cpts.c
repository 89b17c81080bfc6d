/* awc-mock-cpts.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "awc-mock-auth.h"
#include "awc-mock-cpts.h"
#include "awc-mock-lists.h"
#include "awc-mock-stream.h"

struct _AwcMockCpts
{
  SoupServer     *server;
  char           *base_url;
  char           *data_dir;
  GBytes         *chart;
  JsonParser     *cases;           /* ids the chart endpoint accepts */
  GPtrArray      *paused;          /* SoupServerMessage being slow */
  GCancellable   *cancellable;     /* stops the stream writers */
  guint64        *stream_sent;     /* g_rc_box shared with the writers */
  char           *redirect_base;

  char           *ak;
  char           *sk;
  char           *security_token;
  char           *token;
  char           *retry_after;
  char           *last_refusal;

  AwcMockFault    fault;
  int             fault_count;
  AwcMockMapping  mapping;
  guint64         stream_size;
  guint           redirect_status;
  guint           n_requests;
  guint           n_chart_requests;
  guint           n_credential_requests;
  AwcMockPaging   paging;
  guint           n_items;         /* generated projects and tasks; 0: fixtures */
};

static const char *fault_names[] = {
  "none", "401", "403", "404", "429", "500", "502", "501-string", "html-500", "html-200",
  "slow", "truncated", "huge", "chunked", "stream-chunked", "stream-close", "gzip-bomb",
  "redirect-loop",
};

AwcMockFault
awc_mock_fault_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (fault_names); i++)
    if (g_strcmp0 (name, fault_names[i]) == 0)
      return (AwcMockFault) i;
  return AWC_MOCK_FAULT_NONE;
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
refuse (AwcMockCpts       *self,
        SoupServerMessage *msg,
        const char        *why,
        const char        *error_msg)
{
  g_autofree char *body = g_strdup_printf ("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"%s\","
                                           "\"request_id\":\"mock\"}", error_msg);

  g_free (self->last_refusal);
  self->last_refusal = g_strdup (why);
  respond (msg, 401, "application/json", body);
}

static gboolean
check_auth (AwcMockCpts       *self,
            SoupServerMessage *msg,
            const char        *project_id)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *auth = soup_message_headers_get_one (headers, "Authorization");
  const char *pid = soup_message_headers_get_one (headers, "X-Project-Id");
  g_autofree char *access = NULL, *signed_h = NULL, *signature = NULL, *expected = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *date_str = soup_message_headers_get_one (headers, "X-Sdk-Date");
  g_auto(GStrv) parts = NULL;

  if (self->token != NULL)
    {
      const char *token = soup_message_headers_get_one (headers, "X-Auth-Token");

      if (token == NULL)
        return refuse (self, msg, "no X-Auth-Token", "x-auth-token not found"), FALSE;
      if (!g_str_equal (token, self->token))
        return refuse (self, msg, "wrong token", "decrypt token fail"), FALSE;
      return TRUE;
    }
  if (self->ak == NULL)
    return TRUE;

  if (auth == NULL || !g_str_has_prefix (auth, "SDK-HMAC-SHA256 "))
    return refuse (self, msg, "no SDK-HMAC-SHA256 Authorization", "verify aksk signature fail"), FALSE;
  parts = g_strsplit (auth + strlen ("SDK-HMAC-SHA256 "), ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_has_prefix (parts[i], "Access="))
        access = g_strdup (parts[i] + 7);
      else if (g_str_has_prefix (parts[i], "SignedHeaders="))
        signed_h = g_strdup (parts[i] + 14);
      else if (g_str_has_prefix (parts[i], "Signature="))
        signature = g_strdup (parts[i] + 10);
    }
  if (access == NULL || signed_h == NULL || signature == NULL)
    return refuse (self, msg, "malformed Authorization", "verify aksk signature fail"), FALSE;
  if (!g_str_equal (access, self->ak))
    return refuse (self, msg, "unknown AK", "Get secretKey failed"), FALSE;
  if (strstr (signed_h, "x-sdk-date") == NULL || strstr (signed_h, "host") == NULL
      || strstr (signed_h, "x-project-id") == NULL || strstr (signed_h, "content-type") == NULL)
    return refuse (self, msg, "a required header is not signed", "verify aksk signature fail"), FALSE;
  if (pid == NULL || g_strcmp0 (pid, project_id) != 0)
    return refuse (self, msg, "X-Project-Id differs from the path", "verify aksk signature fail"), FALSE;
  if (self->security_token != NULL
      && (strstr (signed_h, "x-security-token") == NULL
          || g_strcmp0 (soup_message_headers_get_one (headers, "X-Security-Token"),
                        self->security_token) != 0))
    return refuse (self, msg, "security token missing or unsigned", "verify aksk signature fail"), FALSE;
  if (date_str == NULL || strlen (date_str) != 16)
    return refuse (self, msg, "bad X-Sdk-Date", "verify aksk signature fail"), FALSE;
  {
    g_autofree char *iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", date_str,
                                            date_str + 4, date_str + 6, date_str + 9,
                                            date_str + 11, date_str + 13);

    date = g_date_time_new_from_iso8601 (iso, NULL);
  }
  if (date == NULL || ABS (g_date_time_difference (now, date)) > 15 * G_TIME_SPAN_MINUTE)
    return refuse (self, msg, "X-Sdk-Date too far off", "verify aksk signature fail"), FALSE;
  expected = awc_mock_expected_signature (msg, signed_h, self->sk);
  if (!g_str_equal (expected, signature))
    return refuse (self, msg, "signature mismatch", "verify aksk signature fail"), FALSE;
  return TRUE;
}

static void
serve_file (AwcMockCpts       *self,
            SoupServerMessage *msg,
            const char        *name)
{
  g_autofree char *path = g_build_filename (self->data_dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    {
      respond (msg, 500, "text/plain", "mock: missing fixture");
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                    g_steal_pointer (&contents), len);
}

static void
serve_list (AwcMockCpts       *self,
            SoupServerMessage *msg,
            const char        *name,
            const char        *key,
            GHashTable        *query)
{
  g_autofree char *path = g_build_filename (self->data_dir, name, NULL);
  char *body = awc_mock_lists_body (path, key, self->n_items, self->paging, query);

  if (body == NULL)
    {
      respond (msg, 500, "text/plain", "mock: missing fixture");
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, body, strlen (body));
}

/* Writes a raw response on the stolen connection and closes it. */
static void
respond_raw (SoupServerMessage *msg,
             const char        *head,
             const char        *body,
             gsize              body_len)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  GOutputStream *out = g_io_stream_get_output_stream (stream);

  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  if (body_len > 0)
    g_output_stream_write_all (out, body, body_len, NULL, NULL, NULL);
  g_output_stream_flush (out, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
}

static gboolean
chart_ids_ok (AwcMockCpts *self,
              const char  *case_run_id,
              const char  *detail_id)
{
  JsonArray *list = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (self->cases)),
                                   "result"), "case_aw_info_list");

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *c = json_array_get_object_element (list, i);
      const char *testcase = json_object_get_string_member (c, "testcaseId");
      const char *uri = json_object_get_string_member (c, "case_uri_i");
      JsonArray *aws = json_object_get_array_member (c, "aw");
      gboolean id_match = g_str_equal (detail_id, json_object_get_string_member (c, "id"));

      for (guint j = 0; j < json_array_get_length (aws); j++)
        id_match |= g_str_equal (detail_id,
                                 json_object_get_string_member (json_array_get_object_element (aws, j), "id"));
      if (self->mapping != AWC_MOCK_MAPPING_CASE_URI
          && g_str_equal (case_run_id, testcase) && id_match)
        return TRUE;
      if (self->mapping != AWC_MOCK_MAPPING_TESTCASE
          && g_str_equal (case_run_id, uri) && g_str_equal (detail_id, testcase))
        return TRUE;
    }
  return FALSE;
}

static void
on_paused_finished (SoupServerMessage *msg,
                    AwcMockCpts       *self)
{
  g_ptr_array_remove (self->paused, msg);
}

static gboolean
inject_fault (AwcMockCpts       *self,
              SoupServerMessage *msg)
{
  AwcMockFault fault = self->fault;
  g_autofree char *head = NULL;

  if (fault == AWC_MOCK_FAULT_NONE || self->fault_count == 0)
    return FALSE;
  if (self->fault_count > 0)
    self->fault_count--;

  switch (fault)
    {
    case AWC_MOCK_FAULT_401:
      refuse (self, msg, "fault", "verify aksk signature fail");
      break;
    case AWC_MOCK_FAULT_403:
      respond (msg, 403, "application/json",
               "{\"code\":\"SVCSTG.CPTS.4032002\",\"message\":\"The project does not exist or you "
               "have no permission\",\"extend\":null}");
      break;
    case AWC_MOCK_FAULT_404:
      respond (msg, 404, "application/json",
               "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has not "
               "been published in the environment\",\"request_id\":\"mock\"}");
      break;
    case AWC_MOCK_FAULT_429:
      respond (msg, 429, "application/json",
               "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The throttling threshold has been "
               "reached: policy user over ratelimit, limit:5, time:1 second\"}");
      if (self->retry_after != NULL)
        soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                      "Retry-After", self->retry_after);
      break;
    case AWC_MOCK_FAULT_500:
      respond (msg, 500, "application/json",
               "{\"code\":\"CPTS.05001001\",\"message\":\"internal error\"}");
      break;
    case AWC_MOCK_FAULT_502:
      respond (msg, 502, "application/json",
               "{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Backend unavailable\"}");
      break;
    case AWC_MOCK_FAULT_501_STRING:
      respond (msg, 501, "application/json", "\"  unknown error\\n  \"");
      break;
    case AWC_MOCK_FAULT_HTML_500:
      respond (msg, 500, "text/html",
               "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
               "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
               "</body>\r\n</html>\r\n");
      break;
    case AWC_MOCK_FAULT_HTML_200:
      respond (msg, 200, "text/html",
               "<!DOCTYPE html><html><head><title>Sign in</title></head><body>login</body></html>");
      break;
    case AWC_MOCK_FAULT_SLOW:
      soup_server_message_pause (msg);
      g_ptr_array_add (self->paused, g_object_ref (msg));
      g_signal_connect (msg, "finished", G_CALLBACK (on_paused_finished), self);
      break;
    case AWC_MOCK_FAULT_TRUNCATED:
      {
        gsize len = g_bytes_get_size (self->chart);

        head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n", len);
        respond_raw (msg, head, g_bytes_get_data (self->chart, NULL), len / 2);
      }
      break;
    case AWC_MOCK_FAULT_HUGE:
      respond_raw (msg, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                   "Content-Length: 300000000\r\nConnection: close\r\n\r\n{\"code\":", NULL, 0);
      break;
    case AWC_MOCK_FAULT_CHUNKED:
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (self->chart, NULL),
                                        g_bytes_get_size (self->chart));
      soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                         SOUP_ENCODING_CHUNKED);
      soup_message_body_complete (soup_server_message_get_response_body (msg));
      break;
    case AWC_MOCK_FAULT_STREAM_CHUNKED:
    case AWC_MOCK_FAULT_STREAM_CLOSE:
    case AWC_MOCK_FAULT_GZIP_BOMB:
      {
        g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

        awc_mock_stream_start (stream,
                               fault == AWC_MOCK_FAULT_STREAM_CHUNKED ? AWC_MOCK_STREAM_CHUNKED
                               : fault == AWC_MOCK_FAULT_STREAM_CLOSE ? AWC_MOCK_STREAM_CLOSE
                               : AWC_MOCK_STREAM_GZIP,
                               self->stream_size, self->stream_sent, self->cancellable);
      }
      break;
    case AWC_MOCK_FAULT_REDIRECT_LOOP:
      soup_server_message_set_redirect (msg, 302, g_uri_get_path (soup_server_message_get_uri (msg)));
      break;
    case AWC_MOCK_FAULT_NONE:
    default:
      return FALSE;
    }
  return TRUE;
}

/* Redirects the requests outside /r/ when asked to; TRUE when it did. */
static gboolean
redirect (AwcMockCpts       *self,
          SoupServerMessage *msg,
          const char        *path)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autofree char *location = NULL;

  if (self->redirect_status == 0 || g_str_has_prefix (path, "/r/"))
    return FALSE;
  location = g_strconcat (self->redirect_base ? self->redirect_base : "/", "r", path,
                          query ? "?" : "", query ? query : "", NULL);
  soup_server_message_set_redirect (msg, self->redirect_status, location);
  return TRUE;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  AwcMockCpts *self = user_data;
  g_auto(GStrv) seg = NULL;
  guint n;

  self->n_requests++;
  if (awc_mock_has_credential (msg))
    self->n_credential_requests++;
  if (redirect (self, msg, path))
    return;
  if (g_str_has_prefix (path, "/r/"))
    path += 2;
  seg = g_strsplit (path + 1, "/", -1);
  n = g_strv_length (seg);
  if (n >= 9 && g_str_equal (seg[n - 1], "chart"))
    self->n_chart_requests++;

  if (self->fault == AWC_MOCK_FAULT_401 && inject_fault (self, msg))
    return;
  if (n < 3 || !check_auth (self, msg, seg[1]))
    {
      if (n < 3)
        respond (msg, 404, "application/json", "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"no such API\"}");
      return;
    }
  if (inject_fault (self, msg))
    return;

  if (n == 3 && g_str_equal (seg[0], "v1") && g_str_equal (seg[2], "test-suites"))
    serve_list (self, msg, "cpts-test-suites.json", "projects", query);
  else if (n == 4 && g_str_equal (seg[0], "v1") && g_str_equal (seg[2], "all-tasks"))
    serve_list (self, msg, "cpts-all-tasks.json", "tasks", query);
  else if (n == 5 && g_str_equal (seg[0], "v1") && g_str_equal (seg[3], "history-run-list"))
    serve_file (self, msg, "cpts-history-run-list.json");
  else if (n == 5 && g_str_equal (seg[0], "v2") && g_str_equal (seg[4], "cases"))
    serve_file (self, msg, "cpts-cases.json");
  else if (n == 9 && g_str_equal (seg[0], "v2") && g_str_equal (seg[4], "case-run-infos")
           && g_str_equal (seg[6], "detail") && g_str_equal (seg[8], "chart"))
    {
      if (chart_ids_ok (self, seg[5], seg[7]))
        {
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                            g_bytes_get_data (self->chart, NULL),
                                            g_bytes_get_size (self->chart));
        }
      else
        respond (msg, 404, "application/json",
                 "{\"code\":\"SVCSTG.CPTS.4042001\",\"message\":\"The case run does not exist\"}");
    }
  else
    respond (msg, 404, "application/json",
             "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has not "
             "been published in the environment\"}");
}

AwcMockCpts *
awc_mock_cpts_new (const char  *data_dir,
                   GError     **error)
{
  return awc_mock_cpts_new_on (data_dir, "127.0.0.1", error);
}

AwcMockCpts *
awc_mock_cpts_new_on (const char  *data_dir,
                      const char  *address,
                      GError     **error)
{
  g_autoptr(AwcMockCpts) self = g_new0 (AwcMockCpts, 1);
  g_autofree char *chart = g_build_filename (data_dir, "cpts-chart.json", NULL);
  g_autofree char *cases = g_build_filename (data_dir, "cpts-cases.json", NULL);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GSocketAddress) where = g_inet_socket_address_new_from_string (address, 0);
  GSList *uris;

  if (where == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not an IP address", address);
      return NULL;
    }
  self->data_dir = g_strdup (data_dir);
  self->cancellable = g_cancellable_new ();
  self->stream_sent = g_rc_box_new0 (guint64);
  self->fault_count = -1;
  self->paused = g_ptr_array_new_with_free_func (g_object_unref);
  self->cases = json_parser_new ();
  if ((mapped = g_mapped_file_new (chart, FALSE, error)) == NULL
      || !json_parser_load_from_file (self->cases, cases, error))
    return NULL;
  self->chart = g_mapped_file_get_bytes (mapped);

  self->server = soup_server_new ("server-header", "mock-cpts", NULL);
  soup_server_add_handler (self->server, NULL, handler, self, NULL);
  if (!soup_server_listen (self->server, where, 0, error))
    return NULL;
  uris = soup_server_get_uris (self->server);
  self->base_url = g_strdup_printf ("http://%s:%d/", address, g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return g_steal_pointer (&self);
}

void
awc_mock_cpts_free (AwcMockCpts *self)
{
  if (self == NULL)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->stream_sent, g_rc_box_release);
  g_free (self->redirect_base);
  for (guint i = 0; i < self->paused->len; i++)
    g_signal_handlers_disconnect_by_data (self->paused->pdata[i], self);
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_ptr_array_unref (self->paused);
  g_clear_object (&self->cases);
  g_clear_pointer (&self->chart, g_bytes_unref);
  g_free (self->base_url);
  g_free (self->data_dir);
  g_free (self->ak);
  g_free (self->sk);
  g_free (self->security_token);
  g_free (self->token);
  g_free (self->retry_after);
  g_free (self->last_refusal);
  g_free (self);
}

const char *
awc_mock_cpts_get_base_url (AwcMockCpts *self)
{
  return self->base_url;
}

void
awc_mock_cpts_set_aksk (AwcMockCpts *self,
                        const char  *access_key,
                        const char  *secret_key,
                        const char  *security_token)
{
  g_clear_pointer (&self->token, g_free);
  g_free (self->ak);
  g_free (self->sk);
  g_free (self->security_token);
  self->ak = g_strdup (access_key);
  self->sk = g_strdup (secret_key);
  self->security_token = g_strdup (security_token);
}

void
awc_mock_cpts_set_token (AwcMockCpts *self,
                         const char  *token)
{
  awc_mock_cpts_set_aksk (self, NULL, NULL, NULL);
  self->token = g_strdup (token);
}

void
awc_mock_cpts_set_fault (AwcMockCpts  *self,
                         AwcMockFault  fault,
                         int           count)
{
  self->fault = fault;
  self->fault_count = count;
}

void
awc_mock_cpts_set_retry_after (AwcMockCpts *self,
                               const char  *value)
{
  g_free (self->retry_after);
  self->retry_after = g_strdup (value);
}

void
awc_mock_cpts_set_mapping (AwcMockCpts    *self,
                           AwcMockMapping  mapping)
{
  self->mapping = mapping;
}

void
awc_mock_cpts_set_redirect (AwcMockCpts *self,
                            guint        status,
                            const char  *target_base_url)
{
  self->redirect_status = status;
  g_free (self->redirect_base);
  self->redirect_base = g_strdup (target_base_url);
}

void
awc_mock_cpts_set_stream_size (AwcMockCpts *self,
                               guint64      bytes)
{
  self->stream_size = bytes;
}

guint64
awc_mock_cpts_get_n_stream_bytes_sent (AwcMockCpts *self)
{
  return *self->stream_sent;
}

guint
awc_mock_cpts_get_n_credential_requests (AwcMockCpts *self)
{
  return self->n_credential_requests;
}

guint
awc_mock_cpts_get_n_requests (AwcMockCpts *self)
{
  return self->n_requests;
}

guint
awc_mock_cpts_get_n_chart_requests (AwcMockCpts *self)
{
  return self->n_chart_requests;
}

const char *
awc_mock_cpts_get_last_refusal (AwcMockCpts *self)
{
  return self->last_refusal;
}

GBytes *
awc_mock_cpts_get_chart_body (AwcMockCpts *self)
{
  return self->chart;
}

void
awc_mock_cpts_set_paging (AwcMockCpts   *self,
                          AwcMockPaging  paging,
                          guint          n_items)
{
  self->paging = paging;
  self->n_items = n_items;
}
