import { createMiddleware } from 'hono/factory';

import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Admits operator calls that carry `Authorization: Bearer <OPERATOR_SECRET>`. Anything else,
 * and every call while the secret is unset, gets the same 404 as a path that does not exist,
 * so the operator routes cannot be found by probing.
 */
export const operatorSecret = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.OPERATOR_SECRET;
  const header = c.req.header('Authorization');
  const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (!expected || !given || !(await isSameSecret(given, expected))) {
    const path = new URL(c.req.url).pathname;
    throw new ApiProblem(404, ProblemCode.notFound, `No route ${c.req.method} ${path}.`);
  }
  await next();
});

/**
 * Compares in constant time. Hashing first gives both sides the same length, so neither the
 * comparison nor an early length check tells a prober how much of a guess was right.
 */
async function isSameSecret(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all(
    [given, expected].map((text) => crypto.subtle.digest('SHA-256', encoder.encode(text))),
  );
  return crypto.subtle.timingSafeEqual(a!, b!);
}
