/* awc-json-values.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Private helpers of the report loader: reading JSON scalars straight from
 * raw bytes that awc-json-scan.c has already validated. */

typedef enum
{
  AWC_JSON_KIND_NUMBER,
  AWC_JSON_KIND_NULL,
  AWC_JSON_KIND_STRING,
  AWC_JSON_KIND_TRUE,
  AWC_JSON_KIND_FALSE,
  AWC_JSON_KIND_OBJECT,
  AWC_JSON_KIND_ARRAY,
} AwcJsonKind;

/* One element of a flat array.  @str points into the raw bytes (without
 * the quotes) and is still escaped when @str_escaped is set. */
typedef struct
{
  AwcJsonKind kind;
  double      number;
  const char *str;
  gsize       str_len;
  gboolean    str_escaped;
} AwcJsonElement;

typedef struct
{
  const char *p;
  const char *end;
} AwcJsonCursor;

/* Parses a JSON number (already validated or not) at *@p; exact for every
 * number JSON allows.  Returns FALSE when there is no valid number. */
gboolean    awc_json_parse_number      (const char   **p,
                                        const char    *end,
                                        double        *out);
/* Decodes a JSON string body (no quotes); NULL if an escape is bad. */
char       *awc_json_unescape          (const char    *str,
                                        gsize          len);

/* Occurrences of @c; a plain loop, which the compiler vectorises (and
 * which ASan does not intercept, unlike memchr). */
gsize       awc_json_count_byte        (const char    *data,
                                        gsize          len,
                                        char           c);

/* @data/@len span a whole array, brackets included. */
void        awc_json_cursor_init       (AwcJsonCursor *cursor,
                                        const char    *data,
                                        gsize          len);
gboolean    awc_json_cursor_next       (AwcJsonCursor *cursor,
                                        AwcJsonElement *element);

/* "a string (\"abc\")", "true", "an object": for error messages. */
char       *awc_json_describe          (AwcJsonKind    kind,
                                        const char    *str,
                                        gsize          len);
const char *awc_json_kind_noun         (AwcJsonKind    kind);
/* Sets BAD_SERIES: "PATH[I]: expected a number, got …". */
void        awc_json_set_number_error  (GError       **error,
                                        const char    *path,
                                        guint          index,
                                        AwcJsonKind    kind,
                                        const char    *str,
                                        gsize          len);

/* Reads a flat array of numbers and nulls (NaN) into a new GArray of
 * double; checks @cancellable every few thousand elements. */
GArray     *awc_json_parse_number_array (const char    *data,
                                         gsize          len,
                                         const char    *path,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
