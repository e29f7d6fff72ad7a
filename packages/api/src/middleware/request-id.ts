import { createMiddleware } from 'hono/factory';

import type { AppEnv } from '../env.js';
import { newId } from '../internal/ids.js';

/**
 * Gives every request an id, sent back in `X-Request-Id` and carried by its problem bodies
 * and its log line, so a visitor's screenshot of an error leads to the one log entry.
 */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = newId('req');
  c.set('requestId', id);
  await next();
  c.header('X-Request-Id', id);
});
