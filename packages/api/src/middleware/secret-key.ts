import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

import { sessionToken } from '../auth/session-cookie.js';
import { signedInFromCookie } from '../auth/session-account.js';
import { findAccountByKey } from '../data/find-account-by-key.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Sets the request's account from its secret key or console session. A staff user's session
 * passes only where `admitStaff` is true, and then limits the request to their staff member.
 */
async function authorise(c: Context<AppEnv>, admitStaff: boolean): Promise<void> {
  const header = c.req.header('Authorization');
  if (header === undefined && sessionToken(c) !== undefined) {
    const { account, user } = await signedInFromCookie(c);
    if (user.role !== 'owner') {
      if (!admitStaff || user.staffId === null) {
        throw new ApiProblem(
          403,
          ProblemCode.ownerOnly,
          'Only an owner of the account may do this.',
        );
      }
      c.set('staffScope', user.staffId);
    }
    c.set('account', account);
    return;
  }

  const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (!key?.startsWith('sk_')) {
    throw new ApiProblem(
      401,
      ProblemCode.unauthorized,
      'Admin calls take a secret key (sk_…) in the Authorization header.',
    );
  }

  const account = await findAccountByKey(c.var.db, key, 'secret');
  if (!account) throw new ApiProblem(401, ProblemCode.unauthorized, 'The secret key is not valid.');
  c.set('account', account);
}

/**
 * Admits admin calls that carry an account's secret key as `Authorization: Bearer sk_…`, or,
 * without that header, an owner's console session cookie sent from this site's own pages; a
 * staff user's session is refused with 403 `owner_only`. Secret keys are never read from the
 * URL, where logs and browser history would keep them.
 */
export const secretKey = createMiddleware<AppEnv>(async (c, next) => {
  await authorise(c, false);
  await next();
});

/**
 * {@link secretKey}, and a staff user's console session as well, with `staffScope` set to their
 * staff member: for the few admin routes a staff member may use, which keep them to their own
 * bookings.
 */
export const secretKeyOrStaff = createMiddleware<AppEnv>(async (c, next) => {
  await authorise(c, true);
  await next();
});
