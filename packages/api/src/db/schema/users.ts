import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { staff } from './staff.js';

/**
 * A person who signs in to the owner console at `/console`. `email` is stored lower-cased and
 * is unique across accounts, so one address names one login. The password is kept only as
 * `pbkdf2$<iterations>$<salt base64>$<hash base64>` (see auth/password.ts).
 */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['owner', 'staff'] }).notNull(),
    /** The staff member a `staff` user is; `null` for owners. */
    staffId: text('staff_id').references(() => staff.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(table.email),
    index('users_account_idx').on(table.accountId),
  ],
);

/**
 * Failed sign-ins in a row with one email address, whether a login has it or not, so that the
 * answers to guesses tell nobody which addresses have a login. Keyed by the hex SHA-256 of the
 * lower-cased address, so the table holds no address someone merely typed.
 */
export const signInThrottles = sqliteTable('sign_in_throttles', {
  emailHash: text('email_hash').primaryKey(),
  /** Failed sign-ins since the last success, which decide how long the next lock lasts. */
  failedAttempts: integer('failed_attempts').notNull(),
  /** Until when (epoch ms) sign-ins are refused after repeated failures. */
  lockedUntil: integer('locked_until'),
  lastFailedAt: integer('last_failed_at').notNull(),
});

/**
 * Failed sign-ins from one client network (an IPv4 address or an IPv6 /64) in the hour from
 * `windowStart`, with any email, so that guesses spread over many addresses are slowed down
 * too. Keyed by the hex SHA-256 of the network, so the table holds no address. A success does
 * not clear the count, so a guesser with one login of their own cannot wipe it.
 */
export const signInNetworkThrottles = sqliteTable('sign_in_network_throttles', {
  networkHash: text('network_hash').primaryKey(),
  failedAttempts: integer('failed_attempts').notNull(),
  /** When (epoch ms) the hour that `failedAttempts` counts began. */
  windowStart: integer('window_start').notNull(),
});

/**
 * A signed-in console session. The cookie carries a random token; only its SHA-256 is stored,
 * so a leaked table cannot be replayed as cookies.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    /** Hex SHA-256 of the cookie's token. */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: integer('expires_at').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** A password reset link sent by email: usable once, until it expires. */
export const passwordResets = sqliteTable(
  'password_resets',
  {
    /** Hex SHA-256 of the token in the emailed link. */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (table) => [index('password_resets_user_idx').on(table.userId)],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
