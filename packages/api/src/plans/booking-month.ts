import { DAY_MS, localDayNumber, wallClockToEpochMs } from '@bookafy/core';

/** A calendar month of one time zone, as UTC instants. */
export interface LocalMonth {
  /** `YYYY-MM` as the zone's calendar names it. */
  month: string;
  /** The first instant of the month's first day (epoch ms). */
  start: number;
  /** The first instant of the next month (epoch ms), not part of this one. */
  end: number;
}

/**
 * The calendar month of `timeZone` that contains the instant `now`. A month whose first day
 * starts in a DST gap starts when the gap ends; months are not all the same length in hours.
 */
export function localMonth(timeZone: string, now: number): LocalMonth {
  // A local day number read as a UTC date gives the zone's calendar date.
  const today = new Date(localDayNumber(timeZone, now) * DAY_MS);
  const year = today.getUTCFullYear();
  const monthIndex = today.getUTCMonth();
  const firstDay = Date.UTC(year, monthIndex, 1) / DAY_MS;
  const nextFirstDay = Date.UTC(year, monthIndex + 1, 1) / DAY_MS;
  return {
    month: `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}`,
    start: wallClockToEpochMs(timeZone, firstDay * 1440),
    end: wallClockToEpochMs(timeZone, nextFirstDay * 1440),
  };
}
