/* awc-json-scan.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-json-scan.h"
#include "awc-json-values.h"
#include "awc-report-loader.h"

#define CANCEL_CHECK_BYTES (1u << 20)

typedef struct
{
  char        type;         /* '{' or '[' */
  gboolean    flat;         /* array holding no container */
  guint       index;        /* current element of an array */
  gsize       start;        /* offset of the opening bracket */
  const char *key;          /* current member name of an object (raw) */
  gsize       key_len;
  gboolean    key_escaped;
} Frame;

typedef struct
{
  const char   *data;
  const char   *p;
  const char   *end;
  guint         line;
  const char   *line_start;
  Frame        *frames;
  guint         depth;
  gsize         min_range_len;
  AwcJsonScan  *scan;
} Scanner;

typedef enum
{
  STATE_VALUE,
  STATE_KEY,
  STATE_AFTER_VALUE,
} State;

static inline gboolean
is_ws (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static inline void
skip_ws (Scanner *s)
{
  const char *p = s->p;

  while (p < s->end && is_ws (*p))
    {
      if (*p == '\n')
        {
          s->line++;
          s->line_start = p + 1;
        }
      p++;
    }
  s->p = p;
}

static gboolean
fail_truncated (Scanner  *s,
                GError  **error)
{
  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TRUNCATED,
               _("the JSON ends too early (truncated body?) at line %u"), s->line);
  return FALSE;
}

static gboolean
fail_syntax (Scanner     *s,
             const char  *what,
             GError     **error)
{
  guint column = (guint) (s->p - s->line_start) + 1;
  g_autofree char *shown = NULL;
  guchar c;

  if (s->p >= s->end)
    return fail_truncated (s, error);

  c = (guchar) *s->p;
  if (c >= 0x20 && c < 0x7f)
    shown = g_strdup_printf ("'%c'", c);
  else
    shown = g_strdup_printf (_("byte 0x%02x"), c);

  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_JSON,
               _("not JSON: %s %s at line %u, column %u"), what, shown, s->line, column);
  return FALSE;
}

static gboolean
scan_string (Scanner     *s,
             const char **out_start,
             gsize       *out_len,
             gboolean    *out_escaped,
             GError     **error)
{
  const char *p = s->p + 1;
  const char *start = p;
  const char *end = s->end;
  gboolean escaped = FALSE;
  guchar high = 0;

  for (;;)
    {
      guchar c;

      if (p >= end)
        return fail_truncated (s, error);
      c = (guchar) *p;
      if (c == '"')
        break;
      if (c < 0x20)
        {
          s->p = p;
          return fail_syntax (s, _("control character in a string:"), error);
        }
      if (c == '\\')
        {
          escaped = TRUE;
          if (++p >= end)
            return fail_truncated (s, error);
          if (*p == 'u')
            {
              guint unit = 0;

              for (guint i = 1; i <= 4; i++)
                {
                  if (p + i >= end)
                    return fail_truncated (s, error);
                  if (!g_ascii_isxdigit (p[i]))
                    {
                      s->p = p + i;
                      return fail_syntax (s, _("bad \\u escape:"), error);
                    }
                  unit = (unit << 4) | (guint) g_ascii_xdigit_value (p[i]);
                }
              p += 4;

              /* Lone UTF-16 surrogates are no text; json-glib mangles or
               * rejects them depending on what follows, so refuse them. */
              if (unit >= 0xdc00 && unit < 0xe000)
                {
                  s->p = p - 5;
                  return fail_syntax (s, _("lone UTF-16 surrogate in a string:"), error);
                }
              if (unit >= 0xd800 && unit < 0xdc00)
                {
                  guint low = 0;

                  if (end - p < 7 || p[1] != '\\' || p[2] != 'u')
                    {
                      s->p = p - 5;
                      return fail_syntax (s, _("lone UTF-16 surrogate in a string:"), error);
                    }
                  for (guint i = 3; i <= 6; i++)
                    low = (low << 4) | (guint) MAX (g_ascii_xdigit_value (p[i]), 0);
                  if (low < 0xdc00 || low >= 0xe000)
                    {
                      s->p = p - 5;
                      return fail_syntax (s, _("lone UTF-16 surrogate in a string:"), error);
                    }
                  for (guint i = 3; i <= 6; i++)
                    if (!g_ascii_isxdigit (p[i]))
                      {
                        s->p = p + i;
                        return fail_syntax (s, _("bad \\u escape:"), error);
                      }
                  p += 6;
                }
            }
          else if (*p != '"' && *p != '\\' && *p != '/' && *p != 'b' && *p != 'f' &&
                   *p != 'n' && *p != 'r' && *p != 't')
            {
              s->p = p;
              return fail_syntax (s, _("bad escape"), error);
            }
        }
      high |= c;
      p++;
    }

  if ((high & 0x80) && !g_utf8_validate (start, p - start, NULL))
    {
      s->p = start - 1;
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_NOT_JSON,
                   _("not JSON: a string that is not valid UTF-8 at line %u"), s->line);
      return FALSE;
    }

  if (out_start != NULL)
    {
      *out_start = start;
      *out_len = (gsize) (p - start);
      *out_escaped = escaped;
    }
  s->p = p + 1;
  return TRUE;
}

/* json-glib reads integers as gint64 and silently wraps beyond that
 * (99999999999999999999 becomes -1): refuse them rather than show wrong
 * values.  @p is the end of the integer part. */
static gboolean
check_integer_range (Scanner     *s,
                     const char  *p,
                     GError     **error)
{
  const char *start = s->p;
  gboolean negative = *start == '-';
  const char *digits = negative ? start + 1 : start;
  gsize n = (gsize) (p - digits);
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";
  char *shown;

  if (n < 19)
    return TRUE;
  /* A fraction or an exponent makes it a double for json-glib too. */
  if (p < s->end && (*p == '.' || *p == 'e' || *p == 'E'))
    return TRUE;
  if (n == 19 && memcmp (digits, limit, 19) <= 0)
    return TRUE;

  /* Not g_autofree: this runs for every number, and freeing NULL is a
   * call (an expensive one under ASan). */
  shown = g_strndup (start, MIN ((gsize) (p - start), 40));
  g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE,
               _("the integer %s%s at line %u, column %u does not fit in 64 bits"),
               shown, (gsize) (p - start) > 40 ? "…" : "", s->line,
               (guint) (start - s->line_start) + 1);
  g_free (shown);
  return FALSE;
}

/* One digit or more at *@pp (else fails there); moves *@pp past them. */
static gboolean
scan_digits (Scanner     *s,
             const char **pp,
             GError     **error)
{
  const char *p = *pp;

  if (p >= s->end)
    return fail_truncated (s, error);
  if (!is_digit (*p))
    {
      s->p = p;
      return fail_syntax (s, _("unexpected"), error);
    }
  while (p < s->end && is_digit (*p))
    p++;
  *pp = p;
  return TRUE;
}

static gboolean
scan_number (Scanner  *s,
             GError  **error)
{
  const char *p = s->p;
  const char *end = s->end;

  if (p < end && *p == '-')
    p++;
  /* No leading zeros: a 0 stands alone. */
  if (p < end && *p == '0')
    p++;
  else if (!scan_digits (s, &p, error))
    return FALSE;
  if (!check_integer_range (s, p, error))
    return FALSE;
  if (p < end && *p == '.')
    {
      p++;
      if (!scan_digits (s, &p, error))
        return FALSE;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (!scan_digits (s, &p, error))
        return FALSE;
    }
  s->p = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner     *s,
              const char  *word,
              GError     **error)
{
  gsize avail = (gsize) (s->end - s->p);
  gsize n;

  /* No strlen/memcmp: ASan intercepts them, and literals are frequent. */
  for (n = 0; word[n] != '\0'; n++)
    {
      if (n >= avail)
        return fail_truncated (s, error);
      if (s->p[n] != word[n])
        return fail_syntax (s, _("unexpected"), error);
    }
  s->p += n;
  return TRUE;
}

static char *
build_path (Scanner *s)
{
  GString *path = g_string_new (NULL);

  /* Frame k sits inside frame k-1: its name there is the parent's
   * current key or index. */
  for (guint k = 1; k < s->depth; k++)
    {
      const Frame *parent = &s->frames[k - 1];

      if (parent->type == '[')
        g_string_append_printf (path, "[%u]", parent->index);
      else
        {
          g_autofree char *key = NULL;

          if (path->len > 0)
            g_string_append_c (path, '.');
          if (parent->key_escaped && (key = awc_json_unescape (parent->key, parent->key_len)) != NULL)
            g_string_append (path, key);
          else
            g_string_append_len (path, parent->key, (gssize) parent->key_len);
        }
    }

  return g_string_free (path, FALSE);
}

static void
close_array (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  gsize end = (gsize) (s->p - s->data);

  if (frame->flat && end - frame->start >= s->min_range_len && end - frame->start >= 2)
    {
      AwcJsonRange range = { frame->start, end - frame->start, build_path (s) };

      g_array_append_val (s->scan->ranges, range);
    }
}

static gboolean
push (Scanner  *s,
      char      type,
      GError  **error)
{
  Frame *frame;

  if (s->depth >= AWC_JSON_MAX_DEPTH)
    {
      g_set_error (error, AWC_REPORT_ERROR, AWC_REPORT_ERROR_TOO_LARGE,
                   _("the JSON nests deeper than %u levels at line %u"),
                   AWC_JSON_MAX_DEPTH, s->line);
      return FALSE;
    }
  if (s->depth > 0)
    s->frames[s->depth - 1].flat = FALSE;

  frame = &s->frames[s->depth++];
  memset (frame, 0, sizeof *frame);
  frame->type = type;
  frame->flat = type == '[';
  frame->start = (gsize) (s->p - s->data);
  s->p++;
  return TRUE;
}

static void
build_compact (Scanner *s,
               gsize    len)
{
  AwcJsonScan *scan = s->scan;
  GString *out = g_string_sized_new (1024);
  gsize pos = 0;

  for (guint i = 0; i < scan->ranges->len; i++)
    {
      const AwcJsonRange *range = &g_array_index (scan->ranges, AwcJsonRange, i);
      gsize n_lines = awc_json_count_byte (s->data + range->offset, range->len, '\n');

      g_string_append_len (out, s->data + pos, (gssize) (range->offset - pos));
      g_string_append_printf (out, "[\"" AWC_JSON_BLANK_MARKER_ESCAPED "\",%u]", i);
      for (gsize k = 0; k < n_lines; k++)
        g_string_append_c (out, '\n');
      pos = range->offset + range->len;
    }
  g_string_append_len (out, s->data + pos, (gssize) (len - pos));

  scan->compact_len = out->len;
  scan->compact = g_string_free (out, FALSE);
}

static void
clear_range (gpointer data)
{
  AwcJsonRange *range = data;

  g_clear_pointer (&range->path, g_free);
}

gboolean
awc_json_scan (const char    *data,
               gsize          len,
               gsize          min_range_len,
               AwcJsonScan   *scan,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree Frame *frames = g_new (Frame, AWC_JSON_MAX_DEPTH);
  Scanner s = { data, data, data + len, 1, data, frames, 0, min_range_len, scan };
  const char *next_check = data + CANCEL_CHECK_BYTES;
  State state = STATE_VALUE;

  memset (scan, 0, sizeof *scan);
  scan->ranges = g_array_new (FALSE, FALSE, sizeof (AwcJsonRange));
  g_array_set_clear_func (scan->ranges, clear_range);

  for (;;)
    {
      Frame *top;

      skip_ws (&s);

      if (G_UNLIKELY (s.p >= next_check))
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto failed;
          next_check = s.p + CANCEL_CHECK_BYTES;
        }

      if (state == STATE_VALUE)
        {
          if (s.p >= s.end)
            {
              fail_truncated (&s, error);
              goto failed;
            }
          switch (*s.p)
            {
            case '{':
              if (!push (&s, '{', error))
                goto failed;
              skip_ws (&s);
              if (s.p < s.end && *s.p == '}')
                {
                  s.p++;
                  s.depth--;
                  state = STATE_AFTER_VALUE;
                }
              else
                state = STATE_KEY;
              continue;
            case '[':
              if (!push (&s, '[', error))
                goto failed;
              skip_ws (&s);
              if (s.p < s.end && *s.p == ']')
                {
                  s.p++;
                  s.depth--;
                  state = STATE_AFTER_VALUE;
                }
              continue;
            case '"':
              if (!scan_string (&s, NULL, NULL, NULL, error))
                goto failed;
              break;
            case 't':
              if (!scan_literal (&s, "true", error))
                goto failed;
              break;
            case 'f':
              if (!scan_literal (&s, "false", error))
                goto failed;
              break;
            case 'n':
              if (!scan_literal (&s, "null", error))
                goto failed;
              break;
            default:
              if (!scan_number (&s, error))
                goto failed;
              break;
            }
          state = STATE_AFTER_VALUE;
          continue;
        }

      if (state == STATE_KEY)
        {
          top = &s.frames[s.depth - 1];
          if (s.p >= s.end)
            {
              fail_truncated (&s, error);
              goto failed;
            }
          if (*s.p != '"')
            {
              fail_syntax (&s, _("expected a member name, got"), error);
              goto failed;
            }
          if (!scan_string (&s, &top->key, &top->key_len, &top->key_escaped, error))
            goto failed;
          skip_ws (&s);
          if (s.p >= s.end || *s.p != ':')
            {
              fail_syntax (&s, _("expected ':', got"), error);
              goto failed;
            }
          s.p++;
          state = STATE_VALUE;
          continue;
        }

      /* STATE_AFTER_VALUE */
      if (s.depth == 0)
        {
          if (s.p < s.end)
            {
              fail_syntax (&s, _("unexpected data after the JSON value:"), error);
              goto failed;
            }
          break;
        }
      if (s.p >= s.end)
        {
          fail_truncated (&s, error);
          goto failed;
        }
      top = &s.frames[s.depth - 1];
      if (*s.p == ',')
        {
          s.p++;
          if (top->type == '{')
            state = STATE_KEY;
          else
            {
              top->index++;
              state = STATE_VALUE;
            }
        }
      else if (*s.p == '}' && top->type == '{')
        {
          s.p++;
          s.depth--;
        }
      else if (*s.p == ']' && top->type == '[')
        {
          s.p++;
          close_array (&s);
          s.depth--;
        }
      else
        {
          fail_syntax (&s, _("expected ',' or the end of the container, got"), error);
          goto failed;
        }
    }

  if (scan->ranges->len > 0)
    build_compact (&s, len);
  return TRUE;

failed:
  awc_json_scan_clear (scan);
  return FALSE;
}

void
awc_json_scan_clear (AwcJsonScan *scan)
{
  g_clear_pointer (&scan->ranges, g_array_unref);
  g_clear_pointer (&scan->compact, g_free);
  scan->compact_len = 0;
}
