import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import type { Answers } from '@bookafy/core';

import { accounts } from './accounts.js';
import { services } from './services.js';
import { staff } from './staff.js';

/**
 * An appointment. Instants are epoch milliseconds (UTC). `blockedFrom` and `blockedUntil`
 * widen the appointment by the service's buffers; two active bookings of one staff member
 * never have overlapping blocked ranges, which the conditional insert guarantees.
 */
export const bookings = sqliteTable(
  'bookings',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    /** `pending` bookings (services that require confirmation) hold their slot too. */
    status: text('status', { enum: ['pending', 'confirmed', 'cancelled'] }).notNull(),
    /** Seats taken in a group session; 1 for a one-to-one appointment. */
    seats: integer('seats').notNull().default(1),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    blockedFrom: integer('blocked_from').notNull(),
    blockedUntil: integer('blocked_until').notNull(),
    customerName: text('customer_name').notNull(),
    customerEmail: text('customer_email').notNull(),
    /** The visitor's zone, so later messages can state the time as they know it. */
    customerTimeZone: text('customer_time_zone').notNull(),
    customerPhone: text('customer_phone'),
    /** The visitor's answers to the service's questions, by question id. */
    answers: text('answers', { mode: 'json' })
      .$type<Answers>()
      .notNull()
      .default(sql`'{}'`),
    /** Whatever the embedding page attached, such as `utm_source`. */
    metadata: text('metadata', { mode: 'json' })
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'`),
    /**
     * SHA-256 of the manage token, which is returned once when the booking is made. Empty for
     * bookings made before manage tokens existed, which no token can open.
     */
    manageTokenHash: text('manage_token_hash').notNull().default(''),
    /** Raised on every reschedule, as iCalendar's SEQUENCE. */
    sequence: integer('sequence').notNull().default(0),
    cancellationReason: text('cancellation_reason'),
    createdAt: integer('created_at').notNull(),
    /** Set on every change; 0 for bookings made before changes were tracked. */
    updatedAt: integer('updated_at').notNull().default(0),
  },
  (table) => [
    index('bookings_staff_blocked_idx').on(table.staffId, table.blockedFrom),
    index('bookings_account_starts_idx').on(table.accountId, table.startsAt),
    // The fair assignment reads each staff member's latest booking on every slots request.
    index('bookings_staff_created_idx').on(table.staffId, table.createdAt),
  ],
);

export type BookingRow = typeof bookings.$inferSelect;
