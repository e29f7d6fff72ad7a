import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { services } from './services.js';
import { staff } from './staff.js';

/**
 * A slot reserved for a few minutes while a visitor fills in the form. A hold blocks the slot
 * like a booking until it expires or a booking takes it over.
 */
export const holds = sqliteTable(
  'holds',
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
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    blockedFrom: integer('blocked_from').notNull(),
    blockedUntil: integer('blocked_until').notNull(),
    seats: integer('seats').notNull().default(1),
    expiresAt: integer('expires_at').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('holds_staff_blocked_idx').on(table.staffId, table.blockedFrom)],
);

export type Hold = typeof holds.$inferSelect;
