/* awc-gen-report.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-gen-report.h"

/* The "ramp-up" scenario, on a reference timeline of 1,800 s (a 30-minute
 * test) that any number of points is stretched onto:
 *  - virtual users step up by 20 every minute to 200 at 10 min, then hold;
 *  - each user asks ~7 requests/s, the server tops out at ~850/s, so TPS
 *    follows the users and saturates at about 6 min;
 *  - closed loop: past saturation the response time is users/TPS minus the
 *    think time, plus a slow drift, from ~40 ms to ~220 ms;
 *  - two stalls (~14 min, ~22 min) spike the response time and dip TPS;
 *  - timeouts appear with the overload, refused connections burst around
 *    18 min, parse and checkpoint failures are rare;
 *  - bandwidth is proportional to TPS, and the response-time buckets are a
 *    log-normal spread around each second's average.
 * Only our own PRNG and integer formatting are used, so the bytes depend
 * on nothing but the parameters (no rand (), no clock, no locale). */

#define REF_SECONDS   1800.0
#define CAPACITY      850.0    /* requests per second at saturation */
#define THINK_S       0.103    /* think time per request */
#define BASE_RT_S     0.040
#define N_BUCKETS     9

/* The seed's labels, in the seed's (unsorted) key order, and their bounds. */
static const struct
{
  const char *label;
  guint       index;           /* position in bounds order */
} bucket_keys[N_BUCKETS] = {
  { "0~50ms", 0 }, { "1~2s", 4 }, { "200~500ms", 2 }, { "2~3s", 5 },
  { "3~4s", 6 }, { "4~5s", 7 }, { "500ms~1s", 3 }, { "50~200ms", 1 },
  { ">5s", 8 },
};
static const double bucket_upper_ms[N_BUCKETS] = {
  50, 200, 500, 1000, 2000, 3000, 4000, 5000, INFINITY,
};

typedef struct
{
  guint64 state;
  guint64 inc;
} Pcg32;

static guint32
pcg32_next (Pcg32 *rng)
{
  guint64 old = rng->state;
  guint32 xorshifted;
  guint32 rot;

  rng->state = old * G_GUINT64_CONSTANT (6364136223846793005) + rng->inc;
  xorshifted = (guint32) (((old >> 18u) ^ old) >> 27u);
  rot = (guint32) (old >> 59u);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

static void
pcg32_init (Pcg32   *rng,
            guint32  seed)
{
  rng->state = 0;
  rng->inc = (G_GUINT64_CONSTANT (0x5851f42d) << 1) | 1;
  pcg32_next (rng);
  rng->state += G_GUINT64_CONSTANT (0x853c49e6748fea9b) ^ seed;
  pcg32_next (rng);
}

/* Uniform in (0, 1). */
static double
uniform (Pcg32 *rng)
{
  return ((double) pcg32_next (rng) + 0.5) / 4294967296.0;
}

static double
gauss (Pcg32 *rng)
{
  double u1 = uniform (rng);
  double u2 = uniform (rng);

  return sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

static guint
poisson (Pcg32  *rng,
         double  lambda)
{
  double l, p;
  guint k = 0;

  if (lambda <= 0)
    return 0;
  if (lambda > 30)
    return (guint) MAX (0.0, floor (lambda + sqrt (lambda) * gauss (rng) + 0.5));

  l = exp (-lambda);
  p = uniform (rng);
  while (p > l)
    {
      k++;
      p *= uniform (rng);
    }
  return k;
}

static double
clamp01 (double x)
{
  return x < 0 ? 0 : (x > 1 ? 1 : x);
}

/* A bump of height 1 at @mid, zero outside [@mid - @half, @mid + @half]. */
static double
bump (double s,
      double mid,
      double half)
{
  double x = (s - mid) / half;

  return fabs (x) >= 1 ? 0 : 0.5 * (1 + cos (G_PI * x));
}

typedef struct
{
  guint32 *tps, *vusers, *rec, *sent;
  guint32 *success, *timeout, *refused, *parsed, *checkpoint, *others, *error;
  guint32 *average10;          /* average response time in tenths of ms */
  double   buckets[N_BUCKETS];
} Curves;

static void
simulate (const AwcGenParams *params,
          Curves             *c)
{
  guint n = params->n_points;
  Pcg32 rng;

  pcg32_init (&rng, params->seed);

  for (guint i = 0; i < n; i++)
    {
      double s = i * REF_SECONDS / n;
      double users, demand, x, rt, drift, stall, overload, sigma, mu;
      guint ok, timeouts, refused, parsed, checkpoint, total;

      /* The first sample of a CPTS run is all zeros (see the seed). */
      if (i == 0)
        {
          c->tps[i] = c->vusers[i] = c->rec[i] = c->sent[i] = 0;
          c->success[i] = c->timeout[i] = c->refused[i] = c->parsed[i] = 0;
          c->checkpoint[i] = c->others[i] = c->error[i] = c->average10[i] = 0;
          continue;
        }

      users = MIN (200.0, 20.0 * ceil (s / 60.0));
      demand = users / (BASE_RT_S + THINK_S);
      /* Smooth knee: throughput bends into the capacity instead of a corner. */
      x = demand / pow (1 + pow (demand / CAPACITY, 8), 1.0 / 8);
      x *= 1 + 0.012 * sin (s / 97.0) + 0.02 * gauss (&rng);

      drift = 90.0 * clamp01 ((s - 600) / 1200);
      stall = 2.0 * bump (s, 858, 6) + 3.2 * bump (s, 1343, 5);
      rt = MAX (BASE_RT_S, users / x - THINK_S) * 1000 + drift;
      rt *= (1 + stall) * (1 + 0.05 * gauss (&rng));
      rt = MAX (rt, 12.0);
      if (stall > 0)
        x = MIN (x, users / (rt / 1000 + THINK_S));

      overload = clamp01 ((demand / CAPACITY - 1) / 0.65);
      timeouts = poisson (&rng, 3.5 * pow (overload, 1.5) + 12 * stall);
      refused = poisson (&rng, 42 * bump (s, 1095, 25));
      parsed = uniform (&rng) < 0.004 + 0.004 * overload ? 1 + (uniform (&rng) < 0.2) : 0;
      checkpoint = uniform (&rng) < 0.002 ? 1 : 0;

      total = (guint) floor (x + 0.5);
      /* Refused connections take the place of requests that were made. */
      ok = total > timeouts + refused + parsed + checkpoint
           ? total - timeouts - refused - parsed - checkpoint : 0;
      total = ok + timeouts + refused + parsed + checkpoint;

      c->vusers[i] = (guint32) users;
      c->tps[i] = total;
      c->success[i] = ok;
      c->timeout[i] = timeouts;
      c->refused[i] = refused;
      c->parsed[i] = parsed;
      c->checkpoint[i] = checkpoint;
      c->others[i] = 0;
      c->error[i] = 0;
      c->average10[i] = (guint32) floor (rt * 10 + 0.5);
      c->rec[i] = (guint32) floor ((total - refused) * (1830 + 40 * gauss (&rng)) + 0.5);
      c->sent[i] = (guint32) floor (total * (428 + 6 * gauss (&rng)) + 0.5);

      /* Answered requests spread log-normally around this second's mean;
       * timeouts land in the open top bucket. */
      sigma = stall > 0.5 ? 0.9 : 0.55;
      mu = log (rt) - sigma * sigma / 2;
      {
        double prev = 0;

        for (guint b = 0; b < N_BUCKETS; b++)
          {
            double cdf = isinf (bucket_upper_ms[b])
                         ? 1.0
                         : 0.5 * erfc (-(log (bucket_upper_ms[b]) - mu) / (sigma * G_SQRT2));

            c->buckets[b] += (ok + parsed + checkpoint) * (cdf - prev);
            prev = cdf;
          }
        c->buckets[N_BUCKETS - 1] += timeouts;
      }
    }
}

static void
append_uint (GString *out,
             guint64  v)
{
  char buf[24];
  int pos = sizeof buf;

  do
    {
      buf[--pos] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);
  g_string_append_len (out, buf + pos, sizeof buf - pos);
}

static void
append_2 (GString *out,
          guint    v)
{
  g_string_append_c (out, (char) ('0' + v / 10 % 10));
  g_string_append_c (out, (char) ('0' + v % 10));
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void
civil_from_days (gint64  z,
                 int    *y,
                 guint  *m,
                 guint  *d)
{
  gint64 era, yoe, doy, mp;
  guint64 doe;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (guint64) (z - era * 146097);
  yoe = (gint64) ((doe - doe / 1460 + doe / 36524 - doe / 146096) / 365);
  doy = (gint64) doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (guint) (doy - (153 * mp + 2) / 5 + 1);
  *m = (guint) (mp < 10 ? mp + 3 : mp - 9);
  *y = (int) (yoe + era * 400 + (*m <= 2));
}

static void
append_timestamp (GString  *out,
                  gint64    t,
                  gboolean  epoch_ms)
{
  int y;
  guint mo, d, secs;

  if (epoch_ms)
    {
      append_uint (out, (guint64) t * 1000);
      return;
    }

  civil_from_days (t / 86400, &y, &mo, &d);
  secs = (guint) (t % 86400);
  g_string_append_c (out, '"');
  append_uint (out, (guint64) y);
  g_string_append_c (out, '-');
  append_2 (out, mo);
  g_string_append_c (out, '-');
  append_2 (out, d);
  g_string_append_c (out, ' ');
  append_2 (out, secs / 3600);
  g_string_append_c (out, ':');
  append_2 (out, secs / 60 % 60);
  g_string_append_c (out, ':');
  append_2 (out, secs % 60);
  g_string_append_c (out, '"');
}

/* Arrays wrap every 20 values so the committed sample diffs readably. */
#define PER_LINE 20

static void
begin_array (GString    *out,
             const char *indent,
             const char *key)
{
  g_string_append_printf (out, "%s\"%s\" : [", indent, key);
}

static void
array_sep (GString    *out,
           const char *indent,
           guint       i)
{
  if (i == 0)
    g_string_append_c (out, ' ');
  else if (i % PER_LINE == 0)
    g_string_append_printf (out, ",\n%s  ", indent);
  else
    g_string_append (out, ", ");
}

static void
append_series (GString       *out,
               const char    *indent,
               const char    *key,
               const guint32 *v,
               guint          n,
               gboolean       tenths,
               gboolean       last)
{
  begin_array (out, indent, key);
  for (guint i = 0; i < n; i++)
    {
      array_sep (out, indent, i);
      if (tenths)
        {
          append_uint (out, v[i] / 10);
          if (v[i] % 10 != 0)
            {
              g_string_append_c (out, '.');
              g_string_append_c (out, (char) ('0' + v[i] % 10));
            }
        }
      else
        append_uint (out, v[i]);
    }
  g_string_append (out, n > 0 ? " ]" : "]");
  g_string_append (out, last ? "\n" : ",\n");
}

static void
append_empty_group (GString           *out,
                    const char        *name,
                    const char * const *keys)
{
  g_string_append_printf (out, "      \"%s\" : {\n", name);
  for (guint i = 0; keys[i] != NULL; i++)
    g_string_append_printf (out, "        \"%s\" : [ ]%s\n", keys[i], keys[i + 1] ? "," : "");
  g_string_append (out, "      },\n");
}

void
awc_gen_params_init (AwcGenParams *params)
{
  g_return_if_fail (params != NULL);

  params->n_points = AWC_GEN_DEFAULT_POINTS;
  params->seed = AWC_GEN_DEFAULT_SEED;
  params->epoch_ms = FALSE;
}

GString *
awc_gen_report_json (const AwcGenParams *params)
{
  static const char * const rtmp_keys[] = {
    "audioRecBytes", "audioSentBytes", "rtmpReceivedPackets", "rtmpSentPackets",
    "videoRecBytes", "videoSentBytes", NULL,
  };
  static const char * const streaming_keys[] = {
    "createStreamFailed", "handShakeFailed", "parseFileFailed", "parseFlvFileFailed",
    "playFailed", "publishFailed", "retryFailed", "rtmpConnectFailed", "tcpConnectFailed", NULL,
  };
  const char *in = "        ";
  g_autoptr(GDateTime) start = NULL;
  g_autofree guint32 *store = NULL;
  GString *out;
  gint64 t0;
  Curves c = { 0 };
  guint n;

  g_return_val_if_fail (params != NULL, NULL);

  n = params->n_points;
  store = g_new0 (guint32, (gsize) MAX (n, 1) * 12);
  c.tps = store;
  c.vusers = c.tps + n;
  c.rec = c.vusers + n;
  c.sent = c.rec + n;
  c.success = c.sent + n;
  c.timeout = c.success + n;
  c.refused = c.timeout + n;
  c.parsed = c.refused + n;
  c.checkpoint = c.parsed + n;
  c.others = c.checkpoint + n;
  c.error = c.others + n;
  c.average10 = c.error + n;
  simulate (params, &c);

  /* ~75 bytes per point with string timestamps. */
  out = g_string_sized_new ((gsize) n * 80 + 4096);
  g_string_append (out,
                   "{\n"
                   "  \"code\" : \"SVCSTG.CPTS.0000000\",\n"
                   "  \"message\" : \"success\",\n"
                   "  \"extend\" : null,\n"
                   "  \"result\" : {\n"
                   "    \"broken_list\" : {\n"
                   "      \"brand_brokens\" : {\n");
  append_series (out, in, "recBytes", c.rec, n, FALSE, FALSE);
  append_series (out, in, "sentBytes", c.sent, n, FALSE, TRUE);
  g_string_append (out, "      },\n");

  start = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  t0 = g_date_time_to_unix (start);
  begin_array (out, "      ", "commonTimestamps");
  for (guint i = 0; i < n; i++)
    {
      array_sep (out, "      ", i);
      append_timestamp (out, t0 + i, params->epoch_ms);
    }
  g_string_append (out, n > 0 ? " ],\n" : "],\n");

  g_string_append (out, "      \"performance_load\" : { },\n"
                        "      \"respcode_brokens\" : {\n");
  append_series (out, in, "checkPointFailed", c.checkpoint, n, FALSE, FALSE);
  append_series (out, in, "error", c.error, n, FALSE, FALSE);
  append_series (out, in, "othersFailed", c.others, n, FALSE, FALSE);
  append_series (out, in, "parsedFailed", c.parsed, n, FALSE, FALSE);
  append_series (out, in, "refusedFailed", c.refused, n, FALSE, FALSE);
  append_series (out, in, "success", c.success, n, FALSE, FALSE);
  append_series (out, in, "timeout", c.timeout, n, FALSE, TRUE);
  g_string_append (out, "      },\n");

  append_empty_group (out, "rtmp_brokens", rtmp_keys);
  append_empty_group (out, "streaming_error_brokens", streaming_keys);

  g_string_append (out, "      \"tps_brokens\" : {\n");
  append_series (out, in, "average", c.average10, n, TRUE, FALSE);
  append_series (out, in, "tps", c.tps, n, FALSE, TRUE);
  g_string_append (out, "      },\n"
                        "      \"vusers_brokens\" : {\n");
  append_series (out, in, "vusers", c.vusers, n, FALSE, TRUE);
  g_string_append (out, "      }\n"
                        "    },\n"
                        "    \"err_message\" : null,\n"
                        "    \"resp_time_range\" : {\n");
  for (guint k = 0; k < N_BUCKETS; k++)
    {
      g_string_append_printf (out, "      \"%s\" : \"", bucket_keys[k].label);
      append_uint (out, (guint64) floor (c.buckets[bucket_keys[k].index] + 0.5));
      g_string_append (out, k + 1 < N_BUCKETS ? "\",\n" : "\"\n");
    }
  g_string_append (out, "    }\n"
                        "  }\n"
                        "}\n");

  return out;
}

GBytes *
awc_gen_report_bytes (const AwcGenParams *params)
{
  GString *json = awc_gen_report_json (params);

  return g_string_free_to_bytes (json);
}
