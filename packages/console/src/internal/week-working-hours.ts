import type { DaySpan, WeekRange } from './week-layout.js';
import { addDays, instantAt, isoWeekday, wallTimeOf } from './week-zone.js';

/** One interval of a staff member's weekly hours, as the admin API sends it. */
export interface WorkingInterval {
  /** Monday 1 … Sunday 7. */
  weekday: number;
  /** Minutes after the staff member's local midnight. */
  startMinute: number;
  /** Minutes after the same midnight; past 1440 ends on the next day. */
  endMinute: number;
}

/** Zones lie at most 26 hours apart, so two days either side reach every overlapping one. */
const MARGIN_DAYS = 2;

/**
 * The stretches of the viewer's days (in `viewerZone`) that a staff member's weekly working
 * hours (wall clock in `staffZone`) cover during `week`, for sizing the grid. Working hours in
 * a DST gap start when the clocks have moved on, as the availability engine reads them.
 */
export function workingSpans(
  intervals: readonly WorkingInterval[],
  staffZone: string,
  week: WeekRange,
  viewerZone: string,
): DaySpan[] {
  const spans: DaySpan[] = [];
  const first = addDays(week.dates[0]!, -MARGIN_DAYS);
  for (let offset = 0; offset < 7 + 2 * MARGIN_DAYS; offset++) {
    const date = addDays(first, offset);
    const weekday = isoWeekday(date);
    for (const interval of intervals.filter((candidate) => candidate.weekday === weekday)) {
      const start = Math.max(week.from, instantAt(date, interval.startMinute, staffZone));
      const end = Math.min(week.to, instantAt(date, interval.endMinute, staffZone));
      if (end <= start) continue;

      const from = wallTimeOf(start, viewerZone);
      const until = wallTimeOf(end, viewerZone);
      if (until.date === from.date) {
        spans.push({ top: from.minutes, bottom: until.minutes });
        continue;
      }
      spans.push({ top: from.minutes, bottom: 1440 });
      if (until.minutes > 0) spans.push({ top: 0, bottom: until.minutes });
    }
  }
  return spans;
}
