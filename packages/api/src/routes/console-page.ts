import { Hono } from 'hono';

import type { AppEnv } from '../env.js';

/**
 * The console's scripts, styles and calls all come from this origin; nothing inline runs and
 * no other site may frame it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/console/`: the owner console's static files (built into the assets folder by
 * scripts/build-site.mjs), served with the console's security headers.
 */
export const consolePageRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.redirect('/console/', 308))
  .get('/*', async (c) => {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    const response = new Response(asset.body, asset);
    response.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.headers.set('Referrer-Policy', 'no-referrer');
    response.headers.set('X-Content-Type-Options', 'nosniff');
    response.headers.set('X-Frame-Options', 'DENY');
    return response;
  });
