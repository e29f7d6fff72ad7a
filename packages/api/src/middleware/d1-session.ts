import { drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';

import * as schema from '../db/schema/index.js';
import type { AppEnv } from '../env.js';

/** The header in which clients send back, and the API returns, a D1 session bookmark. */
export const BOOKMARK_HEADER = 'Bookafy-Bookmark';

/**
 * Runs the request in one D1 session. Reads start from the bookmark the client sends (header,
 * or the `bookmark` query parameter so that public GETs need no CORS preflight), so a visitor
 * always sees their own writes even when served by a replica; writes go to the primary. The
 * session's latest bookmark is returned with every response.
 */
export const d1Session = createMiddleware<AppEnv>(async (c, next) => {
  // A CORS preflight only reads the key's account, so a replica may answer it.
  const isRead = ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
  const bookmark = c.req.header(BOOKMARK_HEADER) ?? c.req.query('bookmark');
  const session = c.env.DB.withSession(
    isRead ? bookmark || 'first-unconstrained' : 'first-primary',
  );
  // drizzle only calls prepare() and batch(), which a session shares with the database.
  c.set('db', drizzle(session as unknown as D1Database, { schema }));
  c.set('d1', session);

  await next();

  const latest = session.getBookmark();
  if (latest) c.header(BOOKMARK_HEADER, latest);
});
