/* test-signer.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "io/awc-signer.h"

#define AK "QTWAOYTTINDUT2QVKYUC"
#define SK "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
#define PID "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

/* The official example of the API signing guide (reference §5.2). */
static void
test_official_vector (void)
{
  const char *headers[] = {
    "Content-Type", "application/json",
    "Host", "service.region.example.com",
    "X-Sdk-Date", "20191115T033655Z",
    NULL,
  };
  const char *path = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
  const char *query = "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";
  g_autofree char *canonical = awc_signer_canonical_request ("GET", path, query, headers, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *sts = awc_signer_string_to_sign ("20191115T033655Z", canonical);
  g_autofree char *sig = awc_signer_signature (SK, sts);
  g_autofree char *auth = awc_signer_authorization (AK, SK, "GET", path, query, headers, NULL);

  g_assert_cmpstr (canonical, ==,
                   "GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                   "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                   "content-type:application/json\nhost:service.region.example.com\n"
                   "x-sdk-date:20191115T033655Z\n\ncontent-type;host;x-sdk-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  g_assert_cmpstr (hash, ==, "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
  g_assert_cmpstr (sts, ==, "SDK-HMAC-SHA256\n20191115T033655Z\n"
                   "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
  g_assert_cmpstr (sig, ==, "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  g_assert_cmpstr (auth, ==,
                   "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                   "SignedHeaders=content-type;host;x-sdk-date, "
                   "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
}

/* Reference §5.2 vector B: the chart endpoint. */
static void
test_cpts_chart_vector (void)
{
  const char *headers[] = {
    "Host", "cpts.cn-north-4.myhuaweicloud.com",
    "X-Sdk-Date", "20240315T080000Z",
    "Content-Type", "application/json",
    NULL,
  };
  const char *path = "/v2/" PID "/task-run-infos/123456/case-run-infos/654321/detail/7890abc/chart";
  g_autofree char *canonical = awc_signer_canonical_request ("get", path, NULL, headers, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *sts = awc_signer_string_to_sign ("20240315T080000Z", canonical);
  g_autofree char *sig = awc_signer_signature (SK, sts);

  g_assert_true (g_str_has_prefix (canonical, "GET\n/v2/" PID "/task-run-infos/123456/"
                                   "case-run-infos/654321/detail/7890abc/chart/\n\n"));
  g_assert_cmpstr (hash, ==, "07c488ae8875a42d3d74d50b7a5abd1bf37e88bd778c189331cd3fb417a403cc");
  g_assert_cmpstr (sig, ==, "dc83dc4863cdcf970594ff0f316d7179a025f04429c90c57b402557216aa2f27");
}

/* Reference §5.2 vector C: a query and a signed X-Project-Id. */
static void
test_cpts_report_vector (void)
{
  const char *headers[] = {
    "Content-Type", "application/json",
    "Host", "cpts.cn-north-4.myhuaweicloud.com",
    "X-Project-Id", PID,
    "X-Sdk-Date", "20240315T080000Z",
    NULL,
  };
  const char *path = "/v1/" PID "/task-run-infos/123456/case-run-infos/654321/reports";
  g_autofree char *canonical = awc_signer_canonical_request ("GET", path, "brokens_limit_count=100",
                                                             headers, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *auth = awc_signer_authorization (AK, SK, "GET", path, "brokens_limit_count=100",
                                                    headers, NULL);

  g_assert_cmpstr (hash, ==, "b95c839cd20a9cd700ef7ad1629caa23726cbcf53d1cadc338b899931ca06ea3");
  g_assert_cmpstr (auth, ==,
                   "SDK-HMAC-SHA256 Access=" AK ", "
                   "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                   "Signature=ed8825f33381346c00df927cca9285c2258fe64d6ba2c294c4434d23774ac0d3");
}

static void
test_canonical_parts (void)
{
  g_autofree char *root = awc_signer_canonical_uri ("");
  g_autofree char *slash = awc_signer_canonical_uri ("/a/b/");
  g_autofree char *enc = awc_signer_canonical_uri ("/a b/%7e%2fx");
  g_autofree char *q = awc_signer_canonical_query ("b=2&a=z&a=y&c&d=%20x");
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2019, 11, 15, 3, 36, 55);
  g_autofree char *date = awc_signer_format_date (dt);
  const char *headers[] = { "X-B", "  two ", "x-a", "one", NULL };
  g_autofree char *canon = awc_signer_canonical_headers (headers);
  g_autofree char *names = awc_signer_signed_headers (headers);

  g_assert_cmpstr (root, ==, "/");
  g_assert_cmpstr (slash, ==, "/a/b/");
  /* Decoded then re-encoded: ~ literal, '/' inside a segment stays %2F. */
  g_assert_cmpstr (enc, ==, "/a%20b/~%2Fx/");
  g_assert_cmpstr (q, ==, "a=y&a=z&b=2&c=&d=%20x");
  g_assert_cmpstr (date, ==, "20191115T033655Z");
  g_assert_cmpstr (canon, ==, "x-a:one\nx-b:two\n");
  g_assert_cmpstr (names, ==, "x-a;x-b");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/awc/io/signer/official-vector", test_official_vector);
  g_test_add_func ("/awc/io/signer/cpts-chart-vector", test_cpts_chart_vector);
  g_test_add_func ("/awc/io/signer/cpts-report-vector", test_cpts_report_vector);
  g_test_add_func ("/awc/io/signer/canonical-parts", test_canonical_parts);
  return g_test_run ();
}
