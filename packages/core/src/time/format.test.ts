import { describe, expect, it } from 'vitest';

import {
  formatDateTime,
  formatLocalDate,
  formatTime,
  formatZoneName,
  localDateOf,
} from './format.js';
import { groupByLocalDate } from './group-by-date.js';

const at = (iso: string) => Date.parse(iso);

describe('localDateOf', () => {
  it('gives the date on the wall clock of the zone, not of UTC', () => {
    expect(localDateOf(at('2027-03-14T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-15');
    expect(localDateOf(at('2027-03-14T02:30:00Z'), 'America/New_York')).toBe('2027-03-13');
    expect(localDateOf(at('2027-03-14T20:00:00Z'), 'Pacific/Kiritimati')).toBe('2027-03-15');
  });
});

describe('formatTime', () => {
  it('uses 12 hours where the locale does and 24 where it does not', () => {
    const nine = at('2027-03-15T13:00:00Z');
    expect(formatTime(nine, { locale: 'en-US', timeZone: 'America/New_York' })).toBe('9:00 AM');
    expect(formatTime(nine, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('14:00');
  });

  it('can name the zone, which tells the two halves of a fall-back hour apart', () => {
    const options = { locale: 'en-US', timeZone: 'America/New_York', withZone: true };
    expect(formatTime(at('2027-11-07T05:30:00Z'), options)).toBe('1:30 AM EDT');
    expect(formatTime(at('2027-11-07T06:30:00Z'), options)).toBe('1:30 AM EST');
  });
});

describe('formatDateTime', () => {
  it('states date, time and zone as the visitor reads them', () => {
    const start = at('2027-03-01T14:00:00Z');
    expect(formatDateTime(start, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe(
      'Monday, March 1, 2027, 6:00 AM PST',
    );
    expect(formatDateTime(start, { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe(
      'Monday, 1 March 2027, 15:00 CET',
    );
  });
});

describe('formatLocalDate', () => {
  it('writes the date itself, whatever zone the host is in', () => {
    expect(formatLocalDate('2027-03-14', 'en-US')).toBe('Sunday, March 14, 2027');
    expect(formatLocalDate('2027-03-14', 'de-DE')).toBe('Sonntag, 14. März 2027');
  });
});

describe('formatZoneName', () => {
  it('names the zone as the locale does at that instant', () => {
    const summer = at('2027-07-01T12:00:00Z');
    expect(formatZoneName(summer, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toBe(
      'Central European Summer Time',
    );
  });
});

describe('groupByLocalDate', () => {
  it('puts each item on the date where it starts in the given zone', () => {
    const items = [
      { start: at('2027-03-14T22:00:00Z') },
      { start: at('2027-03-14T23:30:00Z') },
      { start: at('2027-03-15T08:00:00Z') },
    ];
    const inBerlin = groupByLocalDate(items, 'Europe/Berlin');
    expect([...inBerlin.keys()]).toEqual(['2027-03-14', '2027-03-15']);
    expect(inBerlin.get('2027-03-15')).toHaveLength(2);

    const inLosAngeles = groupByLocalDate(items, 'America/Los_Angeles');
    expect([...inLosAngeles.keys()]).toEqual(['2027-03-14', '2027-03-15']);
    expect(inLosAngeles.get('2027-03-14')).toHaveLength(2);
  });
});
