import { createMiddleware } from 'hono/factory';

import { sessionToken } from '../auth/session-cookie.js';
import { signedInFromCookie } from '../auth/session-account.js';
import { findAccountByKey } from '../data/find-account-by-key.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Admits admin calls that carry an account's secret key as `Authorization: Bearer sk_…`, or,
 * without that header, the owner console's session cookie sent from this site's own pages.
 * Secret keys are never read from the URL, where logs and browser history would keep them.
 */
export const secretKey = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  if (header === undefined && sessionToken(c) !== undefined) {
    const { account, user } = await signedInFromCookie(c);
    // Staff users will see only their own bookings; until then the admin API is for owners.
    if (user.role !== 'owner') {
      throw new ApiProblem(403, ProblemCode.unauthorized, 'Only owners may use the admin API.');
    }
    c.set('account', account);
    return next();
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
  await next();
});
