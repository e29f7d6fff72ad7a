import { createAccount } from '../data/create-account.js';
import { sessions, users, type User } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { isEmailClash } from './email-clash.js';
import { hashPassword } from './password.js';
import { newSession, type SignedIn } from './sessions.js';

/** What a person signing up tells about their business and themselves. */
export interface SignUp {
  businessName: string;
  timeZone: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Creates a business on the free plan with its first publishable and secret keys, its owner's
 * login and a session for it, all in one batch: a failure leaves no account behind. An email
 * that another login has is 409 `email_taken`. Returns who is signed in and the session's
 * token for the cookie.
 */
export async function signUp(
  db: Database,
  input: SignUp,
  now: number,
): Promise<SignedIn & { sessionToken: string }> {
  const userId = newId('usr');
  const passwordHash = await hashPassword(input.password);
  const session = await newSession(userId, now);
  const owner = (accountId: string): User => ({
    id: userId,
    accountId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: 'owner',
    staffId: null,
    passwordHash,
    createdAt: now,
  });

  try {
    const { account } = await createAccount(
      db,
      { name: input.businessName, timeZone: input.timeZone, plan: 'free', allowedOrigins: [] },
      {
        now,
        alsoWrite: (accountId) => [
          db.insert(users).values(owner(accountId)),
          db.insert(sessions).values(session.row),
        ],
      },
    );
    return { user: owner(account.id), account, sessionToken: session.token };
  } catch (error) {
    if (!isEmailClash(error)) throw error;
    throw new ApiProblem(
      409,
      ProblemCode.emailTaken,
      'A console login already has this email; sign in, or reset its password.',
    );
  }
}
