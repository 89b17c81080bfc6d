/* awc-threshold.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threshold rules: SERIES OP NUMBER [UNIT], OP one of "<=", ">=" (also
 * "≤", "≥").  The unit is only checked for spelling here; whether it fits
 * the series is known once the series is (awc_threshold_resolve()). */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "awc-threshold.h"

G_DEFINE_QUARK (awc-threshold-error-quark, awc_threshold_error)

/* Units as awc_unit_format_value() prints them, with their factor to the
 * series' own scale and the series units they fit. */
static const struct
{
  const char *symbol;
  double      factor;
  AwcUnit     unit;
} units[] = {
  { "ms", 1, AWC_UNIT_MILLISECONDS },
  { "s", 1000, AWC_UNIT_MILLISECONDS },
  { "/s", 1, AWC_UNIT_PER_SECOND },
  { "B/s", 1, AWC_UNIT_BYTES_PER_SECOND },
  { "kB/s", 1e3, AWC_UNIT_BYTES_PER_SECOND },
  { "MB/s", 1e6, AWC_UNIT_BYTES_PER_SECOND },
  { "GB/s", 1e9, AWC_UNIT_BYTES_PER_SECOND },
  { "pkt/s", 1, AWC_UNIT_PACKETS_PER_SECOND },
  { "users", 1, AWC_UNIT_USERS },
  /* The error rate */
  { "%", 1, AWC_UNIT_PERCENT },
};

static int
find_unit (const char *symbol)
{
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (symbol, units[i].symbol) == 0)
      return i;
  return -1;
}

AwcThreshold *
awc_threshold_new (const char     *series,
                   AwcThresholdOp  op,
                   double          number,
                   const char     *unit)
{
  AwcThreshold *self;

  g_return_val_if_fail (series != NULL, NULL);

  self = g_new0 (AwcThreshold, 1);
  self->series = g_strdup (series);
  self->op = op;
  self->number = number;
  self->unit = g_strdup (unit ? unit : "");
  return self;
}

void
awc_threshold_free (AwcThreshold *self)
{
  if (self == NULL)
    return;
  g_free (self->series);
  g_free (self->unit);
  g_free (self);
}

AwcThreshold *
awc_threshold_copy (const AwcThreshold *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return awc_threshold_new (self->series, self->op, self->number, self->unit);
}

const char *
awc_threshold_op_to_string (AwcThresholdOp op)
{
  return op == AWC_THRESHOLD_GE ? ">=" : "<=";
}

static AwcThreshold *
bad (GError    **error,
     const char *text,
     const char *what,
     const char *part)
{
  /* One line: the rule as given and the part that is wrong. */
  g_autofree char *shown = g_strescape (text, "");

  g_set_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_PARSE,
               "--threshold '%s': %s '%s'", shown, what, part);
  return NULL;
}

AwcThreshold *
awc_threshold_parse (const char  *text,
                     GError     **error)
{
  static const struct { const char *token; AwcThresholdOp op; } ops[] = {
    { "<=", AWC_THRESHOLD_LE }, { ">=", AWC_THRESHOLD_GE },
    { "≤", AWC_THRESHOLD_LE }, { "≥", AWC_THRESHOLD_GE },
  };
  const char *at = NULL, *rest;
  g_autofree char *series = NULL;
  g_autofree char *unit = NULL;
  AwcThresholdOp op = AWC_THRESHOLD_LE;
  gsize op_len = 0;
  double number;
  char *end;

  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    {
      const char *p = strstr (text, ops[i].token);

      if (p != NULL && (at == NULL || p < at))
        {
          at = p;
          op = ops[i].op;
          op_len = strlen (ops[i].token);
        }
    }
  if (at == NULL)
    return bad (error, text, _("expected SERIES<=VALUE or SERIES>=VALUE, got"), text);

  series = g_strstrip (g_strndup (text, at - text));
  if (*series == '\0')
    return bad (error, text, _("missing series before"), awc_threshold_op_to_string (op));
  for (const char *p = series; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '.' || *p == '-'))
      return bad (error, text, _("bad series"), series);

  rest = at + op_len;
  while (g_ascii_isspace (*rest))
    rest++;
  number = g_ascii_strtod (rest, &end);
  if (end == rest || !isfinite (number))
    {
      g_autofree char *value = g_strstrip (g_strdup (rest));
      return bad (error, text, _("bad value"), value);
    }
  unit = g_strstrip (g_strdup (end));
  if (*unit != '\0' && find_unit (unit) < 0)
    return bad (error, text, _("unknown unit"), unit);

  return awc_threshold_new (series, op, number, unit);
}

char *
awc_threshold_format (const AwcThreshold *self)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (self != NULL, NULL);

  g_ascii_formatd (buf, sizeof buf, "%.12g", self->number);
  return g_strdup_printf ("%s%s%s%s", self->series, awc_threshold_op_to_string (self->op),
                          buf, self->unit);
}

gboolean
awc_threshold_resolve (const AwcThreshold  *self,
                       AwcUnit              unit,
                       double              *value,
                       GError             **error)
{
  int i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (self->unit[0] == '\0')
    {
      *value = self->number;
      return TRUE;
    }

  i = find_unit (self->unit);
  /* "/s" also fits packets per second; users and counts are plain. */
  if (i >= 0 && (units[i].unit == unit ||
                 (units[i].unit == AWC_UNIT_PER_SECOND && unit == AWC_UNIT_PACKETS_PER_SECOND)))
    {
      *value = self->number * units[i].factor;
      return TRUE;
    }

  {
    g_autofree char *rule = awc_threshold_format (self);
    const char *want = awc_unit_get_symbol (unit);

    g_set_error (error, AWC_THRESHOLD_ERROR, AWC_THRESHOLD_ERROR_UNIT,
                 _("--threshold '%s': unit '%s' does not fit the series (%s)"),
                 rule, self->unit, *want ? want : _("a plain number"));
  }
  return FALSE;
}

char *
awc_threshold_format_label (AwcThresholdOp op,
                            AwcUnit        unit,
                            double         value)
{
  g_autofree char *shown = awc_unit_format_value (unit, value);

  return g_strdup_printf ("%s %s", op == AWC_THRESHOLD_GE ? "≥" : "≤", shown);
}
