/* awc-compare-view-range.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "awc-compare-view-private.h"
#include "ui/chart/awc-time-range.h"

/* Per-side zoom of AwcCompareView: while the comparison is linked both
 * sides show view-start/end (the time axis controller's range); once
 * unlinked, B keeps its own range (view-start-b/end-b, NaN = as A) and a
 * zoom or pan on one side's plot changes only that side.  The cursor
 * stays one A-elapsed time. */

gboolean
_awc_compare_view_shares_range (AwcCompareView *self)
{
  /* Linked, or overlay (B drawn on A's panels). */
  return self->comparison == NULL
         || awc_comparison_get_linked (self->comparison)
         || awc_comparison_get_overlay (self->comparison);
}

gboolean
_awc_compare_view_full_range (AwcCompareView *self,
                              double         *start,
                              double         *end)
{
  double offset, da, db;

  if (self->comparison == NULL)
    return FALSE;
  offset = awc_comparison_get_offset (self->comparison);
  da = awc_comparison_get_duration (self->comparison, AWC_SIDE_A);
  db = awc_comparison_get_duration (self->comparison, AWC_SIDE_B);
  *start = MIN (0, isnan (db) ? 0 : offset);
  *end = MAX (isnan (da) ? 0 : da, isnan (db) ? 0 : db + offset);
  return *end > *start;
}

static void
set_range_b (AwcCompareView *self,
             double          start,
             double          end)
{
  if (isnan (start) || isnan (end))
    start = end = NAN;
  else   /* as for A: ordered, at least a few samples wide */
    awc_time_range_ensure_span (&start, &end, 4 * _awc_compare_view_sample_step (self));
  if ((self->view_start_b == start || (isnan (start) && isnan (self->view_start_b))) &&
      (self->view_end_b == end || (isnan (end) && isnan (self->view_end_b))))
    return;
  self->view_start_b = start;
  self->view_end_b = end;
  _awc_compare_view_invalidate_plot (self, TRUE);
  _awc_compare_view_notify_range_b (self);
}

void
_awc_compare_view_clear_range_b (AwcCompareView *self)
{
  set_range_b (self, NAN, NAN);
}

void
awc_compare_view_get_side_range (AwcCompareView *self,
                                 AwcSide         side,
                                 double         *start,
                                 double         *end)
{
  gboolean own;

  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));

  own = side == AWC_SIDE_B && !_awc_compare_view_shares_range (self) && !isnan (self->view_start_b);
  if (start != NULL)
    *start = own ? self->view_start_b : self->view_start;
  if (end != NULL)
    *end = own ? self->view_end_b : self->view_end;
}

void
awc_compare_view_set_side_range (AwcCompareView *self,
                                 AwcSide         side,
                                 double          start,
                                 double          end)
{
  g_return_if_fail (AWC_IS_COMPARE_VIEW (self));
  g_return_if_fail (side == AWC_SIDE_A || side == AWC_SIDE_B);

  if (_awc_compare_view_shares_range (self))
    {
      awc_time_axis_controller_set_view_range (self->time_axis, start, end);
      return;
    }
  if (side == AWC_SIDE_B)
    {
      set_range_b (self, start, end);
      return;
    }
  /* B following A stays where it is when A moves on its own. */
  if (isnan (self->view_start_b) && !(isnan (start) && isnan (self->view_start)))
    {
      double b0, b1;

      if (_awc_compare_view_current_range (self, &b0, &b1))
        set_range_b (self, b0, b1);
    }
  awc_time_axis_controller_set_view_range (self->time_axis, start, end);
}
