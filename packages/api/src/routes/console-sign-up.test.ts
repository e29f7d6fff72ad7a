import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import { sessionCookieOf } from '../auth/console-user.test-support.js';
import * as schema from '../db/schema/index.js';
import { randomBase32 } from '../internal/ids.js';

const db = drizzle(env.DB, { schema });
const SITE = 'http://127.0.0.1';

pinClock('2027-03-01T09:00:00Z');

let clients = 0;

/** A console call from the page, each from an address of its own unless one is given. */
function fromConsole(path: string, init: RequestInit & { cookie?: string; address?: string }) {
  const { cookie, address, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Origin', SITE);
  headers.set('Sec-Fetch-Site', 'same-origin');
  headers.set('CF-Connecting-IP', address ?? `198.51.100.${(clients += 1) % 250}`);
  if (cookie) headers.set('Cookie', cookie);
  return request(path, { ...rest, headers });
}

/** A sign-up body with a fresh email and business name, changed by `extra`. */
function signUpBody(extra: Record<string, unknown> = {}) {
  const unique = randomBase32(8);
  return {
    businessName: `Café Zürich ${unique}`,
    timeZone: 'Europe/Zurich',
    name: 'Zoe Owner',
    email: `zoe-${unique}@cafe.example`,
    password: 'steamed-milk-2027',
    ...extra,
  };
}

const signUp = (body: Record<string, unknown>, address?: string) =>
  fromConsole('/console/sign-up', { method: 'POST', body: JSON.stringify(body), address });

interface MeBody {
  user: { id: string; email: string; role: string; staffId: string | null };
  account: { id: string; slug: string; plan: string; publishableKey: string | null };
}

describe('POST /v1/console/sign-up', () => {
  it('creates a free account with keys, its owner and a session, and signs them in', async () => {
    const body = signUpBody({ email: `Zoe.${randomBase32(6)}@Cafe.Example` });

    const response = await signUp(body);

    expect(response.status).toBe(201);
    const me = await response.json<MeBody>();
    const suffix = body.businessName.split(' ').at(-1)!;
    expect(me).toMatchObject({
      user: { email: body.email.toLowerCase(), name: 'Zoe Owner', role: 'owner', staffId: null },
      account: { name: body.businessName, slug: `cafe-zurich-${suffix}`, plan: 'free' },
    });
    expect(me.account.publishableKey).toMatch(/^pk_live_[0-9a-z]{32}$/);
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie.split('; ').slice(1).sort()).toEqual(
      ['HttpOnly', 'Max-Age=604800', 'Path=/', 'SameSite=Strict', 'Secure'].sort(),
    );

    const again = await fromConsole('/console/me', { cookie: sessionCookieOf(response) });
    expect(await again.json()).toEqual(me);
    const keys = await db
      .select()
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.accountId, me.account.id));
    expect(keys.map((key) => key.kind).sort()).toEqual(['publishable', 'secret']);
    const bootstrap = await request('/bootstrap', { key: me.account.publishableKey! });
    expect(bootstrap.status).toBe(200);
  });

  it('lets the new owner sign in with the password and run the admin API', async () => {
    const body = signUpBody();
    const me = await (await signUp(body)).json<MeBody>();

    const signedIn = await fromConsole('/console/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email: body.email, password: body.password }),
    });
    const account = await fromConsole('/admin/account', { cookie: sessionCookieOf(signedIn) });

    expect(signedIn.status).toBe(200);
    expect(await account.json()).toMatchObject({ id: me.account.id, timeZone: 'Europe/Zurich' });
  });

  it('gives a second business of the same name a suffixed slug', async () => {
    const businessName = `Harbour Yoga ${randomBase32(6)}`;

    const first = await (await signUp(signUpBody({ businessName }))).json<MeBody>();
    const second = await (await signUp(signUpBody({ businessName }))).json<MeBody>();

    expect(first.account.slug).toBe(businessName.toLowerCase().replaceAll(' ', '-'));
    expect(second.account.slug).toMatch(new RegExp(`^${first.account.slug}-[0-9a-z]{4}$`));
  });

  it('refuses an email another login has, whatever its case, and creates nothing', async () => {
    const body = signUpBody();
    await signUp(body);
    const businessName = `Second Shop ${randomBase32(6)}`;

    const response = await signUp(signUpBody({ email: body.email.toUpperCase(), businessName }));

    expect(response.status).toBe(409);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      code: 'email_taken',
      requestId: response.headers.get('X-Request-Id'),
    });
    expect(response.headers.get('Set-Cookie')).toBeNull();
    const accounts = await db
      .select()
      .from(schema.accounts)
      .where(eq(schema.accounts.name, businessName));
    expect(accounts).toEqual([]);
  });

  it('refuses a zone that is no IANA name and a short password, naming each field', async () => {
    const response = await signUp(signUpBody({ timeZone: 'CEST', password: 'short' }));

    expect(response.status).toBe(400);
    const problem = await response.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors.map((error) => error.path).sort()).toEqual(['password', 'timeZone']);
  });

  it('refuses a sign-up posted from another site', async () => {
    const response = await request('/console/sign-up', {
      method: 'POST',
      headers: { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' },
      body: JSON.stringify(signUpBody()),
    });

    expect(response.status).toBe(403);
    expect((await response.json<{ code: string }>()).code).toBe('cross_site');
  });

  it('limits one address to 30 sign-up attempts a minute, like other public writes', async () => {
    const address = '192.0.2.77';
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await signUp({}, address)).status).toBe(400);
    }

    const refused = await signUp(signUpBody(), address);

    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect((await refused.json<{ code: string }>()).code).toBe('rate_limited');
    expect((await signUp(signUpBody())).status).toBe(201);
  });
});
