import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode, problemResponse } from '../problem.js';
import { presentedKey } from './presented-key.js';

/** The period of the `PUBLIC_WRITES` limit in wrangler.toml, which a client should wait out. */
const PERIOD_SECONDS = 60;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Limits public writes (every method but GET, HEAD and OPTIONS) per publishable key and client
 * network with the `PUBLIC_WRITES` binding, so one visitor cannot flood an account with
 * bookings or holds. Over the limit the answer is 429 `rate_limited` with `Retry-After`.
 * Cloudflare counts per location and only approximately, so the limit is a guard, not a quota.
 */
export const publicWriteLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (READ_METHODS.has(c.req.method)) return next();

  // Invalid keys are counted too: they still cost a lookup, and the route refuses them later.
  // The hosted booking page names its account by slug instead of a key.
  const slug = c.req.query('account');
  const key = (presentedKey(c) ?? (slug === undefined ? 'none' : `account:${slug}`)).slice(0, 64);
  const { success } = await c.env.PUBLIC_WRITES.limit({ key: `${key} ${requestNetwork(c)}` });
  if (success) return next();

  const response = problemResponse(
    new ApiProblem(
      429,
      ProblemCode.rateLimited,
      `Too many changes from this address; try again in ${PERIOD_SECONDS} seconds.`,
    ),
    c.var.requestId,
  );
  response.headers.set('Retry-After', String(PERIOD_SECONDS));
  return response;
});

/** The client network of a request, from the address Cloudflare puts in `CF-Connecting-IP`. */
export function requestNetwork(c: Context<AppEnv>): string {
  return clientNetwork(c.req.header('CF-Connecting-IP') ?? 'unknown');
}

/**
 * The part of a client address that one subscriber controls: the whole IPv4 address, or the
 * /64 prefix of an IPv6 address, since a single home or phone is handed a whole /64.
 */
export function clientNetwork(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
