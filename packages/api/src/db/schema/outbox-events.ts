import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';

/**
 * Events to deliver (webhooks, messages), written in the same batch as the change they
 * describe, so an event exists exactly when its change does.
 */
export const outboxEvents = sqliteTable(
  'outbox_events',
  {
    /** Stable across retries, so receivers can drop duplicates. */
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    type: text('type', {
      enum: ['booking.created', 'booking.confirmed', 'booking.rescheduled', 'booking.cancelled'],
    }).notNull(),
    bookingId: text('booking_id').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at').notNull(),
    /** When the event was fanned out into webhook deliveries and messages; `null` until then. */
    processedAt: integer('processed_at'),
  },
  (table) => [
    index('outbox_events_account_idx').on(table.accountId, table.createdAt),
    index('outbox_events_unprocessed_idx')
      .on(table.createdAt)
      .where(sql`${table.processedAt} IS NULL`),
  ],
);
