/* test-cpts-redirect.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Redirects and credentials: the client follows a redirect only within
 * the origin (scheme, host, port) and never sends a credential header to
 * another one.  A second mock on 127.0.0.2 accepts the same credentials,
 * so a leak would show as a request it counted, or as a success. */
#include "config.h"

#include "cpts-test-common.h"

typedef struct
{
  Fixture      base;
  AwcMockCpts *other;
} RedirectFixture;

typedef enum
{
  CREDS_TOKEN,
  CREDS_AKSK,
  CREDS_AKSK_STS,
  N_CREDS
} CredsKind;

static void
redirect_setup (RedirectFixture *f,
                gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  fixture_setup (&f->base, data);
  f->other = awc_mock_cpts_new_on (dir, "127.0.0.2", &error);
  g_assert_no_error (error);
}

static void
redirect_teardown (RedirectFixture *f,
                   gconstpointer    data)
{
  awc_mock_cpts_free (f->other);
  fixture_teardown (&f->base, data);
}

/* The same credentials on the client and on both servers. */
static void
use_creds (RedirectFixture *f,
           CredsKind        kind)
{
  g_autoptr(AwcCredentials) creds = NULL;
  AwcMockCpts *mocks[] = { f->base.mock, f->other };

  if (kind == CREDS_TOKEN)
    creds = awc_credentials_new_token (TOKEN);
  else
    creds = awc_credentials_new_aksk (AK, SK, kind == CREDS_AKSK_STS ? STOK : NULL);
  awc_cpts_client_set_credentials (f->base.client, creds);
  for (guint i = 0; i < G_N_ELEMENTS (mocks); i++)
    {
      if (kind == CREDS_TOKEN)
        awc_mock_cpts_set_token (mocks[i], TOKEN);
      else
        awc_mock_cpts_set_aksk (mocks[i], AK, SK, kind == CREDS_AKSK_STS ? STOK : NULL);
    }
}

/* "http://127.0.0.1:PORT" from "http://127.0.0.1:PORT/". */
static char *
origin_of (AwcMockCpts *mock)
{
  const char *url = awc_mock_cpts_get_base_url (mock);

  return g_strndup (url, strlen (url) - 1);
}

static GError *
list_cases_error (Fixture *f)
{
  GError *error = NULL;
  g_autoptr(GListModel) model = list (f, "cases", "48105", &error);

  g_assert_null (model);
  g_assert_nonnull (error);
  assert_no_secret (error->message);
  return error;
}

static void
test_cross_origin (RedirectFixture *f,
                   gconstpointer    data)
{
  static const guint statuses[] = { 301, 302, 303, 307, 308 };
  g_autofree char *from = origin_of (f->base.mock);
  g_autofree char *to = origin_of (f->other);
  g_autofree char *expected =
    g_strdup_printf ("Redirect to another server refused (%s → %s): credentials are only sent "
                     "to the endpoint you chose", from, to);

  for (CredsKind kind = 0; kind < N_CREDS; kind++)
    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      {
        g_autoptr(GError) fetch_err = NULL;
        g_autoptr(GError) list_err = NULL;

        use_creds (f, kind);
        awc_mock_cpts_set_redirect (f->base.mock, statuses[i], awc_mock_cpts_get_base_url (f->other));
        fetch_err = fetch_error (&f->base);
        g_assert_error (fetch_err, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
        g_assert_cmpstr (fetch_err->message, ==, expected);
        list_err = list_cases_error (&f->base);
        g_assert_error (list_err, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
        g_assert_cmpstr (list_err->message, ==, expected);
      }
  /* Nothing at all reached the other server, credentials or not. */
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->other), ==, 0);
  g_assert_cmpuint (awc_mock_cpts_get_n_credential_requests (f->other), ==, 0);
  /* Each redirect was asked once: no retry. */
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->base.mock), ==, N_CREDS * 5 * 2);
}

/* Another port on the same host is another origin too. */
static void
test_other_port (RedirectFixture *f,
                 gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(AwcMockCpts) port = awc_mock_cpts_new (dir, &error);
  g_autofree char *from = origin_of (f->base.mock);
  g_autofree char *to = origin_of (port);
  g_autofree char *expected =
    g_strdup_printf ("Redirect to another server refused (%s → %s): credentials are only sent "
                     "to the endpoint you chose", from, to);

  g_assert_no_error (error);
  use_creds (f, CREDS_TOKEN);
  awc_mock_cpts_set_token (port, TOKEN);
  awc_mock_cpts_set_redirect (f->base.mock, 307, awc_mock_cpts_get_base_url (port));
  error = fetch_error (&f->base);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (port), ==, 0);
}

/* Within the origin the request is sent again with fresh credentials:
 * the mock checks the token, or a signature over the new path. */
static void
test_same_origin (RedirectFixture *f,
                  gconstpointer    data)
{
  static const guint statuses[] = { 302, 307 };

  for (CredsKind kind = 0; kind < N_CREDS; kind++)
    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      for (guint relative = 0; relative < 2; relative++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) body = NULL;
          g_autoptr(AwcReport) report = NULL;
          g_autoptr(GListModel) cases = NULL;
          guint before = awc_mock_cpts_get_n_requests (f->base.mock);

          use_creds (f, kind);
          awc_mock_cpts_set_redirect (f->base.mock, statuses[i],
                                      relative ? NULL : awc_mock_cpts_get_base_url (f->base.mock));
          report = fetch (&f->base, "1540223", "7d1f0c2a9b", NULL, &body, &error);
          g_assert_no_error (error);
          g_assert_nonnull (report);
          g_assert_true (g_bytes_equal (body, awc_mock_cpts_get_chart_body (f->base.mock)));
          cases = list (&f->base, "cases", "48105", &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
          g_assert_null (awc_mock_cpts_get_last_refusal (f->base.mock));
          /* Two calls, each redirected once, each time with credentials. */
          g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->base.mock) - before, ==, 4);
        }
  g_assert_cmpuint (awc_mock_cpts_get_n_credential_requests (f->base.mock), ==,
                    awc_mock_cpts_get_n_requests (f->base.mock));
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->other), ==, 0);
}

static void
test_loop (RedirectFixture *f,
           gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = origin_of (f->base.mock);
  g_autofree char *expected =
    g_strdup_printf ("Too many redirects: %s redirected the request more than 5 times", from);

  awc_mock_cpts_set_fault (f->base.mock, AWC_MOCK_FAULT_REDIRECT_LOOP, -1);
  error = fetch_error (&f->base);
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (awc_mock_cpts_get_n_requests (f->base.mock), ==, AWC_CPTS_MAX_REDIRECTS + 1);
}

static GUri *
uri (const char *text)
{
  GUri *u = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, NULL);

  g_assert_nonnull (u);
  return u;
}

static void
assert_refused (const char *from,
                const char *to,
                const char *message)
{
  g_autoptr(GUri) a = uri (from);
  g_autoptr(GUri) b = uri (to);
  g_autoptr(GError) error = NULL;

  g_assert_false (_awc_cpts_redirect_allowed (a, b, &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_allowed (const char *from,
                const char *to)
{
  g_autoptr(GUri) a = uri (from);
  g_autoptr(GUri) b = uri (to);
  g_autoptr(GError) error = NULL;

  g_assert_true (_awc_cpts_redirect_allowed (a, b, &error));
  g_assert_no_error (error);
}

/* The rules where a TLS server would be needed: at the function level. */
static void
test_rules (void)
{
  assert_refused ("https://cpts.example.com/v1/x", "http://cpts.example.com/v1/y",
                  "Redirect from https to http refused (https://cpts.example.com → "
                  "http://cpts.example.com): the connection would not be encrypted");
  assert_refused ("https://cpts.example.com:8443/", "http://evil.example:80/",
                  "Redirect from https to http refused (https://cpts.example.com:8443 → "
                  "http://evil.example): the connection would not be encrypted");
  /* An upgrade to https is still another origin. */
  assert_refused ("http://cpts.example.com/", "https://cpts.example.com/",
                  "Redirect to another server refused (http://cpts.example.com → "
                  "https://cpts.example.com): credentials are only sent to the endpoint you chose");
  assert_refused ("https://cpts.example.com/", "https://cpts.example.com:444/",
                  "Redirect to another server refused (https://cpts.example.com → "
                  "https://cpts.example.com:444): credentials are only sent to the endpoint you chose");
  assert_refused ("https://cpts.example.com/", "ftp://cpts.example.com/",
                  "Redirect refused: https://cpts.example.com sent the request on to an address "
                  "that is not http or https");
  /* A control character in a hostile host is shown escaped. */
  assert_refused ("https://a.example/", "https://a%1B[2Jb.example/",
                  "Redirect to another server refused (https://a.example → "
                  "https://a%1B%5B2Jb.example): credentials are only sent to the endpoint you chose");
  assert_allowed ("https://cpts.example.com/v1/x", "https://CPTS.example.com:443/v2/y?z=1");
  assert_allowed ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/r/x");
}

static void
test_target (void)
{
  g_autoptr(GUri) from = uri ("https://cpts.example.com/v2/p/chart");
  g_autoptr(GUri) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Relative, with user info and a fragment dropped. */
  to = _awc_cpts_redirect_target (from, 302, "/r/v2/p/chart?a=1#frag", 0, &error);
  g_assert_no_error (error);
  text = g_uri_to_string (to);
  g_assert_cmpstr (text, ==, "https://cpts.example.com/r/v2/p/chart?a=1");
  g_clear_pointer (&to, g_uri_unref);
  g_clear_pointer (&text, g_free);
  to = _awc_cpts_redirect_target (from, 307, "https://user:pw@cpts.example.com/x", 0, &error);
  g_assert_no_error (error);
  text = g_uri_to_string (to);
  g_assert_cmpstr (text, ==, "https://cpts.example.com/x");
  g_clear_pointer (&to, g_uri_unref);
  g_clear_pointer (&text, g_free);
  to = _awc_cpts_redirect_target (from, 308, "https://cpts.example.com", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_uri_get_path (to), ==, "/");
  g_clear_pointer (&to, g_uri_unref);

  g_assert_null (_awc_cpts_redirect_target (from, 302, NULL, 0, &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
  g_assert_cmpstr (error->message, ==,
                   "https://cpts.example.com answered 302 without a usable Location to follow");
  g_clear_error (&error);
  g_assert_null (_awc_cpts_redirect_target (from, 301, "http://[::1", 0, &error));
  g_assert_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT);
  g_clear_error (&error);
  g_assert_null (_awc_cpts_redirect_target (from, 302, "/x", AWC_CPTS_MAX_REDIRECTS, &error));
  g_assert_cmpstr (error->message, ==,
                   "Too many redirects: https://cpts.example.com redirected the request more than 5 times");
  g_clear_error (&error);

  g_assert_true (_awc_cpts_status_is_redirect (307));
  g_assert_false (_awc_cpts_status_is_redirect (304));
  g_assert_false (_awc_cpts_status_is_redirect (300));
}

int
main (int   argc,
      char *argv[])
{
  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/awc/io/cpts-redirect/" path, RedirectFixture, NULL, redirect_setup, func, redirect_teardown)
  ADD ("cross-origin", test_cross_origin);
  ADD ("other-port", test_other_port);
  ADD ("same-origin", test_same_origin);
  ADD ("loop", test_loop);
#undef ADD
  g_test_add_func ("/awc/io/cpts-redirect/rules", test_rules);
  g_test_add_func ("/awc/io/cpts-redirect/target", test_target);
  return g_test_run ();
}
