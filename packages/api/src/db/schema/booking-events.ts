import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';

/** The audit trail: one row for every change to a booking, written in the change's batch. */
export const bookingEvents = sqliteTable(
  'booking_events',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    bookingId: text('booking_id').notNull(),
    type: text('type', {
      enum: ['created', 'confirmed', 'rescheduled', 'cancelled'],
    }).notNull(),
    /** Who made the change: the visitor (manage token), an admin (secret key) or the system. */
    actor: text('actor', { enum: ['visitor', 'admin', 'system'] }).notNull(),
    /** What changed, e.g. the previous and new start of a reschedule. */
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('booking_events_booking_idx').on(table.bookingId, table.createdAt)],
);

export type BookingEvent = typeof bookingEvents.$inferSelect;
