/* fuzz-bucket-label.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "fuzz-target.h"
#include "model/awc-bucket.h"

/* A response-time bucket label ("0~50ms", "500ms~1s", ">5s", "0-100").
 * A parsed label gives 0 <= lower <= upper, and every label gives a
 * readable range text. */

static int
sign (int v)
{
  return (v > 0) - (v < 0);
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
  g_autofree char *label = fuzz_target_strdup (data, size);
  g_autoptr(AwcBucket) bucket = NULL;
  g_autoptr(AwcBucket) other = NULL;
  g_autofree char *text = NULL;
  double lower, upper;
  gboolean parsed = awc_bucket_parse_label (label, &lower, &upper);

  if (parsed)
    {
      g_assert (!isnan (lower) && !isnan (upper));
      g_assert (lower >= 0 && isfinite (lower));
      g_assert (lower <= upper);
    }
  else
    g_assert (isnan (lower) && isnan (upper));

  bucket = awc_bucket_new (label, 1);
  g_assert (awc_bucket_get_parsed (bucket) == parsed);
  text = awc_bucket_dup_range_text (bucket);
  g_assert_nonnull (text);

  other = awc_bucket_new ("50~200ms", 1);
  g_assert_cmpint (sign (awc_bucket_compare (bucket, other, NULL)), ==,
                   -sign (awc_bucket_compare (other, bucket, NULL)));
  g_assert_cmpint (awc_bucket_compare (bucket, bucket, NULL), ==, 0);
  return 0;
}
