import { HOUR_MS, MINUTE_MS } from '@bookafy/core';
import { describe, expect, it } from 'vitest';

import { GIVE_UP_AFTER_MS, retryDelay } from './retry-schedule.js';

describe('retryDelay', () => {
  it('waits longer after each failure: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map(retryDelay);

    expect(waits).toEqual([
      30_000,
      2 * MINUTE_MS,
      10 * MINUTE_MS,
      30 * MINUTE_MS,
      HOUR_MS,
      2 * HOUR_MS,
      4 * HOUR_MS,
      8 * HOUR_MS,
    ]);
  });

  it('then retries every 10 hours and gives up once the attempts span three days', () => {
    let attempts = 1;
    let span = 0;
    for (let delay = retryDelay(attempts); delay !== null; delay = retryDelay(attempts)) {
      if (attempts > 8) expect(delay).toBe(10 * HOUR_MS);
      span += delay;
      attempts += 1;
    }

    expect(attempts).toBe(15);
    expect(span).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS);
    expect(span).toBeLessThan(GIVE_UP_AFTER_MS + 10 * HOUR_MS);
  });
});
