import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A business taking bookings; every other row belongs to exactly one account. */
export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The business's own IANA zone, shown beside the visitor's. */
  timeZone: text('time_zone').notNull(),
  plan: text('plan', { enum: ['free', 'pro'] })
    .notNull()
    .default('free'),
  createdAt: integer('created_at').notNull(),
});

export type Account = typeof accounts.$inferSelect;
