import {
  dayNumberToLocalDate,
  epochMsToWallClock,
  isoWeekdayOfDayNumber,
  localDayNumber,
  toUtcString,
  wallClockToEpochMs,
} from '@bookafy/core';
import { and, eq, gte, inArray, lt, ne } from 'drizzle-orm';

import { bookingEvents, bookings } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { quarterHourCounts, type QuarterHourCount } from './quarter-hour-counts.js';

/** Bookings made and cancelled on one local date of the account's zone. */
export interface DayCounts {
  date: string;
  booked: number;
  cancelled: number;
}

/** What the console's insights page shows for one account. */
export interface BookingInsights {
  timeZone: string;
  /** The start of the first local day, as a UTC instant. */
  from: string;
  /** The end of today in the account's zone, as a UTC instant (exclusive). */
  to: string;
  days: DayCounts[];
  /** Non-cancelled booking starts by local weekday (0 = Monday) and hour (0–23). */
  busiestHours: number[][];
}

/**
 * The `days` local dates of `timeZone` up to and including today, as day numbers and the UTC
 * range they cover. A day that starts in a DST gap starts when the gap ends, so a range may
 * hold 23- and 25-hour days.
 */
export function insightsWindow(timeZone: string, now: number, days: number) {
  const lastDay = localDayNumber(timeZone, now);
  const firstDay = lastDay - days + 1;
  return {
    firstDay,
    lastDay,
    from: wallClockToEpochMs(timeZone, firstDay * 1440),
    to: wallClockToEpochMs(timeZone, (lastDay + 1) * 1440),
  };
}

/** Adds each quarter hour's count to the local date it falls on, by index from `firstDay`. */
function perLocalDay(
  counts: QuarterHourCount[],
  timeZone: string,
  firstDay: number,
  length: number,
): number[] {
  const totals = new Array<number>(length).fill(0);
  for (const { start, count } of counts) {
    const index = localDayNumber(timeZone, start) - firstDay;
    if (index >= 0 && index < length) totals[index]! += count;
  }
  return totals;
}

/** A 7 × 24 grid of counts by local weekday (Monday first) and local hour. */
function weekdayHourGrid(counts: QuarterHourCount[], timeZone: string): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const { start, count } of counts) {
    const minutes = epochMsToWallClock(timeZone, start);
    const day = Math.floor(minutes / 1440);
    const hour = Math.floor((minutes - day * 1440) / 60);
    grid[isoWeekdayOfDayNumber(day) - 1]![hour]! += count;
  }
  return grid;
}

/**
 * Bookings made and cancelled per local date of the account's zone over the last `days` days
 * up to today (zeros included), and when in the week appointments start. Counting happens in
 * SQL per quarter hour of UTC; the zone is applied here, where DST rules are known.
 *
 * @example
 * await readBookingInsights(db, { id: 'acc_…', timeZone: 'Europe/Berlin' }, Date.now(), 90);
 */
export async function readBookingInsights(
  db: Database,
  account: { id: string; timeZone: string },
  now: number,
  days: number,
): Promise<BookingInsights> {
  const { timeZone } = account;
  const window = insightsWindow(timeZone, now, days);
  // booking_events is indexed by booking, not account: reach it through the account's bookings.
  const accountBookings = db
    .select({ id: bookings.id })
    .from(bookings)
    .where(eq(bookings.accountId, account.id));
  const [created, cancelled, starts] = await Promise.all([
    quarterHourCounts(
      db,
      bookings,
      bookings.createdAt,
      and(
        eq(bookings.accountId, account.id),
        gte(bookings.createdAt, window.from),
        lt(bookings.createdAt, window.to),
      ),
    ),
    quarterHourCounts(
      db,
      bookingEvents,
      bookingEvents.createdAt,
      and(
        eq(bookingEvents.accountId, account.id),
        inArray(bookingEvents.bookingId, accountBookings),
        eq(bookingEvents.type, 'cancelled'),
        gte(bookingEvents.createdAt, window.from),
        lt(bookingEvents.createdAt, window.to),
      ),
    ),
    quarterHourCounts(
      db,
      bookings,
      bookings.startsAt,
      and(
        eq(bookings.accountId, account.id),
        ne(bookings.status, 'cancelled'),
        gte(bookings.startsAt, window.from),
        lt(bookings.startsAt, window.to),
      ),
    ),
  ]);

  const booked = perLocalDay(created, timeZone, window.firstDay, days);
  const cancellations = perLocalDay(cancelled, timeZone, window.firstDay, days);
  return {
    timeZone,
    from: toUtcString(window.from),
    to: toUtcString(window.to),
    days: booked.map((count, index) => ({
      date: dayNumberToLocalDate(window.firstDay + index),
      booked: count,
      cancelled: cancellations[index]!,
    })),
    busiestHours: weekdayHourGrid(starts, timeZone),
  };
}
