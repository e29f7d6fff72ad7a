import { describe, expect, it } from 'vitest';

import { MINUTE_MS, toUtcString } from '../time/instant.js';
import {
  WEDNESDAY,
  THURSDAY,
  FRIDAY,
  SATURDAY,
  SUNDAY,
  EVERY_DAY,
  hours,
  slotsOf,
  startsOf,
  datesOf,
  expectRun,
} from './test-support/dst-cases.js';

// Every expected instant below was worked out by hand from the tz rules named beside it, never
// by the engine or by Intl, so that a wrong offset anywhere in the stack shows up here.

describe('computeSlots across DST changes in the southern and Pacific zones', () => {
  describe('America/Santiago, whose clocks change at midnight', () => {
    // Rules: forward at 04:00Z on the Sunday on or after 2 September, so Sunday 2027-09-05
    // begins at 01:00 -03 (04:00Z); back at 03:00Z on the Sunday on or after 2 April, when
    // Saturday 2027-04-03 24:00 -03 becomes 23:00 -04, repeating Saturday's last hour.
    const zone = 'America/Santiago';

    it('starts Sunday 2027-09-05 at 01:00 and makes it 23 hours long', () => {
      // 00:00 does not exist and reads as 01:00 -03 = 04:00Z; 24:00 -03 = 03:00Z on the 6th.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range: ['2027-09-04T12:00:00Z', '2027-09-06T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 23,
        first: '2027-09-05T04:00:00Z',
        last: '2027-09-06T02:00:00Z',
        localDate: '2027-09-05',
        timeZone: zone,
      });
    });

    it('puts 09:00–17:00 on -03 after the September change', () => {
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range: ['2027-09-04T12:00:00Z', '2027-09-06T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-09-05T12:00:00Z',
        last: '2027-09-05T19:00:00Z',
        localDate: '2027-09-05',
        timeZone: zone,
      });
    });

    it('ends a Saturday window at a midnight that does not exist', () => {
      // Saturday 22:00 -04 = 02:00Z; 24:00 is Sunday 00:00, read as 01:00 -03 = 04:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SATURDAY, '22:00', '24:00'),
        range: ['2027-09-04T12:00:00Z', '2027-09-06T12:00:00Z'],
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual(['2027-09-05T02:00:00Z', '2027-09-05T03:00:00Z']);
      expect(datesOf(slots, zone)).toEqual(['2027-09-04', '2027-09-04']);
    });

    it('carries a Saturday window crossing midnight into Sunday 01:00', () => {
      // 22:00 -04 = 02:00Z to "26:00" = Sunday 02:00 -03 = 05:00Z; 04:00Z is Sunday 01:00.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SATURDAY, '22:00', '26:00'),
        range: ['2027-09-04T12:00:00Z', '2027-09-06T12:00:00Z'],
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-09-05T02:00:00Z',
        '2027-09-05T03:00:00Z',
        '2027-09-05T04:00:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual(['2027-09-04', '2027-09-04', '2027-09-05']);
    });

    it('makes Saturday 2027-04-03 25 hours long', () => {
      // 00:00 -03 = 03:00Z to 24:00 = Sunday 00:00 -04 = 04:00Z on the 4th.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SATURDAY, '00:00', '24:00'),
        range: ['2027-04-02T12:00:00Z', '2027-04-05T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 25,
        first: '2027-04-03T03:00:00Z',
        last: '2027-04-04T03:00:00Z',
        localDate: '2027-04-03',
        timeZone: zone,
      });
    });

    it('offers both 23:00s of Saturday night in April', () => {
      // 22:00 -03 = 01:00Z, 23:00 -03 = 02:00Z, 23:00 -04 = 03:00Z; 24:00 -04 = 04:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SATURDAY, '22:00', '24:00'),
        range: ['2027-04-02T12:00:00Z', '2027-04-05T12:00:00Z'],
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-04-04T01:00:00Z',
        '2027-04-04T02:00:00Z',
        '2027-04-04T03:00:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual(['2027-04-03', '2027-04-03', '2027-04-03']);
    });

    it('joins Saturday and Sunday 2027-04-03/04 without a gap or a repeat', () => {
      // Saturday: 25 slots from 03:00Z; Sunday: 00:00 -04 = 04:00Z to 24:00 -04 = 04:00Z on the
      // 5th, 24 slots.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours([SATURDAY, SUNDAY], '00:00', '24:00'),
        range: ['2027-04-02T12:00:00Z', '2027-04-05T12:00:00Z'],
        durationMinutes: 60,
      });
      expect(slots).toHaveLength(49);
      expect(toUtcString(slots[0]!.start)).toBe('2027-04-03T03:00:00Z');
      expect(toUtcString(slots.at(-1)!.start)).toBe('2027-04-05T03:00:00Z');
      for (const [index, slot] of slots.entries()) {
        expect(slot.start - slots[0]!.start).toBe(index * 60 * MINUTE_MS);
      }
      const dates = datesOf(slots, zone);
      expect(dates.filter((date) => date === '2027-04-03')).toHaveLength(25);
      expect(dates.filter((date) => date === '2027-04-04')).toHaveLength(24);
    });
  });

  describe('Pacific/Apia, which skipped Friday 2011-12-30', () => {
    // Thursday 2011-12-29 23:59:59 -10 was followed by Saturday 2011-12-31 00:00 +14, at
    // 2011-12-30T10:00Z. The range below runs from Thursday 00:00 -10 (2011-12-29T10:00Z) to
    // Sunday 00:00 +14 (2011-12-31T10:00Z).
    const zone = 'Pacific/Apia';
    const range: [string, string] = ['2011-12-29T10:00:00Z', '2011-12-31T10:00:00Z'];

    it('offers the days either side of the skipped day and nothing on it', () => {
      // Thursday 09:00 -10 = 19:00Z; Saturday 09:00 +14 = 19:00Z on the 30th.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(EVERY_DAY, '09:00', '17:00'),
        range,
        durationMinutes: 60,
      });
      expect(slots).toHaveLength(16);
      expectRun(slots.slice(0, 8), {
        count: 8,
        first: '2011-12-29T19:00:00Z',
        last: '2011-12-30T02:00:00Z',
        localDate: '2011-12-29',
        timeZone: zone,
      });
      expectRun(slots.slice(8), {
        count: 8,
        first: '2011-12-30T19:00:00Z',
        last: '2011-12-31T02:00:00Z',
        localDate: '2011-12-31',
        timeZone: zone,
      });
    });

    it('offers nothing for Friday hours in the week Friday was skipped', () => {
      // Read naively, Friday 09:00 would land on Saturday 09:00 +14.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(FRIDAY, '09:00', '17:00'),
        range: ['2011-12-28T00:00:00Z', '2012-01-02T00:00:00Z'],
        durationMinutes: 60,
      });
      expect(slots).toEqual([]);
    });

    it('offers nothing for a date override of the skipped day', () => {
      const slots = slotsOf({
        timeZone: zone,
        workingHours: [],
        dateOverrides: [{ date: '2011-12-30', intervals: [{ startMinute: 540, endMinute: 1020 }] }],
        range: ['2011-12-28T00:00:00Z', '2012-01-02T00:00:00Z'],
        durationMinutes: 60,
      });
      expect(slots).toEqual([]);
    });

    it('carries a Thursday window crossing midnight straight into Saturday', () => {
      // 22:00 -10 = 08:00Z on the 30th; "26:00" is Friday 02:00, which never happened and moves
      // forward by the skipped day to Saturday 02:00 +14 = 12:00Z. Four hours pass.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(THURSDAY, '22:00', '26:00'),
        range,
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2011-12-30T08:00:00Z',
        '2011-12-30T09:00:00Z',
        '2011-12-30T10:00:00Z',
        '2011-12-30T11:00:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual([
        '2011-12-29',
        '2011-12-29',
        '2011-12-31',
        '2011-12-31',
      ]);
    });
  });

  describe('Africa/Casablanca, on +00 during Ramadan', () => {
    // Morocco keeps +01 but falls back to +00 from the Sunday before Ramadan to the Sunday after.
    // In 2025 that was 2025-02-23 to 2025-04-06, so Wednesday 2025-03-12 (mid-Ramadan) is on
    // +00 and Wednesday 2025-07-16 on +01. 2027 cannot show the switch: tzdata 2026c records
    // Morocco's move to permanent +00 on 2026-09-20.
    const zone = 'Africa/Casablanca';

    it('puts 09:00 at 09:00Z on a Ramadan day', () => {
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(WEDNESDAY, '09:00', '17:00'),
        range: ['2025-03-11T12:00:00Z', '2025-03-13T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2025-03-12T09:00:00Z',
        last: '2025-03-12T16:00:00Z',
        localDate: '2025-03-12',
        timeZone: zone,
      });
    });

    it('puts 09:00 at 08:00Z on a summer day', () => {
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(WEDNESDAY, '09:00', '17:00'),
        range: ['2025-07-15T12:00:00Z', '2025-07-17T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2025-07-16T08:00:00Z',
        last: '2025-07-16T15:00:00Z',
        localDate: '2025-07-16',
        timeZone: zone,
      });
    });

    it('puts 09:00 at 09:00Z in July 2027, after the move to permanent +00', () => {
      // Wednesday 2027-07-14.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(WEDNESDAY, '09:00', '17:00'),
        range: ['2027-07-13T12:00:00Z', '2027-07-15T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-07-14T09:00:00Z',
        last: '2027-07-14T16:00:00Z',
        localDate: '2027-07-14',
        timeZone: zone,
      });
    });
  });
});
