import { describe, expect, it } from 'vitest';

import { localMonth } from './booking-month.js';

const at = (iso: string) => Date.parse(iso);
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('localMonth', () => {
  it("names the month of the zone's calendar, not of UTC", () => {
    // 23:30 on 28 February in UTC is already 1 March in Auckland (UTC+13).
    const instant = at('2027-02-28T23:30:00Z');

    expect(localMonth('UTC', instant).month).toBe('2027-02');
    expect(localMonth('Pacific/Auckland', instant).month).toBe('2027-03');
    expect(localMonth('America/Los_Angeles', at('2027-03-01T07:59:59Z')).month).toBe('2027-02');
  });

  it('runs from the first midnight of the month to the first midnight of the next', () => {
    const month = localMonth('Asia/Kolkata', at('2027-06-15T12:00:00Z'));

    expect(iso(month.start)).toBe('2027-05-31T18:30:00.000Z');
    expect(iso(month.end)).toBe('2027-06-30T18:30:00.000Z');
  });

  it('turns December into January of the next year', () => {
    const month = localMonth('Europe/Berlin', at('2027-12-31T23:30:00Z'));

    expect(month.month).toBe('2028-01');
    expect(iso(month.start)).toBe('2027-12-31T23:00:00.000Z');
    expect(iso(month.end)).toBe('2028-01-31T23:00:00.000Z');
  });
});
