import { and, eq, gt } from 'drizzle-orm';

import {
  accounts,
  sessions,
  users,
  type Account,
  type Session,
  type User,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { randomBase32 } from '../internal/ids.js';
import { SESSION_LIFETIME_MS } from './session-cookie.js';

/** A live session's user and the account the user belongs to. */
export interface SignedIn {
  user: User;
  account: Account;
}

/**
 * A new session's row for `userId` and its token, which only the cookie carries; for a batch
 * that writes the session together with other rows.
 */
export async function newSession(
  userId: string,
  now: number,
): Promise<{ token: string; row: Session }> {
  // 52 base32 characters carry 260 random bits.
  const token = `ses_${randomBase32(52)}`;
  const row = {
    id: await sha256Hex(token),
    userId,
    expiresAt: now + SESSION_LIFETIME_MS,
    createdAt: now,
  };
  return { token, row };
}

/** Starts a session for `userId` and returns its token, which only the cookie carries. */
export async function startSession(db: Database, userId: string, now: number): Promise<string> {
  const { token, row } = await newSession(userId, now);
  await db.insert(sessions).values(row);
  return token;
}

/** The user and account of the session `token` names, unless it is unknown or expired. */
export async function findSession(
  db: Database,
  token: string,
  now: number,
): Promise<SignedIn | undefined> {
  const [row] = await db
    .select({ user: users, account: accounts })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(accounts, eq(accounts.id, users.accountId))
    .where(and(eq(sessions.id, await sha256Hex(token)), gt(sessions.expiresAt, now)));
  return row;
}

/** Ends the session `token` names; an unknown token changes nothing. */
export async function endSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, await sha256Hex(token)));
}
