import type { TimeRange } from '@bookafy/core';
import { and, countDistinct, eq, gt, gte, inArray, lt, ne, sql, sum, type SQL } from 'drizzle-orm';

import { bookings, holds } from '../db/schema/index.js';
import type { Database } from '../env.js';

/** The part of a booking or hold that decides whether it still fits. */
export interface SlotClaim {
  staffId: string;
  serviceId: string;
  startsAt: number;
  blockedFrom: number;
  blockedUntil: number;
  seats: number;
}

/** What must still hold true at the instant a booking, hold or reschedule is written. */
export interface BookingGuards {
  /** Visitors one appointment of the service takes. */
  capacity: number;
  /** A limit of appointments in the staff member's local day or week, if the service has one. */
  limits: { max: number; period: TimeRange }[];
  /** Holds that expire after this instant still block the slot. */
  now: number;
  /** A hold of the visitor's own that is being taken over, so it does not block itself. */
  holdId?: string | undefined;
  /** A booking being moved, so its old time does not block its new one. */
  bookingId?: string | undefined;
}

/**
 * The SQL condition that a claim is still free: no active booking or live hold of the staff
 * member overlaps its blocked range (one of the same group session excepted), the session has
 * seats left, and no daily or weekly limit is reached. Used inside one conditional statement,
 * so of any number of concurrent claims exactly as many win as there are seats.
 */
export function claimIsFree(db: Database, claim: SlotClaim, guards: BookingGuards): SQL {
  const active = and(
    eq(bookings.staffId, claim.staffId),
    inArray(bookings.status, ['pending', 'confirmed']),
    guards.bookingId ? ne(bookings.id, guards.bookingId) : undefined,
  );
  const live = and(
    eq(holds.staffId, claim.staffId),
    gt(holds.expiresAt, guards.now),
    guards.holdId ? ne(holds.id, guards.holdId) : undefined,
  );
  const sameSession = and(
    active,
    eq(bookings.serviceId, claim.serviceId),
    eq(bookings.startsAt, claim.startsAt),
  );
  const heldSession = and(
    live,
    eq(holds.serviceId, claim.serviceId),
    eq(holds.startsAt, claim.startsAt),
  );
  const shares = guards.capacity > 1;

  // drizzle writes an embedded query inside parentheses already.
  const overlappingBooking = db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        active,
        lt(bookings.blockedFrom, claim.blockedUntil),
        gt(bookings.blockedUntil, claim.blockedFrom),
        shares ? sql`NOT (${sameSession})` : undefined,
      ),
    );
  const overlappingHold = db
    .select({ id: holds.id })
    .from(holds)
    .where(
      and(
        live,
        lt(holds.blockedFrom, claim.blockedUntil),
        gt(holds.blockedUntil, claim.blockedFrom),
        shares ? sql`NOT (${heldSession})` : undefined,
      ),
    );
  const bookedSeats = db
    .select({ seats: sql`COALESCE(${sum(bookings.seats)}, 0)` })
    .from(bookings)
    .where(sameSession);
  const heldSeats = db
    .select({ seats: sql`COALESCE(${sum(holds.seats)}, 0)` })
    .from(holds)
    .where(heldSession);

  const conditions: SQL[] = [
    sql`NOT EXISTS ${overlappingBooking}`,
    sql`NOT EXISTS ${overlappingHold}`,
    sql`${bookedSeats} + ${heldSeats} + ${claim.seats} <= ${guards.capacity}`,
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
  return sql.join(conditions, sql` AND `);
}
