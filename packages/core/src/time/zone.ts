import { IANAZone } from 'luxon';

import { DAY_MS, MINUTE_MS } from './instant.js';

/** The offsets one zone observes during one UTC day, and the instant they change, if they do. */
interface DayOffsets {
  readonly atStart: number;
  readonly atEnd: number;
  /** First instant (whole minute) at which `atEnd` is in force; only when the two differ. */
  readonly changesAt: number;
}

const dayOffsetCache = new Map<string, Map<number, DayOffsets>>();

/** An IANA name such as `America/Argentina/Buenos_Aires`, `Etc/GMT+5` or `UTC`. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * Whether `timeZone` is an IANA zone name this runtime knows. Bare offsets such as `+02:00`,
 * which `Intl` also accepts, are refused: an offset has no DST rules, so it is not a place.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return IANA_NAME.test(timeZone) && IANAZone.isValidZone(timeZone);
}

/**
 * The offset from UTC, in minutes, that `timeZone` observes at `epochMs`. Positive east of
 * Greenwich; Asia/Kathmandu gives 345.
 *
 * Each zone's offsets are read from the tz database (through `Intl`) once per UTC day and
 * kept, so the engine's hot loop does a map lookup, not a formatting call. A zone is taken to
 * change its offset at most once per UTC day, which holds for every zone since 1970.
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const dayNumber = Math.floor(epochMs / DAY_MS);
  let days = dayOffsetCache.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsetCache.set(timeZone, days);
  }
  let offsets = days.get(dayNumber);
  if (!offsets) {
    offsets = readDayOffsets(IANAZone.create(timeZone), dayNumber);
    days.set(dayNumber, offsets);
  }
  return epochMs < offsets.changesAt ? offsets.atStart : offsets.atEnd;
}

function readDayOffsets(zone: IANAZone, dayNumber: number): DayOffsets {
  const dayStart = dayNumber * DAY_MS;
  const atStart = zone.offset(dayStart);
  const atEnd = zone.offset(dayStart + DAY_MS - MINUTE_MS);
  if (atStart === atEnd) return { atStart, atEnd, changesAt: Infinity };

  // Binary search for the first minute of the day that observes the new offset.
  let low = 0;
  let high = 1439;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (zone.offset(dayStart + middle * MINUTE_MS) === atStart) low = middle + 1;
    else high = middle;
  }
  return { atStart, atEnd, changesAt: dayStart + low * MINUTE_MS };
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
  const localMs = localMinutes * MINUTE_MS;
  // A day either side is further than any two transitions a zone has ever been apart.
  const offsetBefore = zoneOffsetMinutes(timeZone, localMs - DAY_MS);
  const offsetAfter = zoneOffsetMinutes(timeZone, localMs + DAY_MS);

  const earlier = localMs - offsetBefore * MINUTE_MS;
  if (zoneOffsetMinutes(timeZone, earlier) === offsetBefore) return earlier;

  const later = localMs - offsetAfter * MINUTE_MS;
  if (zoneOffsetMinutes(timeZone, later) === offsetAfter) return later;

  // Neither offset reproduces the wall clock: the time falls in a gap.
  return earlier;
}

/** Minutes since 1970-01-01T00:00 on the wall clock of `timeZone` at `epochMs`. */
export function epochMsToWallClock(timeZone: string, epochMs: number): number {
  return Math.floor(epochMs / MINUTE_MS) + zoneOffsetMinutes(timeZone, epochMs);
}

/** The local day number (days since 1970-01-01 on the wall clock) of an instant. */
export function localDayNumber(timeZone: string, epochMs: number): number {
  return Math.floor(epochMsToWallClock(timeZone, epochMs) / 1440);
}

/**
 * The UTC range of the local day (`unit: 'day'`) or ISO week, Monday first (`unit: 'week'`),
 * that contains `epochMs` in `timeZone`. A day that starts in a DST gap starts when the gap
 * ends; a day may last 23, 24 or 25 hours.
 */
export function localPeriodRange(
  timeZone: string,
  epochMs: number,
  unit: 'day' | 'week',
): { start: number; end: number } {
  const day = localDayNumber(timeZone, epochMs);
  // Day 0 (1970-01-01) was a Thursday, so Monday of its week is day -3.
  const first = unit === 'day' ? day : Math.floor((day + 3) / 7) * 7 - 3;
  const length = unit === 'day' ? 1 : 7;
  return {
    start: wallClockToEpochMs(timeZone, first * 1440),
    end: wallClockToEpochMs(timeZone, (first + length) * 1440),
  };
}
