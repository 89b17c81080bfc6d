/* awc-report-loader-buckets.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-report-loader-private.h"

/* result.resp_time_range: response-time bucket label → count, the counts
 * strings or numbers.  A count that is not a number at all is skipped
 * with a warning; a number that is not a whole count AW Chart can carry
 * exactly (negative, fractional, infinite, too large, or counts that add
 * up to too much) refuses the report: any total shown would be wrong. */

typedef enum
{
  COUNT_OK,
  COUNT_NOT_A_NUMBER,
  COUNT_NEGATIVE,
  COUNT_FRACTION,
  COUNT_NOT_FINITE,
  COUNT_TOO_LARGE,
} CountStatus;

static void G_GNUC_PRINTF (2, 3)
warn (GPtrArray  *warnings,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Exact: "17000000000000000001" or "1.7e19" must not go through a double,
 * which holds only 53 bits.  @text is a valid JSON number. */
static CountStatus
parse_decimal_count (const char *text,
                     gsize       len,
                     guint64    *count)
{
  const char *p = text, *end = text + len;
  GString *digits = g_string_sized_new (24);
  gint64 exponent = 0, e = 0;
  gboolean negative = FALSE, e_negative = FALSE;
  guint64 value = 0;
  CountStatus status = COUNT_OK;

  if (p < end && *p == '-')
    negative = TRUE, p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    if (digits->len > 0 || *p != '0')
      g_string_append_c (digits, *p);
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++)
      {
        if (digits->len > 0 || *p != '0')
          g_string_append_c (digits, *p);
        exponent--;
      }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        e_negative = *p++ == '-';
      /* Saturate: 1e999999999999999999 is simply too large. */
      for (; p < end && g_ascii_isdigit (*p); p++)
        e = e < 100000 ? e * 10 + (*p - '0') : e;
    }
  exponent += e_negative ? -e : e;

  /* value = digits × 10^exponent; trailing zeros move to the exponent */
  while (digits->len > 0 && digits->str[digits->len - 1] == '0')
    {
      g_string_truncate (digits, digits->len - 1);
      exponent++;
    }

  if (digits->len == 0)
    value = 0;
  else if (negative)
    status = COUNT_NEGATIVE;
  else if (exponent < 0)
    status = COUNT_FRACTION;
  else if ((gint64) digits->len + exponent > 19)
    status = COUNT_TOO_LARGE;
  else
    {
      for (gsize i = 0; i < digits->len && status == COUNT_OK; i++)
        if (!g_uint64_checked_mul (&value, value, 10) ||
            !g_uint64_checked_add (&value, value, (guint64) (digits->str[i] - '0')))
          status = COUNT_TOO_LARGE;
      for (gint64 i = 0; i < exponent && status == COUNT_OK; i++)
        if (!g_uint64_checked_mul (&value, value, 10))
          status = COUNT_TOO_LARGE;
    }
  g_string_free (digits, TRUE);

  if (status == COUNT_OK && value > AWC_BUCKET_COUNT_MAX)
    status = COUNT_TOO_LARGE;
  if (status == COUNT_OK)
    *count = value;
  return status;
}

static CountStatus
parse_string_count (const char *str,
                    guint64    *count)
{
  const char *p = str, *end;
  double ignored;

  while (g_ascii_isspace (*p))
    p++;
  end = p + strlen (p);
  while (end > p && g_ascii_isspace (end[-1]))
    end--;

  {
    const char *q = p;

    if (awc_json_parse_number (&q, end, &ignored) && q == end)
      return parse_decimal_count (p, (gsize) (end - p), count);
  }

  /* What strtod would read as infinite or not a number */
  {
    g_autofree char *word = g_ascii_strdown (p, end - p);
    const char *w = word[0] == '+' || word[0] == '-' ? word + 1 : word;

    if (g_str_equal (w, "inf") || g_str_equal (w, "infinity") || g_str_equal (w, "nan"))
      return COUNT_NOT_FINITE;
  }
  return COUNT_NOT_A_NUMBER;
}

static CountStatus
parse_node_count (JsonNode *node,
                  guint64  *count)
{
  double number;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return COUNT_NOT_A_NUMBER;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return parse_string_count (json_node_get_string (node), count);
    case G_TYPE_INT64:
      /* The scanner already refused integers beyond 64 bits. */
      if (json_node_get_int (node) < 0)
        return COUNT_NEGATIVE;
      *count = (guint64) json_node_get_int (node);
      return COUNT_OK;
    case G_TYPE_DOUBLE:
      /* A fraction or an exponent ("1.7e19", "1e400" → inf) */
      number = json_node_get_double (node);
      if (!isfinite (number))
        return COUNT_NOT_FINITE;
      if (number < 0)
        return COUNT_NEGATIVE;
      if (number != floor (number))
        return COUNT_FRACTION;
      if (number >= 0x1p63)
        return COUNT_TOO_LARGE;
      *count = (guint64) number;
      return COUNT_OK;
    default:
      return COUNT_NOT_A_NUMBER;
    }
}

/* The count as the file wrote it: "1.7e19" for a string, 1.7e+19 for a
 * number. */
static char *
describe_count (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *valid = g_utf8_make_valid (json_node_get_string (node), -1);

      if (g_utf8_strlen (valid, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (valid, 0, 40);

          return g_strdup_printf ("\"%s…\"", head);
        }
      return g_strdup_printf ("\"%s\"", valid);
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.17g", json_node_get_double (node)));
    }
  {
    const char *str = NULL;
    double number = 0;
    AwcJsonKind kind = _awc_loader_node_kind (node, &number, &str);

    return awc_json_describe (kind, str, str != NULL ? strlen (str) : 0);
  }
}

GPtrArray *
_awc_loader_load_buckets (JsonObject  *result,
                          const char  *prefix,
                          GPtrArray   *warnings,
                          GError     **error)
{
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *node = json_object_get_member (result, "resp_time_range");
  JsonObjectIter iter;
  const char *label;
  JsonNode *child;
  const char *str0 = NULL;
  double number0 = 0;
  guint64 total = 0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_steal_pointer (&buckets);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      warn (warnings, _("%sresp_time_range: skipped (expected an object, got %s)"), prefix,
            awc_json_kind_noun (_awc_loader_node_kind (node, &number0, &str0)));
      return g_steal_pointer (&buckets);
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &label, &child))
    {
      g_autofree char *what = NULL;
      g_autofree char *reason = NULL;
      guint64 count = 0;

      switch (parse_node_count (child, &count))
        {
        case COUNT_OK:
          break;
        case COUNT_NOT_A_NUMBER:
          what = describe_count (child);
          warn (warnings, _("%sresp_time_range[\"%s\"]: skipped (the count is %s, not a number)"),
                prefix, label, what);
          continue;
        case COUNT_NEGATIVE:
          reason = g_strdup (_("is negative"));
          break;
        case COUNT_FRACTION:
          reason = g_strdup (_("is not a whole number"));
          break;
        case COUNT_NOT_FINITE:
          reason = g_strdup (_("is not a finite number"));
          break;
        case COUNT_TOO_LARGE:
        default:
          reason = g_strdup_printf (_("is larger than %llu, the largest count AW Chart can carry exactly"),
                                    (unsigned long long) AWC_BUCKET_COUNT_MAX);
          break;
        }

      if (reason != NULL)
        {
          what = describe_count (child);
          g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_BUCKET,
                       _("%sresp_time_range[\"%s\"]: count %s %s"), prefix, label, what, reason);
          return NULL;
        }

      /* Every total shown (report, summary, panel, comparison) is this
       * sum, so it must fit too. */
      if (!g_uint64_checked_add (&total, total, count) || total > AWC_BUCKET_COUNT_MAX)
        {
          what = describe_count (child);
          g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_BUCKET,
                       _("%sresp_time_range[\"%s\"]: count %s takes the total of the buckets past %llu "
                         "requests, the largest total AW Chart can carry exactly"),
                       prefix, label, what, (unsigned long long) AWC_BUCKET_COUNT_MAX);
          return NULL;
        }
      g_ptr_array_add (buckets, awc_bucket_new (label, count));
    }

  return g_steal_pointer (&buckets);
}
