import { MINUTE_MS } from '@bookafy/core';
import { describe, expect, it } from 'vitest';

import { lockDuration } from './lockout.js';

describe('lockDuration', () => {
  it('lets the first four failures in a row pass without a lock', () => {
    expect([1, 2, 3, 4].map(lockDuration)).toEqual([0, 0, 0, 0]);
  });

  it('locks for 1, 2, 4, 8 … minutes from the fifth failure on, never beyond an hour', () => {
    const minutes = [5, 6, 7, 8, 9, 10, 11, 50].map((n) => lockDuration(n) / MINUTE_MS);

    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });
});
