import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';

/**
 * A message about a booking to its customer or its staff member: written when the booking
 * changes (or when its reminder is due), then handed to the configured mailer and retried until
 * it is sent. `dedupeKey` makes writing the same message twice impossible, so a retried
 * outbox run or cron tick never sends it twice.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    bookingId: text('booking_id').notNull(),
    kind: text('kind', {
      enum: ['confirmation', 'rescheduled', 'cancelled', 'reminder'],
    }).notNull(),
    recipient: text('recipient', { enum: ['customer', 'staff'] }).notNull(),
    /** e.g. `<outbox event id>:customer` or `reminder:<booking id>:<sequence>:staff`. */
    dedupeKey: text('dedupe_key').notNull(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name').notNull().default(''),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** The iCalendar attachment, `METHOD:REQUEST` or `METHOD:CANCEL`; `null` for reminders. */
    ics: text('ics'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    sentAt: integer('sent_at'),
    /** The last failure, for the account's message log. */
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('messages_dedupe_key_unique').on(table.dedupeKey),
    index('messages_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`${table.status} = 'pending'`),
    index('messages_booking_idx').on(table.bookingId, table.createdAt),
  ],
);

/**
 * The development mailer's outbox: what would have been emailed, readable at `/dev/mail` when
 * the Worker runs with `MAILER = "dev"`. Production never writes here.
 */
export const devMail = sqliteTable(
  'dev_mail',
  {
    id: text('id').primaryKey(),
    messageId: text('message_id').notNull(),
    fromAddress: text('from_address').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    ics: text('ics'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('dev_mail_created_idx').on(table.createdAt)],
);

export type Message = typeof messages.$inferSelect;
export type DevMail = typeof devMail.$inferSelect;
