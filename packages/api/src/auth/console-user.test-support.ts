import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';

import { request } from '../../test/fixtures.js';
import * as schema from '../db/schema/index.js';
import { newId, randomBase32 } from '../internal/ids.js';
import { hashPassword } from './password.js';

const db = drizzle(env.DB, { schema });

/**
 * A console login of its own for one test: a fresh email on `accountId`, an owner unless
 * `staffId` makes it that staff member's login.
 */
export async function createConsoleUser(
  accountId: string,
  password = 'harbour-tide-42',
  staffId?: string,
) {
  const role = staffId === undefined ? 'owner' : 'staff';
  const email = `${role}-${randomBase32(10)}@studio.example`;
  const id = newId('usr');
  await db.insert(schema.users).values({
    id,
    accountId,
    email,
    name: staffId === undefined ? 'Olivia Owner' : 'Sam Staff',
    role,
    staffId: staffId ?? null,
    passwordHash: await hashPassword(password),
    createdAt: Date.now(),
  });
  return { id, email, password };
}

/** The `name=value` pair of a response's session cookie, for the next request's `Cookie`. */
export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('bookafy_session='));
  if (!cookie) throw new Error('The response set no session cookie.');
  return cookie.split(';')[0]!;
}

/** A call from the console page: same origin, as Chromium sends it, with a session cookie. */
export function fromConsole(path: string, init: RequestInit & { cookie?: string } = {}) {
  const { cookie, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Origin', 'http://127.0.0.1');
  headers.set('Sec-Fetch-Site', 'same-origin');
  if (cookie) headers.set('Cookie', cookie);
  return request(path, { ...rest, headers });
}

/** Signs in from the console page and returns the session cookie; throws unless it worked. */
export async function consoleSessionOf(email: string, password: string): Promise<string> {
  const response = await fromConsole('/console/sign-in', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}.`);
  return sessionCookieOf(response);
}
