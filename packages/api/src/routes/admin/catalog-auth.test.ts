import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';

interface Ids {
  serviceId: string;
  staffId: string;
  timeOffId: string;
}

interface AdminCall {
  method: string;
  path: (ids: Ids) => string;
  body?: unknown;
  /** Whether the path names a row of the account, so another account must get 404. */
  scoped: boolean;
}

const week = { intervals: [{ weekday: 1, startMinute: 540, endMinute: 600 }] };
const span = { start: '2027-03-01T08:00:00Z', end: '2027-03-01T09:00:00Z' };

/** Every catalog route with a body it accepts, so that only the key decides the answer. */
const calls: AdminCall[] = [
  { method: 'GET', path: () => '/admin/services', scoped: false },
  {
    method: 'POST',
    path: () => '/admin/services',
    body: { name: 'Intro call', durationMinutes: 15 },
    scoped: false,
  },
  { method: 'GET', path: (ids) => `/admin/services/${ids.serviceId}`, scoped: true },
  {
    method: 'PATCH',
    path: (ids) => `/admin/services/${ids.serviceId}`,
    body: { capacity: 4 },
    scoped: true,
  },
  { method: 'DELETE', path: (ids) => `/admin/services/${ids.serviceId}`, scoped: true },
  { method: 'POST', path: (ids) => `/admin/services/${ids.serviceId}/restore`, scoped: true },
  { method: 'GET', path: () => '/admin/staff', scoped: false },
  {
    method: 'POST',
    path: () => '/admin/staff',
    body: { name: 'Ola', timeZone: 'Europe/Oslo' },
    scoped: false,
  },
  { method: 'GET', path: (ids) => `/admin/staff/${ids.staffId}`, scoped: true },
  {
    method: 'PATCH',
    path: (ids) => `/admin/staff/${ids.staffId}`,
    body: { name: 'Ola' },
    scoped: true,
  },
  { method: 'DELETE', path: (ids) => `/admin/staff/${ids.staffId}`, scoped: true },
  { method: 'POST', path: (ids) => `/admin/staff/${ids.staffId}/restore`, scoped: true },
  {
    method: 'PUT',
    path: (ids) => `/admin/staff/${ids.staffId}/services`,
    body: { serviceIds: [] },
    scoped: true,
  },
  { method: 'GET', path: (ids) => `/admin/staff/${ids.staffId}/working-hours`, scoped: true },
  {
    method: 'PUT',
    path: (ids) => `/admin/staff/${ids.staffId}/working-hours`,
    body: week,
    scoped: true,
  },
  { method: 'GET', path: (ids) => `/admin/staff/${ids.staffId}/date-overrides`, scoped: true },
  {
    method: 'PUT',
    path: (ids) => `/admin/staff/${ids.staffId}/date-overrides/2027-03-01`,
    body: { intervals: [] },
    scoped: true,
  },
  {
    method: 'DELETE',
    path: (ids) => `/admin/staff/${ids.staffId}/date-overrides/2027-03-01`,
    scoped: true,
  },
  { method: 'GET', path: (ids) => `/admin/staff/${ids.staffId}/time-off`, scoped: true },
  {
    method: 'POST',
    path: (ids) => `/admin/staff/${ids.staffId}/time-off`,
    body: span,
    scoped: true,
  },
  {
    method: 'DELETE',
    path: (ids) => `/admin/staff/${ids.staffId}/time-off/${ids.timeOffId}`,
    scoped: true,
  },
];

/** An account with a service, a staff member with a date override and one time off. */
async function accountWithRows() {
  const account = await createAdminAccount();
  const staffId = account.staffIds[0]!;
  const timeOff = await request(`/admin/staff/${staffId}/time-off`, {
    method: 'POST',
    key: account.secretKey,
    body: JSON.stringify(span),
  });
  await request(`/admin/staff/${staffId}/date-overrides/2027-03-01`, {
    method: 'PUT',
    key: account.secretKey,
    body: JSON.stringify({ intervals: [] }),
  });
  const { id } = await timeOff.json<{ id: string }>();
  return { ...account, ids: { serviceId: account.serviceId, staffId, timeOffId: id } };
}

const call = ({ method, path, body }: AdminCall, ids: Ids, key?: string) =>
  request(path(ids), { method, key, body: body === undefined ? undefined : JSON.stringify(body) });

describe('admin catalog routes', () => {
  it('refuse a missing key and a publishable key with 401', async () => {
    const { publishableKey, ids } = await accountWithRows();

    for (const adminCall of calls) {
      for (const key of [undefined, publishableKey]) {
        const response = await call(adminCall, ids, key);
        expect([adminCall.method, adminCall.path(ids), response.status]).toEqual([
          adminCall.method,
          adminCall.path(ids),
          401,
        ]);
        expect(await response.json()).toMatchObject({ code: 'unauthorized' });
      }
    }
  });

  it("answer another account's secret key with 404 for this account's rows", async () => {
    const mine = await accountWithRows();
    const theirs = await createAdminAccount();

    for (const adminCall of calls.filter((candidate) => candidate.scoped)) {
      const response = await call(adminCall, mine.ids, theirs.secretKey);
      expect([adminCall.method, adminCall.path(mine.ids), response.status]).toEqual([
        adminCall.method,
        adminCall.path(mine.ids),
        404,
      ]);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('accept the secret key of the account that owns the rows', async () => {
    const { secretKey, ids } = await accountWithRows();

    for (const adminCall of calls) {
      const response = await call(adminCall, ids, secretKey);
      expect([adminCall.method, adminCall.path(ids), response.ok]).toEqual([
        adminCall.method,
        adminCall.path(ids),
        true,
      ]);
    }
  });

  it('are documented under the secret key or a console session', async () => {
    const response = await request('/openapi.json');
    const document = await response.json<{
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();

    expect(document.components.securitySchemes.secretKey).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    for (const { method, path } of calls) {
      const template = path({
        serviceId: '{serviceId}',
        staffId: '{staffId}',
        timeOffId: '{timeOffId}',
      }).replace('2027-03-01', '{date}');
      const operation = document.paths[template]?.[method.toLowerCase()];
      expect([method, template, operation?.security]).toEqual([
        method,
        template,
        [{ secretKey: [] }, { sessionCookie: [] }],
      ]);
    }
  });
});
