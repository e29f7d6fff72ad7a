import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';

/**
 * Publishable (`pk_…`) and secret (`sk_…`) keys. Only a SHA-256 hash of each key is stored:
 * keys are long random strings, so a fast hash is enough to make a leaked table useless.
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind', { enum: ['publishable', 'secret'] }).notNull(),
    /** Hex SHA-256 of the whole key. */
    keyHash: text('key_hash').notNull(),
    /** The first characters of the key, so a person can tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    /**
     * The whole key for publishable keys, which pages show anyway, so the console can print the
     * embed snippet again; always `null` for secret keys, and for publishable keys created
     * before the column existed.
     */
    publishableKey: text('publishable_key'),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (table) => [
    uniqueIndex('api_keys_key_hash_unique').on(table.keyHash),
    index('api_keys_account_idx').on(table.accountId),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;
