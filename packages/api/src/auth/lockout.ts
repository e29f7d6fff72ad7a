import { DAY_MS, HOUR_MS, MINUTE_MS } from '@bookafy/core';

/** Failed sign-ins in a row that a user may make before sign-ins are refused for a while. */
export const FAILURES_BEFORE_LOCK = 5;

/** A day without a failed sign-in starts an email's count afresh. */
export const SIGN_IN_FAILURES_FORGOTTEN_MS = DAY_MS;

/** The longest lock, so that an attacker cannot shut an owner out for days. */
const MAX_LOCK_MINUTES = 60;

/**
 * How long sign-ins stay refused after the `failedAttempts`-th failure in a row, in ms: none
 * before the fifth, then 1, 2, 4, 8 … minutes, at most an hour.
 */
export function lockDuration(failedAttempts: number): number {
  if (failedAttempts < FAILURES_BEFORE_LOCK) return 0;
  const minutes = 2 ** Math.min(failedAttempts - FAILURES_BEFORE_LOCK, 6);
  return Math.min(minutes, MAX_LOCK_MINUTES) * MINUTE_MS;
}

/** Failed sign-ins one client network may make in an hour, with any emails, before a pause. */
export const NETWORK_FAILURES_PER_HOUR = 100;

/** The hour over which a network's failed sign-ins are counted. */
export const NETWORK_WINDOW_MS = HOUR_MS;
