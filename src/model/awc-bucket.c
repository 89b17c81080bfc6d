/* awc-bucket.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "awc-bucket.h"

struct _AwcBucket
{
  GObject  parent_instance;

  /* Owned */
  char    *label;

  double   lower_ms;
  double   upper_ms;
  guint64  count;
  double   share;
  double   cumulative_share;
  gboolean parsed;
};

G_DEFINE_FINAL_TYPE (AwcBucket, awc_bucket, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_LOWER_MS,
  PROP_UPPER_MS,
  PROP_PARSED,
  PROP_COUNT,
  PROP_SHARE,
  PROP_CUMULATIVE_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Label parsing                                                       */

/* Lower-cases ASCII, drops white space and maps the separators and
 * comparison signs seen in the wild to ASCII: "～" "〜" "–" "—" → '~',
 * "≥" → ">=", "≤" → "<=". */
static char *
normalize_label (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      else if (c == 0xFF5E || c == 0x301C || c == 0x2013 || c == 0x2014 || c == '~')
        g_string_append_c (out, '~');
      else if (c == 0x2265)
        g_string_append (out, ">=");
      else if (c == 0x2264)
        g_string_append (out, "<=");
      else if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Unsigned decimal number; no exponent, no sign (so "0-100" splits). */
static gboolean
parse_number (const char **p,
              double      *value)
{
  const char *s = *p;
  const char *start = s;
  char *end = NULL;
  g_autofree char *text = NULL;

  while (g_ascii_isdigit (*s))
    s++;
  if (*s == '.' && g_ascii_isdigit (s[1]))
    {
      s++;
      while (g_ascii_isdigit (*s))
        s++;
    }
  if (s == start)
    return FALSE;

  text = g_strndup (start, s - start);
  *value = g_ascii_strtod (text, &end);
  *p = s;

  return isfinite (*value);
}

/* Factor to milliseconds, or 0 when no unit is written. -1: bad unit. */
static double
parse_unit (const char **p)
{
  static const struct { const char *name; double factor; } units[] = {
    /* longest first so "ms" is not read as "m" + garbage */
    { "minutes", 60000 }, { "minute", 60000 }, { "mins", 60000 }, { "min", 60000 },
    { "msec", 1 }, { "ms", 1 },
    { "seconds", 1000 }, { "second", 1000 }, { "secs", 1000 }, { "sec", 1000 }, { "s", 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize len = strlen (units[i].name);

      if (strncmp (*p, units[i].name, len) == 0)
        {
          *p += len;
          return units[i].factor;
        }
    }

  /* Any other letter is an unknown unit */
  if (g_ascii_isalpha (**p) || (guchar) **p >= 0x80)
    return -1;

  return 0;
}

gboolean
awc_bucket_parse_label (const char *label,
                        double     *lower_ms,
                        double     *upper_ms)
{
  g_autofree char *norm = NULL;
  const char *p;
  double lo = 0, hi = INFINITY;
  double lo_unit = 0, hi_unit = 0;
  gboolean ok = FALSE;

  if (lower_ms != NULL)
    *lower_ms = NAN;
  if (upper_ms != NULL)
    *upper_ms = NAN;

  /* normalize_label() steps by UTF-8 sequence: a truncated one at the end
   * would step past the NUL (found by tests/fuzz/fuzz-bucket-label.c). */
  if (label == NULL || !g_utf8_validate (label, -1, NULL))
    return FALSE;

  norm = normalize_label (label);
  p = norm;

  if (*p == '>' || *p == '<')
    {
      /* ">5s", ">=5s": open top bucket; "<50ms", "<=50ms": from zero */
      gboolean greater = *p == '>';
      double v;

      p++;
      if (*p == '=')
        p++;
      if (!parse_number (&p, &v) || (lo_unit = parse_unit (&p)) < 0 || *p != '\0')
        return FALSE;

      lo_unit = lo_unit > 0 ? lo_unit : 1;
      if (greater)
        {
          lo = v * lo_unit;
          hi = INFINITY;
        }
      else
        {
          lo = 0;
          hi = v * lo_unit;
        }
      ok = TRUE;
    }
  else if (parse_number (&p, &lo) && (lo_unit = parse_unit (&p)) >= 0)
    {
      if (p[0] == '+' && p[1] == '\0')
        {
          /* "5s+" */
          lo *= lo_unit > 0 ? lo_unit : 1;
          hi = INFINITY;
          ok = TRUE;
        }
      else if ((*p == '~' || *p == '-') &&
               (p++, parse_number (&p, &hi)) &&
               (hi_unit = parse_unit (&p)) >= 0 &&
               *p == '\0')
        {
          /* A unit written on one side only applies to both: "1~2s";
           * none at all means milliseconds: "0-100". */
          if (lo_unit == 0)
            lo_unit = hi_unit;
          if (hi_unit == 0)
            hi_unit = lo_unit;
          if (lo_unit == 0)
            lo_unit = hi_unit = 1;

          lo *= lo_unit;
          hi *= hi_unit;
          ok = lo <= hi;
        }
    }

  if (!ok)
    return FALSE;

  if (lower_ms != NULL)
    *lower_ms = lo;
  if (upper_ms != NULL)
    *upper_ms = hi;

  return TRUE;
}

/* ------------------------------------------------------------------ */

static void
awc_bucket_finalize (GObject *object)
{
  AwcBucket *self = (AwcBucket *)object;

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (awc_bucket_parent_class)->finalize (object);
}

static void
awc_bucket_constructed (GObject *object)
{
  AwcBucket *self = (AwcBucket *)object;

  G_OBJECT_CLASS (awc_bucket_parent_class)->constructed (object);

  if (self->label == NULL)
    self->label = g_strdup ("");
  self->parsed = awc_bucket_parse_label (self->label, &self->lower_ms, &self->upper_ms);
}

static void
awc_bucket_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AwcBucket *self = AWC_BUCKET (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, awc_bucket_get_label (self));
      break;
    case PROP_LOWER_MS:
      g_value_set_double (value, awc_bucket_get_lower_ms (self));
      break;
    case PROP_UPPER_MS:
      g_value_set_double (value, awc_bucket_get_upper_ms (self));
      break;
    case PROP_PARSED:
      g_value_set_boolean (value, awc_bucket_get_parsed (self));
      break;
    case PROP_COUNT:
      g_value_set_uint64 (value, awc_bucket_get_count (self));
      break;
    case PROP_SHARE:
      g_value_set_double (value, awc_bucket_get_share (self));
      break;
    case PROP_CUMULATIVE_SHARE:
      g_value_set_double (value, awc_bucket_get_cumulative_share (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_bucket_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AwcBucket *self = AWC_BUCKET (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    case PROP_COUNT:
      self->count = g_value_get_uint64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_bucket_class_init (AwcBucketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = awc_bucket_finalize;
  object_class->constructed = awc_bucket_constructed;
  object_class->get_property = awc_bucket_get_property;
  object_class->set_property = awc_bucket_set_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, construct);
  properties[PROP_LOWER_MS] = g_param_spec_double ("lower-ms", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_UPPER_MS] = g_param_spec_double ("upper-ms", NULL, NULL, -G_MAXDOUBLE, INFINITY, 0, ro);
  properties[PROP_PARSED] = g_param_spec_boolean ("parsed", NULL, NULL, FALSE, ro);
  properties[PROP_COUNT] = g_param_spec_uint64 ("count", NULL, NULL, 0, AWC_BUCKET_COUNT_MAX, 0, construct);
  properties[PROP_SHARE] = g_param_spec_double ("share", NULL, NULL, 0, 1, 0, ro);
  properties[PROP_CUMULATIVE_SHARE] = g_param_spec_double ("cumulative-share", NULL, NULL, 0, 1, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_bucket_init (AwcBucket *self)
{
  self->lower_ms = NAN;
  self->upper_ms = NAN;
}

AwcBucket *
awc_bucket_new (const char *label,
                guint64     count)
{
  return g_object_new (AWC_TYPE_BUCKET,
                       "label", label,
                       "count", count,
                       NULL);
}

const char *
awc_bucket_get_label (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), NULL);
  return self->label;
}

double
awc_bucket_get_lower_ms (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), NAN);
  return self->lower_ms;
}

double
awc_bucket_get_upper_ms (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), NAN);
  return self->upper_ms;
}

gboolean
awc_bucket_get_parsed (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), FALSE);
  return self->parsed;
}

guint64
awc_bucket_get_count (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), 0);
  return self->count;
}

double
awc_bucket_get_share (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), 0);
  return self->share;
}

double
awc_bucket_get_cumulative_share (AwcBucket *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET (self), 0);
  return self->cumulative_share;
}

/* "50", "1.5": at most 3 decimals, no trailing zeros, C locale. */
static char *
format_bound (double value,
              const char **unit)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *s;
  gsize len;

  if (value >= 1000)
    {
      value /= 1000;
      *unit = "s";
    }
  else
    *unit = "ms";

  s = g_ascii_formatd (buf, sizeof buf, "%.3f", value);
  len = strlen (s);
  while (len > 0 && s[len - 1] == '0')
    s[--len] = '\0';
  if (len > 0 && s[len - 1] == '.')
    s[--len] = '\0';

  return g_strdup (s);
}

char *
awc_bucket_dup_range_text (AwcBucket *self)
{
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;
  const char *lo_unit, *hi_unit;

  g_return_val_if_fail (AWC_IS_BUCKET (self), NULL);

  if (!self->parsed)
    return g_strdup (self->label);

  lo = format_bound (self->lower_ms, &lo_unit);
  if (isinf (self->upper_ms))
    return g_strdup_printf ("≥ %s %s", lo, lo_unit);

  hi = format_bound (self->upper_ms, &hi_unit);
  /* "0 – 50 ms", "1 – 2 s", but "500 ms – 1 s"; 0 takes the upper unit */
  if (g_str_equal (lo_unit, hi_unit) || self->lower_ms == 0)
    return g_strdup_printf ("%s – %s %s", lo, hi, hi_unit);

  return g_strdup_printf ("%s %s – %s %s", lo, lo_unit, hi, hi_unit);
}

int
awc_bucket_compare (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  AwcBucket *ba = (AwcBucket *) a;
  AwcBucket *bb = (AwcBucket *) b;

  if (ba->parsed != bb->parsed)
    return ba->parsed ? -1 : 1;

  if (!ba->parsed)
    return g_strcmp0 (ba->label, bb->label);

  if (ba->lower_ms != bb->lower_ms)
    return ba->lower_ms < bb->lower_ms ? -1 : 1;
  if (ba->upper_ms != bb->upper_ms)
    return ba->upper_ms < bb->upper_ms ? -1 : 1;

  return g_strcmp0 (ba->label, bb->label);
}

void
_awc_bucket_set_shares (AwcBucket *self,
                        double     share,
                        double     cumulative_share)
{
  g_return_if_fail (AWC_IS_BUCKET (self));

  share = CLAMP (share, 0.0, 1.0);
  cumulative_share = CLAMP (cumulative_share, 0.0, 1.0);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->share != share)
    {
      self->share = share;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
    }
  if (self->cumulative_share != cumulative_share)
    {
      self->cumulative_share = cumulative_share;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUMULATIVE_SHARE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
