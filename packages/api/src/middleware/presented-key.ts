import type { Context } from 'hono';

/**
 * The API key a request carries: `Authorization: Bearer …` first, else the `key` query
 * parameter, which public calls use so that a browser sends no custom header.
 */
export function presentedKey(c: Context): string | undefined {
  const header = c.req.header('Authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return c.req.query('key');
}
