import { createMiddleware } from 'hono/factory';

import { findAccountByKey } from '../data/find-account-by-key.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Admits admin calls that carry an account's secret key as `Authorization: Bearer sk_…`.
 * Secret keys are never read from the URL, where logs and browser history would keep them.
 */
export const secretKey = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
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
