import { parseUtcString, toUtcString, type WebhookEvent } from '@bookafy/core';
import { and, eq } from 'drizzle-orm';

import { type eventPayload } from '../data/booking-statements.js';
import { toWireBooking } from '../data/wire-booking.js';
import { bookingEvents, bookings, type outboxEvents } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { zonedTimes } from './local-time.js';

/** A stored outbox event. */
export type OutboxEvent = typeof outboxEvents.$inferSelect;

/** The booking as the outbox event recorded it, right after its change. */
type RecordedBooking = ReturnType<typeof eventPayload>;

/**
 * The body delivered for an outbox event. The booking's status, times and customer are those
 * the event recorded, so a retry or a replay sends the same body even after later changes;
 * answers, metadata and phone, which no change touches, come from the booking itself.
 */
export async function buildWebhookEvent(db: Database, event: OutboxEvent): Promise<WebhookEvent> {
  const recorded = event.payload as RecordedBooking;
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, event.bookingId), eq(bookings.accountId, event.accountId)));
  if (!row) throw new Error(`Booking ${event.bookingId} of event ${event.id} is missing.`);

  const start = parseUtcString(recorded.start)!;
  const end = parseUtcString(recorded.end)!;
  const { staffTimeZone } = recorded;
  const { manageToken: _omitted, ...wire } = toWireBooking(row, staffTimeZone);
  const booking = {
    ...wire,
    status: recorded.status,
    start: recorded.start,
    end: recorded.end,
    sequence: recorded.sequence,
    customer: { ...wire.customer, ...recorded.customer },
    staffTimeZone,
    local: zonedTimes(start, end, staffTimeZone),
    customerLocal: zonedTimes(start, end, recorded.customer.timeZone),
  };

  const previousStart =
    event.type === 'booking.rescheduled' ? await previousStartOf(db, event) : undefined;
  const previous =
    previousStart === undefined
      ? {}
      : {
          previous: {
            start: toUtcString(previousStart),
            end: toUtcString(previousStart + end - start),
            local: zonedTimes(previousStart, previousStart + end - start, staffTimeZone),
          },
        };

  return {
    id: event.id,
    type: event.type,
    createdAt: toUtcString(event.createdAt),
    data: { booking, ...previous },
  };
}

/** The start before a reschedule, from the audit row written in the same batch as the event. */
async function previousStartOf(db: Database, event: OutboxEvent): Promise<number | undefined> {
  const [audit] = await db
    .select({ data: bookingEvents.data })
    .from(bookingEvents)
    .where(
      and(
        eq(bookingEvents.bookingId, event.bookingId),
        eq(bookingEvents.accountId, event.accountId),
        eq(bookingEvents.type, 'rescheduled'),
        eq(bookingEvents.createdAt, event.createdAt),
      ),
    );
  const previous = audit?.data.previousStart;
  return typeof previous === 'string' ? Date.parse(previous) : undefined;
}
