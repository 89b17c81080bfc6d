/* awc-cli-output.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the summary commands (one report, and A/B) share: JSON members
 * that turn NaN and NULL into null, the pretty JSON text, and writing the
 * result to standard output. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "awc-cli-private.h"
#include "awc-util.h"

/* NaN and infinities are not JSON numbers: they become null. */
void
_awc_cli_json_add_number (JsonBuilder *builder,
                          const char  *name,
                          double       value)
{
  json_builder_set_member_name (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_awc_cli_json_add_string (JsonBuilder *builder,
                          const char  *name,
                          const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_awc_cli_json_add_int (JsonBuilder *builder,
                       const char  *name,
                       gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
_awc_cli_json_add_boolean (JsonBuilder *builder,
                           const char  *name,
                           gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

char *
_awc_cli_json_to_data (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* The last guard before the terminal: whatever a command put together
 * from a report, only its own newlines and tabs stay raw. */
static char *
escape_output (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      gsize n = strcspn (p, "\n\t");

      awc_escape_text_append (out, p, n);
      p += n;
      if (*p != '\0')
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* json-glib escapes C0 controls but leaves DEL and C1 (U+009B is a CSI
 * for some terminals) raw; they can only be inside strings, where \u00NN
 * says the same. */
static char *
escape_json (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == 0x7f)
        g_string_append (out, "\\u007f");
      else if (c == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] < 0xa0)
        g_string_append_printf (out, "\\u%04x", (guchar) *++p);
      else
        g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

int
_awc_cli_print_output (const char *text,
                       gboolean    json)
{
  g_autofree char *safe = json ? escape_json (text) : escape_output (text);

  /* Raw UTF-8: g_print () would recode to the locale's charset. */
  fputs (safe != NULL ? safe : text, stdout);
  if (json)
    fputc ('\n', stdout);
  if (fflush (stdout) != 0)
    {
      _awc_cli_print_error (NULL, _("Could not write to standard output"));
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
