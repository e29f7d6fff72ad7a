import type { TimeRange } from '@bookafy/core';
import {
  and,
  countDistinct,
  eq,
  getTableColumns,
  gt,
  gte,
  lt,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';

import { bookings } from '../db/schema/index.js';
import type { Database } from '../env.js';

type NewBooking = typeof bookings.$inferInsert & {
  blockedFrom: number;
  blockedUntil: number;
  seats: number;
};

/** What the insert must still hold true at the instant it writes. */
export interface BookingGuards {
  /** Visitors one appointment of the service takes. */
  capacity: number;
  /** A limit of appointments in the staff member's local day or week, if the service has one. */
  limits: { max: number; period: TimeRange }[];
}

/**
 * Inserts `booking` with one conditional statement that writes nothing when the staff member
 * is no longer free: an active booking overlaps its blocked range (one of the same group
 * session excepted), the session has no seats left, or a daily or weekly limit is reached.
 * D1 runs each statement atomically on the primary, so of any number of concurrent requests
 * for the same time exactly as many win as there are seats. Returns whether it was written.
 */
export async function insertBookingIfFree(
  db: Database,
  booking: NewBooking,
  guards: BookingGuards,
): Promise<boolean> {
  const columns = getTableColumns(bookings);
  const keys = Object.keys(booking) as (keyof NewBooking)[];
  const names = keys.map((key) => sql.identifier(columns[key].name));
  const values = keys.map((key) => sql`${booking[key]}`);

  const active = and(eq(bookings.staffId, booking.staffId), eq(bookings.status, 'confirmed'));
  const sameSession = and(
    active,
    eq(bookings.serviceId, booking.serviceId),
    eq(bookings.startsAt, booking.startsAt),
  );
  const shares = guards.capacity > 1 ? sameSession : sql`0`;

  // drizzle writes an embedded query inside parentheses already.
  const overlapping = db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        active,
        lt(bookings.blockedFrom, booking.blockedUntil),
        gt(bookings.blockedUntil, booking.blockedFrom),
        sql`NOT (${shares})`,
      ),
    );
  const seatsTaken = db
    .select({ seats: sql`COALESCE(${sum(bookings.seats)}, 0)` })
    .from(bookings)
    .where(sameSession);
  const conditions: SQL[] = [
    sql`NOT EXISTS ${overlapping}`,
    sql`${seatsTaken} + ${booking.seats} <= ${guards.capacity}`,
  ];

  for (const { max, period } of guards.limits) {
    const appointments = db
      .select({ count: countDistinct(bookings.startsAt) })
      .from(bookings)
      .where(and(active, gte(bookings.startsAt, period.start), lt(bookings.startsAt, period.end)));
    // Joining a session adds a visitor, not an appointment.
    const joins = db.select({ id: bookings.id }).from(bookings).where(sameSession);
    conditions.push(sql`(EXISTS ${joins} OR ${appointments} < ${max})`);
  }

  const inserted = await db.get<{ id: string } | undefined>(sql`
    INSERT INTO ${bookings} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(values, sql`, `)}
    WHERE ${sql.join(conditions, sql` AND `)}
    RETURNING ${sql.identifier(columns.id.name)}`);
  return Boolean(inserted);
}
