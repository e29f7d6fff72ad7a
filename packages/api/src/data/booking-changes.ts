import { MINUTE_MS } from '@bookafy/core';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';

import { bookings, staff, type BookingRow } from '../db/schema/index.js';
import type { AppEnv, Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { atomicBatch } from './atomic-batch.js';
import { bookingGuards } from './booking-guards.js';
import { recordChange, type BookingChange } from './booking-statements.js';
import { claimIsFree } from './claim-is-free.js';
import { checkSlot, claimFor } from './check-slot.js';

type Vars = AppEnv['Variables'];
const ACTIVE = ['pending', 'confirmed'] as const;

/** A stored booking with its staff member's zone, in which the business states its time. */
export interface LoadedBooking {
  row: BookingRow;
  timeZone: string;
}

/** The booking matching `condition`, read with its staff member's zone in one query. */
export async function findBooking(
  db: Database,
  condition: SQL,
): Promise<LoadedBooking | undefined> {
  const [found] = await db
    .select({ row: bookings, timeZone: staff.timeZone })
    .from(bookings)
    .innerJoin(staff, and(eq(staff.id, bookings.staffId), eq(staff.accountId, bookings.accountId)))
    .where(condition);
  return found;
}

/**
 * Applies `set` to an active booking in one batch with its audit row and outbox event, each
 * written only if the update was. Returns the booking as it is now, or throws
 * `booking_not_changeable` when it was no longer active (cancelled meanwhile, say).
 */
async function changeBooking(
  vars: Vars,
  { row, timeZone }: LoadedBooking,
  change: BookingChange & { set: Partial<BookingRow>; condition?: ReturnType<typeof sql> },
  from: readonly BookingRow['status'][] = ACTIVE,
): Promise<BookingRow> {
  const now = Date.now();
  const changed: BookingRow = { ...row, ...change.set, updatedAt: now };
  // SQLite's changes() counts the rows of the statement just before in the same batch: the
  // audit row exists only if the update wrote, and the event only if the audit row did.
  const applied = sql`changes() > 0`;

  const update = vars.db
    .update(bookings)
    .set({ ...change.set, updatedAt: now })
    .where(
      and(
        eq(bookings.id, row.id),
        eq(bookings.accountId, row.accountId),
        inArray(bookings.status, [...from]),
        change.condition,
      ),
    );
  const [result] = await atomicBatch(vars.d1, [
    update,
    ...recordChange(changed, { ...change, staffTimeZone: timeZone, at: now, applied }),
  ]);
  if (result!.meta.changes === 0) {
    throw new ApiProblem(409, ProblemCode.bookingNotChangeable, `Booking ${row.id} has changed.`);
  }
  return changed;
}

/** Cancels an active booking; its slot is free again at once. */
export function cancelBooking(
  vars: Vars,
  booking: LoadedBooking,
  actor: BookingChange['actor'],
  reason?: string,
) {
  return changeBooking(vars, booking, {
    type: 'cancelled',
    actor,
    data: reason ? { reason } : {},
    set: { status: 'cancelled', cancellationReason: reason ?? null },
  });
}

/** Confirms a pending booking, exactly once. */
export function confirmBooking(vars: Vars, booking: LoadedBooking, actor: BookingChange['actor']) {
  return changeBooking(vars, booking, { type: 'confirmed', actor, set: { status: 'confirmed' } }, [
    'pending',
  ]);
}

/**
 * Moves an active booking to `start` with the same staff member and duration. The new time
 * is checked by the engine and again inside the update, ignoring the booking itself, so a
 * reschedule racing a new booking for the same time cannot double-book it.
 */
export async function rescheduleBooking(
  vars: Vars,
  booking: LoadedBooking,
  start: number,
  actor: BookingChange['actor'],
): Promise<BookingRow> {
  const { row } = booking;
  const now = Date.now();
  const checked = await checkSlot(vars.db, {
    accountId: row.accountId,
    serviceId: row.serviceId,
    staffId: row.staffId,
    start,
    durationMinutes: Math.round((row.endsAt - row.startsAt) / MINUTE_MS),
    now,
    ignoreBookingId: row.id,
  });
  const { endsAt: end, ...claim } = claimFor(
    checked.service,
    row.staffId,
    start,
    checked.durationMinutes,
  );
  const guards = bookingGuards(checked.service, booking.timeZone, start, {
    now,
    bookingId: row.id,
  });
  try {
    return await changeBooking(vars, booking, {
      type: 'rescheduled',
      actor,
      data: {
        previousStart: new Date(row.startsAt).toISOString(),
        start: new Date(start).toISOString(),
      },
      set: { ...claim, seats: row.seats, endsAt: end, sequence: row.sequence + 1 },
      condition: claimIsFree(vars.db, { ...claim, seats: row.seats }, guards),
    });
  } catch (error) {
    // A concurrent booking took the time between the check and the update.
    if (error instanceof ApiProblem && error.code === ProblemCode.bookingNotChangeable) {
      throw new ApiProblem(409, ProblemCode.slotTaken, 'That time has just been booked.');
    }
    throw error;
  }
}
