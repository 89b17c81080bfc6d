/* awc-json-values.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-json-values.h"
#include "awc-report-loader.h"

#define CANCEL_CHECK_MASK 4095u

/* Powers of ten that are exact as doubles. */
static const double exact_pow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_ws (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

gboolean
awc_json_parse_number (const char **pp,
                       const char  *end,
                       double      *out)
{
  const char *p = *pp;
  const char *start = p;
  gboolean negative = FALSE;
  gboolean fast = TRUE;
  guint64 mantissa = 0;
  guint n_digits = 0;
  int exp10 = 0;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (p >= end || !is_digit (*p))
    return FALSE;

  if (*p == '0')
    p++;
  else
    for (; p < end && is_digit (*p); p++)
      {
        if (n_digits++ < 19)
          mantissa = mantissa * 10 + (guint64) (*p - '0');
        else
          fast = FALSE;
      }

  if (p < end && *p == '.')
    {
      p++;
      if (p >= end || !is_digit (*p))
        return FALSE;
      for (; p < end && is_digit (*p); p++)
        {
          if (n_digits++ < 19)
            {
              mantissa = mantissa * 10 + (guint64) (*p - '0');
              exp10--;
            }
          else
            fast = FALSE;
        }
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean exp_negative = FALSE;
      int e = 0;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        exp_negative = *p++ == '-';
      if (p >= end || !is_digit (*p))
        return FALSE;
      for (; p < end && is_digit (*p); p++)
        if (e < 100000)
          e = e * 10 + (*p - '0');
      exp10 += exp_negative ? -e : e;
    }

  /* Clinger's fast path: an exact mantissa times an exact power of ten
   * rounds once, so the result is the correctly rounded value. */
  if (fast && mantissa <= (G_GUINT64_CONSTANT (1) << 53) && exp10 >= -22 && exp10 <= 22)
    {
      double v = (double) mantissa;

      v = exp10 < 0 ? v / exact_pow10[-exp10] : v * exact_pow10[exp10];
      *out = negative ? -v : v;
    }
  else
    {
      char buf[64];
      g_autofree char *heap = NULL;
      gsize len = (gsize) (p - start);
      char *text = buf;

      if (len >= sizeof buf)
        text = heap = g_malloc (len + 1);
      memcpy (text, start, len);
      text[len] = '\0';
      *out = g_ascii_strtod (text, NULL);
    }

  *pp = p;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *out)
{
  gunichar v = 0;

  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);

      if (h < 0)
        return FALSE;
      v = (v << 4) | (gunichar) h;
    }
  *out = v;
  return TRUE;
}

char *
awc_json_unescape (const char *str,
                   gsize       len)
{
  g_autoptr(GString) out = g_string_sized_new (len);
  const char *p = str;
  const char *end = str + len;

  while (p < end)
    {
      gunichar u, lo;

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (++p >= end)
        return NULL;
      switch (*p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          if (!read_hex4 (p, end, &u))
            return NULL;
          p += 4;
          /* A surrogate pair makes one character; a lone half becomes U+FFFD. */
          if (u >= 0xd800 && u < 0xdc00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
              read_hex4 (p + 2, end, &lo) && lo >= 0xdc00 && lo < 0xe000)
            {
              u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
              p += 6;
            }
          else if (u >= 0xd800 && u < 0xe000)
            u = 0xfffd;
          g_string_append_unichar (out, u);
          break;
        default:
          return NULL;
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

gsize
awc_json_count_byte (const char *data,
                     gsize       len,
                     char        c)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    n += data[i] == c;
  return n;
}

void
awc_json_cursor_init (AwcJsonCursor *cursor,
                      const char    *data,
                      gsize          len)
{
  g_assert (len >= 2 && data[0] == '[' && data[len - 1] == ']');

  cursor->p = data + 1;
  cursor->end = data + len - 1;
}

static inline gboolean
cursor_next (AwcJsonCursor  *cursor,
             AwcJsonElement *element)
{
  const char *p = cursor->p;
  const char *end = cursor->end;

  while (p < end && (is_ws (*p) || *p == ','))
    p++;
  if (p >= end)
    {
      cursor->p = end;
      return FALSE;
    }

  element->str = NULL;
  element->str_len = 0;
  element->str_escaped = FALSE;
  switch (*p)
    {
    case '"':
      element->kind = AWC_JSON_KIND_STRING;
      element->str = ++p;
      element->str_escaped = FALSE;
      while (p < end && *p != '"')
        {
          if (*p == '\\')
            {
              element->str_escaped = TRUE;
              p++;
            }
          p++;
        }
      element->str_len = (gsize) (MIN (p, end) - element->str);
      p++;
      break;
    case 'n':
      element->kind = AWC_JSON_KIND_NULL;
      p += 4;
      break;
    case 't':
      element->kind = AWC_JSON_KIND_TRUE;
      p += 4;
      break;
    case 'f':
      element->kind = AWC_JSON_KIND_FALSE;
      p += 5;
      break;
    case '{':
    case '[':
      /* The scanner only hands over flat arrays; stop here anyway. */
      element->kind = *p == '{' ? AWC_JSON_KIND_OBJECT : AWC_JSON_KIND_ARRAY;
      p = end;
      break;
    default:
      element->kind = AWC_JSON_KIND_NUMBER;
      if (!awc_json_parse_number (&p, end, &element->number))
        {
          /* Not reached for validated input: report it as a string. */
          element->kind = AWC_JSON_KIND_STRING;
          element->str = p;
          element->str_len = 1;
          element->str_escaped = FALSE;
          p = end;
        }
      break;
    }

  cursor->p = MIN (p, end);
  return TRUE;
}

gboolean
awc_json_cursor_next (AwcJsonCursor  *cursor,
                      AwcJsonElement *element)
{
  return cursor_next (cursor, element);
}

const char *
awc_json_kind_noun (AwcJsonKind kind)
{
  switch (kind)
    {
    case AWC_JSON_KIND_NUMBER: return _("a number");
    case AWC_JSON_KIND_NULL: return _("null");
    case AWC_JSON_KIND_STRING: return _("a string");
    case AWC_JSON_KIND_TRUE: return _("true");
    case AWC_JSON_KIND_FALSE: return _("false");
    case AWC_JSON_KIND_OBJECT: return _("an object");
    case AWC_JSON_KIND_ARRAY: return _("an array");
    default: g_assert_not_reached ();
    }
}

char *
awc_json_describe (AwcJsonKind  kind,
                   const char  *str,
                   gsize        len)
{
  g_autofree char *valid = NULL;
  g_autofree char *shown = NULL;
  glong n_chars;

  if (kind != AWC_JSON_KIND_STRING)
    return g_strdup (awc_json_kind_noun (kind));

  valid = g_utf8_make_valid (str, (gssize) len);
  n_chars = g_utf8_strlen (valid, -1);
  if (n_chars > 40)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, 40);

      shown = g_strconcat (head, "…", NULL);
    }
  else
    shown = g_steal_pointer (&valid);

  return g_strdup_printf (_("a string (\"%s\")"), shown);
}

void
awc_json_set_number_error (GError     **error,
                           const char  *path,
                           guint        index,
                           AwcJsonKind  kind,
                           const char  *str,
                           gsize        len)
{
  g_autofree char *unescaped = NULL;
  g_autofree char *what = NULL;

  if (kind == AWC_JSON_KIND_STRING && memchr (str, '\\', len) != NULL &&
      (unescaped = awc_json_unescape (str, len)) != NULL)
    {
      str = unescaped;
      len = strlen (unescaped);
    }
  what = awc_json_describe (kind, str, len);
  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_BAD_SERIES,
               _("%s[%u]: expected a number, got %s"), path, index, what);
}

GArray *
awc_json_parse_number_array (const char    *data,
                             gsize          len,
                             const char    *path,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GArray) values = NULL;
  AwcJsonCursor cursor;
  AwcJsonElement element;
  guint i = 0;

  /* Counting commas first sizes the array once instead of doubling. */
  values = g_array_sized_new (FALSE, FALSE, sizeof (double),
                              (guint) awc_json_count_byte (data, len, ',') + 1);

  awc_json_cursor_init (&cursor, data, len);
  for (i = 0; cursor_next (&cursor, &element); i++)
    {
      double v;

      if ((i & CANCEL_CHECK_MASK) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (element.kind == AWC_JSON_KIND_NUMBER)
        v = element.number;
      else if (element.kind == AWC_JSON_KIND_NULL)
        v = NAN;
      else
        {
          awc_json_set_number_error (error, path, i, element.kind, element.str, element.str_len);
          return NULL;
        }
      g_array_append_val (values, v);
    }

  return g_steal_pointer (&values);
}
