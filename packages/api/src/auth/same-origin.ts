import type { Context } from 'hono';

import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Refuses a request a browser sent from another site, so that a page elsewhere cannot act with
 * the visitor's console session (cross-site request forgery). Browsers state where a request
 * comes from in `Sec-Fetch-Site` and, for writes, in `Origin`; a client that sends neither is
 * not a browser and carries no ambient cookie of a visitor.
 */
export function requireSameOrigin(c: Context): void {
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const crossSite =
    (site !== undefined && site !== 'same-origin') ||
    (origin !== undefined && origin !== new URL(c.req.url).origin);
  if (crossSite) {
    throw new ApiProblem(
      403,
      ProblemCode.crossSite,
      'Console sessions are accepted only from the console on this site.',
    );
  }
}
