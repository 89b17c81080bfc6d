/* awc-mock-lists.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the mock reads the offset query parameter of the paged lists
 * (test-suites, all-tasks). */
typedef enum
{
  AWC_MOCK_PAGING_NONE,   /* ignores offset and limit: the whole list */
  AWC_MOCK_PAGING_PAGE,   /* offset = page number from 1 (0 reads as 1) */
  AWC_MOCK_PAGING_INDEX,  /* offset = item index from 0 */
} AwcMockPaging;

/* The body of a list answer: the fixture @path with its array @key
 * replaced by @n_generated generated projects or tasks (when not 0),
 * then cut to the page that @query (offset, limit) names under @paging.
 * NULL when the fixture cannot be read. */
char *awc_mock_lists_body (const char    *path,
                           const char    *key,
                           guint          n_generated,
                           AwcMockPaging  paging,
                           GHashTable    *query);

G_END_DECLS
