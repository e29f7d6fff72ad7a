import { HOUR_MS } from '@bookafy/core';
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';

import { bookings, messages } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { currentState, loadBookingDetails } from './booking-details.js';
import { messageRows } from './compose-messages.js';
import { queueMessages } from './messages-consumer.js';

/** How long before its start a booking is reminded of. */
export const REMINDER_LEAD_MS = 24 * HOUR_MS;

/** Bookings reminded per run; the cron runs every minute. */
const REMINDER_BATCH_SIZE = 50;

/**
 * The dedupe key of a booking's reminder: it names the booking's sequence, which every
 * reschedule raises, so a moved booking is reminded again for its new time.
 */
export function reminderKey(bookingId: string, sequence: number, recipient: string): string {
  return `reminder:${bookingId}:${sequence}:${recipient}`;
}

/**
 * Queues one reminder, to the customer and to the staff member (when they have an email
 * address), for each confirmed booking that starts after `now` and within the next 24 hours
 * and has not been reminded of at its current time. Run it every minute; running it again
 * queues nothing twice. Returns how many bookings it reminded.
 *
 * @example
 * await queueReminders(env, db, Date.now()); // from the Worker's scheduled handler
 */
export async function queueReminders(env: Env, db: Database, now: number): Promise<number> {
  const customerKey = sql`'reminder:' || ${bookings.id} || ':' || ${bookings.sequence}
    || ':customer'`;
  const due = await db
    .select({ accountId: bookings.accountId, id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, now),
        lte(bookings.startsAt, now + REMINDER_LEAD_MS),
        sql`NOT EXISTS (SELECT 1 FROM ${messages} WHERE ${messages.dedupeKey} = ${customerKey})`,
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .limit(REMINDER_BATCH_SIZE);

  for (const booking of due) {
    const details = await loadBookingDetails(db, booking.accountId, booking.id);
    if (!details) continue;
    const state = currentState(details);
    const rows = await messageRows(
      'reminder',
      details,
      state,
      { publicUrl: env.PUBLIC_URL, now },
      (recipient) => reminderKey(details.row.id, state.sequence, recipient),
    );
    await queueMessages(db, rows);
  }
  return due.length;
}
