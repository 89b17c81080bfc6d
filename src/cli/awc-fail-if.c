/* awc-fail-if.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "awc-fail-if.h"

/* The --fail-if grammar (also in docs/compare.md):
 *
 *   EXPR   := RULE { "," RULE }          any broken rule breaks the gate
 *   RULE   := METRIC CMP VALUE           blanks around tokens are allowed
 *   METRIC := tps | rt | p50 | p90 | p99 | errors
 *           | error | timeout | checkpoint | parse | refused | others
 *           | rx | tx | vusers           (case-insensitive)
 *   CMP    := ">" | "<"
 *   VALUE  := [SIGN] NUMBER [UNIT]       NUMBER: digits with an optional "."
 *
 * What VALUE is compared with depends on its sign and unit:
 *   +N% / -N%       relative change (B − A) / |A| in percent, any metric
 *                   (A = 0 < B counts as +∞)
 *   +Npp / -Npp     change of a share in percentage points (errors and the
 *                   response-code classes only)
 *   +N<u> / -N<u>   absolute change in the metric's unit
 *   N<u>            B's own value, e.g. p90>800ms, errors>1% (B's share)
 * Units: ms or s for rt and p50…p99 (required); /s for tps; B/s, kB/s,
 * MB/s, GB/s for rx and tx (decimal); none for vusers.  tps, rx, tx and
 * vusers may omit the unit.  Shares take % (their value) or pp (change).
 *
 * The rule breaks when the quantity is strictly greater (">") or less
 * ("<") than VALUE.  A rule on a metric that a run lacks is skipped with
 * a message, it does not break. */

typedef enum
{
  QUANTITY_RELATIVE,   /* (b - a) / |a|, as a fraction */
  QUANTITY_CHANGE,     /* b - a, in the row's unit (shares as fractions) */
  QUANTITY_VALUE,      /* b */
} Quantity;

typedef struct
{
  char           *text;
  char           *metric;
  gboolean        greater;
  Quantity        quantity;
  double          threshold;   /* in the row's own unit (ms, fraction, B/s …) */
} Rule;

struct _AwcFailIf
{
  GArray *rules;
};

typedef enum
{
  KIND_TIME,
  KIND_RATE,
  KIND_BYTES,
  KIND_SHARE,
  KIND_COUNT,
} Kind;

static const struct
{
  const char *name;
  Kind        kind;
} known_metrics[] = {
  { "tps", KIND_RATE }, { "rt", KIND_TIME }, { "p50", KIND_TIME }, { "p90", KIND_TIME },
  { "p99", KIND_TIME }, { "errors", KIND_SHARE }, { "error", KIND_SHARE },
  { "timeout", KIND_SHARE }, { "checkpoint", KIND_SHARE }, { "parse", KIND_SHARE },
  { "refused", KIND_SHARE }, { "others", KIND_SHARE }, { "rx", KIND_BYTES },
  { "tx", KIND_BYTES }, { "vusers", KIND_COUNT },
};

G_DEFINE_QUARK (awc-fail-if-error-quark, awc_fail_if_error)

static void
rule_clear (gpointer data)
{
  Rule *rule = data;

  g_free (rule->text);
  g_free (rule->metric);
}

void
awc_fail_if_free (AwcFailIf *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->rules, g_array_unref);
  g_free (self);
}

static gboolean
bad_token (GError    **error,
           const char *token,
           const char *rule,
           const char *expected)
{
  g_set_error (error, AWC_FAIL_IF_ERROR, AWC_FAIL_IF_ERROR_PARSE,
               _("--fail-if: bad token “%s” in “%s”: %s"), token, rule, expected);
  return FALSE;
}

/* The unit's factor to the row's own unit; FALSE when it does not fit. */
static gboolean
unit_factor (Kind        kind,
             const char *unit,
             double     *factor)
{
  static const struct { const char *unit; double factor; } bytes[] = {
    { "B/s", 1 }, { "kB/s", 1e3 }, { "MB/s", 1e6 }, { "GB/s", 1e9 },
  };

  *factor = 1;
  switch (kind)
    {
    case KIND_TIME:
      if (g_ascii_strcasecmp (unit, "ms") == 0)
        return TRUE;
      *factor = 1000;
      return g_ascii_strcasecmp (unit, "s") == 0;
    case KIND_RATE:
      return *unit == '\0' || g_str_equal (unit, "/s");
    case KIND_BYTES:
      if (*unit == '\0')
        return TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
        if (g_ascii_strcasecmp (unit, bytes[i].unit) == 0)
          {
            *factor = bytes[i].factor;
            return TRUE;
          }
      return FALSE;
    case KIND_COUNT:
      return *unit == '\0';
    case KIND_SHARE:
    default:
      return FALSE;
    }
}

static const char *
expected_units (Kind kind)
{
  switch (kind)
    {
    /* The "%" below is the unit, not a printf directive. */
    case KIND_TIME:
      /* xgettext:no-c-format */
      return _("expected ms or s, or % for a relative change");
    case KIND_RATE:
      /* xgettext:no-c-format */
      return _("expected /s or no unit, or % for a relative change");
    case KIND_BYTES:
      /* xgettext:no-c-format */
      return _("expected B/s, kB/s, MB/s or GB/s, or % for a relative change");
    case KIND_COUNT:
      /* xgettext:no-c-format */
      return _("expected a plain number, or % for a relative change");
    case KIND_SHARE:
    default:
      /* xgettext:no-c-format */
      return _("expected % or pp");
    }
}

static gboolean
parse_rule (const char  *text,
            Rule        *rule,
            GError     **error)
{
  const char *p = text, *start;
  g_autofree char *metric = NULL;
  g_autofree char *unit = NULL;
  gboolean has_sign = FALSE, negative = FALSE;
  Kind kind = KIND_COUNT;
  gboolean known = FALSE;
  double number, factor;
  char *end;

  if (*text == '\0')
    return bad_token (error, "", text, _("empty rule"));

  /* METRIC */
  start = p;
  while (g_ascii_isalnum (*p) || *p == '_')
    p++;
  metric = g_ascii_strdown (start, p - start);
  for (guint i = 0; i < G_N_ELEMENTS (known_metrics) && !known; i++)
    if (g_str_equal (metric, known_metrics[i].name))
      {
        known = TRUE;
        kind = known_metrics[i].kind;
      }
  if (!known)
    {
      g_autofree char *token = g_strndup (start, MAX (p - start, *p != '\0' ? 1 : 0));

      return bad_token (error, token, text,
                        _("expected a metric: tps, rt, p50, p90, p99, errors, error, timeout, "
                          "checkpoint, parse, refused, others, rx, tx, vusers"));
    }

  /* CMP */
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '>' && *p != '<')
    {
      g_autofree char *token = g_strdup (*p != '\0' ? p : "");

      return bad_token (error, token, text, _("expected > or < after the metric"));
    }
  rule->greater = *p == '>';
  p++;

  /* VALUE */
  while (g_ascii_isspace (*p))
    p++;
  start = p;
  if (*p == '+' || *p == '-')
    {
      has_sign = TRUE;
      negative = *p == '-';
      p++;
    }
  if (!g_ascii_isdigit (*p) && !(*p == '.' && g_ascii_isdigit (p[1])))
    return bad_token (error, *start != '\0' ? start : "", text,
                      _("expected a number such as +10%, -5%, +0.5pp or 800ms"));
  number = g_ascii_strtod (p, &end);
  /* g_ascii_strtod also takes exponents and hex: keep to plain decimals */
  for (const char *q = p; q < end; q++)
    if (!g_ascii_isdigit (*q) && *q != '.')
      return bad_token (error, start, text, _("expected a plain decimal number"));
  p = end;
  while (g_ascii_isspace (*p))
    p++;
  unit = g_strstrip (g_strdup (p));
  if (negative)
    number = -number;

  if (g_str_equal (unit, "%"))
    {
      if (kind == KIND_SHARE)
        {
          /* A signed % on a share is relative (+10% of A's share);
           * an unsigned one is B's share itself */
          rule->quantity = has_sign ? QUANTITY_RELATIVE : QUANTITY_VALUE;
        }
      else if (!has_sign)
        return bad_token (error, start, text,
                          _("a relative change needs a sign, e.g. +10% or -5%"));
      else
        rule->quantity = QUANTITY_RELATIVE;
      rule->threshold = number / 100;
    }
  else if (g_ascii_strcasecmp (unit, "pp") == 0)
    {
      if (kind != KIND_SHARE)
        return bad_token (error, unit, text, _("pp (percentage points) is only for errors and the response-code classes"));
      if (!has_sign)
        return bad_token (error, start, text, _("a change in pp needs a sign, e.g. +0.5pp"));
      rule->quantity = QUANTITY_CHANGE;
      rule->threshold = number / 100;
    }
  else if (kind == KIND_SHARE)
    {
      return bad_token (error, *unit != '\0' ? unit : start, text, expected_units (kind));
    }
  else if (unit_factor (kind, unit, &factor))
    {
      if (kind == KIND_TIME && *unit == '\0')
        return bad_token (error, start, text, expected_units (kind));
      rule->quantity = has_sign ? QUANTITY_CHANGE : QUANTITY_VALUE;
      rule->threshold = number * factor;
    }
  else
    {
      return bad_token (error, *unit != '\0' ? unit : start, text, expected_units (kind));
    }

  rule->metric = g_steal_pointer (&metric);
  rule->text = g_strdup (text);
  return TRUE;
}

AwcFailIf *
awc_fail_if_parse (const char  *expr,
                   GError     **error)
{
  g_autoptr(AwcFailIf) self = g_new0 (AwcFailIf, 1);
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (expr != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->rules = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_array_set_clear_func (self->rules, rule_clear);

  parts = g_strsplit (expr, ",", -1);
  /* g_strsplit () gives no part at all for "" */
  if (parts[0] == NULL)
    {
      bad_token (error, "", expr, _("empty rule"));
      return NULL;
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      Rule rule = { 0 };

      g_strstrip (parts[i]);
      if (!parse_rule (parts[i], &rule, error))
        {
          rule_clear (&rule);
          return NULL;
        }
      g_array_append_val (self->rules, rule);
    }

  return g_steal_pointer (&self);
}

guint
awc_fail_if_get_n_rules (AwcFailIf *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rules->len;
}

const char *
awc_fail_if_get_rule (AwcFailIf *self,
                      guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);

  return g_array_index (self->rules, Rule, index).text;
}

gboolean
awc_fail_if_evaluate (AwcFailIf        *self,
                      AwcDeltaSummary  *summary,
                      GPtrArray       **broken,
                      GPtrArray       **skipped)
{
  g_autoptr(GPtrArray) broken_lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped_lines = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  for (guint i = 0; i < self->rules->len; i++)
    {
      const Rule *rule = &g_array_index (self->rules, Rule, i);
      const AwcDeltaRow *row = awc_delta_summary_find_row (summary, rule->metric);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_autofree char *diff = NULL;
      g_autofree char *rel = NULL;
      double quantity;

      g_assert (row != NULL);
      switch (rule->quantity)
        {
        case QUANTITY_RELATIVE:
          quantity = row->rel_diff;
          break;
        case QUANTITY_CHANGE:
          quantity = row->abs_diff;
          break;
        case QUANTITY_VALUE:
        default:
          quantity = row->b;
          break;
        }

      if (isnan (quantity))
        {
          g_ptr_array_add (skipped_lines,
                           g_strdup_printf (_("%s: not evaluated, a run has no %s data"),
                                            rule->text, rule->metric));
          continue;
        }
      if (rule->greater ? !(quantity > rule->threshold) : !(quantity < rule->threshold))
        continue;

      a = awc_delta_row_format_value (row, row->a);
      b = awc_delta_row_format_value (row, row->b);
      diff = awc_delta_row_format_diff (row);
      rel = awc_delta_row_format_rel (row);
      g_ptr_array_add (broken_lines,
                       g_strdup_printf (_("%s broken: A %s, B %s (%s, %s)"),
                                        rule->text, a, b, diff, rel));
    }

  if (broken != NULL)
    *broken = g_ptr_array_ref (broken_lines);
  if (skipped != NULL)
    *skipped = g_ptr_array_ref (skipped_lines);
  return broken_lines->len > 0;
}
