import { DAY_MS } from '@bookafy/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The cookie that carries a console session's token. */
export const SESSION_COOKIE = 'bookafy_session';

/** How long a console session lasts after signing in. */
export const SESSION_LIFETIME_MS = 7 * DAY_MS;

// HttpOnly keeps the token from page scripts; SameSite=Strict keeps other sites' links and forms
// from sending it; browsers accept Secure cookies over plain http on 127.0.0.1 and localhost.
const attributes = {
  httpOnly: true,
  secure: true,
  sameSite: 'Strict',
  path: '/',
} as const;

/** Hands the browser a session's token, for as long as the session lasts. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { ...attributes, maxAge: SESSION_LIFETIME_MS / 1000 });
}

/** Tells the browser to forget its session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, attributes);
}

/** The session token the request's cookie carries, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}
