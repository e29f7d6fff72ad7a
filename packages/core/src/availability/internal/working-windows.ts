import { MINUTE_MS } from '../../time/instant.js';
import { isoWeekdayOfDayNumber, localDateToDayNumber } from '../../time/local-date.js';
import { localDayNumber, wallClockToEpochMs } from '../../time/zone.js';
import type { LocalInterval, StaffSchedule, TimeRange } from '../types.js';

const MINUTES_PER_DAY = 1440;

/** A working interval of one local day as a UTC range. */
export interface WorkingWindow extends TimeRange {
  /** The local day number the interval was written for. */
  readonly day: number;
}

/**
 * The staff member's working intervals as UTC ranges for every local day from `firstDay` to
 * `lastDay`: the day's date override if it has one, else the weekly hours of its weekday.
 * Wall-clock conversion happens once per interval bound, never per slot. A local day the zone
 * skipped entirely (Pacific/Apia on 2011-12-30) has no windows.
 */
export function workingWindows(
  staff: StaffSchedule,
  firstDay: number,
  lastDay: number,
): WorkingWindow[] {
  const overrides = new Map<number, readonly LocalInterval[]>();
  for (const override of staff.dateOverrides ?? []) {
    overrides.set(localDateToDayNumber(override.date), override.intervals);
  }

  const byWeekday: LocalInterval[][] = [[], [], [], [], [], [], [], []];
  for (const interval of staff.workingHours) byWeekday[interval.weekday]?.push(interval);

  const windows: WorkingWindow[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const intervals = overrides.get(day) ?? byWeekday[isoWeekdayOfDayNumber(day)]!;
    if (intervals.length === 0 || !dayExists(staff.timeZone, day)) continue;

    for (const interval of intervals) {
      const start = wallClockToEpochMs(
        staff.timeZone,
        day * MINUTES_PER_DAY + interval.startMinute,
      );
      const end = wallClockToEpochMs(staff.timeZone, day * MINUTES_PER_DAY + interval.endMinute);
      if (end > start) windows.push({ start, end, day });
    }
  }
  return windows.sort((a, b) => a.start - b.start);
}

/** Whether the wall clock of `timeZone` ever shows the local day `day`. */
function dayExists(timeZone: string, day: number): boolean {
  // Midnight in a gap moves forward; only a skipped day moves it into the next day.
  return localDayNumber(timeZone, wallClockToEpochMs(timeZone, day * MINUTES_PER_DAY)) === day;
}

/** Minutes of `duration` as milliseconds. */
export const minutes = (duration: number) => duration * MINUTE_MS;
