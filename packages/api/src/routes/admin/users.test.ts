import { desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';
import { requestWhileMailFails } from '../../../test/failing-mailer.js';
import { pinClock } from '../../../test/pin-clock.js';
import {
  consoleSessionOf,
  createConsoleUser,
  fromConsole,
} from '../../auth/console-user.test-support.js';
import * as schema from '../../db/schema/index.js';
import { randomBase32 } from '../../internal/ids.js';

const db = drizzle(env.DB, { schema });

pinClock('2027-03-01T09:00:00Z');

const at = (iso: string) => vi.setSystemTime(new Date(iso));

interface UserBody {
  id: string;
  email: string;
  name: string;
  role: string;
  staffId: string | null;
  createdAt: string;
}

const invite = (secretKey: string, body: Record<string, unknown>) =>
  request('/admin/users', { method: 'POST', key: secretKey, body: JSON.stringify(body) });

/** The token of the newest invitation link mailed to `email`, read from the dev outbox. */
async function invitedToken(email: string): Promise<{ link: string; token: string }> {
  const [mail] = await db
    .select()
    .from(schema.devMail)
    .where(eq(schema.devMail.toAddress, `Sam Staff <${email}>`))
    .orderBy(desc(schema.devMail.createdAt));
  const link = /(\S+\/console\/#reset=(pwr_[0-9a-z]+))/.exec(mail?.text ?? '');
  if (!link) throw new Error(`No invitation was mailed to ${email}.`);
  return { link: link[1]!, token: link[2]! };
}

const setPassword = (token: string, password: string) =>
  fromConsole('/console/password-reset/confirm', {
    method: 'POST',
    body: JSON.stringify({ token, password }),
  });

const freshEmail = () => `sam-${randomBase32(8)}@studio.example`;

describe('POST /v1/admin/users', () => {
  it('mails an invitation whose link sets the password a staff user signs in with', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const email = freshEmail();

    const response = await invite(secretKey, { staffId: staffIds[0], email, name: 'Sam Staff' });

    expect(response.status).toBe(201);
    const user = await response.json<UserBody>();
    expect(user).toEqual({
      id: expect.stringMatching(/^usr_/),
      email,
      name: 'Sam Staff',
      role: 'staff',
      staffId: staffIds[0],
      createdAt: '2027-03-01T09:00:00Z',
    });
    expect(response.headers.get('Location')).toBe(`/v1/admin/users/${user.id}`);
    const { link, token } = await invitedToken(email);
    expect(link).toBe(`${env.PUBLIC_URL}/console/#reset=${token}`);
    await expect(consoleSessionOf(email, 'a-password-nobody-set')).rejects.toThrow('401');

    expect((await setPassword(token, 'staff-password-2027')).status).toBe(204);
    const cookie = await consoleSessionOf(email, 'staff-password-2027');
    const me = await fromConsole('/console/me', { cookie });
    expect(await me.json()).toMatchObject({
      user: { id: user.id, role: 'staff', staffId: staffIds[0] },
    });
  });

  it("keeps the invitation link working for 7 days and names the staff member's name", async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const first = freshEmail();
    const second = freshEmail();
    const other = await createAdminAccount({ staffZones: ['UTC', 'UTC'] });
    await invite(other.secretKey, { staffId: other.staffIds[0], email: first, name: 'Sam Staff' });
    await invite(other.secretKey, { staffId: other.staffIds[1], email: second, name: 'Sam Staff' });
    const late = await invitedToken(first);
    const inTime = await invitedToken(second);

    at('2027-03-08T08:59:59Z');
    expect((await setPassword(inTime.token, 'staff-password-2027')).status).toBe(204);
    at('2027-03-08T09:00:00Z');
    expect((await setPassword(late.token, 'staff-password-2027')).status).toBe(404);

    const unnamed = await invite(secretKey, { staffId: staffIds[0], email: freshEmail() });
    expect((await unnamed.json<UserBody>()).name).toBe('Staff 1');
  });

  it('refuses a staff member of another account, a second login and a taken email', async () => {
    const { secretKey, staffIds } = await createAdminAccount({ staffZones: ['UTC', 'UTC'] });
    const other = await createAdminAccount();
    const email = freshEmail();
    await invite(secretKey, { staffId: staffIds[0], email });

    const foreign = await invite(secretKey, { staffId: other.staffIds[0], email: freshEmail() });
    const again = await invite(secretKey, { staffId: staffIds[0], email: freshEmail() });
    const taken = await invite(secretKey, { staffId: staffIds[1], email: email.toUpperCase() });

    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({
      code: 'invalid_request',
      errors: [{ path: 'staffId' }],
    });
    expect(again.status).toBe(409);
    expect((await again.json<{ code: string }>()).code).toBe('staff_has_user');
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({
      code: 'email_taken',
      requestId: taken.headers.get('X-Request-Id'),
    });
    const users = await db
      .select()
      .from(schema.users)
      .where(eq(schema.users.staffId, staffIds[1]!));
    expect(users).toEqual([]);
  });

  it('makes no login when the invitation cannot be mailed, so inviting again works', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const email = freshEmail();
    const body = JSON.stringify({ staffId: staffIds[0], email, name: 'Sam Staff' });

    const refused = await requestWhileMailFails('/admin/users', {
      method: 'POST',
      key: secretKey,
      body,
    });

    expect(refused.status).toBe(503);
    expect((await refused.json<{ code: string }>()).code).toBe('mail_unavailable');
    const logins = await db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(logins).toEqual([]);
    expect((await invite(secretKey, JSON.parse(body) as Record<string, unknown>)).status).toBe(201);
    const { token } = await invitedToken(email);
    expect((await setPassword(token, 'tide-tables-77')).status).toBe(204);
  });
});

describe('GET /v1/admin/users', () => {
  it("lists the account's owners and staff users without their password hashes", async () => {
    const { accountId, secretKey, staffIds } = await createAdminAccount();
    const owner = await createConsoleUser(accountId);
    const staff = await createConsoleUser(accountId, 'harbour-tide-42', staffIds[0]);
    await createConsoleUser((await createAdminAccount()).accountId);

    const response = await request('/admin/users', { key: secretKey });

    const { data } = await response.json<{ data: UserBody[] }>();
    expect(data.map(({ id, role, staffId }) => ({ id, role, staffId }))).toEqual([
      { id: owner.id, role: 'owner', staffId: null },
      { id: staff.id, role: 'staff', staffId: staffIds[0] },
    ]);
    expect(JSON.stringify(data)).not.toContain('pbkdf2');
  });
});

describe('DELETE /v1/admin/users/{userId}', () => {
  it("removes a staff user, ending their sessions; the bookings' staff stays", async () => {
    const { accountId, staffIds } = await createAdminAccount();
    const owner = await createConsoleUser(accountId);
    const staff = await createConsoleUser(accountId, 'harbour-tide-42', staffIds[0]);
    const ownerCookie = await consoleSessionOf(owner.email, owner.password);
    const staffCookie = await consoleSessionOf(staff.email, staff.password);
    expect((await fromConsole('/console/me', { cookie: staffCookie })).status).toBe(200);

    const removed = await fromConsole(`/admin/users/${staff.id}`, {
      method: 'DELETE',
      cookie: ownerCookie,
    });

    expect(removed.status).toBe(204);
    expect((await fromConsole('/console/me', { cookie: staffCookie })).status).toBe(401);
    expect((await fromConsole('/admin/bookings', { cookie: staffCookie })).status).toBe(401);
    await expect(consoleSessionOf(staff.email, staff.password)).rejects.toThrow('401');
    const staffList = await fromConsole('/admin/staff', { cookie: ownerCookie });
    expect((await staffList.json<{ data: { id: string }[] }>()).data[0]?.id).toBe(staffIds[0]);
  });

  it('refuses to remove an owner, the signed-in one included, with owner_required', async () => {
    const { accountId, secretKey } = await createAdminAccount();
    const owner = await createConsoleUser(accountId);
    const second = await createConsoleUser(accountId);
    const cookie = await consoleSessionOf(owner.email, owner.password);

    const self = await fromConsole(`/admin/users/${owner.id}`, { method: 'DELETE', cookie });
    const other = await request(`/admin/users/${second.id}`, { method: 'DELETE', key: secretKey });

    for (const response of [self, other]) {
      expect(response.status).toBe(409);
      expect((await response.json<{ code: string }>()).code).toBe('owner_required');
    }
    expect((await fromConsole('/console/me', { cookie })).status).toBe(200);
  });

  it("answers another account's user as not found", async () => {
    const { secretKey } = await createAdminAccount();
    const other = await createAdminAccount();
    const stranger = await createConsoleUser(other.accountId, 'harbour-tide-42', other.staffIds[0]);

    const response = await request(`/admin/users/${stranger.id}`, {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(404);
    expect((await response.json<{ code: string }>()).code).toBe('not_found');
  });
});
