import { Hono, type Context } from 'hono';

import { findAccountBySlug } from '../data/find-account-by-slug.js';
import type { AppEnv } from '../env.js';
import { bookingPage, missingPage, PAGE_CSS } from '../html/booking-page.js';
import { isValidSlug } from '../internal/slug.js';
import { d1Session } from '../middleware/d1-session.js';
import { requestId } from '../middleware/request-id.js';

const BOOKING_ID = /^bkg_[0-9a-z]{1,64}$/;

/**
 * Nothing but the Worker's own script, styles and API; no framing, no base URL, and no
 * referrer, because a manage page's address carries the visitor's manage token.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** An HTML response with the hosted pages' security headers. */
function htmlPage(c: Context<AppEnv>, html: string, status: 200 | 404, cache: string) {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', cache);
  return c.html(html, status);
}

/** The account of a `/book/<slug>` address, or `undefined` for a slug no account has. */
function accountOf(c: Context<AppEnv>) {
  const slug = c.req.param('slug') ?? '';
  return isValidSlug(slug) ? findAccountBySlug(c.var.db, slug) : Promise.resolve(undefined);
}

/**
 * `/book/<slug>`: the hosted booking page of an account, for businesses without a website of
 * their own, and `/book/<slug>/manage/<bookingId>?token=…`, where a visitor views, moves or
 * cancels a booking. Both load the widget, which names the account by its slug.
 */
export const bookRoutes = new Hono<AppEnv>()
  .use(requestId, d1Session)
  .get('/page.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  })
  .get('/:slug', async (c) => {
    const account = await accountOf(c);
    if (!account) return htmlPage(c, missingPage(), 404, 'no-cache');
    return htmlPage(c, bookingPage(account), 200, 'no-cache');
  })
  .get('/:slug/manage/:bookingId', async (c) => {
    const bookingId = c.req.param('bookingId');
    const account = BOOKING_ID.test(bookingId) ? await accountOf(c) : undefined;
    if (!account) return htmlPage(c, missingPage(), 404, 'no-store');
    return htmlPage(c, bookingPage(account, bookingId), 200, 'no-store');
  })
  .get('/*', (c) => htmlPage(c, missingPage(), 404, 'no-cache'));
