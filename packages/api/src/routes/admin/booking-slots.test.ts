import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

pinClock('2027-02-26T12:00:00Z');

const MONDAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

/** A 60-minute service on 30-minute starts, with a booking at 09:00Z and another at 12:00Z. */
async function accountWithTwoBookings() {
  const account = await createAdminAccount({
    durationMinutes: 60,
    service: { intervalMinutes: 30 },
  });
  const ids: string[] = [];
  for (const start of ['2027-03-01T09:00:00Z', '2027-03-01T12:00:00Z']) {
    const response = await request('/bookings', {
      method: 'POST',
      key: account.publishableKey,
      body: bookingBody(account.serviceId, start),
    });
    expect(response.status).toBe(201);
    ids.push((await response.json<{ id: string }>()).id);
  }
  return { ...account, ids };
}

async function movableStarts(secretKey: string, bookingId: string, query = MONDAY) {
  const response = await request(`/admin/bookings/${bookingId}/slots?${query}`, {
    key: secretKey,
  });
  expect(response.status).toBe(200);
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

describe('GET /v1/admin/bookings/{bookingId}/slots', () => {
  it('offers starts overlapping the booking itself, which the public list leaves out', async () => {
    const { publishableKey, secretKey, serviceId, ids } = await accountWithTwoBookings();

    const movable = await movableStarts(secretKey, ids[0]!);
    const offered = await offeredStarts(publishableKey, serviceId);

    for (const start of ['2027-03-01T08:30:00Z', '2027-03-01T09:00:00Z', '2027-03-01T09:30:00Z']) {
      expect(movable).toContain(start);
      expect(offered).not.toContain(start);
    }
    // The other booking still blocks its own hour and the start half an hour before it.
    expect(movable).not.toContain('2027-03-01T11:30:00Z');
    expect(movable).not.toContain('2027-03-01T12:00:00Z');
    expect(movable).toEqual(expect.arrayContaining(offered));
  });

  it('lists only starts the reschedule route then accepts', async () => {
    const { secretKey, ids } = await accountWithTwoBookings();
    const [first] = ids;

    expect(await movableStarts(secretKey, first!)).toContain('2027-03-01T09:30:00Z');
    const moved = await request(`/admin/bookings/${first}/reschedule`, {
      method: 'POST',
      key: secretKey,
      body: JSON.stringify({ start: '2027-03-01T09:30:00Z' }),
    });

    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ start: '2027-03-01T09:30:00Z' });
  });

  it("answers 404 for another account's booking and 400 for a reversed range", async () => {
    const mine = await accountWithTwoBookings();
    const theirs = await accountWithTwoBookings();

    const foreign = await request(`/admin/bookings/${theirs.ids[0]}/slots?${MONDAY}`, {
      key: mine.secretKey,
    });
    const reversed = await request(
      `/admin/bookings/${mine.ids[0]}/slots?start=2027-03-02T00:00:00Z&end=2027-03-01T00:00:00Z`,
      { key: mine.secretKey },
    );

    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ code: 'not_found' });
    expect(reversed.status).toBe(400);
    expect(reversed.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await reversed.json()).toMatchObject({ code: 'invalid_request' });
  });
});
