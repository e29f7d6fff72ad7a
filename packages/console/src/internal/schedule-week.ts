import type { WorkingInterval } from './staff-api.js';
import { intervalOf, rangeOf, type TimeRange } from './schedule-ranges.js';

/** A week of typed ranges: seven lists, Monday first. */
export type WeekRanges = TimeRange[][];

/** The week as the grid shows it, from the stored intervals (weekday 1 = Monday). */
export function weekOf(intervals: readonly WorkingInterval[]): WeekRanges {
  const week: WeekRanges = [[], [], [], [], [], [], []];
  const sorted = [...intervals].sort(
    (a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute,
  );
  for (const interval of sorted) week[interval.weekday - 1]!.push(rangeOf(interval));
  return week;
}

/** The intervals to store for a week whose ranges are all complete. */
export function intervalsOfWeek(week: WeekRanges): WorkingInterval[] {
  return week.flatMap((ranges, day) =>
    ranges.flatMap((range) => {
      const interval = intervalOf(range);
      return interval ? [{ weekday: day + 1, ...interval }] : [];
    }),
  );
}

/** The week with Monday's ranges copied to Tuesday through Friday. */
export function copyMondayToWeekdays(week: WeekRanges): WeekRanges {
  return week.map((ranges, day) =>
    day >= 1 && day <= 4 ? week[0]!.map((range) => ({ ...range })) : ranges,
  );
}
