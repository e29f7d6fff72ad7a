import { DAY_MS, MINUTE_MS, zoneOffsetMinutesIntl } from '@bookafy/core/client';

/** A wall-clock moment without a zone: a calendar date and the minutes after its midnight. */
export interface WallClock {
  /** `YYYY-MM-DD`. */
  date: string;
  /** 0 … 1439. */
  minute: number;
}

/**
 * The UTC instant (epoch milliseconds) at which the wall clock of `zone` shows `minute` on
 * `date`, by the rules the availability engine follows.
 *
 * In a DST gap (a time that never happens) the time moves forward by the length of the gap:
 * 02:30 on the night New York springs forward is 03:30 EDT. In a DST overlap (a time that
 * happens twice) the first occurrence wins: 01:30 on the night New York falls back is 01:30
 * EDT. The host's own zone plays no part.
 */
export function wallClockToUtc(date: string, minute: number, zone: string): number {
  const localMs = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE_MS;
  // A day either side lies beyond the nearest transition of every zone.
  const offsetBefore = zoneOffsetMinutesIntl(zone, localMs - DAY_MS);
  const offsetAfter = zoneOffsetMinutesIntl(zone, localMs + DAY_MS);

  const earlier = localMs - offsetBefore * MINUTE_MS;
  if (zoneOffsetMinutesIntl(zone, earlier) === offsetBefore) return earlier;
  const later = localMs - offsetAfter * MINUTE_MS;
  if (zoneOffsetMinutesIntl(zone, later) === offsetAfter) return later;

  // Neither offset shows this wall clock: it lies in a gap, and moves forward by its length.
  return earlier;
}

/** The wall clock of `zone` at the instant `epochMs`. */
export function utcToWallClock(epochMs: number, zone: string): WallClock {
  const wall = Math.floor(epochMs / MINUTE_MS) + zoneOffsetMinutesIntl(zone, epochMs);
  const day = Math.floor(wall / 1440);
  return { date: new Date(day * DAY_MS).toISOString().slice(0, 10), minute: wall - day * 1440 };
}

/**
 * The UTC range `[start, end)` of the local date `date` in `zone`: 23, 24 or 25 hours long. A
 * day that starts in a DST gap starts when the gap ends.
 */
export function localDayRange(date: string, zone: string): { start: number; end: number } {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: wallClockToUtc(date, 0, zone), end: wallClockToUtc(next, 0, zone) };
}

/** A wall clock as a `datetime-local` input writes it: `2027-03-14T09:30`. */
export function formatWallClock({ date, minute }: WallClock): string {
  const hours = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${date}T${hours}:${String(minute % 60).padStart(2, '0')}`;
}

/** Reads a `datetime-local` value (`2027-03-14T09:30`, seconds ignored), or `undefined`. */
export function parseWallClock(text: string): WallClock | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!match) return undefined;
  const [, date, hours, minutes] = match as unknown as [string, string, string, string];
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return undefined;
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  return { date, minute: Number(hours) * 60 + Number(minutes) };
}
