import { expect } from 'vitest';

import { localDateOf } from '../../time/format.js';
import { MINUTE_MS, toUtcString } from '../../time/instant.js';
import { computeSlots } from '../compute-slots.js';
import type { BusyInterval, DateOverride, ServiceRules, Slot, WorkingInterval } from '../types.js';

// Every expected instant below was worked out by hand from the tz rules named beside it, never
// by the engine or by Intl, so that a wrong offset anywhere in the stack shows up here.

export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;
export const SUNDAY = 7;
export const EVERY_DAY = [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY];

/** Minutes after local midnight of `HH:MM`; hours past 24 reach into the next day. */
export const minuteOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

export function hours(weekdays: number | number[], from: string, to: string): WorkingInterval[] {
  return [weekdays].flat().map((weekday) => ({
    weekday,
    startMinute: minuteOf(from),
    endMinute: minuteOf(to),
  }));
}

export interface Case {
  timeZone: string;
  workingHours: WorkingInterval[];
  dateOverrides?: DateOverride[];
  /** The UTC range asked for, as RFC 3339 strings. */
  range: [string, string];
  durationMinutes: number;
  limits?: Pick<ServiceRules, 'maxPerDay' | 'maxPerWeek'>;
  busy?: BusyInterval[];
}

export function slotsOf(setup: Case): Slot[] {
  const { timeZone, workingHours, dateOverrides, range, durationMinutes, limits, busy } = setup;
  return computeSlots({
    service: { serviceId: 'svc_dst', durationMinutes, ...limits },
    staff: [{ staffId: 'stf_dst', timeZone, workingHours, dateOverrides, busy: busy ?? [] }],
    range: { start: Date.parse(range[0]), end: Date.parse(range[1]) },
    now: Date.parse('2000-01-01T00:00:00Z'),
  });
}

/** A one-hour booking of the service starting at `start`. */
export function booking(start: string): BusyInterval {
  const appointmentStart = Date.parse(start);
  return {
    kind: 'booking',
    serviceId: 'svc_dst',
    appointmentStart,
    start: appointmentStart,
    end: appointmentStart + 60 * MINUTE_MS,
  };
}

export const startsOf = (slots: Slot[]) => slots.map((slot) => toUtcString(slot.start));
export const datesOf = (slots: Slot[], timeZone: string) =>
  slots.map((slot) => localDateOf(slot.start, timeZone));

/**
 * Checks a run of back-to-back slots: its length, first and last start, that consecutive
 * starts are one duration apart in real time, that each slot lasts the duration, that no
 * start repeats and that every slot starts on `localDate`.
 */
export function expectRun(
  slots: Slot[],
  run: { count: number; first: string; last: string; localDate: string; timeZone: string },
) {
  expect(slots).toHaveLength(run.count);
  expect(toUtcString(slots[0]!.start)).toBe(run.first);
  expect(toUtcString(slots.at(-1)!.start)).toBe(run.last);

  const duration = slots[0]!.end - slots[0]!.start;
  for (const [index, slot] of slots.entries()) {
    expect(slot.end - slot.start).toBe(duration);
    if (index > 0) expect(slot.start - slots[index - 1]!.start).toBe(duration);
  }
  expect(new Set(startsOf(slots)).size).toBe(slots.length);
  expect(new Set(datesOf(slots, run.timeZone))).toEqual(new Set([run.localDate]));
}
