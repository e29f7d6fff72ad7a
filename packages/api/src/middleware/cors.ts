import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

import { findAccountByKey } from '../data/find-account-by-key.js';
import type { Account } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode, problemResponse } from '../problem.js';
import { presentedKey } from './presented-key.js';

const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';
// Bookafy-Manage-Token is how the manage routes (routes/manage.ts) take a visitor's token.
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Bookafy-Bookmark, Bookafy-Manage-Token';
const EXPOSED_HEADERS =
  'Bookafy-Bookmark, X-Request-Id, Location, Retry-After, Idempotent-Replayed';
/** A day: browsers cap it lower (Chromium at two hours), which is still one preflight a visit. */
const PREFLIGHT_MAX_AGE_SECONDS = '86400';
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Grants cross-origin access to the public API per account: a page may read a response only
 * when its `Origin` is exactly one of the `allowedOrigins` of the account whose publishable key
 * the request carries. A preflight has no headers of its own, so it is judged by the `key`
 * query parameter of its URL; clients put the key there for every cross-origin call that is
 * preflighted. A disallowed origin gets no grant at all: reads still run (the browser hides the
 * answer), writes are refused with 403 before they change anything, because a browser sends a
 * form-like cross-origin POST without asking first. Requests without `Origin`, or from the
 * Worker's own origin, are not cross-origin and pass untouched. A call with an unknown or revoked
 * key gets no grant either, so the page sees a network error instead of the 401 that says why.
 */
export const cors = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('Origin');
  const isCrossOrigin = origin !== undefined && origin !== new URL(c.req.url).origin;
  const allows = (account: Account | undefined) =>
    isCrossOrigin && account !== undefined && account.allowedOrigins.includes(origin);

  if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
    c.header('Vary', 'Origin');
    if (isCrossOrigin && allows(await accountOf(c, c.req.query('key')))) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
    }
    return c.body(null, 204);
  }

  let keyAccount: Account | undefined;
  if (isCrossOrigin && !READ_METHODS.has(c.req.method)) {
    keyAccount = await accountOf(c, presentedKey(c));
    // Without a valid key the route refuses the call itself, and the page may not read why.
    if (keyAccount && !allows(keyAccount)) {
      const refusal = new ApiProblem(
        403,
        ProblemCode.originNotAllowed,
        `The origin ${origin} is not among this account's allowed origins.`,
      );
      const response = problemResponse(refusal, c.var.requestId);
      response.headers.set('Vary', 'Origin');
      return response;
    }
  }

  await next();

  c.header('Vary', 'Origin', { append: true });
  if (!isCrossOrigin) return;
  // Routes that authenticate set the account. Refusals that come first (413, 429) and the
  // manage routes, which take a token instead, are judged by the key the URL carries.
  const account =
    (c.get('account') as Account | undefined) ??
    keyAccount ??
    (await accountOf(c, presentedKey(c)));
  if (allows(account)) {
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
});

/** The account of a publishable key, or `undefined` for anything else. */
function accountOf(c: Context<AppEnv>, key: string | undefined): Promise<Account | undefined> {
  if (!key?.startsWith('pk_')) return Promise.resolve(undefined);
  return findAccountByKey(c.var.db, key, 'publishable');
}
