import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Freezes `Date` at `iso` for every test of the calling file, inside the Worker too (it runs
 * in the same isolate), so that slots and bookings never depend on the real clock.
 */
export function pinClock(iso: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
