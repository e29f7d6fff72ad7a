import { and, eq, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';

import { accounts, apiKeys } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
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

  const [row] = await c.var.db
    .select({ account: accounts })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .where(
      and(
        eq(apiKeys.keyHash, await sha256Hex(key)),
        eq(apiKeys.kind, 'publishable'),
        isNull(apiKeys.revokedAt),
      ),
    )
    .limit(1);
  if (!row)
    throw new ApiProblem(401, ProblemCode.unauthorized, 'The publishable key is not valid.');

  c.set('account', row.account);
  await next();
});
