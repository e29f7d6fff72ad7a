import type { Context } from 'hono';

import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { requireSameOrigin } from './same-origin.js';
import { sessionToken } from './session-cookie.js';
import { findSession, type SignedIn } from './sessions.js';

/**
 * The signed-in user and account of a request that carries a console session cookie, after
 * checking that the console on this site sent it; 401 when the session is unknown or expired.
 */
export async function signedInFromCookie(c: Context<AppEnv>): Promise<SignedIn> {
  requireSameOrigin(c);
  const token = sessionToken(c);
  const signedIn = token ? await findSession(c.var.db, token, Date.now()) : undefined;
  if (!signedIn) {
    throw new ApiProblem(401, ProblemCode.unauthorized, 'Sign in to the console again.');
  }
  return signedIn;
}
