import { describe, expect, it } from 'vitest';

import {
  TUESDAY,
  SUNDAY,
  hours,
  slotsOf,
  startsOf,
  datesOf,
  expectRun,
} from './test-support/dst-cases.js';

// Every expected instant below was worked out by hand from the tz rules named beside it, never
// by the engine or by Intl, so that a wrong offset anywhere in the stack shows up here.

describe('computeSlots across DST changes in Dublin, Kathmandu and Lord Howe', () => {
  describe('Europe/Dublin, whose winter time is negative DST', () => {
    // IST (+01) is standard time and GMT (+00) the "DST" of winter, but the clocks move as in
    // the rest of the EU: at 01:00Z on the last Sundays of March and October.
    const zone = 'Europe/Dublin';

    it('makes Sunday 2027-03-28 23 hours long', () => {
      // 00:00 GMT = 00:00Z to 24:00 = 00:00 IST on the 29th = 23:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range: ['2027-03-27T12:00:00Z', '2027-03-29T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 23,
        first: '2027-03-28T00:00:00Z',
        last: '2027-03-28T22:00:00Z',
        localDate: '2027-03-28',
        timeZone: zone,
      });
    });

    it('puts 09:00–17:00 on IST after the spring change', () => {
      // 09:00 IST = 08:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range: ['2027-03-27T12:00:00Z', '2027-03-29T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-03-28T08:00:00Z',
        last: '2027-03-28T15:00:00Z',
        localDate: '2027-03-28',
        timeZone: zone,
      });
    });

    it('moves a window opening in the March gap forward by an hour', () => {
      // 01:30 does not exist and reads as 02:30 IST = 01:30Z; 03:00 IST = 02:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '01:30', '03:00'),
        range: ['2027-03-27T12:00:00Z', '2027-03-29T12:00:00Z'],
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual(['2027-03-28T01:30:00Z']);
    });

    it('makes Sunday 2027-10-31 25 hours long', () => {
      // 00:00 IST = 23:00Z on the 30th to 24:00 = 00:00 GMT on 1 November = 00:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range: ['2027-10-30T12:00:00Z', '2027-11-01T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 25,
        first: '2027-10-30T23:00:00Z',
        last: '2027-10-31T23:00:00Z',
        localDate: '2027-10-31',
        timeZone: zone,
      });
    });

    it('puts 09:00–17:00 on GMT after the autumn change', () => {
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range: ['2027-10-30T12:00:00Z', '2027-11-01T12:00:00Z'],
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-10-31T09:00:00Z',
        last: '2027-10-31T16:00:00Z',
        localDate: '2027-10-31',
        timeZone: zone,
      });
    });

    it('offers both 01:00s of the October night', () => {
      // 01:00 first on IST = 00:00Z, then on GMT = 01:00Z; 03:00 GMT = 03:00Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '01:00', '03:00'),
        range: ['2027-10-30T12:00:00Z', '2027-11-01T12:00:00Z'],
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-10-31T00:00:00Z',
        '2027-10-31T01:00:00Z',
        '2027-10-31T02:00:00Z',
      ]);
    });
  });

  describe('Asia/Kathmandu, at +05:45 all year', () => {
    const zone = 'Asia/Kathmandu';
    const range: [string, string] = ['2027-05-31T12:00:00Z', '2027-06-02T12:00:00Z'];

    it('shifts working hours by a quarter hour off the UTC hour', () => {
      // Tuesday 2027-06-01 09:00 +05:45 = 03:15Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(TUESDAY, '09:00', '17:00'),
        range,
        durationMinutes: 60,
      });
      expectRun(slots, {
        count: 8,
        first: '2027-06-01T03:15:00Z',
        last: '2027-06-01T10:15:00Z',
        localDate: '2027-06-01',
        timeZone: zone,
      });
    });

    it('dates slots after midnight of a crossing window to the next day', () => {
      // 22:00–02:00 = 16:15Z–20:15Z; local midnight is 18:15Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(TUESDAY, '22:00', '26:00'),
        range,
        durationMinutes: 60,
      });
      expect(startsOf(slots)).toEqual([
        '2027-06-01T16:15:00Z',
        '2027-06-01T17:15:00Z',
        '2027-06-01T18:15:00Z',
        '2027-06-01T19:15:00Z',
      ]);
      expect(datesOf(slots, zone)).toEqual([
        '2027-06-01',
        '2027-06-01',
        '2027-06-02',
        '2027-06-02',
      ]);
    });
  });

  describe('Australia/Lord_Howe, with a 30-minute DST', () => {
    // +10:30 standard, +11 in summer; 02:00 becomes 02:30 on the first Sunday of October and
    // 02:00 becomes 01:30 on the first Sunday of April.
    const zone = 'Australia/Lord_Howe';

    it('makes Sunday 2027-10-03 23.5 hours long', () => {
      // 00:00 +10:30 = 13:30Z on the 2nd to 24:00 = 00:00 +11 on the 4th = 13:00Z on the 3rd.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range: ['2027-10-02T00:00:00Z', '2027-10-04T00:00:00Z'],
        durationMinutes: 30,
      });
      expectRun(slots, {
        count: 47,
        first: '2027-10-02T13:30:00Z',
        last: '2027-10-03T12:30:00Z',
        localDate: '2027-10-03',
        timeZone: zone,
      });
    });

    it('puts 09:00–17:00 on +11 after the October change', () => {
      // 09:00 +11 = 22:00Z the day before.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range: ['2027-10-02T00:00:00Z', '2027-10-04T00:00:00Z'],
        durationMinutes: 30,
      });
      expectRun(slots, {
        count: 16,
        first: '2027-10-02T22:00:00Z',
        last: '2027-10-03T05:30:00Z',
        localDate: '2027-10-03',
        timeZone: zone,
      });
    });

    it('moves a window opening in the half-hour gap forward by half an hour', () => {
      // 02:15 reads as 02:45 +11 = 15:45Z; 03:15 +11 = 16:15Z.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '02:15', '03:15'),
        range: ['2027-10-02T00:00:00Z', '2027-10-04T00:00:00Z'],
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual(['2027-10-02T15:45:00Z']);
    });

    it('makes Sunday 2027-04-04 24.5 hours long', () => {
      // 00:00 +11 = 13:00Z on the 3rd to 24:00 = 00:00 +10:30 on the 5th = 13:30Z on the 4th.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '00:00', '24:00'),
        range: ['2027-04-03T00:00:00Z', '2027-04-05T00:00:00Z'],
        durationMinutes: 30,
      });
      expectRun(slots, {
        count: 49,
        first: '2027-04-03T13:00:00Z',
        last: '2027-04-04T13:00:00Z',
        localDate: '2027-04-04',
        timeZone: zone,
      });
    });

    it('puts 09:00–17:00 on +10:30 after the April change', () => {
      // 09:00 +10:30 = 22:30Z the day before.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '09:00', '17:00'),
        range: ['2027-04-03T00:00:00Z', '2027-04-05T00:00:00Z'],
        durationMinutes: 30,
      });
      expectRun(slots, {
        count: 16,
        first: '2027-04-03T22:30:00Z',
        last: '2027-04-04T06:00:00Z',
        localDate: '2027-04-04',
        timeZone: zone,
      });
    });

    it('offers both 01:30s of the April night', () => {
      // 01:00 +11 = 14:00Z to 03:00 +10:30 = 16:30Z; 01:30 is 14:30Z on +11, 15:00Z on +10:30.
      const slots = slotsOf({
        timeZone: zone,
        workingHours: hours(SUNDAY, '01:00', '03:00'),
        range: ['2027-04-03T00:00:00Z', '2027-04-05T00:00:00Z'],
        durationMinutes: 30,
      });
      expect(startsOf(slots)).toEqual([
        '2027-04-03T14:00:00Z',
        '2027-04-03T14:30:00Z',
        '2027-04-03T15:00:00Z',
        '2027-04-03T15:30:00Z',
        '2027-04-03T16:00:00Z',
      ]);
    });
  });
});
