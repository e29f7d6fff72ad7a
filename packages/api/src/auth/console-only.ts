import { createMiddleware } from 'hono/factory';

import type { AppEnv } from '../env.js';
import { requireSameOrigin } from './same-origin.js';

/** Console answers are about one person: no cache keeps them, and only this site may send. */
export const consoleOnly = createMiddleware<AppEnv>(async (c, next) => {
  requireSameOrigin(c);
  await next();
  c.header('Cache-Control', 'no-store');
});
