import { describe, expect, it } from 'vitest';

import {
  SATURDAY,
  SUNDAY,
  hours,
  slotsOf,
  booking,
  startsOf,
  datesOf,
  expectRun,
} from './test-support/dst-cases.js';

// Every expected instant below was worked out by hand from the tz rules named beside it, never
// by the engine or by Intl, so that a wrong offset anywhere in the stack shows up here.

describe('computeSlots across DST changes in New York', () => {
  describe('America/New_York spring forward, Sunday 2027-03-14', () => {
    // Second Sunday of March: 02:00 EST (-05, 07:00Z) becomes 03:00 EDT (-04).
    const zone = 'America/New_York';
    const range: [string, string] = ['2027-03-13T12:00:00Z', '2027-03-15T12:00:00Z'];

    it('makes the whole day 23 hours long', () => {
      // 00:00 EST = 05:00Z to 24:00 = 00:00 EDT on the 15th = 04:00Z: 01:00 EST is followed
      // directly by 03:00 EDT.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range,
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 23,
        first: '2027-03-14T05:00:00Z',
        last: '2027-03-15T03:00:00Z',
        localDate: '2027-03-14',
        timeZone: zone,
      });
    });

    it('keeps 09:00–17:00 at eight hours, on EDT', () => {
      // 09:00 EDT = 13:00Z, 17:00 EDT = 21:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range,
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-03-14T13:00:00Z',
        last: '2027-03-14T20:00:00Z',
        localDate: '2027-03-14',
        timeZone: zone,
      });
    });

    it('starts a window that opens inside the gap one hour later', () => {
      // 02:30 does not exist and reads as 03:30 EDT = 07:30Z; 05:00 EDT = 09:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '02:30', '05:00'),
        range,
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual([
        '2027-03-14T07:30:00Z',
        '2027-03-14T08:00:00Z',
        '2027-03-14T08:30:00Z',
      ]);
    });

    it('moves a window that lies wholly inside the gap past it, keeping its length', () => {
      // 02:00 and 02:45 both move forward by the hour: 03:00–03:45 EDT = 07:00Z–07:45Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '02:00', '02:45'),
        range,
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual(['2027-03-14T07:00:00Z']);
    });

    it('ends a Saturday window crossing midnight at the end of the gap', () => {
      // Saturday 22:00 EST = 03:00Z; "26:00" is Sunday 02:00, which reads as 03:00 EDT = 07:00Z.
      // 03:00Z and 04:00Z start on Saturday, 05:00Z (00:00) and 06:00Z (01:00) on Sunday.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SATURDAY, '22:00', '26:00'),
        range,
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-03-14T03:00:00Z',
        '2027-03-14T04:00:00Z',
        '2027-03-14T05:00:00Z',
        '2027-03-14T06:00:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual([
        '2027-03-13',
        '2027-03-13',
        '2027-03-14',
        '2027-03-14',
      ]);
    });
  });

  describe('America/New_York fall back, Sunday 2027-11-07', () => {
    // First Sunday of November: 02:00 EDT (-04, 06:00Z) becomes 01:00 EST (-05), so 01:00–02:00
    // happens twice: 05:00Z–06:00Z on EDT, then 06:00Z–07:00Z on EST.
    const zone = 'America/New_York';
    const range: [string, string] = ['2027-11-06T12:00:00Z', '2027-11-08T12:00:00Z'];

    it('makes the whole day 25 hours long', () => {
      // 00:00 EDT = 04:00Z to 24:00 = 00:00 EST on the 8th = 05:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range,
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 25,
        first: '2027-11-07T04:00:00Z',
        last: '2027-11-08T04:00:00Z',
        localDate: '2027-11-07',
        timeZone: zone,
      });
    });

    it('keeps 09:00–17:00 at eight hours, on EST', () => {
      // 09:00 EST = 14:00Z, 17:00 EST = 22:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range,
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-11-07T14:00:00Z',
        last: '2027-11-07T21:00:00Z',
        localDate: '2027-11-07',
        timeZone: zone,
      });
    });

    it('offers both occurrences of the repeated hour in a window spanning it', () => {
      // 00:30 EDT = 04:30Z to 03:00 EST = 08:00Z: three and a half hours.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:30', '03:00'),
        range,
        durationMinutes: 30,
      });
      expectRun(slots, {
        count: 7,
        first: '2027-11-07T04:30:00Z',
        last: '2027-11-07T07:30:00Z',
        localDate: '2027-11-07',
        timeZone: zone,
      });
    });

    it('opens a window written inside the repeated hour at its first occurrence', () => {
      // 01:30 means 01:30 EDT = 05:30Z; 02:30 EST = 07:30Z. 06:30Z is the second 01:30.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '01:30', '02:30'),
        range,
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual([
        '2027-11-07T05:30:00Z',
        '2027-11-07T06:00:00Z',
        '2027-11-07T06:30:00Z',
        '2027-11-07T07:00:00Z',
      ]);
    });

    it('closes a window written inside the repeated hour at its first occurrence', () => {
      // 00:00 EDT = 04:00Z to 01:30 EDT = 05:30Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '01:30'),
        range,
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual([
        '2027-11-07T04:00:00Z',
        '2027-11-07T04:30:00Z',
        '2027-11-07T05:00:00Z',
      ]);
    });

    it('lists an instant once when windows of two days overlap in the repeated hour', () => {
      // Saturday 22:00 EDT = 02:00Z to Sunday 02:00 EST = 07:00Z; Sunday 01:00 EDT = 05:00Z to
      // 03:00 EST = 08:00Z. Both windows offer 05:00Z and 06:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: [...hours(SATURDAY, '22:00', '26:00'), ...hours(SUNDAY, '01:00', '03:00')],
        range,
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-11-07T02:00:00Z',
        '2027-11-07T03:00:00Z',
        '2027-11-07T04:00:00Z',
        '2027-11-07T05:00:00Z',
        '2027-11-07T06:00:00Z',
        '2027-11-07T07:00:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual([
        '2027-11-06',
        '2027-11-06',
        '2027-11-07',
        '2027-11-07',
        '2027-11-07',
        '2027-11-07',
      ]);
    });
  });

  describe('America/New_York limits around the fall-back night', () => {
    // Saturday 22:00 EDT (02:00Z) to Sunday 02:00 EST (07:00Z): 02:00Z and 03:00Z start on
    // Saturday; 04:00Z (00:00 EDT), 05:00Z (01:00 EDT) and 06:00Z (01:00 EST) on Sunday.
    const zone = 'America/New_York';
    const night = hours(SATURDAY, '22:00', '26:00');
    const range: [string, string] = ['2027-11-06T00:00:00Z', '2027-11-09T00:00:00Z'];

    it('counts the hours after midnight toward Sunday for the daily limit', () => {
      // One booking on Sunday at 10:00 EST (15:00Z) fills Sunday; Saturday stays open.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: night,
        range,
        durationMinutes: 60,
        limits: { maxPerDay: 1 },
        busy: [booking('2027-11-07T15:00:00Z')],
      });
      expect(startsOf(slots)).toEqual(['2027-11-07T02:00:00Z', '2027-11-07T03:00:00Z']);
    });

    it('keeps the hours after midnight when only Saturday is full', () => {
      // One booking on Saturday at 10:00 EDT (14:00Z) fills Saturday.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: night,
        range,
        durationMinutes: 60,
        limits: { maxPerDay: 1 },
        busy: [booking('2027-11-06T14:00:00Z')],
      });
      expect(startsOf(slots)).toEqual([
        '2027-11-07T04:00:00Z',
        '2027-11-07T05:00:00Z',
        '2027-11-07T06:00:00Z',
      ]);
    });

    it('starts the next local week at Monday 00:00 EST for the weekly limit', () => {
      // Sunday 22:00 EST (03:00Z on the 8th) to Monday 02:00 EST (07:00Z). A booking on
      // Wednesday 2027-11-03 fills the week of Monday 1 November, which ends at 05:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '22:00', '26:00'),
        range,
        durationMinutes: 60,
        limits: { maxPerWeek: 1 },
        busy: [booking('2027-11-03T14:00:00Z')],
      });
      expect(startsOf(slots)).toEqual(['2027-11-08T05:00:00Z', '2027-11-08T06:00:00Z']);
    });
  });
});
