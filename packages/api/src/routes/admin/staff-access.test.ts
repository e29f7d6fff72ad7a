import { describe, expect, it } from 'vitest';

import {
  bookingBody,
  createAdminAccount,
  request,
  type AccountOptions,
} from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import {
  consoleSessionOf,
  createConsoleUser,
  fromConsole,
} from '../../auth/console-user.test-support.js';

pinClock('2027-02-26T12:00:00Z');

interface BookingBody {
  id: string;
  staffId: string;
  status: string;
  start: string;
}

/**
 * An account with two staff members, a booking with each, and a console session of a staff
 * user who is the first of them.
 */
async function staffSession(service: AccountOptions['service'] = {}) {
  const account = await createAdminAccount({
    staffZones: ['Europe/Berlin', 'Europe/Berlin'],
    service,
  });
  const { publishableKey, serviceId, staffIds } = account;
  const book = async (staffId: string, start: string) => {
    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, start, { staffId }),
    });
    return response.json<BookingBody>();
  };
  const own = await book(staffIds[0]!, '2027-03-01T09:00:00Z');
  const others = await book(staffIds[1]!, '2027-03-01T09:00:00Z');
  const user = await createConsoleUser(account.accountId, 'harbour-tide-42', staffIds[0]);
  const cookie = await consoleSessionOf(user.email, user.password);
  return { ...account, own, others, cookie };
}

const post = (path: string, cookie: string, body: unknown = {}) =>
  fromConsole(path, { method: 'POST', cookie, body: JSON.stringify(body) });

describe("a staff user's console session", () => {
  it('lists only their own bookings, and refuses a filter naming anyone else', async () => {
    const { cookie, own, staffIds } = await staffSession();

    const all = await fromConsole('/admin/bookings', { cookie });
    const mine = await fromConsole(`/admin/bookings?staffId=${staffIds[0]}`, { cookie });
    const theirs = await fromConsole(`/admin/bookings?staffId=${staffIds[1]}`, { cookie });

    for (const response of [all, mine]) {
      const { data } = await response.json<{ data: BookingBody[] }>();
      expect(data.map((booking) => booking.id)).toEqual([own.id]);
    }
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await theirs.json()).toMatchObject({
      code: 'staff_scope',
      requestId: theirs.headers.get('X-Request-Id'),
    });
  });

  it('reads, confirms, moves and cancels their own bookings', async () => {
    const { cookie, own } = await staffSession({ requiresConfirmation: true });

    const read = await fromConsole(`/admin/bookings/${own.id}`, { cookie });
    const events = await fromConsole(`/admin/bookings/${own.id}/events`, { cookie });
    const moved = await post(`/admin/bookings/${own.id}/reschedule`, cookie, {
      start: '2027-03-01T10:00:00Z',
    });
    const confirmed = await post(`/admin/bookings/${own.id}/confirm`, cookie);
    const cancelled = await post(`/admin/bookings/${own.id}/cancel`, cookie, { reason: 'Ill' });

    expect(read.status).toBe(200);
    expect((await events.json<{ data: unknown[] }>()).data).toHaveLength(1);
    expect(await moved.json()).toMatchObject({ start: '2027-03-01T10:00:00Z' });
    expect(await confirmed.json()).toMatchObject({ status: 'confirmed' });
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled' });
  });

  it("answers another staff member's booking as if it did not exist, and leaves it", async () => {
    const { cookie, others, secretKey } = await staffSession();
    const path = `/admin/bookings/${others.id}`;

    const responses = [
      await fromConsole(path, { cookie }),
      await fromConsole(`${path}/events`, { cookie }),
      await post(`${path}/confirm`, cookie),
      await post(`${path}/cancel`, cookie, {}),
      await post(`${path}/reschedule`, cookie, { start: '2027-03-01T11:00:00Z' }),
    ];

    for (const response of responses) {
      expect(response.status).toBe(404);
      expect((await response.json<{ code: string }>()).code).toBe('not_found');
    }
    const untouched = await request(path, { key: secretKey });
    expect(await untouched.json()).toMatchObject({ status: 'confirmed', start: others.start });
  });

  it('reads the services and the staff lists', async () => {
    const { cookie, serviceId, staffIds } = await staffSession();

    const services = await fromConsole('/admin/services', { cookie });
    const staff = await fromConsole('/admin/staff', { cookie });

    expect((await services.json<{ data: { id: string }[] }>()).data[0]?.id).toBe(serviceId);
    expect((await staff.json<{ data: { id: string }[] }>()).data.map((s) => s.id)).toEqual(
      staffIds,
    );
  });

  it('is refused with owner_only everywhere else in the admin API', async () => {
    const { cookie, serviceId, staffIds } = await staffSession();
    const calls: [string, string, unknown?][] = [
      ['GET', '/admin/account'],
      ['PATCH', '/admin/account', { name: 'Taken over' }],
      ['GET', '/admin/api-keys'],
      ['GET', '/admin/usage'],
      ['GET', '/admin/users'],
      ['POST', '/admin/users', { staffId: staffIds[1], email: 'x@studio.example' }],
      ['GET', `/admin/services/${serviceId}`],
      ['POST', '/admin/services', { name: 'Mine', durationMinutes: 30 }],
      ['POST', `/admin/services/${serviceId}/restore`],
      ['GET', `/admin/staff/${staffIds[0]}`],
      ['POST', '/admin/staff', { name: 'Friend', timeZone: 'UTC' }],
      ['PATCH', `/admin/staff/${staffIds[0]}`, { name: 'Renamed' }],
      ['POST', `/admin/staff/${staffIds[1]}/restore`],
      ['PUT', `/admin/staff/${staffIds[0]}/services`, { serviceIds: [serviceId] }],
      ['PUT', `/admin/staff/${staffIds[0]}/working-hours`, { intervals: [] }],
      ['GET', '/admin/webhook-endpoints'],
    ];

    for (const [method, path, body] of calls) {
      const response = await fromConsole(path, {
        method,
        cookie,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await response.json(), `${method} ${path}`).toMatchObject({
        code: 'owner_only',
        requestId: response.headers.get('X-Request-Id'),
      });
    }
  });
});
