import { HOUR_MS } from '@bookafy/core';
import { describe, expect, it } from 'vitest';

import { localMonth } from './booking-month.js';

const at = (iso: string) => Date.parse(iso);
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('localMonth across DST changes', () => {
  it('gives a month with the spring change an hour less, from midnight to midnight', () => {
    // Berlin moves from UTC+1 to UTC+2 on 28 March 2027.
    const march = localMonth('Europe/Berlin', at('2027-03-15T12:00:00Z'));

    expect(iso(march.start)).toBe('2027-02-28T23:00:00.000Z');
    expect(iso(march.end)).toBe('2027-03-31T22:00:00.000Z');
    expect((march.end - march.start) / HOUR_MS).toBe(31 * 24 - 1);
  });

  it('gives a month with the autumn change an hour more', () => {
    // New York moves from UTC-4 to UTC-5 on 7 November 2027.
    const november = localMonth('America/New_York', at('2027-11-15T12:00:00Z'));

    expect(iso(november.start)).toBe('2027-11-01T04:00:00.000Z');
    expect(iso(november.end)).toBe('2027-12-01T05:00:00.000Z');
    expect((november.end - november.start) / HOUR_MS).toBe(30 * 24 + 1);
  });

  it('puts the last instant before the local midnight in the old month', () => {
    expect(localMonth('Europe/Berlin', at('2027-03-31T21:59:59Z')).month).toBe('2027-03');
    expect(localMonth('Europe/Berlin', at('2027-03-31T22:00:00Z')).month).toBe('2027-04');
  });

  it('starts a month whose first midnight falls in a DST gap when the gap ends', () => {
    // Paraguay moved from UTC-4 to UTC-3 at midnight on Sunday 1 October 2023.
    const october = localMonth('America/Asuncion', at('2023-10-15T12:00:00Z'));

    expect(iso(october.start)).toBe('2023-10-01T04:00:00.000Z');
  });
});
