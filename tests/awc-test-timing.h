/* awc-test-timing.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time budgets in tests hold for a normal build; sanitizers and valgrind
 * slow everything down by an order of magnitude, so budgets scale. */
#pragma once

#include <glib.h>

#if defined(__SANITIZE_ADDRESS__)
# define AWC_TEST_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define AWC_TEST_SANITIZED 1
# endif
#endif

static inline gint64
awc_test_time_factor (void)
{
  if (g_getenv ("AWC_UNDER_VALGRIND") != NULL)
    return 30;
#ifdef AWC_TEST_SANITIZED
  return 10;
#else
  return 1;
#endif
}
