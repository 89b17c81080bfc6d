/* awc-cpts-error.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define AWC_CPTS_ERROR (awc_cpts_error_quark ())

/* Messages are one sentence for the user: the HTTP status, the server's
 * code and message, e.g. "Authentication failed (401 APIGW.0301): verify
 * aksk signature fail".  They never hold a secret. */
typedef enum
{
  AWC_CPTS_ERROR_INVALID_ARGUMENT, /* bad id, region or endpoint */
  AWC_CPTS_ERROR_NO_CREDENTIALS,   /* nothing in the environment / dialog */
  AWC_CPTS_ERROR_AUTH,             /* HTTP 401 */
  AWC_CPTS_ERROR_PERMISSION,       /* HTTP 403 */
  AWC_CPTS_ERROR_NOT_FOUND,        /* HTTP 404 */
  AWC_CPTS_ERROR_THROTTLED,        /* HTTP 429 after the retries */
  AWC_CPTS_ERROR_SERVER,           /* HTTP 5xx */
  AWC_CPTS_ERROR_HTTP,             /* any other non-2xx status */
  AWC_CPTS_ERROR_TIMEOUT,          /* the total timeout fired */
  AWC_CPTS_ERROR_NETWORK,          /* connection, DNS, TLS */
  AWC_CPTS_ERROR_TOO_LARGE,        /* body over the size limit */
  AWC_CPTS_ERROR_TRUNCATED,        /* body shorter than announced */
  AWC_CPTS_ERROR_BAD_RESPONSE,     /* 2xx but not the JSON expected */
  AWC_CPTS_ERROR_REDIRECT,         /* a redirect not followed (other origin, too many) */
} AwcCptsError;

GQuark awc_cpts_error_quark (void);

G_END_DECLS
