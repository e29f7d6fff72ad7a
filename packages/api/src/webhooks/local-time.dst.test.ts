import { describe, expect, it } from 'vitest';

import { toOffsetString, zonedTimes } from './local-time.js';

const at = (iso: string) => Date.parse(iso);

describe('toOffsetString across DST changes', () => {
  it('states Berlin winter time as +01:00 and summer time as +02:00', () => {
    expect(toOffsetString(at('2027-03-01T08:00:00Z'), 'Europe/Berlin')).toBe(
      '2027-03-01T09:00:00+01:00',
    );
    expect(toOffsetString(at('2027-07-01T07:00:00Z'), 'Europe/Berlin')).toBe(
      '2027-07-01T09:00:00+02:00',
    );
  });

  it('switches offset at the spring-forward instant and never shows the skipped hour', () => {
    // Berlin skips 02:00–03:00 on 2027-03-28; 01:00Z is the first summer-time instant.
    expect(toOffsetString(at('2027-03-28T00:59:00Z'), 'Europe/Berlin')).toBe(
      '2027-03-28T01:59:00+01:00',
    );
    expect(toOffsetString(at('2027-03-28T01:00:00Z'), 'Europe/Berlin')).toBe(
      '2027-03-28T03:00:00+02:00',
    );
  });

  it('tells the two occurrences of a fall-back hour apart by their offsets', () => {
    // Berlin repeats 02:00–03:00 on 2027-10-31.
    expect(toOffsetString(at('2027-10-31T00:30:00Z'), 'Europe/Berlin')).toBe(
      '2027-10-31T02:30:00+02:00',
    );
    expect(toOffsetString(at('2027-10-31T01:30:00Z'), 'Europe/Berlin')).toBe(
      '2027-10-31T02:30:00+01:00',
    );
  });

  it('writes negative and part-hour offsets', () => {
    expect(toOffsetString(at('2027-03-14T06:59:00Z'), 'America/New_York')).toBe(
      '2027-03-14T01:59:00-05:00',
    );
    expect(toOffsetString(at('2027-03-14T07:00:00Z'), 'America/New_York')).toBe(
      '2027-03-14T03:00:00-04:00',
    );
    expect(toOffsetString(at('2027-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(
      '2027-01-15T17:45:00+05:45',
    );
  });

  it('gives an interval over the change each end with its own offset', () => {
    expect(
      zonedTimes(at('2027-03-28T00:30:00Z'), at('2027-03-28T01:30:00Z'), 'Europe/Berlin'),
    ).toEqual({
      start: '2027-03-28T01:30:00+01:00',
      end: '2027-03-28T03:30:00+02:00',
      timeZone: 'Europe/Berlin',
    });
  });
});
