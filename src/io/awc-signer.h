/* awc-signer.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SDK-HMAC-SHA256 request signing (Huawei Cloud API gateway), pure
 * functions with no network code.  @headers is a NULL-terminated array of
 * name/value pairs ("Host", "example.com", "X-Sdk-Date", "…", NULL); every
 * header in it is signed.  @query is the raw query string without '?'
 * (NULL or "" for none). */

#define AWC_SIGNER_ALGORITHM "SDK-HMAC-SHA256"

char *awc_signer_format_date         (GDateTime          *utc);
char *awc_signer_canonical_uri       (const char         *path);
char *awc_signer_canonical_query     (const char         *query);
char *awc_signer_canonical_headers   (const char * const *headers);
char *awc_signer_signed_headers      (const char * const *headers);
/* @body may be NULL (empty body). */
char *awc_signer_canonical_request   (const char         *method,
                                      const char         *path,
                                      const char         *query,
                                      const char * const *headers,
                                      GBytes             *body);
char *awc_signer_string_to_sign      (const char         *sdk_date,
                                      const char         *canonical_request);
char *awc_signer_signature           (const char         *secret_key,
                                      const char         *string_to_sign);
/* The Authorization header value.  @headers must hold X-Sdk-Date. */
char *awc_signer_authorization       (const char         *access_key,
                                      const char         *secret_key,
                                      const char         *method,
                                      const char         *path,
                                      const char         *query,
                                      const char * const *headers,
                                      GBytes             *body);

G_END_DECLS
