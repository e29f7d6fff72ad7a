import { DAY_MS, MINUTE_MS } from '../../time/instant.js';
import { dayNumberToLocalDate, isoWeekdayOfDayNumber } from '../../time/local-date.js';
import { epochMsToWallClock, wallClockToEpochMs } from '../../time/zone.js';
import type { AvailabilityInput, BusyInterval, Slot, StaffSchedule, TimeRange } from '../types.js';

// The oracle: a plain reading of the rules, slow but independent of the engine's shortcuts.

export interface Rules {
  duration: number;
  step: number;
  before: number;
  after: number;
  earliest: number;
  latest: number;
  capacity: number;
}

export function rulesOf({ service, durationMinutes, range, now }: AvailabilityInput): Rules {
  const duration = durationMinutes ?? service.durationMinutes;
  return {
    duration: duration * MINUTE_MS,
    step: (service.intervalMinutes ?? duration) * MINUTE_MS,
    before: (service.bufferBeforeMinutes ?? 0) * MINUTE_MS,
    after: (service.bufferAfterMinutes ?? 0) * MINUTE_MS,
    earliest: Math.max(range.start, now + (service.minimumNoticeMinutes ?? 0) * MINUTE_MS),
    latest: Math.min(
      range.end,
      service.horizonDays === undefined ? Infinity : now + service.horizonDays * DAY_MS,
    ),
    capacity: service.capacity ?? 1,
  };
}

export const localDay = (timeZone: string, epochMs: number) =>
  Math.floor(epochMsToWallClock(timeZone, epochMs) / 1440);

/** Whether the wall clock ever shows `day`; midnight in a gap still lands on the same day. */
export const dayExists = (timeZone: string, day: number) =>
  localDay(timeZone, wallClockToEpochMs(timeZone, day * 1440)) === day;

/** The staff member's working windows written for local day `day`, as UTC ranges. */
export function windowsOn(staff: StaffSchedule, day: number): TimeRange[] {
  if (!dayExists(staff.timeZone, day)) return [];
  const date = dayNumberToLocalDate(day);
  const override = staff.dateOverrides?.find((candidate) => candidate.date === date);
  const weekday = isoWeekdayOfDayNumber(day);
  const intervals =
    override?.intervals ?? staff.workingHours.filter((interval) => interval.weekday === weekday);
  return intervals.map((interval) => ({
    start: wallClockToEpochMs(staff.timeZone, day * 1440 + interval.startMinute),
    end: wallClockToEpochMs(staff.timeZone, day * 1440 + interval.endMinute),
  }));
}

/** Starts the working hours of `staff` allow in the range, before any busy time, ascending. */
export function candidateStarts(staff: StaffSchedule, rules: Rules, range: TimeRange): number[] {
  const starts = new Set<number>();
  const lastDay = localDay(staff.timeZone, range.end) + 1;
  for (let day = localDay(staff.timeZone, range.start) - 2; day <= lastDay; day++) {
    for (const window of windowsOn(staff, day)) {
      for (let start = window.start; start + rules.duration <= window.end; start += rules.step) {
        if (start >= rules.earliest && start < rules.latest) starts.add(start);
      }
    }
  }
  return [...starts].sort((a, b) => a - b);
}

export const overlaps = (range: TimeRange, start: number, end: number) =>
  range.start < end && range.end > start;

/** Whether a busy interval is a seat in the group session that a slot at `start` would join. */
export function sharesSession(
  busy: BusyInterval,
  input: AvailabilityInput,
  start: number,
): boolean {
  return (
    busy.kind !== 'external' &&
    input.service.serviceId !== undefined &&
    busy.serviceId === input.service.serviceId &&
    busy.appointmentStart === start
  );
}

/** Seats `staff` has free at `start`: 0 when busy time or time off is in the way. */
export function seatsFree(
  staff: StaffSchedule,
  input: AvailabilityInput,
  rules: Rules,
  start: number,
) {
  const from = start - rules.before;
  const until = start + rules.duration + rules.after;
  if ((staff.timeOff ?? []).some((off) => overlaps(off, from, until))) return 0;

  let taken = 0;
  for (const busy of staff.busy) {
    if (sharesSession(busy, input, start)) taken += busy.seats ?? 1;
    else if (overlaps(busy, from, until)) return 0;
  }
  return Math.max(0, rules.capacity - taken);
}

/** The slots the rules call for when no daily or weekly limit applies. */
export function expectedSlots(input: AvailabilityInput): Slot[] {
  const rules = rulesOf(input);
  const byStart = new Map<number, { staffIds: string[]; seatsLeft: number }>();
  for (const staff of input.staff) {
    for (const start of candidateStarts(staff, rules, input.range)) {
      const seats = seatsFree(staff, input, rules, start);
      if (seats === 0) continue;
      const entry = byStart.get(start) ?? { staffIds: [], seatsLeft: 0 };
      entry.staffIds.push(staff.staffId);
      entry.seatsLeft += seats;
      byStart.set(start, entry);
    }
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, entry]) => ({ start, end: start + rules.duration, ...entry }));
}

/** Whether some working window of `staff` holds `[start, end)` with `start` on its step grid. */
export function insideWorkingHours(staff: StaffSchedule, rules: Rules, start: number, end: number) {
  const day = localDay(staff.timeZone, start);
  for (let candidate = day - 2; candidate <= day + 1; candidate++) {
    for (const window of windowsOn(staff, candidate)) {
      const onGrid = (start - window.start) % rules.step === 0;
      if (window.start <= start && end <= window.end && onGrid) return true;
    }
  }
  return false;
}
