/* awc-time-range.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-time-range.h"

/**
 * awc_time_range_ensure_span:
 *
 * Orders [*start, *end] and widens it around its middle to at least
 * @min_span.
 */
void
awc_time_range_ensure_span (double *start,
                            double *end,
                            double  min_span)
{
  if (*start > *end)
    {
      double tmp = *start;

      *start = *end;
      *end = tmp;
    }
  if (*end - *start < min_span)
    {
      double mid = (*start + *end) / 2;

      *start = mid - min_span / 2;
      *end = mid + min_span / 2;
    }
}

/**
 * awc_time_range_slide_into:
 *
 * Moves [*start, *end] into [@min, @max] keeping its span, so zooming out
 * near an edge or panning stops at the edge instead of cutting the range.
 *
 * Returns: %FALSE, range untouched, when the span is not smaller than
 *   [@min, @max]
 */
gboolean
awc_time_range_slide_into (double *start,
                           double *end,
                           double  min,
                           double  max)
{
  if (!(*end - *start < max - min))
    return FALSE;
  if (*start < min)
    {
      *end += min - *start;
      *start = min;
    }
  if (*end > max)
    {
      *start -= *end - max;
      *end = max;
    }
  return TRUE;
}

/**
 * awc_time_range_clamp:
 *
 * Cuts [*start, *end] (either order) to [@min, @max], then widens it to
 * @min_span (at most max - min) inside [@min, @max].
 *
 * Returns: %FALSE when the result covers all of [@min, @max]
 */
gboolean
awc_time_range_clamp (double *start,
                      double *end,
                      double  min,
                      double  max,
                      double  min_span)
{
  if (*start > *end)
    awc_time_range_ensure_span (start, end, 0);
  *start = MAX (*start, min);
  *end = MIN (*end, max);
  if (*end - *start < min_span)
    {
      /* The cut may have left end < start: widen around the middle. */
      double mid = (*start + *end) / 2;

      *start = mid - min_span / 2;
      *end = mid + min_span / 2;
      if (*start < min)
        {
          *end += min - *start;
          *start = min;
        }
      if (*end > max)
        {
          *start -= *end - max;
          *end = max;
        }
    }
  return !(*start <= min && *end >= max);
}

/**
 * awc_time_range_zoom:
 * @factor: > 1 zooms out
 * @anchor: the time that stays where it is (NaN: the middle); clamped
 *   into the range
 *
 * Returns: %FALSE, range untouched, for a non-finite range or factor <= 0
 */
gboolean
awc_time_range_zoom (double *start,
                     double *end,
                     double  factor,
                     double  anchor)
{
  double s = *start, e = *end;

  if (!isfinite (s) || !isfinite (e) || !(factor > 0))
    return FALSE;
  if (!isfinite (anchor))
    anchor = (s + e) / 2;
  anchor = CLAMP (anchor, s, e);
  *start = anchor - (anchor - s) * factor;
  *end = anchor + (e - anchor) * factor;
  return TRUE;
}

/**
 * awc_time_range_pan:
 * @fraction: of the span; negative moves earlier
 */
void
awc_time_range_pan (double *start,
                    double *end,
                    double  fraction)
{
  double shift = (*end - *start) * fraction;

  *start += shift;
  *end += shift;
}
