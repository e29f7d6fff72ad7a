import type { messages, outboxEvents } from '../db/schema/index.js';
import { messages as messagesTable } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { loadBookingDetails, stateFromPayload } from './booking-details.js';
import { messageRows } from './compose-messages.js';
import type { MessageKind } from './message-kind.js';

/** An outbox event as stored. */
export type OutboxEvent = typeof outboxEvents.$inferSelect;

const KIND_OF_EVENT: Record<OutboxEvent['type'], MessageKind> = {
  'booking.created': 'confirmation',
  'booking.confirmed': 'confirmation',
  'booking.rescheduled': 'rescheduled',
  'booking.cancelled': 'cancelled',
};

/** Writes `rows` once each: a row whose dedupe key exists already is left as it is. */
export async function queueMessages(db: Database, rows: (typeof messages.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(messagesTable).values(rows).onConflictDoNothing({
    target: messagesTable.dedupeKey,
  });
}

/**
 * The outbox consumer of booking messages: for each booking event, queues the message to the
 * customer and (when they have an email address) to the staff member, describing the booking
 * as the event left it. Keyed `<event id>:<recipient>`, so running it again for the same event
 * queues nothing new. `sendDueMessages` sends what it queued.
 *
 * @example
 * await messagesConsumer({ env, db, event, now: Date.now() });
 */
export async function messagesConsumer(ctx: {
  env: Env;
  db: Database;
  event: OutboxEvent;
  now: number;
}): Promise<void> {
  const { env, db, event, now } = ctx;
  const kind = KIND_OF_EVENT[event.type];
  const state = stateFromPayload(event.payload);
  const details = await loadBookingDetails(db, event.accountId, event.bookingId);
  if (!kind || !state || !details) return;

  const rows = await messageRows(
    kind,
    details,
    state,
    { publicUrl: env.PUBLIC_URL, now },
    (recipient) => `${event.id}:${recipient}`,
  );
  await queueMessages(db, rows);
}
