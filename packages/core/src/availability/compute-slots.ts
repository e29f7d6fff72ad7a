import { DAY_MS, MINUTE_MS } from '../time/instant.js';
import { isoWeekdayOfDayNumber } from '../time/local-date.js';
import { epochMsToWallClock, wallClockToEpochMs } from '../time/zone.js';
import type { AvailabilityInput, ServiceRules, Slot, StaffSchedule, TimeRange } from './types.js';

const MINUTES_PER_DAY = 1440;

/**
 * Lists the bookable slots of a service whose start lies in `input.range`, sorted by start.
 *
 * Working hours are expanded per local date in each staff member's zone; a wall-clock bound in
 * a DST gap moves forward by the gap and one in an overlap means its first occurrence, so a
 * working day that contains a transition is as long as the wall clock says it is. A slot is
 * left out when it, widened by the service's buffers, overlaps the staff member's busy time,
 * when it starts before `now` plus the minimum notice, or past the booking horizon.
 *
 * @example
 * computeSlots({
 *   service: { durationMinutes: 30 },
 *   staff: [{ staffId: 'stf_1', timeZone: 'Europe/Berlin', busy: [],
 *     workingHours: [{ weekday: 1, startMinute: 540, endMinute: 1020 }] }],
 *   range: { start: Date.UTC(2027, 2, 1), end: Date.UTC(2027, 2, 2) },
 *   now: Date.UTC(2027, 1, 1),
 * }); // 16 slots from 08:00Z to 15:30Z
 */
export function computeSlots(input: AvailabilityInput): Slot[] {
  const byStart = new Map<number, { end: number; staffIds: string[] }>();

  for (const staff of input.staff) {
    for (const start of staffSlotStarts(staff, input)) {
      const existing = byStart.get(start);
      if (existing) existing.staffIds.push(staff.staffId);
      else
        byStart.set(start, {
          end: start + input.service.durationMinutes * MINUTE_MS,
          staffIds: [staff.staffId],
        });
    }
  }

  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { end, staffIds }]) => ({ start, end, staffIds }));
}

/** Starts of the free slots of one staff member, ascending and unique. */
function staffSlotStarts(staff: StaffSchedule, input: AvailabilityInput): number[] {
  const { service, range, now } = input;
  const durationMs = service.durationMinutes * MINUTE_MS;
  const stepMs = (service.intervalMinutes ?? service.durationMinutes) * MINUTE_MS;
  const beforeMs = (service.bufferBeforeMinutes ?? 0) * MINUTE_MS;
  const afterMs = (service.bufferAfterMinutes ?? 0) * MINUTE_MS;
  const earliestStart = Math.max(
    range.start,
    now + (service.minimumNoticeMinutes ?? 0) * MINUTE_MS,
  );
  const latestStart = Math.min(
    range.end,
    service.horizonDays === undefined ? Infinity : now + service.horizonDays * DAY_MS,
  );
  const busy = [...staff.busy].sort((a, b) => a.start - b.start);
  const starts = new Set<number>();

  for (const window of workingWindows(staff, range, service)) {
    for (let start = window.start; start + durationMs <= window.end; start += stepMs) {
      if (start < earliestStart) continue;
      if (start >= latestStart) break;
      if (!overlapsAny(busy, start - beforeMs, start + durationMs + afterMs)) starts.add(start);
    }
  }

  return [...starts].sort((a, b) => a - b);
}

/**
 * The staff member's working intervals as UTC ranges, for every local date on which a slot
 * starting inside `range` could begin. Wall-clock conversion happens once per interval bound,
 * never per slot.
 */
function workingWindows(
  staff: StaffSchedule,
  range: TimeRange,
  service: ServiceRules,
): TimeRange[] {
  // A slot starting in the range may belong to a window that began the local day before.
  const firstDay =
    Math.floor(epochMsToWallClock(staff.timeZone, range.start) / MINUTES_PER_DAY) - 1;
  const lastDay = Math.floor(epochMsToWallClock(staff.timeZone, range.end) / MINUTES_PER_DAY);
  const windows: TimeRange[] = [];

  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = isoWeekdayOfDayNumber(day);
    for (const interval of staff.workingHours) {
      if (interval.weekday !== weekday) continue;
      const start = wallClockToEpochMs(
        staff.timeZone,
        day * MINUTES_PER_DAY + interval.startMinute,
      );
      const end = wallClockToEpochMs(staff.timeZone, day * MINUTES_PER_DAY + interval.endMinute);
      if (end - start >= service.durationMinutes * MINUTE_MS) windows.push({ start, end });
    }
  }

  return windows;
}

/** Whether `[start, end)` overlaps any range of `busy`, which is sorted by start. */
function overlapsAny(busy: readonly TimeRange[], start: number, end: number): boolean {
  for (const range of busy) {
    if (range.start >= end) return false;
    if (range.end > start) return true;
  }
  return false;
}
