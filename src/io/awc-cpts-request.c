/* awc-cpts-request.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"
#include "awc-cpts-error-private.h"
#include "awc-credentials-private.h"
#include "awc-signer.h"

#define MAX_RETRIES       3
#define RETRY_AFTER_CAP   30.0   /* seconds */

typedef struct
{
  /* Owned */
  AwcCptsClient *client;
  GUri          *uri;              /* where the next attempt goes */
  SoupMessage   *msg;
  GInputStream  *stream;
  GByteArray    *buffer;
  GCancellable  *cancellable;      /* ours: user cancel or total timeout */
  GCancellable  *user_cancellable;
  GSource       *timeout_source;
  GSource       *wait_source;
  GSource       *wait_cancel_source;

  gulong         user_cancel_id;
  goffset        content_length;   /* -1 when not announced */
  guint64        body_limit;       /* the cap, or less for an error body */
  guint          attempt;
  guint          n_redirects;
  gboolean       timed_out;
  gboolean       cut;              /* an error body read only in part */
} Request;

static void start_attempt (GTask *task);
static void read_cb (GObject *object, GAsyncResult *result, gpointer user_data);

static void
clear_source (GSource **source)
{
  if (*source != NULL)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

static void
request_free (gpointer data)
{
  Request *req = data;

  if (req->user_cancellable != NULL)
    g_cancellable_disconnect (req->user_cancellable, req->user_cancel_id);
  clear_source (&req->timeout_source);
  clear_source (&req->wait_source);
  clear_source (&req->wait_cancel_source);
  g_clear_object (&req->user_cancellable);
  g_clear_object (&req->cancellable);
  g_clear_object (&req->stream);
  g_clear_object (&req->msg);
  g_clear_object (&req->client);
  g_clear_pointer (&req->buffer, g_byte_array_unref);
  g_clear_pointer (&req->uri, g_uri_unref);
  g_free (req);
}

static void
on_user_cancelled (GCancellable *user,
                   GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

static gboolean
on_total_timeout (gpointer user_data)
{
  Request *req = user_data;

  req->timed_out = TRUE;
  g_clear_pointer (&req->timeout_source, g_source_unref);
  g_cancellable_cancel (req->cancellable);
  return G_SOURCE_REMOVE;
}

/* Why a connection failed, without the host: the message names it once
 * ("Could not connect to HOST: Connection refused" says it twice). */
static char *
network_reason (const GError *error,
                const char   *host)
{
  const char *tail;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_strdup (_("the connection was refused"));
  if (error->domain == G_RESOLVER_ERROR)
    return g_strdup (_("the host name is not known"));
  if (host == NULL || *host == '\0' || strstr (error->message, host) == NULL)
    return g_strdup (error->message);
  tail = g_strrstr (error->message, ": ");
  if (tail != NULL && strstr (tail, host) == NULL)
    return g_strdup (tail + 2);
  return g_strdup (_("no connection"));
}

/* Every failure passes through here: cancellations caused by the total
 * timeout become a timeout error, soup's errors one user sentence. */
static void
fail (GTask  *task,
      GError *error)
{
  Request *req = g_task_get_task_data (task);
  GUri *uri = req->msg ? soup_message_get_uri (req->msg) : NULL;
  const char *host = uri ? g_uri_get_host (uri) : "";
  double total = awc_cpts_client_get_total_timeout (req->client);

  clear_source (&req->timeout_source);
  if (error->domain == AWC_CPTS_ERROR)
    g_task_return_error (task, error);
  else if (req->timed_out)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TIMEOUT,
                               _("The server did not answer within %g seconds"), total);
      g_error_free (error);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, error);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TIMEOUT,
                               _("The connection to %s timed out after %u seconds"), host,
                               awc_cpts_client_get_connect_timeout (req->client));
      g_error_free (error);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TRUNCATED,
                               _("The connection closed before the whole answer arrived "
                                 "(%u bytes received)"), req->buffer ? req->buffer->len : 0);
      g_error_free (error);
    }
  else
    {
      g_autofree char *reason = network_reason (error, host);

      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NETWORK,
                               _("Could not reach %s: %s"), host, reason);
      g_error_free (error);
    }
}

static char *
format_size (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

/* @size: the announced size, or 0 when the count of a body without
 * one passed the limit. */
static GError *
too_large_error (guint64 size,
                 guint64 limit)
{
  g_autofree char *s = format_size (size);
  g_autofree char *l = format_size (limit);

  if (size == 0)
    return g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_TOO_LARGE,
                        _("The answer is too large (more than the limit of %s)"), l);
  return g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_TOO_LARGE,
                      _("The answer is too large (%s; the limit is %s)"), s, l);
}

double
_awc_cpts_parse_retry_after (const char *value,
                             GDateTime  *now)
{
  double seconds = -1;
  char *end = NULL;

  if (value == NULL)
    return -1;
  while (g_ascii_isspace (*value))
    value++;
  if (g_ascii_isdigit (*value))
    {
      guint64 v = g_ascii_strtoull (value, &end, 10);

      if (end != NULL && (*end == '\0' || g_ascii_isspace (*end)))
        seconds = (double) MIN (v, (guint64) G_MAXINT);
    }
  else
    {
      g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);

      if (when != NULL)
        seconds = MAX (0.0, g_date_time_difference (when, now) / (double) G_TIME_SPAN_SECOND);
    }
  return seconds < 0 ? -1 : MIN (seconds, RETRY_AFTER_CAP);
}

static gboolean
retry_now (gpointer user_data)
{
  GTask *task = user_data;
  Request *req = g_task_get_task_data (task);

  clear_source (&req->wait_cancel_source);
  g_clear_pointer (&req->wait_source, g_source_unref);
  /* The wait source drops its own reference when it is removed. */
  start_attempt (g_object_ref (task));
  return G_SOURCE_REMOVE;
}

static gboolean
retry_cancelled (GCancellable *cancellable,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  Request *req = g_task_get_task_data (task);
  GError *error = NULL;

  clear_source (&req->wait_source);
  g_clear_pointer (&req->wait_cancel_source, g_source_unref);
  g_cancellable_set_error_if_cancelled (cancellable, &error);
  fail (task, error);
  return G_SOURCE_REMOVE;
}

/* Waits before the next attempt; the wait ends at once on cancel.  The
 * wait source owns the task reference handed in. */
static void
schedule_retry (GTask  *task,
                double  delay)
{
  Request *req = g_task_get_task_data (task);
  GMainContext *context = g_task_get_context (task);

  req->wait_source = g_timeout_source_new ((guint) (delay * 1000));
  g_source_set_callback (req->wait_source, retry_now, task, g_object_unref);
  g_source_attach (req->wait_source, context);
  req->wait_cancel_source = g_cancellable_source_new (req->cancellable);
  g_source_set_callback (req->wait_cancel_source, G_SOURCE_FUNC (retry_cancelled), task, NULL);
  g_source_attach (req->wait_cancel_source, context);
}

static void
finish_body (GTask *task)
{
  Request *req = g_task_get_task_data (task);
  guint status = soup_message_get_status (req->msg);
  g_autoptr(GBytes) body = NULL;

  clear_source (&req->timeout_source);
  if (!req->cut && req->content_length >= 0 && (goffset) req->buffer->len != req->content_length)
    {
      fail (task, g_error_new (AWC_CPTS_ERROR, AWC_CPTS_ERROR_TRUNCATED,
                               _("The connection closed before the whole answer arrived "
                                 "(%u of %lld bytes)"),
                               req->buffer->len, (long long) req->content_length));
      return;
    }
  body = g_byte_array_free_to_bytes (g_steal_pointer (&req->buffer));
  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    g_task_return_pointer (task, g_steal_pointer (&body), (GDestroyNotify) g_bytes_unref);
  else
    {
      const char *type = soup_message_headers_get_content_type (
        soup_message_get_response_headers (req->msg), NULL);

      g_task_return_error (task, _awc_cpts_error_new_from_response (status, type, body));
    }
}

static void
read_next (GTask *task)
{
  Request *req = g_task_get_task_data (task);
  guint64 room = req->body_limit - req->buffer->len;
  /* One byte past the limit is enough to know the body is too large:
   * never more than that is read, whatever the encoding, and the count
   * is of decoded bytes (soup's decoder sits below this stream). */
  gsize want = room >= AWC_CPTS_READ_CHUNK ? AWC_CPTS_READ_CHUNK : (gsize) room + 1;

  g_input_stream_read_bytes_async (req->stream, want, G_PRIORITY_DEFAULT,
                                   req->cancellable, read_cb, task);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *req = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  gsize size;

  if (chunk == NULL)
    {
      fail (task, g_steal_pointer (&error));
      return;
    }
  size = g_bytes_get_size (chunk);
  if (size == 0)
    {
      finish_body (task);
      return;
    }
  _awc_cpts_client_note_held (req->client, req->buffer->len + size);
  if (req->buffer->len + size > req->body_limit)
    {
      /* An error answer keeps its head for the message; anything else
       * stops here: dropping the stream drops the connection. */
      if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (req->msg)))
        {
          g_byte_array_append (req->buffer, g_bytes_get_data (chunk, NULL),
                               req->body_limit - req->buffer->len);
          req->cut = TRUE;
          finish_body (task);
        }
      else
        fail (task, too_large_error (0, req->body_limit));
      return;
    }
  g_byte_array_append (req->buffer, g_bytes_get_data (chunk, NULL), size);
  read_next (g_steal_pointer (&task));
}

static gboolean
is_retryable (guint status)
{
  return status == 429 || status == 502 || status == 503 || status == 504;
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *req = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;
  guint status;
  /* A GByteArray counts in guint; no chart comes near 2 GiB anyway. */
  guint64 limit = MIN (awc_cpts_client_get_max_body_size (req->client), (guint64) G_MAXINT32);

  req->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (req->stream == NULL)
    {
      fail (task, g_steal_pointer (&error));
      return;
    }

  status = soup_message_get_status (req->msg);
  headers = soup_message_get_response_headers (req->msg);
  if (_awc_cpts_status_is_redirect (status))
    {
      GUri *target = _awc_cpts_redirect_target (req->uri, status,
                                                soup_message_headers_get_one (headers, "Location"),
                                                req->n_redirects, &error);

      if (target == NULL)
        {
          fail (task, g_steal_pointer (&error));
          return;
        }
      req->n_redirects++;
      g_clear_pointer (&req->uri, g_uri_unref);
      req->uri = target;
      g_clear_object (&req->stream);
      g_clear_object (&req->msg);
      g_debug ("CPTS answered %u, following it on the same server", status);
      start_attempt (g_steal_pointer (&task));
      return;
    }

  req->content_length = -1;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    req->content_length = soup_message_headers_get_content_length (headers);
  req->body_limit = limit;
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    req->body_limit = MIN (limit, AWC_CPTS_MAX_ERROR_BODY);
  else if (req->content_length > 0 && (guint64) req->content_length > limit)
    {
      fail (task, too_large_error (req->content_length, limit));
      return;
    }
  /* soup's decoder hands over the decompressed body while Content-Length
   * still counts the compressed bytes: nothing to compare it with. */
  {
    const char *coding = soup_message_headers_get_one (headers, "Content-Encoding");

    if (coding != NULL && g_ascii_strcasecmp (coding, "identity") != 0)
      req->content_length = -1;
  }

  if (is_retryable (status) && req->attempt < MAX_RETRIES)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      double delay = _awc_cpts_parse_retry_after (
        soup_message_headers_get_one (headers, "Retry-After"), now);

      if (delay < 0)
        delay = awc_cpts_client_get_retry_base (req->client) * (1u << req->attempt);
      req->attempt++;
      g_clear_object (&req->stream);
      g_clear_object (&req->msg);
      g_debug ("CPTS answered %u, retry %u in %.1f s", status, req->attempt, delay);
      schedule_retry (g_steal_pointer (&task), delay);
      return;
    }

  req->buffer = g_byte_array_new ();
  read_next (g_steal_pointer (&task));
}

static char *
host_of (GUri *uri)
{
  int port = g_uri_get_port (uri);
  const char *scheme = g_uri_get_scheme (uri);
  gboolean default_port = port < 0
                          || (port == 443 && g_ascii_strcasecmp (scheme, "https") == 0)
                          || (port == 80 && g_ascii_strcasecmp (scheme, "http") == 0);

  if (default_port)
    return g_strdup (g_uri_get_host (uri));
  return g_strdup_printf ("%s:%d", g_uri_get_host (uri), port);
}

/* A fresh message per attempt and per redirect: X-Sdk-Date must be
 * current and the signature covers the path.  Soup never follows a
 * redirect by itself: it would carry X-Auth-Token anywhere. */
static SoupMessage *
build_message (AwcCptsClient *client,
               GUri          *uri)
{
  AwcCredentials *creds = awc_cpts_client_get_credentials (client);
  const char *project_id = awc_cpts_client_get_project_id (client);
  g_autoptr(SoupMessage) msg = soup_message_new_from_uri (SOUP_METHOD_GET, uri);
  g_autoptr(GPtrArray) signed_headers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = awc_signer_format_date (now);
  SoupMessageHeaders *headers = soup_message_get_request_headers (msg);

  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);

#define ADD(name, value) G_STMT_START { \
    soup_message_headers_replace (headers, name, value); \
    g_ptr_array_add (signed_headers, g_strdup (name)); \
    g_ptr_array_add (signed_headers, g_strdup (value)); \
  } G_STMT_END

  {
    g_autofree char *host = host_of (uri);

    ADD ("Host", host);
  }
  ADD ("Content-Type", "application/json");
  if (project_id != NULL && *project_id != '\0')
    ADD ("X-Project-Id", project_id);

  if (awc_credentials_get_kind (creds) == AWC_CREDENTIALS_KIND_AKSK)
    {
      char *auth;

      ADD ("X-Sdk-Date", date);
      if (_awc_credentials_peek_security_token (creds) != NULL)
        ADD ("X-Security-Token", _awc_credentials_peek_security_token (creds));
      g_ptr_array_add (signed_headers, NULL);
      auth = awc_signer_authorization (_awc_credentials_peek_access_key (creds),
                                       _awc_credentials_peek_secret_key (creds),
                                       "GET", g_uri_get_path (uri), g_uri_get_query (uri),
                                       (const char * const *) signed_headers->pdata, NULL);
      soup_message_headers_replace (headers, "Authorization", auth);
      _awc_secret_free (auth);
    }
  else
    soup_message_headers_replace (headers, "X-Auth-Token", _awc_credentials_peek_token (creds));
#undef ADD

  /* The signed header array held the security token. */
  for (guint i = 0; i < signed_headers->len; i++)
    if (signed_headers->pdata[i] != NULL)
      {
        _awc_secret_free (signed_headers->pdata[i]);
        signed_headers->pdata[i] = NULL;
      }
  return g_steal_pointer (&msg);
}

/* Consumes a reference on @task. */
static void
start_attempt (GTask *task)
{
  Request *req = g_task_get_task_data (task);

  req->msg = build_message (req->client, req->uri);
  soup_session_send_async (_awc_cpts_client_get_session (req->client), req->msg,
                           G_PRIORITY_DEFAULT, req->cancellable, send_cb, task);
}

void
_awc_cpts_request_async (AwcCptsClient       *client,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *req;
  double total = awc_cpts_client_get_total_timeout (client);
  g_autofree char *url = NULL;
  g_autoptr(GUri) uri = NULL;

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, _awc_cpts_request_async);

  if (awc_cpts_client_get_base_url (client) == NULL)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("No region or endpoint is set"));
      return;
    }
  if (awc_cpts_client_get_credentials (client) == NULL)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NO_CREDENTIALS,
                               _("No credentials are set"));
      return;
    }

  url = g_strconcat (awc_cpts_client_get_base_url (client), path, NULL);
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    {
      g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                               _("Cannot build a request URL from “%s”"), path);
      return;
    }

  req = g_new0 (Request, 1);
  req->client = g_object_ref (client);
  req->uri = g_steal_pointer (&uri);
  req->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, req, request_free);
  if (cancellable != NULL)
    {
      req->user_cancellable = g_object_ref (cancellable);
      req->user_cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (on_user_cancelled),
                                                   req->cancellable, NULL);
    }
  if (total > 0)
    {
      req->timeout_source = g_timeout_source_new ((guint) (total * 1000));
      g_source_set_callback (req->timeout_source, on_total_timeout, req, NULL);
      g_source_attach (req->timeout_source, g_task_get_context (task));
    }
  start_attempt (g_steal_pointer (&task));
}

GBytes *
_awc_cpts_request_finish (GAsyncResult  *result,
                          GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
