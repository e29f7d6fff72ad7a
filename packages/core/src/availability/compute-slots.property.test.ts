import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { DAY_MS, MINUTE_MS } from '../time/instant.js';
import { isoWeekdayOfDayNumber } from '../time/local-date.js';
import { computeSlots } from './compute-slots.js';
import { findBookableSlot } from './is-bookable.js';
import type { Slot } from './types.js';
import {
  rulesOf,
  localDay,
  overlaps,
  sharesSession,
  seatsFree,
  expectedSlots,
  insideWorkingHours,
} from './test-support/reference-slots.js';
import { SEED, RUNS, GROUP_SERVICE, int, scenario, everything } from './test-support/scenarios.js';

const sortedIds = (slots: readonly Slot[]) =>
  slots.map((slot) => ({ ...slot, staffIds: [...slot.staffIds].sort() }));

const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** A few listed slots, picked by the scenario's sample numbers. */
const sampleOf = <T>(items: readonly T[], samples: number[]) =>
  items.length === 0 ? [] : samples.map((sample) => items[sample % items.length]!);

describe('computeSlots (properties)', () => {
  it('lists sorted, unique starts inside the range, each lasting the chosen duration', () => {
    fc.assert(
      fc.property(everything, ({ input }) => {
        const slots = computeSlots(input);
        const { duration } = rulesOf(input);
        for (const [index, slot] of slots.entries()) {
          if (index > 0) expect(slot.start).toBeGreaterThan(slots[index - 1]!.start);
          expect(slot.end - slot.start).toBe(duration);
          expect(slot.start).toBeGreaterThanOrEqual(input.range.start);
          expect(slot.start).toBeLessThan(input.range.end);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('offers nothing before the minimum notice or at or after the horizon', () => {
    fc.assert(
      fc.property(everything, ({ input }) => {
        const { service, now } = input;
        const horizon = service.horizonDays === undefined ? Infinity : service.horizonDays;
        for (const slot of computeSlots(input)) {
          expect(slot.start).toBeGreaterThanOrEqual(
            now + (service.minimumNoticeMinutes ?? 0) * MINUTE_MS,
          );
          expect(slot.start).toBeLessThan(now + horizon * DAY_MS);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('names each staff member once, from the input, with the seats they have left', () => {
    fc.assert(
      fc.property(everything, ({ input }) => {
        const known = new Set(input.staff.map((staff) => staff.staffId));
        const rules = rulesOf(input);
        for (const slot of computeSlots(input)) {
          expect(slot.staffIds.length).toBeGreaterThan(0);
          expect(new Set(slot.staffIds).size).toBe(slot.staffIds.length);
          expect(slot.staffIds.every((id) => known.has(id))).toBe(true);
          expect(slot.seatsLeft).toBeGreaterThanOrEqual(1);
          expect(slot.seatsLeft).toBeLessThanOrEqual(rules.capacity * slot.staffIds.length);

          const listed = input.staff.filter((staff) => slot.staffIds.includes(staff.staffId));
          const seats = listed.map((staff) => seatsFree(staff, input, rules, slot.start));
          expect(seats.every((free) => free > 0)).toBe(true);
          expect(slot.seatsLeft).toBe(seats.reduce((sum, free) => sum + free, 0));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('offers a staff member only inside their working hours, stepping from a window start', () => {
    fc.assert(
      fc.property(everything, ({ input }) => {
        const rules = rulesOf(input);
        const outside: string[] = [];
        for (const slot of computeSlots(input)) {
          for (const staff of input.staff) {
            if (!slot.staffIds.includes(staff.staffId)) continue;
            if (!insideWorkingHours(staff, rules, slot.start, slot.end)) {
              outside.push(`${staff.staffId} at ${new Date(slot.start).toISOString()}`);
            }
          }
        }
        expect(outside).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never overlaps busy time or time off, buffers included, but for a shared session', () => {
    fc.assert(
      fc.property(everything, ({ input }) => {
        const rules = rulesOf(input);
        const clashes: string[] = [];
        for (const slot of computeSlots(input)) {
          const from = slot.start - rules.before;
          const until = slot.end + rules.after;
          for (const staff of input.staff) {
            if (!slot.staffIds.includes(staff.staffId)) continue;
            const blocking = [
              ...(staff.timeOff ?? []),
              ...staff.busy.filter(
                (busy) => rules.capacity === 1 || !sharesSession(busy, input, slot.start),
              ),
            ];
            if (blocking.some((range) => overlaps(range, from, until))) {
              clashes.push(`${staff.staffId} at ${new Date(slot.start).toISOString()}`);
            }
          }
        }
        expect(clashes).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never offers a staff member on a day or in a week whose limit is reached', () => {
    const oneToOne = everything.map(({ input, samples }) => ({
      input: { ...input, service: { ...input.service, serviceId: GROUP_SERVICE, capacity: 1 } },
      samples,
    }));
    fc.assert(
      fc.property(oneToOne, ({ input }) => {
        const { maxPerDay = Infinity, maxPerWeek = Infinity } = input.service;
        const mondayOf = (day: number) => day - isoWeekdayOfDayNumber(day) + 1;
        const overLimit: string[] = [];
        for (const staff of input.staff) {
          // The fewest appointments any reading of the limits counts: this service's bookings,
          // one per appointment start.
          const bookings = staff.busy.filter(
            (busy) => busy.kind === 'booking' && busy.serviceId === GROUP_SERVICE,
          );
          const appointmentDays = [...new Set(bookings.map((busy) => busy.appointmentStart!))].map(
            (start) => localDay(staff.timeZone, start),
          );
          for (const slot of computeSlots(input)) {
            if (!slot.staffIds.includes(staff.staffId)) continue;
            const day = localDay(staff.timeZone, slot.start);
            const sameDay = appointmentDays.filter((other) => other === day).length;
            const sameWeek = appointmentDays.filter(
              (other) => mondayOf(other) === mondayOf(day),
            ).length;
            if (sameDay >= maxPerDay || sameWeek >= maxPerWeek) {
              overLimit.push(`${staff.staffId} at ${new Date(slot.start).toISOString()}`);
            }
          }
        }
        expect(overLimit).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('expands working hours into exactly the expected slots when nobody is busy', () => {
    fc.assert(
      fc.property(scenario({ busy: false, limits: true, lastBooked: false }), ({ input }) => {
        expect(computeSlots(input)).toEqual(expectedSlots(input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keeps exactly the slots that busy time, time off and full sessions leave free', () => {
    fc.assert(
      fc.property(scenario({ busy: true, limits: false, lastBooked: true }), ({ input }) => {
        expect(sortedIds(computeSlots(input))).toEqual(sortedIds(expectedSlots(input)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('lets visitors join a group session, of any length, until its seats are taken', () => {
    const classes = scenario({ busy: true, limits: false, lastBooked: true, group: true });
    fc.assert(
      fc.property(classes, ({ input }) => {
        expect(sortedIds(computeSlots(input))).toEqual(sortedIds(expectedSlots(input)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('orders staff by fewest appointments that day, then least recent booking, then input', () => {
    // One-to-one bookings only, one per start, so that every reading counts appointments alike.
    const booked = scenario({ busy: true, limits: false, lastBooked: true }).map(({ input }) => ({
      ...input,
      service: { ...input.service, serviceId: GROUP_SERVICE, capacity: 1 },
      staff: input.staff.map((staff) => ({
        ...staff,
        busy: staff.busy
          .filter((busy) => busy.kind === 'booking')
          .filter(
            (busy, index, all) =>
              all.findIndex((other) => other.appointmentStart === busy.appointmentStart) === index,
          )
          .map((busy) => ({ ...busy, serviceId: GROUP_SERVICE })),
      })),
    }));
    fc.assert(
      fc.property(booked, (input) => {
        for (const slot of computeSlots(input)) {
          const rank = input.staff
            .filter((staff) => slot.staffIds.includes(staff.staffId))
            .map((staff) => {
              const day = localDay(staff.timeZone, slot.start);
              const appointments = staff.busy.filter(
                (busy) => localDay(staff.timeZone, busy.appointmentStart!) === day,
              ).length;
              const lastBooked = staff.lastBookedAt ?? -Infinity;
              return { id: staff.staffId, appointments, lastBooked };
            });
          // Array.prototype.sort is stable, so ties keep the input order.
          rank.sort(
            (a, b) => a.appointments - b.appointments || compare(a.lastBooked, b.lastBooked),
          );
          expect(slot.staffIds).toEqual(rank.map(({ id }) => id));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with findBookableSlot on listed and unlisted starts', () => {
    fc.assert(
      fc.property(everything, ({ input, samples }) => {
        const slots = computeSlots(input);
        const { range: _range, ...rest } = input;
        for (const slot of sampleOf(slots, samples)) {
          expect(findBookableSlot(rest, slot.start)).toEqual(slot);
        }

        const listed = new Set(slots.map((slot) => slot.start));
        const fiveMinutes = Math.floor((input.range.end - input.range.start) / (5 * MINUTE_MS));
        for (const sample of samples) {
          const start = input.range.start + (sample % fiveMinutes) * 5 * MINUTE_MS;
          if (!listed.has(start)) expect(findBookableSlot(rest, start)).toBeUndefined();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the same slots whatever the host zone and clock', () => {
    const hosts = ['Pacific/Kiritimati', 'America/St_Johns', 'Pacific/Apia', 'Asia/Kathmandu'];
    try {
      fc.assert(
        fc.property(
          everything,
          fc.constantFrom(...hosts),
          int(0, 4_102_444_800),
          ({ input }, host, clockSeconds) => {
            const expected = computeSlots(input);
            vi.stubEnv('TZ', host);
            vi.useFakeTimers({ toFake: ['Date'] });
            vi.setSystemTime(clockSeconds * 1000);
            try {
              expect(computeSlots(input)).toEqual(expected);
            } finally {
              vi.useRealTimers();
              vi.unstubAllEnvs();
            }
          },
        ),
        { seed: SEED, numRuns: 60 },
      );

      // Guards the property itself: a stubbed TZ must reach Date in this process.
      vi.stubEnv('TZ', 'Pacific/Kiritimati');
      expect(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset()).toBe(-14 * 60);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
