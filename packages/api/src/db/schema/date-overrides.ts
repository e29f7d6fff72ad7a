import type { LocalInterval } from '@bookafy/core';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { staff } from './staff.js';

/** A local date whose working hours replace the weekly ones; no intervals means closed. */
export const dateOverrides = sqliteTable(
  'date_overrides',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    /** `YYYY-MM-DD` in the staff member's zone. */
    date: text('date').notNull(),
    intervals: text('intervals', { mode: 'json' }).$type<LocalInterval[]>().notNull(),
  },
  (table) => [
    uniqueIndex('date_overrides_staff_date_unique').on(table.staffId, table.date),
    index('date_overrides_account_idx').on(table.accountId),
  ],
);
