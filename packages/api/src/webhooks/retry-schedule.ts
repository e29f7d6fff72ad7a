import { HOUR_MS, MINUTE_MS } from '@bookafy/core';

/** The waits after the first failed attempts; later ones wait {@link LATER_DELAY_MS}. */
const FIRST_DELAYS_MS = [
  30_000,
  2 * MINUTE_MS,
  10 * MINUTE_MS,
  30 * MINUTE_MS,
  HOUR_MS,
  2 * HOUR_MS,
  4 * HOUR_MS,
  8 * HOUR_MS,
];

/** The wait between attempts once the first ones have failed. */
const LATER_DELAY_MS = 10 * HOUR_MS;

/** How long a delivery keeps being retried after its first attempt: about three days. */
export const GIVE_UP_AFTER_MS = 72 * HOUR_MS;

const delayAfter = (attempt: number) => FIRST_DELAYS_MS[attempt - 1] ?? LATER_DELAY_MS;

/** The time from a delivery's first attempt to its attempt number `attempts`. */
function spanOf(attempts: number): number {
  let span = 0;
  for (let attempt = 1; attempt < attempts; attempt += 1) span += delayAfter(attempt);
  return span;
}

/**
 * The wait before the next attempt of a delivery that has failed `attempts` times, or `null`
 * when those attempts already span {@link GIVE_UP_AFTER_MS} and the delivery is given up:
 * 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, then every 10 h, 15 attempts in all over
 * about 76 hours.
 */
export function retryDelay(attempts: number): number | null {
  return spanOf(attempts) >= GIVE_UP_AFTER_MS ? null : delayAfter(attempts);
}
