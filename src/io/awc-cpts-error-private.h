/* awc-cpts-error-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-cpts-error.h"

G_BEGIN_DECLS

/* The error for a non-2xx answer, from {error_code,error_msg},
 * {errorCode,errorMsg}, {code,message}, a bare string or an HTML page. */
GError *_awc_cpts_error_new_from_response (guint        status,
                                           const char  *content_type,
                                           GBytes      *body);
/* Server text reduced to one short line: trimmed, white space runs made
 * one space, other control characters escaped (awc_escape_text), capped
 * near 200 characters, HTML reduced to its <title>. */
char   *_awc_cpts_error_clean_text        (const char  *text,
                                           gssize       len);

G_END_DECLS
