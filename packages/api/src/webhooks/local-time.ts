import { zoneOffsetMinutes, type ZonedTimes } from '@bookafy/core';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant `epochMs` as the wall-clock time of `timeZone` with that zone's offset at that
 * instant, e.g. `2027-03-01T09:00:00+01:00`, so a receiver needs no zone database. The offset
 * is the one in force at the instant itself: around a DST change two instants an hour apart
 * can show the same wall-clock time (in a fall-back overlap) with different offsets, and no
 * instant ever shows a wall-clock time skipped by a spring-forward gap.
 *
 * @example
 * toOffsetString(Date.parse('2027-03-28T01:30:00Z'), 'Europe/Berlin');
 * // '2027-03-28T03:30:00+02:00'
 */
export function toOffsetString(epochMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, epochMs);
  const wall = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19);
  const absolute = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** The interval `[start, end)` as wall-clock times with offsets in `timeZone`. */
export function zonedTimes(start: number, end: number, timeZone: string): ZonedTimes {
  return { start: toOffsetString(start, timeZone), end: toOffsetString(end, timeZone), timeZone };
}
