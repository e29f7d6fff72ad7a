import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

import { findAccountByKey } from '../data/find-account-by-key.js';
import { findAccountBySlug } from '../data/find-account-by-slug.js';
import type { Account } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { isValidSlug } from '../internal/slug.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Admits public calls that name their account: with its publishable key, as `Authorization:
 * Bearer pk_…` or as the `key` query parameter (which keeps public GETs free of CORS
 * preflights), or, from the Worker's own pages only, with its slug as the `account` query
 * parameter. The hosted booking page `/book/<slug>` uses the slug, so it needs no key in its
 * HTML; another site sending the slug gets 401 `same_origin_only`, so a slug never stands in
 * for a key where the account's allowed origins would apply.
 */
export const publishableKey = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : c.req.query('key');
  const slug = c.req.query('account');
  const account =
    !key && slug !== undefined ? await accountOfSlug(c, slug) : await accountOf(c, key);
  c.set('account', account);
  await next();
});

async function accountOf(c: Context<AppEnv>, key: string | undefined): Promise<Account> {
  if (!key) {
    throw new ApiProblem(
      401,
      ProblemCode.unauthorized,
      'Send a publishable key (pk_…), or the account slug from its own booking page.',
    );
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
  return account;
}

async function accountOfSlug(c: Context<AppEnv>, slug: string): Promise<Account> {
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) {
    throw new ApiProblem(
      401,
      ProblemCode.sameOriginOnly,
      'The account parameter works only on pages of this API; other sites send a publishable key.',
    );
  }

  const account = isValidSlug(slug) ? await findAccountBySlug(c.var.db, slug) : undefined;
  if (!account) {
    throw new ApiProblem(401, ProblemCode.unauthorized, `No account has the slug ${slug}.`);
  }
  return account;
}
