/* test-cpts-faults.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cpts-test-common.h"

typedef struct
{
  AwcMockFault  fault;
  int           code;
  const char   *message;
  guint         n_requests;
} FaultCase;

static const FaultCase fault_cases[] = {
  { AWC_MOCK_FAULT_401, AWC_CPTS_ERROR_AUTH,
    "Authentication failed (401 APIGW.0301): verify aksk signature fail", 1 },
  { AWC_MOCK_FAULT_403, AWC_CPTS_ERROR_PERMISSION,
    "Permission denied (403 SVCSTG.CPTS.4032002): The project does not exist or you have no permission", 1 },
  { AWC_MOCK_FAULT_404, AWC_CPTS_ERROR_NOT_FOUND,
    "Not found, check the ids and the region (404 APIGW.0101): The API does not exist or has not been "
    "published in the environment", 1 },
  { AWC_MOCK_FAULT_500, AWC_CPTS_ERROR_SERVER, "Server error (500 CPTS.05001001): internal error", 1 },
  { AWC_MOCK_FAULT_501_STRING, AWC_CPTS_ERROR_SERVER, "Server error (501): unknown error", 1 },
  { AWC_MOCK_FAULT_HTML_500, AWC_CPTS_ERROR_SERVER, "Server error (500): 500 Internal Server Error", 1 },
  /* Retried three times, then reported. */
  { AWC_MOCK_FAULT_429, AWC_CPTS_ERROR_THROTTLED,
    "Too many requests, the server is throttling them (429 APIGW.0308): The throttling threshold has "
    "been reached: policy user over ratelimit, limit:5, time:1 second", 4 },
  { AWC_MOCK_FAULT_502, AWC_CPTS_ERROR_SERVER, "Server error (502 APIGW.0201): Backend unavailable", 4 },
  { AWC_MOCK_FAULT_HUGE, AWC_CPTS_ERROR_TOO_LARGE,
    "The answer is too large (286.1\u00a0MiB; the limit is 256.0\u00a0MiB)", 1 },
};

static void
test_faults (Fixture       *f,
             gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      const FaultCase *fc = &fault_cases[i];
      g_autoptr(GError) error = NULL;
      guint before = awc_mock_cpts_get_n_requests (f->mock);

      awc_mock_cpts_set_fault (f->mock, fc->fault, -1);
      error = fetch_error (f);
      g_assert_error (error, AWC_CPTS_ERROR, fc->code);
      g_assert_cmpstr (error->message, ==, fc->message);
      g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock) - before, ==, fc->n_requests);
    }
}

static void
test_bad_bodies (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_TRUNCATED, -1);
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TRUNCATED);
  g_assert_true (g_str_has_prefix (error->message, "The connection closed before the whole answer arrived"));
  g_clear_error (&error);

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_HTML_200, -1);
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE);
  g_assert_true (g_str_has_prefix (error->message, "The server's answer is not a chart: "));
  g_clear_error (&error);

  model = list (f, "projects", NULL, &error);
  g_assert_null (model);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE);
  g_assert_true (g_str_has_prefix (error->message, "The server did not answer with JSON: "));
  g_clear_error (&error);

  /* Over a lowered cap: refused from Content-Length before reading. */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_NONE, 0);
  awc_cpts_client_set_max_body_size (f->client, 1000);
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The answer is too large (5.5\u00a0KiB; the limit is 1000 bytes)");
  g_clear_error (&error);

  /* No Content-Length: the running total stops the download. */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_CHUNKED, -1);
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The answer is too large (more than the limit of 1000 bytes)");
}

/* Bodies with no length to check up front stop as soon as the count of
 * decoded bytes passes the cap: never more than the cap and one byte is
 * held, and the server is left with most of its body unsent. */
static void
test_stream_cap (Fixture       *f,
                 gconstpointer  data)
{
  static const AwcMockFault faults[] = {
    AWC_MOCK_FAULT_STREAM_CHUNKED, AWC_MOCK_FAULT_STREAM_CLOSE, AWC_MOCK_FAULT_GZIP_BOMB,
  };
  const guint64 cap = 1024 * 1024;
  const guint64 size = 64 * cap;

  awc_cpts_client_set_max_body_size (f->client, cap);
  awc_mock_cpts_set_stream_size (f->mock, size);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;
      guint64 sent_before = awc_mock_cpts_get_n_stream_bytes_sent (f->mock);

      awc_mock_cpts_set_fault (f->mock, faults[i], -1);
      error = fetch_error (f);
      g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TOO_LARGE);
      g_assert_cmpstr (error->message, ==, "The answer is too large (more than the limit of 1.0\u00a0MiB)");
      g_assert_cmpuint (_awc_cpts_client_get_peak_held (f->client), ==, cap + 1);
      g_test_message ("%s: the server wrote %" G_GUINT64_FORMAT " bytes before the client hung up",
                      i == 0 ? "chunked" : i == 1 ? "close-delimited" : "gzip (compressed)",
                      awc_mock_cpts_get_n_stream_bytes_sent (f->mock) - sent_before);
      if (faults[i] != AWC_MOCK_FAULT_GZIP_BOMB)
        g_assert_cmpuint (awc_mock_cpts_get_n_stream_bytes_sent (f->mock) - sent_before, <, size / 2);
    }

  /* Under the cap the same bodies arrive whole (and are no chart). */
  awc_cpts_client_set_max_body_size (f->client, size + 1);
  awc_mock_cpts_set_stream_size (f->mock, 2 * cap);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;

      awc_mock_cpts_set_fault (f->mock, faults[i], -1);
      error = fetch_error (f);
      g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_BAD_RESPONSE);
    }

  /* The largest limit the property takes still reads a chart. */
  awc_cpts_client_set_max_body_size (f->client, G_MAXUINT64);
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_CHUNKED, -1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) body = NULL;
    g_autoptr(AwcReport) report = fetch (f, "1540223", "7d1f0c2a9b", NULL, &body, &error);

    g_assert_no_error (error);
    g_assert_nonnull (report);
    g_assert_true (g_bytes_equal (body, awc_mock_cpts_get_chart_body (f->mock)));
  }
}

static void
big_error_handler (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  GString *page = g_string_new ("<html><head><title>Gateway melted</title></head><body>");
  gsize len;

  while (page->len < 8 * 1024 * 1024)
    g_string_append (page, "<p>padding padding padding padding padding padding</p>\n");
  len = page->len;
  soup_server_message_set_status (msg, 500, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, g_string_free (page, FALSE), len);
}

/* An error page is read only as far as its message needs. */
static void
test_big_error_body (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autofree char *url = NULL;
  GSList *uris;

  soup_server_add_handler (server, NULL, big_error_handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_assert_true (awc_cpts_client_set_endpoint (f->client, url, &error));

  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_SERVER);
  g_assert_cmpstr (error->message, ==, "Server error (500): Gateway melted");
  g_assert_cmpuint (_awc_cpts_client_get_peak_held (f->client), <=, AWC_CPTS_MAX_ERROR_BODY + 1);
}

static void
test_unreachable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  guint16 port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", port);

  /* A port that was free a moment ago: nobody listens once closed. */
  g_socket_listener_close (listener);
  g_assert_true (awc_cpts_client_set_endpoint (f->client, url, &error));
  error = fetch_error (f);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, "Could not reach 127.0.0.1: "));
  /* The host once (issue 16 §2.3), then why. */
  g_assert_null (strstr (error->message + strlen ("Could not reach 127.0.0.1"), "127.0.0.1"));
  g_assert_cmpstr (error->message, ==, "Could not reach 127.0.0.1: the connection was refused");
}

static void
test_chunked (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(AwcReport) report = NULL;

  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_CHUNKED, -1);
  report = fetch (f, "1540223", "7d1f0c2a9b", NULL, &body, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (body, awc_mock_cpts_get_chart_body (f->mock)));
}

static void
gzip_handler (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  GBytes *gzipped = user_data;

  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Content-Encoding", "gzip");
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (gzipped, NULL), g_bytes_get_size (gzipped));
}

/* API gateways compress big answers; Content-Length then counts the
 * compressed bytes, not what soup's decoder hands over. */
static void
test_gzip (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) gzipped = NULL;
  g_autoptr(AwcReport) report = NULL;
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  GSList *uris;
  g_autofree char *url = NULL;
  GBytes *plain = awc_mock_cpts_get_chart_body (f->mock);

  g_assert_true (g_output_stream_write_all (out, g_bytes_get_data (plain, NULL), g_bytes_get_size (plain),
                                            NULL, NULL, &error));
  g_assert_true (g_output_stream_close (out, NULL, &error));
  g_assert_no_error (error);
  gzipped = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  g_assert_cmpuint (g_bytes_get_size (gzipped), <, g_bytes_get_size (plain));

  soup_server_add_handler (server, NULL, gzip_handler, gzipped, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_assert_true (awc_cpts_client_set_endpoint (f->client, url, &error));

  report = fetch (f, "1540223", "7d1f0c2a9b", NULL, &body, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (g_bytes_equal (body, plain));
}

static void
test_retry (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) r1 = NULL, r2 = NULL;
  gsize log_mark = log_text->len;
  gint64 start;
  double elapsed;

  /* Backoff from the base: 0.05 + 0.1 s.  The planned delays are in the
   * log; the clock only shows that the client did wait (a lower bound
   * holds on a busy machine, an upper bound would not). */
  awc_cpts_client_set_retry_base (f->client, 0.05);
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_429, 2);
  start = g_get_monotonic_time ();
  r1 = fetch (f, "1540223", "7d1f0c2a9b", NULL, NULL, &error);
  elapsed = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_assert_nonnull (r1);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->mock), ==, 3);
  g_assert_cmpfloat (elapsed, >=, 0.15);
  g_assert_nonnull (strstr (log_text->str + log_mark, "CPTS answered 429, retry 1 in 0.1 s"));
  g_assert_nonnull (strstr (log_text->str + log_mark, "CPTS answered 429, retry 2 in 0.1 s"));
  log_mark = log_text->len;

  /* Retry-After: 1 wins over the tiny base. */
  awc_cpts_client_set_retry_base (f->client, 0.01);
  awc_mock_cpts_set_retry_after (f->mock, "1");
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_429, 1);
  start = g_get_monotonic_time ();
  r2 = fetch (f, "1540223", "7d1f0c2a9b", NULL, NULL, &error);
  elapsed = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_assert_nonnull (r2);
  g_assert_cmpfloat (elapsed, >=, 0.95);
  g_assert_nonnull (strstr (log_text->str + log_mark, "CPTS answered 429, retry 1 in 1.0 s"));
}

static void
test_retry_after_parse (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 3, 15, 8, 0, 0);

  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("0", now), ==, 0);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after (" 7", now), ==, 7);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("86400", now), ==, 30);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("Fri, 15 Mar 2024 08:00:05 GMT", now), ==, 5);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("Fri, 15 Mar 2024 07:00:00 GMT", now), ==, 0);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("soon", now), ==, -1);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after ("5x", now), ==, -1);
  g_assert_cmpfloat (_awc_cpts_parse_retry_after (NULL, now), ==, -1);
}

static void
test_timeout (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start;
  double elapsed;

  awc_cpts_client_set_total_timeout (f->client, 0.3);
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_SLOW, -1);
  start = g_get_monotonic_time ();
  error = fetch_error (f);
  elapsed = (g_get_monotonic_time () - start) / 1e6;
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "The server did not answer within 0.3 seconds");
  g_test_message ("total timeout 0.3 s fired after %.3f s", elapsed);
  g_assert_cmpfloat (elapsed, >=, 0.29);
  /* A hang guard, well below the 60 s default the client would otherwise use. */
  g_assert_cmpfloat (elapsed, <, 30);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

/* A very long --timeout must not wrap around into a short one. */
static void
test_long_timeout (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* 4294968 s is 2^32 + 704 ms: truncated to guint it fires at once. */
  awc_cpts_client_set_total_timeout (f->client, 4294968);
  g_assert_cmpfloat (awc_cpts_client_get_total_timeout (f->client), ==, 24 * 3600);
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_SLOW, -1);
  awc_cpts_client_fetch_chart_async (f->client, "48105", "1540223", "7d1f0c2a9b", cancellable,
                                     store_result, &result);
  g_timeout_add (1500, quit_cb, cancellable);
  g_assert_null (awc_cpts_client_fetch_chart_finish (f->client, wait_for (&result), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static gboolean
cancel_cb (gpointer user_data)
{
  gint64 *when = g_object_get_data (user_data, "when");

  *when = g_get_monotonic_time ();
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
assert_cancel_is_quick (Fixture *f)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  gint64 cancelled_at = 0;
  gint64 done_at;

  g_object_set_data (G_OBJECT (cancellable), "when", &cancelled_at);
  awc_cpts_client_fetch_chart_async (f->client, "48105", "1540223", "7d1f0c2a9b", cancellable,
                                     store_result, &result);
  g_timeout_add (150, cancel_cb, cancellable);
  wait_for (&result);
  done_at = g_get_monotonic_time ();
  g_assert_cmpint (cancelled_at, >, 0);
  g_test_message ("cancel to callback: %.1f ms", (done_at - cancelled_at) / 1000.0);
  /* A hang guard: without the cancel the server never answers, or the
   * client would wait the 30 s Retry-After. */
  g_assert_cmpint (done_at - cancelled_at, <, 15 * G_USEC_PER_SEC);
  g_assert_null (awc_cpts_client_fetch_chart_finish (f->client, result, &body, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (body);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  /* While waiting for the answer… */
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_SLOW, -1);
  assert_cancel_is_quick (f);
  /* …and while waiting to retry after a 429. */
  awc_mock_cpts_set_retry_after (f->mock, "30");
  awc_mock_cpts_set_fault (f->mock, AWC_MOCK_FAULT_429, -1);
  assert_cancel_is_quick (f);
}

/* Runs last: everything logged by the tests above. */
static void
test_no_secret_in_logs (void)
{
  /* The capture works: the retry test logged through it. */
  g_assert_nonnull (strstr (log_text->str, "CPTS answered"));
  assert_no_secret (log_text->str);
}

int
main (int   argc,
      char *argv[])
{
  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/awc/io/cpts-faults/" path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("faults", test_faults, NULL);
  ADD ("bad-bodies", test_bad_bodies, NULL);
  ADD ("chunked", test_chunked, NULL);
  ADD ("stream-cap", test_stream_cap, NULL);
  ADD ("big-error-body", test_big_error_body, NULL);
  ADD ("gzip", test_gzip, NULL);
  ADD ("unreachable", test_unreachable, NULL);
  ADD ("retry", test_retry, NULL);
  ADD ("timeout", test_timeout, NULL);
  ADD ("long-timeout", test_long_timeout, NULL);
  ADD ("cancel", test_cancel, NULL);
#undef ADD
  g_test_add_func ("/awc/io/cpts-faults/retry-after", test_retry_after_parse);
  g_test_add_func ("/awc/io/cpts-faults/zz-no-secret-in-logs", test_no_secret_in_logs);
  return g_test_run ();
}
