/* awc-mock-cpts.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "awc-mock-lists.h"

G_BEGIN_DECLS

/* A CodeArts PerfTest look-alike on 127.0.0.1 (random port) for tests:
 * serves the navigation endpoints and the chart from tests/data/cpts-*.json,
 * verifies SDK-HMAC-SHA256 signatures by re-deriving the canonical request
 * from what it received (its own code, not the client's signer), checks
 * tokens, injects faults, redirects, and counts the requests that carried
 * a credential.  Paths under /r/ are served like the same path without
 * that prefix: the target of its own redirects. */

typedef enum
{
  AWC_MOCK_FAULT_NONE,
  AWC_MOCK_FAULT_401,         /* APIGW.0301 verify aksk signature fail */
  AWC_MOCK_FAULT_403,         /* {"code":"SVCSTG.CPTS.4032002", …} */
  AWC_MOCK_FAULT_404,         /* APIGW.0101 */
  AWC_MOCK_FAULT_429,         /* APIGW.0308 with the Retry-After set */
  AWC_MOCK_FAULT_500,         /* {"code":"CPTS.05001001", …} */
  AWC_MOCK_FAULT_502,         /* APIGW.0201 backend unavailable */
  AWC_MOCK_FAULT_501_STRING,  /* a bare JSON string body */
  AWC_MOCK_FAULT_HTML_500,    /* an nginx HTML error page */
  AWC_MOCK_FAULT_HTML_200,    /* 200 with an HTML login page */
  AWC_MOCK_FAULT_SLOW,        /* never answers; the client must give up */
  AWC_MOCK_FAULT_TRUNCATED,   /* Content-Length larger than sent, then close */
  AWC_MOCK_FAULT_HUGE,        /* Content-Length 300000000, nothing sent */
  AWC_MOCK_FAULT_CHUNKED,     /* the chart, chunked: no Content-Length */
  /* Bodies of the stream size (awc_mock_cpts_set_stream_size ()), written
   * as fast as the client reads them: */
  AWC_MOCK_FAULT_STREAM_CHUNKED, /* chunked */
  AWC_MOCK_FAULT_STREAM_CLOSE,   /* no length, ended by closing */
  AWC_MOCK_FAULT_GZIP_BOMB,      /* gzip-encoded zeros, Content-Length compressed */
  AWC_MOCK_FAULT_REDIRECT_LOOP,  /* 302 to the same path, forever */
} AwcMockFault;

/* Which chart ids the chart endpoint accepts (the rest get 404). */
typedef enum
{
  AWC_MOCK_MAPPING_BOTH,
  AWC_MOCK_MAPPING_TESTCASE,  /* case_run_id = testcaseId, detail_id = id */
  AWC_MOCK_MAPPING_CASE_URI,  /* case_run_id = case_uri_i, detail_id = testcaseId */
} AwcMockMapping;

typedef struct _AwcMockCpts AwcMockCpts;

AwcMockCpts  *awc_mock_cpts_new                (const char     *data_dir,
                                                GError        **error);
/* Listening on @address (an IPv4 address such as "127.0.0.2"). */
AwcMockCpts  *awc_mock_cpts_new_on             (const char     *data_dir,
                                                const char     *address,
                                                GError        **error);
void          awc_mock_cpts_free               (AwcMockCpts    *self);
/* "http://ADDRESS:PORT/" */
const char   *awc_mock_cpts_get_base_url       (AwcMockCpts    *self);
/* The credentials it accepts (one kind at a time). */
void          awc_mock_cpts_set_aksk           (AwcMockCpts    *self,
                                                const char     *access_key,
                                                const char     *secret_key,
                                                const char     *security_token);
void          awc_mock_cpts_set_token          (AwcMockCpts    *self,
                                                const char     *token);
/* @count: how many requests get the fault before normal service resumes
 * (-1: all). */
void          awc_mock_cpts_set_fault          (AwcMockCpts    *self,
                                                AwcMockFault    fault,
                                                int             count);
/* "Retry-After" value sent with 429 (NULL: none). */
void          awc_mock_cpts_set_retry_after    (AwcMockCpts    *self,
                                                const char     *value);
void          awc_mock_cpts_set_mapping        (AwcMockCpts    *self,
                                                AwcMockMapping  mapping);
/* Answers every request outside /r/ with @status (0: none) and the
 * Location @target_base_url + "r" + path (+ query); @target_base_url NULL
 * sends the relative Location "/r" + path instead. */
void          awc_mock_cpts_set_redirect       (AwcMockCpts    *self,
                                                guint           status,
                                                const char     *target_base_url);
/* Payload bytes of the streaming faults (decoded for the gzip bomb). */
void          awc_mock_cpts_set_stream_size    (AwcMockCpts    *self,
                                                guint64         bytes);
/* Payload bytes the streaming faults wrote before the end or the client
 * hung up (compressed for the gzip bomb). */
guint64       awc_mock_cpts_get_n_stream_bytes_sent (AwcMockCpts *self);
guint         awc_mock_cpts_get_n_requests     (AwcMockCpts    *self);
/* Requests that carried Authorization, X-Auth-Token, X-Security-Token,
 * X-Sdk-Date or X-Sdk-Content-Sha256. */
guint         awc_mock_cpts_get_n_credential_requests (AwcMockCpts *self);
guint         awc_mock_cpts_get_n_chart_requests (AwcMockCpts  *self);
/* Why the last request was refused (NULL when none was). */
const char   *awc_mock_cpts_get_last_refusal   (AwcMockCpts    *self);
/* The exact chart body it serves. */
GBytes       *awc_mock_cpts_get_chart_body     (AwcMockCpts    *self);
AwcMockFault  awc_mock_fault_from_string       (const char     *name);
/* Pages test-suites and all-tasks per @paging, with @n_items generated
 * projects and tasks instead of the fixtures' (0: the fixtures). */
void          awc_mock_cpts_set_paging         (AwcMockCpts    *self,
                                                AwcMockPaging   paging,
                                                guint           n_items);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AwcMockCpts, awc_mock_cpts_free)

G_END_DECLS
