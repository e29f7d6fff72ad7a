import { eq, sql } from 'drizzle-orm';

import { accounts, users } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { lockDuration } from './lockout.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SignedIn } from './sessions.js';

/** Hashed once per isolate, so an unknown email costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

const wrongCredentials = () =>
  new ApiProblem(401, ProblemCode.unauthorized, 'The email or the password is not right.');

/** A 429 refusal of sign-ins to a locked user, with the seconds left until the lock ends. */
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

/**
 * The user (and account) whose `email` and `password` these are. A wrong password counts as a
 * failure; from the fifth in a row on, sign-ins are refused for a growing time (`lockDuration`)
 * with 429, whether the password is right or not. An unknown email answers exactly like a
 * wrong password.
 */
export async function signIn(
  db: Database,
  email: string,
  password: string,
  now: number,
): Promise<SignedIn> {
  const [found] = await db
    .select({ user: users, account: accounts })
    .from(users)
    .innerJoin(accounts, eq(accounts.id, users.accountId))
    .where(eq(users.email, email.toLowerCase()));
  if (!found) {
    decoyHash ??= hashPassword('a password nobody has');
    await verifyPassword(password, await decoyHash);
    throw wrongCredentials();
  }
  const { user } = found;
  if (user.lockedUntil !== null && user.lockedUntil > now)
    throw new SignInLocked(user.lockedUntil, now);

  if (await verifyPassword(password, user.passwordHash)) {
    if (user.failedAttempts > 0 || user.lockedUntil !== null) {
      await db
        .update(users)
        .set({ failedAttempts: 0, lockedUntil: null })
        .where(eq(users.id, user.id));
    }
    return found;
  }

  // Counted in the statement, so concurrent guesses each count.
  const [counted] = await db
    .update(users)
    .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
    .where(eq(users.id, user.id))
    .returning({ failedAttempts: users.failedAttempts });
  const lockFor = lockDuration(counted?.failedAttempts ?? 0);
  if (lockFor === 0) throw wrongCredentials();

  await db
    .update(users)
    .set({ lockedUntil: now + lockFor })
    .where(eq(users.id, user.id));
  throw new SignInLocked(now + lockFor, now);
}
