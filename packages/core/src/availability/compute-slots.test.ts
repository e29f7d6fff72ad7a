import { describe, expect, it } from 'vitest';

import { toUtcString } from '../time/instant.js';
import { computeSlots } from './compute-slots.js';
import { findBookableSlot } from './is-bookable.js';
import type { AvailabilityInput, StaffSchedule, WorkingInterval } from './types.js';

const at = (iso: string) => Date.parse(iso);
const hours = (weekday: number, start: string, end: string): WorkingInterval => {
  const minutes = (time: string) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  return { weekday, startMinute: minutes(start), endMinute: minutes(end) };
};

function staff(overrides: Partial<StaffSchedule> = {}): StaffSchedule {
  return {
    staffId: 'stf_anna',
    timeZone: 'Europe/Berlin',
    workingHours: [hours(1, '09:00', '17:00')],
    busy: [],
    ...overrides,
  };
}

function input(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    service: { durationMinutes: 30 },
    staff: [staff()],
    // Monday 2027-03-01, Berlin on CET (+01:00).
    range: { start: at('2027-03-01T00:00:00Z'), end: at('2027-03-02T00:00:00Z') },
    now: at('2027-02-01T00:00:00Z'),
    ...overrides,
  };
}

const starts = (result: { start: number }[]) => result.map((slot) => toUtcString(slot.start));

describe('computeSlots', () => {
  it('expands working hours in the staff member zone into UTC slots', () => {
    const slots = computeSlots(input());
    expect(slots).toHaveLength(16);
    expect(toUtcString(slots[0]!.start)).toBe('2027-03-01T08:00:00Z');
    expect(toUtcString(slots[0]!.end)).toBe('2027-03-01T08:30:00Z');
    expect(toUtcString(slots.at(-1)!.start)).toBe('2027-03-01T15:30:00Z');
    expect(slots.every((slot) => slot.staffIds.join() === 'stf_anna')).toBe(true);
  });

  it('leaves out slots that overlap busy time, buffers included', () => {
    const busy = [
      {
        kind: 'external' as const,
        start: at('2027-03-01T09:00:00Z'),
        end: at('2027-03-01T09:30:00Z'),
      },
    ];
    const plain = starts(computeSlots(input({ staff: [staff({ busy })] })));
    expect(plain).toHaveLength(15);
    expect(plain).not.toContain('2027-03-01T09:00:00Z');

    const buffered = starts(
      computeSlots(
        input({
          service: { durationMinutes: 30, bufferAfterMinutes: 15 },
          staff: [staff({ busy })],
        }),
      ),
    );
    expect(buffered).toHaveLength(14);
    expect(buffered).not.toContain('2027-03-01T08:30:00Z');
    expect(buffered).toContain('2027-03-01T09:30:00Z');
  });

  it('offers nothing that starts before now plus the minimum notice', () => {
    const slots = computeSlots(
      input({
        service: { durationMinutes: 30, minimumNoticeMinutes: 60 },
        now: at('2027-03-01T08:10:00Z'),
      }),
    );
    expect(starts(slots)[0]).toBe('2027-03-01T09:30:00Z');
    expect(slots).toHaveLength(13);
  });

  it('offers nothing past the booking horizon', () => {
    const slots = computeSlots(
      input({
        service: { durationMinutes: 30, horizonDays: 1 },
        now: at('2027-02-28T12:00:00Z'),
      }),
    );
    expect(starts(slots).at(-1)).toBe('2027-03-01T11:30:00Z');
    expect(slots).toHaveLength(8);
  });

  it('steps by the slot interval when it differs from the duration', () => {
    const slots = computeSlots(input({ service: { durationMinutes: 60, intervalMinutes: 15 } }));
    // 09:00 to 16:00 local in quarter hours.
    expect(slots).toHaveLength(29);
  });

  it('merges staff members into one sorted list naming who can take each slot', () => {
    const ben = staff({
      staffId: 'stf_ben',
      timeZone: 'America/New_York',
      workingHours: [hours(1, '09:00', '10:00')],
    });
    const slots = computeSlots(
      input({
        staff: [staff(), ben],
        range: { start: at('2027-03-01T00:00:00Z'), end: at('2027-03-02T00:00:00Z') },
      }),
    );
    // New York is on EST (-05:00): 09:00–10:00 is 14:00Z–15:00Z, inside Anna's day.
    expect(slots).toHaveLength(16);
    expect(
      slots.find((slot) => toUtcString(slot.start) === '2027-03-01T14:00:00Z')?.staffIds,
    ).toEqual(['stf_anna', 'stf_ben']);
    const sorted = [...slots].sort((a, b) => a.start - b.start);
    expect(slots).toEqual(sorted);
  });

  it('keeps a working interval that ends at midnight', () => {
    const late = staff({ workingHours: [hours(1, '22:00', '24:00')] });
    const slots = computeSlots(input({ staff: [late] }));
    expect(starts(slots)).toEqual([
      '2027-03-01T21:00:00Z',
      '2027-03-01T21:30:00Z',
      '2027-03-01T22:00:00Z',
      '2027-03-01T22:30:00Z',
    ]);
  });
});

describe('computeSlots with date overrides, time off and durations', () => {
  it('replaces the weekly hours of a date with its override', () => {
    const shortDay = staff({
      dateOverrides: [{ date: '2027-03-01', intervals: [{ startMinute: 600, endMinute: 660 }] }],
    });
    expect(starts(computeSlots(input({ staff: [shortDay] })))).toEqual([
      '2027-03-01T09:00:00Z',
      '2027-03-01T09:30:00Z',
    ]);
  });

  it('offers nothing on a date overridden as closed, and opens a day off', () => {
    const closed = staff({ dateOverrides: [{ date: '2027-03-01', intervals: [] }] });
    expect(computeSlots(input({ staff: [closed] }))).toEqual([]);

    // Sunday 2027-02-28 has no weekly hours; the override opens 10:00–11:00 Berlin.
    const sunday = staff({
      dateOverrides: [{ date: '2027-02-28', intervals: [{ startMinute: 600, endMinute: 660 }] }],
    });
    const range = { start: at('2027-02-28T00:00:00Z'), end: at('2027-03-01T00:00:00Z') };
    expect(starts(computeSlots(input({ staff: [sunday], range })))).toEqual([
      '2027-02-28T09:00:00Z',
      '2027-02-28T09:30:00Z',
    ]);
  });

  it('leaves out time off, widened by the buffers', () => {
    const away = staff({
      timeOff: [{ start: at('2027-03-01T10:00:00Z'), end: at('2027-03-01T16:00:00Z') }],
    });
    const slots = computeSlots(
      input({ service: { durationMinutes: 30, bufferAfterMinutes: 30 }, staff: [away] }),
    );
    // 08:00Z–09:30Z would be free; 09:30Z needs its buffer until 10:30Z.
    expect(starts(slots)).toEqual([
      '2027-03-01T08:00:00Z',
      '2027-03-01T08:30:00Z',
      '2027-03-01T09:00:00Z',
    ]);
  });

  it('follows an interval across local midnight into the next day', () => {
    // Monday 22:00 to Tuesday 02:00 in Berlin (CET): 21:00Z to 01:00Z.
    const night = staff({ workingHours: [{ weekday: 1, startMinute: 1320, endMinute: 1560 }] });
    const slots = computeSlots(
      input({
        service: { durationMinutes: 60 },
        staff: [night],
        range: { start: at('2027-03-01T00:00:00Z'), end: at('2027-03-03T00:00:00Z') },
      }),
    );
    expect(starts(slots)).toEqual([
      '2027-03-01T21:00:00Z',
      '2027-03-01T22:00:00Z',
      '2027-03-01T23:00:00Z',
      '2027-03-02T00:00:00Z',
    ]);
  });

  it('lists slots of a duration the visitor chose and refuses one not offered', () => {
    const service = { durationMinutes: 30, alternativeDurationsMinutes: [90] };
    const slots = computeSlots(input({ service, durationMinutes: 90 }));
    // 90-minute steps from 08:00Z; the last that fits ends at 15:30Z.
    expect(starts(slots)).toEqual([
      '2027-03-01T08:00:00Z',
      '2027-03-01T09:30:00Z',
      '2027-03-01T11:00:00Z',
      '2027-03-01T12:30:00Z',
      '2027-03-01T14:00:00Z',
    ]);
    expect(toUtcString(slots[0]!.end)).toBe('2027-03-01T09:30:00Z');
    expect(() => computeSlots(input({ service, durationMinutes: 45 }))).toThrow(RangeError);
  });
});

describe('computeSlots across DST changes', () => {
  const newYork = (workingHours: WorkingInterval[]) =>
    staff({ timeZone: 'America/New_York', workingHours });

  it('keeps 09:00–17:00 local on the New York spring-forward day', () => {
    const slots = computeSlots(
      input({
        staff: [newYork([hours(7, '09:00', '17:00')])],
        range: { start: at('2027-03-14T00:00:00Z'), end: at('2027-03-15T06:00:00Z') },
      }),
    );
    expect(slots).toHaveLength(16);
    expect(starts(slots)[0]).toBe('2027-03-14T13:00:00Z');
  });

  it('shortens a window spanning the skipped hour by that hour', () => {
    const slots = computeSlots(
      input({
        staff: [newYork([hours(7, '01:00', '05:00')])],
        range: { start: at('2027-03-14T00:00:00Z'), end: at('2027-03-15T00:00:00Z') },
      }),
    );
    // 01:00 EST (06:00Z) to 05:00 EDT (09:00Z): three hours.
    expect(slots).toHaveLength(6);
    expect(starts(slots)[0]).toBe('2027-03-14T06:00:00Z');
  });

  it('starts a window that begins inside the gap at the end of the gap', () => {
    const slots = computeSlots(
      input({
        staff: [newYork([hours(7, '02:30', '04:00')])],
        range: { start: at('2027-03-14T00:00:00Z'), end: at('2027-03-15T00:00:00Z') },
      }),
    );
    expect(starts(slots)).toEqual(['2027-03-14T07:30:00Z']);
  });

  it('lengthens a window spanning the repeated hour and lists no instant twice', () => {
    const slots = computeSlots(
      input({
        staff: [newYork([hours(7, '00:00', '04:00')])],
        range: { start: at('2027-11-07T00:00:00Z'), end: at('2027-11-08T00:00:00Z') },
      }),
    );
    // 00:00 EDT (04:00Z) to 04:00 EST (09:00Z): five hours.
    expect(slots).toHaveLength(10);
    expect(new Set(starts(slots)).size).toBe(10);
  });
});

describe('findBookableSlot', () => {
  it('accepts exactly the starts the list offers', () => {
    const { range: _range, ...rules } = input();
    expect(findBookableSlot(rules, at('2027-03-01T08:30:00Z'))?.staffIds).toEqual(['stf_anna']);
    expect(findBookableSlot(rules, at('2027-03-01T08:15:00Z'))).toBeUndefined();
    expect(findBookableSlot(rules, at('2027-03-01T16:00:00Z'))).toBeUndefined();
  });

  it('refuses a start that busy time covers', () => {
    const busy = [
      {
        kind: 'external' as const,
        start: at('2027-03-01T08:30:00Z'),
        end: at('2027-03-01T09:00:00Z'),
      },
    ];
    const { range: _range, ...rules } = input({ staff: [staff({ busy })] });
    expect(findBookableSlot(rules, at('2027-03-01T08:30:00Z'))).toBeUndefined();
  });
});
