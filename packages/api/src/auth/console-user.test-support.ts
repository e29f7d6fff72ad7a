import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';

import * as schema from '../db/schema/index.js';
import { newId, randomBase32 } from '../internal/ids.js';
import { hashPassword } from './password.js';

const db = drizzle(env.DB, { schema });

/** A console login of its own for one test: a fresh email on `accountId`. */
export async function createConsoleUser(accountId: string, password = 'harbour-tide-42') {
  const email = `owner-${randomBase32(10)}@studio.example`;
  const id = newId('usr');
  await db.insert(schema.users).values({
    id,
    accountId,
    email,
    name: 'Olivia Owner',
    role: 'owner',
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
