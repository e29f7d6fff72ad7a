import { describe, expect, it } from 'vitest';

import { formatBesideBusiness } from './format.js';
import { formatOffset, listTimeZones } from './zone-list.js';

describe('listTimeZones', () => {
  it('lists every zone with its offset at the given instant, west to east', () => {
    const winter = listTimeZones(Date.parse('2027-01-15T12:00:00Z'));
    const summer = listTimeZones(Date.parse('2027-07-15T12:00:00Z'));
    const find = (list: typeof winter, zone: string) => list.find((z) => z.timeZone === zone);

    expect(find(winter, 'America/New_York')).toEqual({
      timeZone: 'America/New_York',
      offsetMinutes: -300,
      label: 'GMT-05:00 America/New York',
    });
    expect(find(summer, 'America/New_York')?.offsetMinutes).toBe(-240);
    expect(find(winter, 'Asia/Kathmandu')?.label).toBe('GMT+05:45 Asia/Kathmandu');
    expect(find(winter, 'UTC')?.offsetMinutes).toBe(0);
    const offsets = winter.map((zone) => zone.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe('formatOffset', () => {
  it('writes signed hours and minutes', () => {
    expect(formatOffset(345)).toBe('GMT+05:45');
    expect(formatOffset(-210)).toBe('GMT-03:30');
    expect(formatOffset(0)).toBe('GMT+00:00');
  });
});

describe('formatBesideBusiness', () => {
  const start = Date.parse('2027-03-01T14:00:00Z');

  it("gives the business's time beside the visitor's when the zones differ", () => {
    expect(
      formatBesideBusiness(start, {
        locale: 'en-US',
        timeZone: 'America/New_York',
        businessTimeZone: 'Europe/Berlin',
      }),
    ).toEqual({ visitor: '9:00 AM', business: '3:00 PM GMT+1' });
  });

  it('gives no business time when both wall clocks read the same', () => {
    // Lisbon and London share the same offset all year.
    expect(
      formatBesideBusiness(start, {
        locale: 'en-GB',
        timeZone: 'Europe/Lisbon',
        businessTimeZone: 'Europe/London',
      }),
    ).toEqual({ visitor: '14:00', business: undefined });
  });
});
