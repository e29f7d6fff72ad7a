import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
    status: text('status', { enum: ['confirmed', 'cancelled'] }).notNull(),
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
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('bookings_staff_blocked_idx').on(table.staffId, table.blockedFrom),
    index('bookings_account_starts_idx').on(table.accountId, table.startsAt),
  ],
);

export type BookingRow = typeof bookings.$inferSelect;
