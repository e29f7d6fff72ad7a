import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';

/**
 * The first response to a creating call with an `Idempotency-Key`, kept at least 24 hours so
 * that a retry gets the same answer instead of a second booking.
 */
export const idempotencyRecords = sqliteTable(
  'idempotency_records',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    key: text('key').notNull(),
    /** Method, path and SHA-256 of the body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still being handled. */
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.key] })],
);
