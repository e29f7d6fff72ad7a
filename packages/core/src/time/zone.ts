import { IANAZone } from 'luxon';

import { MINUTE_MS } from './instant.js';

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/**
 * The offset from UTC, in minutes, that `timeZone` observes at `epochMs`. Positive east of
 * Greenwich; Asia/Kathmandu gives 345.
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  return IANAZone.create(timeZone).offset(epochMs);
}

/**
 * The instant at which a wall clock in `timeZone` shows `localMinutes` (minutes since
 * 1970-01-01T00:00 of that wall clock).
 *
 * In a DST gap (a wall-clock time that never happens) the time moves forward by the length of
 * the gap: 02:30 on the night New York springs forward is 03:30 EDT. In a DST overlap (a
 * wall-clock time that happens twice) the first occurrence wins: 01:30 on the night New York
 * falls back is 01:30 EDT. Only offsets are compared, never a DST flag, so zones whose winter
 * time is modelled as negative DST (Europe/Dublin) behave like any other.
 */
export function wallClockToEpochMs(timeZone: string, localMinutes: number): number {
  const zone = IANAZone.create(timeZone);
  const localMs = localMinutes * MINUTE_MS;
  // A day either side is further than any two transitions a zone has ever been apart.
  const offsetBefore = zone.offset(localMs - 86_400_000);
  const offsetAfter = zone.offset(localMs + 86_400_000);

  const earlier = localMs - offsetBefore * MINUTE_MS;
  if (zone.offset(earlier) === offsetBefore) return earlier;

  const later = localMs - offsetAfter * MINUTE_MS;
  if (zone.offset(later) === offsetAfter) return later;

  // Neither offset reproduces the wall clock: the time falls in a gap.
  return earlier;
}

/** Minutes since 1970-01-01T00:00 on the wall clock of `timeZone` at `epochMs`. */
export function epochMsToWallClock(timeZone: string, epochMs: number): number {
  return Math.floor(epochMs / MINUTE_MS) + zoneOffsetMinutes(timeZone, epochMs);
}
