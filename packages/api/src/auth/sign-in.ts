import { eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

import { accounts, signInNetworkThrottles, signInThrottles, users } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import {
  lockDuration,
  NETWORK_FAILURES_PER_HOUR,
  NETWORK_WINDOW_MS,
  SIGN_IN_FAILURES_FORGOTTEN_MS,
} from './lockout.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SignedIn } from './sessions.js';

/** Hashed once per isolate, so an unknown email costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

const wrongCredentials = () =>
  new ApiProblem(401, ProblemCode.invalidCredentials, 'The email or the password is not right.');

/** A 429 refusal of sign-ins with a locked email, with the seconds left until the lock ends. */
export class SignInLocked extends ApiProblem {
  readonly retryAfterSeconds: number;

  constructor(until: number, now: number) {
    const seconds = Math.max(1, Math.ceil((until - now) / 1000));
    super(
      429,
      ProblemCode.rateLimited,
      `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minutes.`,
    );
    this.retryAfterSeconds = seconds;
  }
}

/** The key of an email address in `sign_in_throttles`. */
export function throttleKey(email: string): Promise<string> {
  return sha256Hex(email.toLowerCase());
}

/** The key of a client network (see `clientNetwork`) in `sign_in_network_throttles`. */
export function networkThrottleKey(network: string): Promise<string> {
  return sha256Hex(network);
}

/** What a sign-in presents: the credentials and the client network they come from. */
export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's network as `clientNetwork` gives it. */
  network: string;
}

/**
 * The user (and account) whose `email` and `password` these are. A wrong password counts as a
 * failure of the email; from the fifth in a row on, sign-ins with it are refused for a growing
 * time (`lockDuration`) with 429, whether the password is right or not. An unknown email
 * answers exactly like a wrong password, is counted and locked the same way, and takes as
 * long, so neither the answers nor their timing tell whether a login has the address. Every
 * failure also counts against the client's network: after `NETWORK_FAILURES_PER_HOUR` in an
 * hour, any sign-in from it is refused until that hour is over, so guesses spread over many
 * emails are slowed down as well.
 */
export async function signIn(
  db: Database,
  { email, password, network }: SignInAttempt,
  now: number,
): Promise<SignedIn> {
  const [emailHash, networkHash] = await Promise.all([
    throttleKey(email),
    networkThrottleKey(network),
  ]);
  const [[throttle], [networkThrottle], [found]] = await Promise.all([
    db.select().from(signInThrottles).where(eq(signInThrottles.emailHash, emailHash)),
    db
      .select()
      .from(signInNetworkThrottles)
      .where(eq(signInNetworkThrottles.networkHash, networkHash)),
    db
      .select({ user: users, account: accounts })
      .from(users)
      .innerJoin(accounts, eq(accounts.id, users.accountId))
      .where(eq(users.email, email.toLowerCase())),
  ]);
  const networkPausedUntil =
    networkThrottle && networkThrottle.failedAttempts >= NETWORK_FAILURES_PER_HOUR
      ? networkThrottle.windowStart + NETWORK_WINDOW_MS
      : 0;
  if (networkPausedUntil > now) throw new SignInLocked(networkPausedUntil, now);
  if (throttle && throttle.lockedUntil !== null && throttle.lockedUntil > now) {
    throw new SignInLocked(throttle.lockedUntil, now);
  }

  decoyHash ??= hashPassword('a password nobody has');
  const passwordHash = found?.user.passwordHash ?? (await decoyHash);
  if ((await verifyPassword(password, passwordHash)) && found) {
    if (throttle) await db.delete(signInThrottles).where(eq(signInThrottles.emailHash, emailHash));
    return found;
  }

  // Counted in the statements, so concurrent guesses each count; a day without failures starts
  // an email's count afresh, an hour since its first failure a network's.
  const emailCutoff = now - SIGN_IN_FAILURES_FORGOTTEN_MS;
  const networkCutoff = now - NETWORK_WINDOW_MS;
  const [[counted]] = await db.batch([
    db
      .insert(signInThrottles)
      .values({ emailHash, failedAttempts: 1, lockedUntil: null, lastFailedAt: now })
      .onConflictDoUpdate({
        target: signInThrottles.emailHash,
        set: {
          failedAttempts: ifPast(
            signInThrottles.lastFailedAt,
            emailCutoff,
            sql`1`,
            sql`${signInThrottles.failedAttempts} + 1`,
          ),
          lastFailedAt: now,
        },
      })
      .returning({ failedAttempts: signInThrottles.failedAttempts }),
    db
      .insert(signInNetworkThrottles)
      .values({ networkHash, failedAttempts: 1, windowStart: now })
      .onConflictDoUpdate({
        target: signInNetworkThrottles.networkHash,
        set: {
          failedAttempts: ifPast(
            signInNetworkThrottles.windowStart,
            networkCutoff,
            sql`1`,
            sql`${signInNetworkThrottles.failedAttempts} + 1`,
          ),
          windowStart: ifPast(
            signInNetworkThrottles.windowStart,
            networkCutoff,
            sql`${now}`,
            sql`${signInNetworkThrottles.windowStart}`,
          ),
        },
      }),
  ]);
  const lockFor = lockDuration(counted?.failedAttempts ?? 0);
  if (lockFor === 0) throw wrongCredentials();

  await db
    .update(signInThrottles)
    .set({ lockedUntil: now + lockFor })
    .where(eq(signInThrottles.emailHash, emailHash));
  throw new SignInLocked(now + lockFor, now);
}

/** `afresh` when the instant in `column` is at or before `cutoff`, `otherwise` otherwise. */
function ifPast(column: SQLiteColumn, cutoff: number, afresh: SQL, otherwise: SQL): SQL {
  return sql`CASE WHEN ${column} <= ${cutoff} THEN ${afresh} ELSE ${otherwise} END`;
}
