/* awc-report-range.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-report-range.h"
#include "awc-time-range-spec.h"

GTimeZone *
awc_report_dup_display_zone (AwcReport *self)
{
  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);

  return awc_report_get_wall_clock (self) ? g_time_zone_new_utc () : g_time_zone_new_local ();
}

char *
awc_report_format_range (AwcReport *self,
                         double     start,
                         double     end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *day0 = NULL;
  g_autofree char *day1 = NULL;
  g_autofree char *length = NULL;

  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);

  if (isnan (start) || isnan (end))
    {
      start = awc_report_get_start_time (self);
      end = awc_report_get_end_time (self);
    }
  if (!isfinite (start) || !isfinite (end))
    return g_strdup ("—");

  day0 = awc_report_format_time (self, start, "%Y-%m-%d");
  day1 = awc_report_format_time (self, end, "%Y-%m-%d");
  from = awc_report_format_time (self, start, "%Y-%m-%d %H:%M:%S");
  to = awc_report_format_time (self, end, g_strcmp0 (day0, day1) == 0 ? "%H:%M:%S"
                                                                      : "%Y-%m-%d %H:%M:%S");
  length = awc_time_range_format_duration (end - start);
  /* Translators: a time range and its length, "10:01:30 – 10:05:00 (3m30s)" */
  return g_strdup_printf (_("%s – %s (%s)"), from, to, length);
}

char *
awc_report_dup_export_header (AwcReport *self,
                              double     start,
                              double     end)
{
  const char *title, *source;
  g_autofree char *name = NULL;
  g_autofree char *run = NULL;
  char *line;
  double run_start, run_end;

  g_return_val_if_fail (AWC_IS_REPORT (self), NULL);

  title = awc_report_get_title (self);
  source = awc_report_get_source (self);
  if (title != NULL && *title != '\0')
    name = g_strdup (title);
  else if (source != NULL && *source != '\0')
    name = g_path_get_basename (source);
  else
    name = g_strdup (_("Untitled report"));

  run_start = awc_report_get_start_time (self);
  run_end = awc_report_get_end_time (self);
  run = awc_report_format_range (self, NAN, NAN);
  if (isfinite (start) && isfinite (end) && (start > run_start || end < run_end))
    {
      g_autofree char *range = awc_report_format_range (self, start, end);

      /* Translators: report name · the run's span · the exported range */
      line = g_strdup_printf (_("%s · run %s · range %s"), name, run, range);
    }
  else
    /* Translators: report name · the run's span */
    line = g_strdup_printf (_("%s · run %s"), name, run);

  /* One line: a title with a line break must not break the CSV. */
  for (char *p = line; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return line;
}
