import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** A business taking bookings; every other row belongs to exactly one account. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    /** The handle of the hosted booking page, `/book/<slug>`; unique across accounts. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** The business's own IANA zone, shown beside the visitor's. */
    timeZone: text('time_zone').notNull(),
    plan: text('plan', { enum: ['free', 'pro'] })
      .notNull()
      .default('free'),
    /** Origins (`https://example.com`) whose pages may call the public API; exact matches. */
    allowedOrigins: text('allowed_origins', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** How the widget presents the business. */
    branding: text('branding', { mode: 'json' })
      .$type<{ accentColor?: string; logoUrl?: string }>()
      .notNull()
      .default(sql`'{}'`),
    /** Where Bookafy tells the business about its account, e.g. a webhook endpoint it disabled. */
    contactEmail: text('contact_email'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [uniqueIndex('accounts_slug_idx').on(table.slug)],
);

export type Account = typeof accounts.$inferSelect;
