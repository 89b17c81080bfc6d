/* awc-mock-auth.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* What the mock CodeArts PerfTest server checks of a request's
 * credentials, written apart from the client's code. */

/* The SDK-HMAC-SHA256 signature @msg should carry for @signed_headers
 * ("content-type;host;…") and the secret key @sk. */
char     *awc_mock_expected_signature (SoupServerMessage *msg,
                                       const char        *signed_headers,
                                       const char        *sk);
/* TRUE when @msg carries Authorization, X-Auth-Token, X-Security-Token,
 * X-Sdk-Date or X-Sdk-Content-Sha256. */
gboolean  awc_mock_has_credential     (SoupServerMessage *msg);

G_END_DECLS
