import { describe, expect, it } from 'vitest';

import { localDateToDayNumber } from './local-date.js';
import {
  isValidTimeZone,
  localPeriodRange,
  wallClockToEpochMs,
  zoneOffsetMinutes,
} from './zone.js';

/** Minutes since the epoch of a wall-clock reading, counted without any zone. */
function wallClock(date: string, time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return localDateToDayNumber(date) * 1440 + hours * 60 + minutes;
}

function instant(zone: string, date: string, time: string): string {
  return new Date(wallClockToEpochMs(zone, wallClock(date, time))).toISOString();
}

describe('wallClockToEpochMs across DST changes', () => {
  it('converts an ordinary time with the offset in force', () => {
    expect(instant('Europe/Berlin', '2027-01-15', '09:00')).toBe('2027-01-15T08:00:00.000Z');
    expect(instant('Europe/Berlin', '2027-07-15', '09:00')).toBe('2027-07-15T07:00:00.000Z');
  });

  it('moves a time inside the New York spring-forward gap forward by the gap', () => {
    // 2027-03-14: 02:00 EST becomes 03:00 EDT, so 02:30 is read as 03:30 EDT (07:30Z).
    expect(instant('America/New_York', '2027-03-14', '02:30')).toBe('2027-03-14T07:30:00.000Z');
  });

  it('takes the first occurrence of a time in the New York fall-back overlap', () => {
    // 2027-11-07: 01:30 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(instant('America/New_York', '2027-11-07', '01:30')).toBe('2027-11-07T05:30:00.000Z');
  });

  it('handles Dublin, whose winter time is modelled as negative DST', () => {
    // 2027-03-28: 01:00 GMT becomes 02:00 IST.
    expect(instant('Europe/Dublin', '2027-03-28', '01:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(instant('Europe/Dublin', '2027-03-28', '09:00')).toBe('2027-03-28T08:00:00.000Z');
    expect(instant('Europe/Dublin', '2027-12-01', '09:00')).toBe('2027-12-01T09:00:00.000Z');
  });

  it('handles the 30-minute shift of Lord Howe Island', () => {
    // 2027-10-03: 02:00 (+10:30) becomes 02:30 (+11:00); 02:15 is read as 02:45.
    expect(instant('Australia/Lord_Howe', '2027-10-03', '02:15')).toBe('2027-10-02T15:45:00.000Z');
  });

  it('handles Santiago, whose day starts at 01:00 when DST begins at midnight', () => {
    // 2027-09-05: 00:00 (-04) becomes 01:00 (-03).
    expect(instant('America/Santiago', '2027-09-05', '00:00')).toBe('2027-09-05T04:00:00.000Z');
  });

  it('reports the quarter-hour offset of Kathmandu', () => {
    expect(zoneOffsetMinutes('Asia/Kathmandu', Date.UTC(2027, 5, 1))).toBe(345);
    expect(instant('Asia/Kathmandu', '2027-06-01', '09:00')).toBe('2027-06-01T03:15:00.000Z');
  });
});

describe('localPeriodRange', () => {
  const iso = (range: { start: number; end: number }) => [
    new Date(range.start).toISOString(),
    new Date(range.end).toISOString(),
  ];

  it('gives a 23-hour day when New York springs forward', () => {
    const day = localPeriodRange('America/New_York', Date.parse('2027-03-14T15:00:00Z'), 'day');
    expect(iso(day)).toEqual(['2027-03-14T05:00:00.000Z', '2027-03-15T04:00:00.000Z']);
  });

  it('gives the ISO week from Monday midnight in the zone', () => {
    // Sunday 2027-03-07 23:30 in Berlin is 22:30Z; its week began Monday 2027-03-01.
    const week = localPeriodRange('Europe/Berlin', Date.parse('2027-03-07T22:30:00Z'), 'week');
    expect(iso(week)).toEqual(['2027-02-28T23:00:00.000Z', '2027-03-07T23:00:00.000Z']);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses offsets and unknown names', () => {
    for (const zone of ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'UTC']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['+02:00', '-0500', 'Mars/Olympus', '', 'Europe/']) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});
