import { describe, expect, it } from 'vitest';

import { parseUtcString, toUtcString } from './instant.js';

describe('toUtcString', () => {
  it('writes whole seconds without a fraction', () => {
    expect(toUtcString(Date.UTC(2027, 2, 14, 13))).toBe('2027-03-14T13:00:00Z');
  });

  it('keeps milliseconds when there are some', () => {
    expect(toUtcString(Date.UTC(2027, 2, 14, 13, 0, 0, 250))).toBe('2027-03-14T13:00:00.250Z');
  });
});

describe('parseUtcString', () => {
  it('reads a UTC instant', () => {
    expect(parseUtcString('2027-03-14T13:00:00Z')).toBe(Date.UTC(2027, 2, 14, 13));
  });

  it('refuses offsets other than Z so no instant depends on a zone', () => {
    expect(parseUtcString('2027-03-14T13:00:00+01:00')).toBeUndefined();
    expect(parseUtcString('2027-03-14T13:00:00')).toBeUndefined();
  });

  it('refuses dates that do not exist', () => {
    expect(parseUtcString('2027-02-30T10:00:00Z')).toBeUndefined();
    expect(parseUtcString('tomorrow')).toBeUndefined();
  });
});
