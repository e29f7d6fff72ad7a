import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { staff } from './staff.js';

/** An absence of a staff member, as a UTC range in epoch milliseconds. */
export const timeOff = sqliteTable(
  'time_off',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (table) => [index('time_off_staff_idx').on(table.staffId, table.startsAt)],
);
