/* fuzz-cpts-error.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-target.h"
#include "io/awc-cpts-error-private.h"

/* The body of a non-2xx answer: JSON with a code and a message, a bare
 * string, an HTML page or anything else.  The first byte picks the HTTP
 * status, the rest is the body.  Whatever the server sends, the error is
 * one line of valid UTF-8 without control characters. */

static void
assert_one_clean_line (const char *text)
{
  g_assert (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    g_assert (!g_unichar_iscntrl (g_utf8_get_char (p)));
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_target_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const guint statuses[] = { 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504, 599, 302, 0 };
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = NULL;
  guint status;

  if (size == 0)
    return 0;
  status = statuses[data[0] % G_N_ELEMENTS (statuses)];
  body = g_bytes_new_static (data + 1, size - 1);

  error = _awc_cpts_error_new_from_response (status, "application/json", body);
  g_assert_nonnull (error);
  g_assert (error->domain == AWC_CPTS_ERROR);
  assert_one_clean_line (error->message);

  clean = _awc_cpts_error_clean_text ((const char *) data + 1, size - 1);
  assert_one_clean_line (clean);
  return 0;
}
