import { createMiddleware } from 'hono/factory';

import { findAccountByKey } from '../data/find-account-by-key.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Admits public calls that carry an account's publishable key, as `Authorization: Bearer
 * pk_…` or as the `key` query parameter (which keeps public GETs free of CORS preflights).
 */
export const publishableKey = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : c.req.query('key');
  if (!key) {
    throw new ApiProblem(401, ProblemCode.unauthorized, 'Send a publishable key (pk_…).');
  }
  if (!key.startsWith('pk_')) {
    throw new ApiProblem(
      401,
      ProblemCode.unauthorized,
      'Public calls take a publishable key (pk_…).',
    );
  }

  const account = await findAccountByKey(c.var.db, key, 'publishable');
  if (!account) {
    throw new ApiProblem(401, ProblemCode.unauthorized, 'The publishable key is not valid.');
  }
  c.set('account', account);
  await next();
});
