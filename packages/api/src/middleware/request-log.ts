import { createMiddleware } from 'hono/factory';

import type { AppEnv } from '../env.js';

/** Writes one JSON line per request when the `REQUEST_LOG` variable is `on`. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.env.REQUEST_LOG !== 'on') return;
  console.log(
    JSON.stringify({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
    }),
  );
});
