import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { createAdminAccount } from '../../api/test/fixtures.js';
import { pinClock } from '../../api/test/pin-clock.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { connect as connectVisitor } from '../test/worker-client.js';
import { createAdminClient } from './admin-client.js';
import { HttpError } from './errors/http-error.js';

const NOW = '2027-02-26T12:00:00Z';
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

pinClock(NOW);

function connect(secretKey: string, exchanges: Exchange[] = []) {
  return createAdminClient({
    baseUrl: 'http://127.0.0.1',
    secretKey,
    fetch: workerFetch(exchanges),
  });
}

/** Fetches a calendar feed's address from the Worker, as a calendar program would. */
function subscribe(url: string): Promise<Response> {
  const { pathname } = new URL(url);
  return exports.default.fetch(new Request(`http://127.0.0.1${pathname}`));
}

describe('createAdminClient calendarFeeds', () => {
  it('creates a feed whose address serves the bookings, shows it, and revokes it', async () => {
    const { secretKey, publishableKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    const booking = await connectVisitor(publishableKey).createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    const admin = connect(secretKey);

    const created = await admin.calendarFeeds.create(staffId);
    const shown = await admin.calendarFeeds.get(staffId);
    const live = await subscribe(created.url);
    await admin.calendarFeeds.revoke(staffId);
    const revoked = await subscribe(created.url);
    const afterRevoke = await rejectionOf(admin.calendarFeeds.get(staffId));

    expect(created).toEqual({
      id: expect.stringMatching(/^cfd_/),
      createdAt: NOW,
      url: expect.stringMatching(/\/v1\/feeds\/[0-9a-z]{32}\.ics$/),
    });
    expect(shown).toEqual({ id: created.id, createdAt: NOW });
    expect(live.status).toBe(200);
    expect(live.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(await live.text()).toContain(`UID:${booking.id}@bookafy`);
    expect(revoked.status).toBe(404);
    expect(afterRevoke).toBeInstanceOf(HttpError);
    expect(afterRevoke).toMatchObject({ status: 404, code: 'feed_not_found' });
  });

  it('replaces the previous address when a new feed is made', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const admin = connect(secretKey);

    const first = await admin.calendarFeeds.create(staffIds[0]!);
    const second = await admin.calendarFeeds.create(staffIds[0]!);

    expect(second.url).not.toBe(first.url);
    expect((await subscribe(first.url)).status).toBe(404);
    expect((await subscribe(second.url)).status).toBe(200);
    expect((await admin.calendarFeeds.get(staffIds[0]!)).id).toBe(second.id);
  });

  it("answers another account's staff member with 404 not_found", async () => {
    const { secretKey } = await createAdminAccount();
    const other = await createAdminAccount();

    const error = await rejectionOf(connect(secretKey).calendarFeeds.create(other.staffIds[0]!));

    expect(error).toMatchObject({ name: 'HttpError', status: 404, code: 'not_found' });
  });
});
