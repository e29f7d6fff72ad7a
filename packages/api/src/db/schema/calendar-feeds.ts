import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { staff } from './staff.js';

/**
 * A secret iCalendar feed URL of one staff member's bookings, for Google or Apple Calendar to
 * subscribe to. Only the SHA-256 of the URL's token is stored; revoking sets `revokedAt`, after
 * which the URL answers 404.
 */
export const calendarFeeds = sqliteTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    /** Hex SHA-256 of the token in the feed's URL. */
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (table) => [
    uniqueIndex('calendar_feeds_token_hash_unique').on(table.tokenHash),
    index('calendar_feeds_staff_idx').on(table.staffId),
  ],
);

export type CalendarFeed = typeof calendarFeeds.$inferSelect;
