import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

import { createAccount, request } from '../../test/fixtures.js';
import { requestWhileMailFails } from '../../test/failing-mailer.js';
import { pinClock } from '../../test/pin-clock.js';
import {
  createConsoleUser,
  fromConsole,
  sessionCookieOf,
} from '../auth/console-user.test-support.js';
import * as schema from '../db/schema/index.js';

const db = drizzle(env.DB, { schema });
const NOW = '2027-03-01T09:00:00Z';
const SITE = 'http://127.0.0.1';

pinClock(NOW);

const signIn = (email: string, password: string, clientAddress?: string) =>
  fromConsole('/console/sign-in', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: clientAddress ? { 'CF-Connecting-IP': clientAddress } : {},
  });

const at = (iso: string) => vi.setSystemTime(new Date(iso));

async function signedInOwner() {
  const { accountId } = await createAccount();
  const user = await createConsoleUser(accountId);
  const cookie = sessionCookieOf(await signIn(user.email, user.password));
  return { accountId, user, cookie };
}

describe('POST /v1/console/sign-in', () => {
  it('answers with the user and sets a strict, HttpOnly, Secure session cookie', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);

    const response = await signIn(user.email.toUpperCase(), user.password);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: { id: user.id, email: user.email, name: 'Olivia Owner', role: 'owner', staffId: null },
      account: {
        id: accountId,
        name: 'Test Studio',
        slug: accountId.replace('_', '-'),
        timeZone: 'Europe/Berlin',
        plan: 'free',
        publishableKey: null,
      },
    });
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^bookafy_session=ses_[0-9a-z]{52}; /);
    expect(cookie.split('; ').slice(1).sort()).toEqual(
      ['HttpOnly', 'Max-Age=604800', 'Path=/', 'SameSite=Strict', 'Secure'].sort(),
    );
  });

  it('stores only the hash of the session token', async () => {
    const { user, cookie } = await signedInOwner();
    const token = cookie.split('=')[1]!;

    const rows = await db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.id).not.toContain(token);
  });

  it('gives a wrong password and an unknown email the same 401 without a cookie', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);

    const wrong = await signIn(user.email, 'not-the-password');
    const unknown = await signIn('nobody@studio.example', 'not-the-password');

    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('Set-Cookie')).toBeNull();
    }
    const shape = ({ code, detail, title }: Record<string, unknown>) => ({ code, detail, title });
    const problem = shape(await wrong.json());
    expect(problem.code).toBe('invalid_credentials');
    expect(shape(await unknown.json())).toEqual(problem);
  });

  it('locks an email nobody signs in with exactly as one a login has', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    const answers = async (email: string) => {
      const seen = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const response = await signIn(email, 'guess');
        seen.push([response.status, response.headers.get('Retry-After')]);
      }
      return seen;
    };

    const known = await answers(user.email);
    const unknown = await answers('nobody-here@studio.example');

    expect(known).toEqual([...Array(4).fill([401, null]), [429, '60'], [429, '60']]);
    expect(unknown).toEqual(known);
  });

  it('starts the count afresh a day after the last failure', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(user.email, 'guess');

    at('2027-03-02T09:00:00Z');
    expect((await signIn(user.email, 'guess')).status).toBe(401);
    at('2027-03-02T09:00:01Z');
    expect((await signIn(user.email, 'guess')).status).toBe(401);
  });

  it('locks a user for growing times from the fifth failure on, with Retry-After', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);

    const statuses = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      statuses.push((await signIn(user.email, 'guess')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);

    at('2027-03-01T09:00:30Z');
    const refused = await signIn(user.email, user.password);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('30');
    expect((await refused.json<{ code: string }>()).code).toBe('rate_limited');

    at('2027-03-01T09:01:00Z');
    const sixth = await signIn(user.email, 'guess');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('Retry-After')).toBe('120');

    at('2027-03-01T09:03:00Z');
    expect((await signIn(user.email, user.password)).status).toBe(200);
    at('2027-03-01T09:03:01Z');
    expect((await signIn(user.email, 'guess')).status).toBe(401);
  });

  it('pauses a network for the rest of the hour after 100 failures with any emails', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    // Addresses of one IPv6 /64, as one home or phone is handed, count as one network.
    const guesser = (guess: number) => `2001:db8:7:7::${guess.toString(16)}`;
    const statuses = new Set<number>();
    for (let guess = 1; guess <= 99; guess++) {
      const response = await signIn(`guess-${guess}@studio.example`, 'guess', guesser(guess));
      statuses.add(response.status);
    }
    expect([...statuses]).toEqual([401]);
    // Signing in with a login of one's own does not wipe the count.
    expect((await signIn(user.email, user.password, guesser(1))).status).toBe(200);

    at('2027-03-01T09:20:00Z');
    expect((await signIn('guess-100@studio.example', 'guess', guesser(100))).status).toBe(401);
    const refused = await signIn(user.email, user.password, guesser(101));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('2400');
    expect((await refused.json<{ code: string }>()).code).toBe('rate_limited');
    expect((await signIn(user.email, user.password, '2001:db8:7:8::1')).status).toBe(200);

    at('2027-03-01T10:00:00Z');
    expect((await signIn(user.email, user.password, guesser(1))).status).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);

    const response = await request('/console/sign-in', {
      method: 'POST',
      headers: { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });

    expect(response.status).toBe(403);
    expect((await response.json<{ code: string }>()).code).toBe('cross_site');
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });
});

describe('a console session', () => {
  it('names its user at /v1/console/me until it expires seven days later', async () => {
    const { user, cookie } = await signedInOwner();

    at('2027-03-08T08:59:59Z');
    const me = await fromConsole('/console/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.headers.get('Cache-Control')).toBe('no-store');
    expect((await me.json<{ user: { id: string } }>()).user.id).toBe(user.id);

    at('2027-03-08T09:00:00Z');
    expect((await fromConsole('/console/me', { cookie })).status).toBe(401);
  });

  it('ends at sign-out, which clears the cookie', async () => {
    const { cookie } = await signedInOwner();

    const out = await fromConsole('/console/sign-out', { method: 'POST', cookie });

    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^bookafy_session=; Max-Age=0; /);
    expect((await fromConsole('/console/me', { cookie })).status).toBe(401);
    expect((await fromConsole('/admin/account', { cookie })).status).toBe(401);
  });

  it('admits the console to the admin API of its own account only', async () => {
    const { accountId, cookie } = await signedInOwner();

    const account = await fromConsole('/admin/account', { cookie });
    const bookings = await fromConsole('/admin/bookings', { cookie });

    expect(account.status).toBe(200);
    expect((await account.json<{ id: string }>()).id).toBe(accountId);
    expect(bookings.status).toBe(200);
  });

  it('is refused by the admin API when another site sends it (CSRF)', async () => {
    const { cookie } = await signedInOwner();
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://attacker.example' },
    ];

    for (const headers of crossSite) {
      const response = await request('/admin/account', {
        method: 'PATCH',
        headers: { ...headers, Cookie: cookie },
        body: JSON.stringify({ name: 'Taken over' }),
      });
      expect(response.status).toBe(403);
      expect((await response.json<{ code: string }>()).code).toBe('cross_site');
    }
    const account = await fromConsole('/admin/account', { cookie });
    expect((await account.json<{ name: string }>()).name).toBe('Test Studio');
  });
});

describe('password reset', () => {
  async function resetTokenMailedTo(email: string): Promise<string> {
    const [mail] = await db
      .select()
      .from(schema.devMail)
      .where(eq(schema.devMail.toAddress, `Olivia Owner <${email}>`));
    const token = /#reset=(pwr_[0-9a-z]+)/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error(`No reset link was mailed to ${email}.`);
    return token;
  }

  const confirm = (token: string, password: string) =>
    fromConsole('/console/password-reset/confirm', {
      method: 'POST',
      body: JSON.stringify({ token, password }),
    });

  it('mails a link that sets a new password once and ends the old sessions', async () => {
    const { user, cookie } = await signedInOwner();

    const asked = await fromConsole('/console/password-reset', {
      method: 'POST',
      body: JSON.stringify({ email: user.email }),
    });
    expect(asked.status).toBe(202);
    const token = await resetTokenMailedTo(user.email);

    expect((await confirm(token, 'a-brand-new-secret')).status).toBe(204);
    expect((await signIn(user.email, user.password)).status).toBe(401);
    expect((await signIn(user.email, 'a-brand-new-secret')).status).toBe(200);
    expect((await fromConsole('/console/me', { cookie })).status).toBe(401);
    expect((await confirm(token, 'yet-another-secret')).status).toBe(404);
  });

  it('lifts a sign-in lock when the new password is set', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(user.email, 'guess');
    expect((await signIn(user.email, user.password)).status).toBe(429);

    await fromConsole('/console/password-reset', {
      method: 'POST',
      body: JSON.stringify({ email: user.email }),
    });
    expect((await confirm(await resetTokenMailedTo(user.email), 'a-brand-new-secret')).status).toBe(
      204,
    );

    expect((await signIn(user.email, 'a-brand-new-secret')).status).toBe(200);
  });

  it('answers 503 and keeps no link when the mailer refuses the message', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);

    const asked = await requestWhileMailFails('/console/password-reset', {
      method: 'POST',
      headers: { Origin: SITE, 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ email: user.email }),
    });

    expect(asked.status).toBe(503);
    expect(await asked.json()).toMatchObject({
      code: 'mail_unavailable',
      requestId: asked.headers.get('X-Request-Id'),
    });
    const links = await db
      .select()
      .from(schema.passwordResets)
      .where(eq(schema.passwordResets.userId, user.id));
    expect(links).toEqual([]);
  });

  it('links to PUBLIC_URL whatever the host, and mails three live links at most', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    const ask = () =>
      exports.default.fetch(
        new Request('http://bookings.attacker.example/v1/console/password-reset', {
          method: 'POST',
          headers: {
            Origin: 'http://bookings.attacker.example',
            'Sec-Fetch-Site': 'same-origin',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ email: user.email }),
        }),
      );

    const statuses = [];
    for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await ask()).status);

    expect(statuses).toEqual([202, 202, 202, 202]);
    const mails = await db
      .select()
      .from(schema.devMail)
      .where(eq(schema.devMail.toAddress, `Olivia Owner <${user.email}>`));
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.text).toContain(`${env.PUBLIC_URL}/console/#reset=pwr_`);
      expect(mail.text).not.toContain('attacker');
    }
  });

  it('answers 202 for an unknown email and mails nobody', async () => {
    const email = 'stranger@studio.example';

    const asked = await fromConsole('/console/password-reset', {
      method: 'POST',
      body: JSON.stringify({ email }),
    });

    expect(asked.status).toBe(202);
    const mails = await db
      .select()
      .from(schema.devMail)
      .where(and(eq(schema.devMail.toAddress, email)));
    expect(mails).toEqual([]);
  });

  it('refuses a link after an hour, and a password shorter than 10 characters', async () => {
    const { user } = await signedInOwner();
    await fromConsole('/console/password-reset', {
      method: 'POST',
      body: JSON.stringify({ email: user.email }),
    });
    const token = await resetTokenMailedTo(user.email);

    expect((await confirm(token, 'short')).status).toBe(400);
    at('2027-03-01T10:00:00Z');
    expect((await confirm(token, 'a-brand-new-secret')).status).toBe(404);
  });
});
