import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

import { bookingBody, createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import * as schema from '../../db/schema/index.js';
import { newId } from '../../internal/ids.js';

const db = drizzle(env.DB, { schema });

pinClock('2027-03-01T08:00:00Z');

const at = (iso: string) => vi.setSystemTime(new Date(iso));

/** Monday 5 April 2027, 09:00 in Berlin: a group session every booking below joins. */
const SESSION = '2027-04-05T07:00:00Z';

let visitors = 0;

/** Books a seat of the session as a visitor from an address of their own. */
function bookSeat(publishableKey: string, serviceId: string) {
  visitors += 1;
  return request('/bookings', {
    method: 'POST',
    key: publishableKey,
    body: bookingBody(serviceId, SESSION),
    headers: { 'CF-Connecting-IP': `10.9.${visitors >> 8}.${visitors & 255}` },
  });
}

/**
 * Stores `count` bookings of the session made at `createdAt`, as earlier visitors would have
 * made them, so that a test reaches the limit without booking a hundred times through the API.
 */
async function madeEarlier(
  account: { accountId: string; serviceId: string; staffIds: string[] },
  count: number,
  createdAt = Date.parse('2027-03-01T07:00:00Z'),
) {
  const startsAt = Date.parse(SESSION);
  const endsAt = startsAt + 30 * 60_000;
  const rows = Array.from({ length: count }, () =>
    db.insert(schema.bookings).values({
      id: newId('bkg'),
      accountId: account.accountId,
      serviceId: account.serviceId,
      staffId: account.staffIds[0]!,
      status: 'confirmed',
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      customerName: 'Earlier Visitor',
      customerEmail: 'earlier@example.com',
      customerTimeZone: 'Europe/Berlin',
      createdAt,
      updatedAt: createdAt,
    }),
  );
  const [first, ...rest] = rows;
  if (first) await db.batch([first, ...rest]);
}

const addStaff = (secretKey: string, name: string) =>
  request('/admin/staff', {
    method: 'POST',
    key: secretKey,
    body: JSON.stringify({ name, timeZone: 'Europe/Berlin' }),
  });

const archiveStaff = (secretKey: string, staffId: string) =>
  request(`/admin/staff/${staffId}`, { method: 'DELETE', key: secretKey });

const restoreStaff = (secretKey: string, staffId: string) =>
  request(`/admin/staff/${staffId}/restore`, { method: 'POST', key: secretKey });

const changePlan = (accountId: string, plan: string, secret = 'test-operator-secret') =>
  request(`/operator/accounts/${accountId}`, {
    method: 'PATCH',
    key: secret,
    body: JSON.stringify({ plan }),
  });

const usage = async (secretKey: string) =>
  (await request('/admin/usage', { key: secretKey })).json();

describe('the staff limit of the free plan', () => {
  it('refuses a third staff member until the operator moves the account to pro', async () => {
    const { accountId, secretKey } = await createAdminAccount();

    const second = await addStaff(secretKey, 'Noor');
    const third = await addStaff(secretKey, 'Ola');

    expect(second.status).toBe(201);
    expect(third.status).toBe(402);
    expect(third.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await third.json()).toMatchObject({
      code: 'plan_limit_staff',
      requestId: third.headers.get('X-Request-Id'),
    });

    const upgraded = await changePlan(accountId, 'pro');
    expect(upgraded.status).toBe(200);
    expect(await upgraded.json()).toMatchObject({ id: accountId, plan: 'pro' });
    expect((await addStaff(secretKey, 'Ola')).status).toBe(201);
    expect((await addStaff(secretKey, 'Pia')).status).toBe(201);
  });

  it('gives the seat of an archived staff member to a new one', async () => {
    const { secretKey, staffIds } = await createAdminAccount({ staffZones: ['UTC', 'UTC'] });

    await request(`/admin/staff/${staffIds[1]}`, { method: 'DELETE', key: secretKey });

    expect((await addStaff(secretKey, 'Noor')).status).toBe(201);
    expect((await addStaff(secretKey, 'Ola')).status).toBe(402);
  });

  it('lets exactly one of several staff members added at once take the last seat', async () => {
    const { secretKey } = await createAdminAccount();

    const responses = await Promise.all(
      ['Noor', 'Ola', 'Pia', 'Quinn', 'Rae'].map((name) => addStaff(secretKey, name)),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 402, 402, 402, 402]);
    expect(await usage(secretKey)).toMatchObject({ staff: { used: 2, limit: 2 } });
  });
});

describe('restoring a staff member on the free plan', () => {
  it('is refused while the plan is full, leaving them archived, and allowed on pro', async () => {
    const { accountId, secretKey, staffIds } = await createAdminAccount({
      staffZones: ['UTC', 'UTC'],
    });
    await archiveStaff(secretKey, staffIds[1]!);
    expect((await addStaff(secretKey, 'Noor')).status).toBe(201);

    const refused = await restoreStaff(secretKey, staffIds[1]!);

    expect(refused.status).toBe(402);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({
      code: 'plan_limit_staff',
      requestId: refused.headers.get('X-Request-Id'),
    });
    const member = await request(`/admin/staff/${staffIds[1]}`, { key: secretKey });
    expect(await member.json()).toMatchObject({ archivedAt: '2027-03-01T08:00:00Z' });
    expect(await usage(secretKey)).toMatchObject({ staff: { used: 2, limit: 2 } });

    await changePlan(accountId, 'pro');
    const restored = await restoreStaff(secretKey, staffIds[1]!);
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ id: staffIds[1], archivedAt: null });
    expect(await usage(secretKey)).toMatchObject({ staff: { used: 3, limit: null } });
  });

  it('answers 200 for a member who is not archived, even while the plan is full', async () => {
    const { secretKey, staffIds } = await createAdminAccount({ staffZones: ['UTC', 'UTC'] });

    const response = await restoreStaff(secretKey, staffIds[0]!);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: staffIds[0], archivedAt: null });
    expect(await usage(secretKey)).toMatchObject({ staff: { used: 2, limit: 2 } });
  });

  it('lets exactly one of two members restored at once take the one free place', async () => {
    const { secretKey, staffIds } = await createAdminAccount({ staffZones: ['UTC', 'UTC'] });
    await archiveStaff(secretKey, staffIds[1]!);
    const noor = await (await addStaff(secretKey, 'Noor')).json<{ id: string }>();
    await archiveStaff(secretKey, noor.id);

    const responses = await Promise.all([
      restoreStaff(secretKey, staffIds[1]!),
      restoreStaff(secretKey, noor.id),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 402]);
    expect(await usage(secretKey)).toMatchObject({ staff: { used: 2, limit: 2 } });
    const all = await request('/admin/staff?includeArchived=true', { key: secretKey });
    const { data } = await all.json<{ data: { archivedAt: string | null }[] }>();
    expect(data.filter((member) => member.archivedAt === null)).toHaveLength(2);
  });
});

describe('the monthly booking limit of the free plan', () => {
  it('lets exactly the last 5 of 100 bookings through when 15 visitors book at once', async () => {
    const account = await createAdminAccount({ service: { capacity: 200 } });
    await madeEarlier(account, 95);

    const responses = await Promise.all(
      Array.from({ length: 15 }, () => bookSeat(account.publishableKey, account.serviceId)),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 402)).toHaveLength(10);
    const refused = responses.find((response) => response.status === 402)!;
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({
      code: 'plan_limit_bookings',
      detail: 'This business cannot take more online bookings this month.',
      requestId: refused.headers.get('X-Request-Id'),
    });
  });

  it('refuses the 101st booking of a month, cancelled ones too, and takes the next', async () => {
    const account = await createAdminAccount({ service: { capacity: 200 } });
    const { publishableKey, secretKey, serviceId } = account;
    await madeEarlier(account, 98);
    const cancelled = await (await bookSeat(publishableKey, serviceId)).json<{ id: string }>();
    expect((await bookSeat(publishableKey, serviceId)).status).toBe(201);
    const cancel = await request(`/admin/bookings/${cancelled.id}/cancel`, {
      method: 'POST',
      key: secretKey,
      body: JSON.stringify({}),
    });
    expect(cancel.status).toBe(200);

    // 23:59:59 on 31 March in Berlin, then midnight of 1 April there.
    at('2027-03-31T21:59:59Z');
    expect((await bookSeat(publishableKey, serviceId)).status).toBe(402);
    at('2027-03-31T22:00:00Z');
    expect((await bookSeat(publishableKey, serviceId)).status).toBe(201);
    expect(await usage(secretKey)).toMatchObject({
      monthlyBookings: { used: 1, limit: 100, month: '2027-04' },
    });
  });

  it('takes more than 100 bookings a month on the pro plan', async () => {
    const account = await createAdminAccount({ service: { capacity: 200 } });
    await madeEarlier(account, 100);
    await changePlan(account.accountId, 'pro');

    const responses = await Promise.all(
      Array.from({ length: 3 }, () => bookSeat(account.publishableKey, account.serviceId)),
    );

    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(await usage(account.secretKey)).toMatchObject({
      monthlyBookings: { used: 103, limit: null },
    });
  });
});

describe('GET /v1/admin/usage', () => {
  it("counts staff and the bookings created in this month of the account's zone", async () => {
    const { accountId, publishableKey, secretKey, serviceId } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
      service: { capacity: 10 },
    });
    // 23:30 on 28 February in Berlin, then 00:30 on 1 March there.
    at('2027-02-28T22:30:00Z');
    await bookSeat(publishableKey, serviceId);
    at('2027-02-28T23:30:00Z');
    await bookSeat(publishableKey, serviceId);
    at('2027-03-10T12:00:00Z');
    await bookSeat(publishableKey, serviceId);

    expect(await usage(secretKey)).toEqual({
      plan: 'free',
      staff: { used: 2, limit: 2 },
      monthlyBookings: { used: 2, limit: 100, month: '2027-03' },
    });
    await changePlan(accountId, 'pro');
    expect(await usage(secretKey)).toEqual({
      plan: 'pro',
      staff: { used: 2, limit: null },
      monthlyBookings: { used: 2, limit: null, month: '2027-03' },
    });
  });
});

describe('PATCH /v1/operator/accounts/{accountId}', () => {
  it('answers 404 without the operator secret and for an unknown account', async () => {
    const { accountId } = await createAdminAccount();

    const withoutSecret = await changePlan(accountId, 'pro', 'not-the-secret');
    const unknown = await changePlan('acc_unknown0000000000', 'pro');
    const badPlan = await changePlan(accountId, 'enterprise');

    expect(withoutSecret.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(badPlan.status).toBe(400);
    expect(await usage((await createAdminAccount()).secretKey)).toMatchObject({ plan: 'free' });
  });
});
