import { describe, expect, it } from 'vitest';

import { toUtcString } from '../time/instant.js';
import { computeSlots } from './compute-slots.js';
import type { AvailabilityInput, BusyInterval, StaffSchedule } from './types.js';

const at = (iso: string) => Date.parse(iso);
const MONDAY = { start: at('2027-03-01T00:00:00Z'), end: at('2027-03-02T00:00:00Z') };

function staff(staffId: string, busy: BusyInterval[] = [], extra: Partial<StaffSchedule> = {}) {
  return {
    staffId,
    timeZone: 'Europe/Berlin',
    // 09:00–11:00 Berlin: 08:00Z–10:00Z, four 30-minute slots.
    workingHours: [{ weekday: 1, startMinute: 540, endMinute: 660 }],
    busy,
    ...extra,
  } satisfies StaffSchedule;
}

function booking(start: string, seats = 1, serviceId = 'svc_class'): BusyInterval {
  const appointmentStart = at(start);
  return {
    kind: 'booking',
    serviceId,
    appointmentStart,
    seats,
    start: appointmentStart,
    end: appointmentStart + 30 * 60_000,
  };
}

function input(overrides: Partial<AvailabilityInput>): AvailabilityInput {
  return {
    service: { serviceId: 'svc_class', durationMinutes: 30 },
    staff: [staff('stf_a')],
    range: MONDAY,
    now: at('2027-02-01T00:00:00Z'),
    ...overrides,
  };
}

const find = (slots: ReturnType<typeof computeSlots>, start: string) =>
  slots.find((slot) => toUtcString(slot.start) === start);

describe('computeSlots with seats', () => {
  it('offers one seat per staff member for a one-to-one service', () => {
    const slots = computeSlots(input({ staff: [staff('stf_a'), staff('stf_b')] }));

    expect(slots.map((slot) => slot.seatsLeft)).toEqual([2, 2, 2, 2]);
  });

  it('lets later visitors join a group session until it is full', () => {
    const service = { serviceId: 'svc_class', durationMinutes: 30, capacity: 3 };
    const partly = computeSlots(
      input({ service, staff: [staff('stf_a', [booking('2027-03-01T08:30:00Z', 2)])] }),
    );
    expect(find(partly, '2027-03-01T08:30:00Z')?.seatsLeft).toBe(1);
    expect(find(partly, '2027-03-01T08:00:00Z')?.seatsLeft).toBe(3);

    const full = computeSlots(
      input({ service, staff: [staff('stf_a', [booking('2027-03-01T08:30:00Z', 3)])] }),
    );
    expect(find(full, '2027-03-01T08:30:00Z')).toBeUndefined();
  });

  it('blocks a group slot that overlaps a session starting at another time', () => {
    const service = {
      serviceId: 'svc_class',
      durationMinutes: 60,
      intervalMinutes: 30,
      capacity: 3,
    };
    const slots = computeSlots(
      input({ service, staff: [staff('stf_a', [booking('2027-03-01T08:30:00Z')])] }),
    );

    // The session runs 08:30Z–09:00Z as booked: 08:00Z would overlap it, 09:00Z follows it.
    expect(slots.map((slot) => toUtcString(slot.start))).toEqual([
      '2027-03-01T08:30:00Z',
      '2027-03-01T09:00:00Z',
    ]);
  });

  it('never shares a session with a booking of another service', () => {
    const service = { serviceId: 'svc_class', durationMinutes: 30, capacity: 3 };
    const other = booking('2027-03-01T08:30:00Z', 1, 'svc_other');
    const slots = computeSlots(input({ service, staff: [staff('stf_a', [other])] }));

    expect(find(slots, '2027-03-01T08:30:00Z')).toBeUndefined();
  });
});

describe('computeSlots with limits', () => {
  it('offers nothing more on a local day once the daily limit is reached', () => {
    const service = { serviceId: 'svc_class', durationMinutes: 30, maxPerDay: 1 };
    const booked = staff('stf_a', [booking('2027-03-01T08:00:00Z')]);

    expect(computeSlots(input({ service, staff: [booked] }))).toEqual([]);
    expect(
      computeSlots(input({ service: { ...service, maxPerDay: 2 }, staff: [booked] })),
    ).toHaveLength(3);
  });

  it('counts the week from Monday in the staff member zone', () => {
    const service = { serviceId: 'svc_class', durationMinutes: 30, maxPerWeek: 2 };
    // Two appointments in the week of Monday 2027-03-01 (one on Sunday 2027-03-07 at 23:30
    // Berlin, which is 22:30Z), none in the week before.
    const busy = [booking('2027-03-02T08:00:00Z'), booking('2027-03-07T22:30:00Z')];
    const weekly = staff('stf_a', busy, {
      workingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        startMinute: 540,
        endMinute: 660,
      })),
    });
    const slots = computeSlots(
      input({
        service,
        staff: [weekly],
        range: { start: at('2027-02-28T00:00:00Z'), end: at('2027-03-09T00:00:00Z') },
      }),
    );

    const days = new Set(slots.map((slot) => toUtcString(slot.start).slice(0, 10)));
    expect([...days]).toEqual(['2027-02-28', '2027-03-08']);
  });

  it('lets a visitor join a session even when the day is at its limit', () => {
    const service = { serviceId: 'svc_class', durationMinutes: 30, capacity: 4, maxPerDay: 1 };
    const slots = computeSlots(
      input({ service, staff: [staff('stf_a', [booking('2027-03-01T08:30:00Z')])] }),
    );

    expect(slots.map((slot) => toUtcString(slot.start))).toEqual(['2027-03-01T08:30:00Z']);
    expect(slots[0]!.seatsLeft).toBe(3);
  });
});

describe('computeSlots fair assignment', () => {
  it('prefers the staff member with fewest appointments that day', () => {
    const busyAnna = staff('stf_anna', [booking('2027-03-01T08:00:00Z', 1, 'svc_other')]);
    const slots = computeSlots(input({ staff: [busyAnna, staff('stf_ben')] }));

    expect(find(slots, '2027-03-01T09:00:00Z')?.staffIds).toEqual(['stf_ben', 'stf_anna']);
  });

  it('then prefers the least recently booked, then the input order', () => {
    const recent = staff('stf_anna', [], { lastBookedAt: at('2027-02-20T10:00:00Z') });
    const earlier = staff('stf_ben', [], { lastBookedAt: at('2027-02-10T10:00:00Z') });
    const never = staff('stf_cleo');

    expect(computeSlots(input({ staff: [recent, earlier] }))[0]!.staffIds).toEqual([
      'stf_ben',
      'stf_anna',
    ]);
    expect(computeSlots(input({ staff: [recent, never] }))[0]!.staffIds).toEqual([
      'stf_cleo',
      'stf_anna',
    ]);
    expect(computeSlots(input({ staff: [staff('stf_x'), staff('stf_y')] }))[0]!.staffIds).toEqual([
      'stf_x',
      'stf_y',
    ]);
  });
});
