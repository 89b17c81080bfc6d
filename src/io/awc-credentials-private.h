/* awc-credentials-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-credentials.h"

/* Code outside src/io uses the public awc_credentials_peek_field (). */
#ifndef AWC_IO_COMPILATION
#error "awc-credentials-private.h is for src/io only"
#endif

G_BEGIN_DECLS

/* Borrowed secrets, for the request signer only.  Never log them. */
const char *_awc_credentials_peek_access_key     (AwcCredentials *self);
const char *_awc_credentials_peek_secret_key     (AwcCredentials *self);
const char *_awc_credentials_peek_security_token (AwcCredentials *self);
const char *_awc_credentials_peek_token          (AwcCredentials *self);
/* Overwrites and frees a string that held a secret. */
void        _awc_secret_free                     (char           *secret);

G_END_DECLS
