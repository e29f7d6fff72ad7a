import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

const NOW = '2027-02-26T12:00:00Z';
const MONDAY_STARTS = ['2027-03-01T08:00:00Z', '2027-03-01T09:00:00Z', '2027-03-01T10:00:00Z'];

pinClock(NOW);

type Booking = { id: string; start: string; status: string };

async function accountWithBookings(service = {}) {
  const account = await createAdminAccount({ service });
  const made: Booking[] = [];
  for (const start of MONDAY_STARTS) {
    const response = await request('/bookings', {
      method: 'POST',
      key: account.publishableKey,
      body: bookingBody(account.serviceId, start),
    });
    made.push(await response.json<Booking>());
  }
  return { ...account, made };
}

const admin = (path: string, key: string, body?: unknown) =>
  request(`/admin${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    key,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('GET /v1/admin/bookings', () => {
  it('pages through bookings by start with a cursor', async () => {
    const { secretKey } = await accountWithBookings();

    const first = await (
      await admin('/bookings?limit=2', secretKey)
    ).json<{
      data: Booking[];
      nextCursor: string | null;
    }>();
    expect(first.data.map((booking) => booking.start)).toEqual(MONDAY_STARTS.slice(0, 2));
    expect(first.nextCursor).toBeTruthy();

    const second = await (
      await admin(`/bookings?limit=2&cursor=${first.nextCursor}`, secretKey)
    ).json<{ data: Booking[]; nextCursor: string | null }>();
    expect(second.data.map((booking) => booking.start)).toEqual(MONDAY_STARTS.slice(2));
    expect(second.nextCursor).toBeNull();
  });

  it('filters by status and start', async () => {
    const { secretKey, made } = await accountWithBookings();
    await admin(`/bookings/${made[0]!.id}/cancel`, secretKey, {});

    const cancelled = await (
      await admin('/bookings?status=cancelled', secretKey)
    ).json<{
      data: Booking[];
    }>();
    expect(cancelled.data.map((booking) => booking.id)).toEqual([made[0]!.id]);
    const late = await (
      await admin('/bookings?from=2027-03-01T09:30:00Z', secretKey)
    ).json<{ data: Booking[] }>();
    expect(late.data.map((booking) => booking.start)).toEqual([MONDAY_STARTS[2]]);
  });

  it('refuses a malformed cursor and a publishable key', async () => {
    const { secretKey, publishableKey } = await accountWithBookings();

    expect((await admin('/bookings?cursor=nonsense', secretKey)).status).toBe(400);
    expect((await admin('/bookings', publishableKey)).status).toBe(401);
  });
});

describe('changing bookings as an admin', () => {
  it('confirms a pending booking exactly once', async () => {
    const { secretKey, made } = await accountWithBookings({ requiresConfirmation: true });
    expect(made[0]!.status).toBe('pending');

    const confirmed = await admin(`/bookings/${made[0]!.id}/confirm`, secretKey, {});
    const again = await admin(`/bookings/${made[0]!.id}/confirm`, secretKey, {});

    expect(await confirmed.json()).toMatchObject({ status: 'confirmed' });
    expect(again.status).toBe(409);
  });

  it('lets exactly one of a confirm and a cancel racing on a pending booking win', async () => {
    const { secretKey, made } = await accountWithBookings({ requiresConfirmation: true });
    const id = made[0]!.id;

    const [confirm, cancel] = await Promise.all([
      admin(`/bookings/${id}/confirm`, secretKey, {}),
      admin(`/bookings/${id}/cancel`, secretKey, {}),
    ]);

    const statuses = [confirm.status, cancel.status];
    // Whichever ran first wins; a cancel after the confirm also succeeds, a confirm after a
    // cancel never does.
    const final = await (await admin(`/bookings/${id}`, secretKey)).json<Booking>();
    if (final.status === 'confirmed') expect(statuses).toEqual([200, 409]);
    else expect(final.status).toBe('cancelled');
    const events = await (
      await admin(`/bookings/${id}/events`, secretKey)
    ).json<{
      data: { type: string }[];
    }>();
    const types = events.data.map((event) => event.type);
    expect(types.filter((type) => type === 'confirmed').length).toBeLessThanOrEqual(1);
    expect(types.filter((type) => type === 'cancelled').length).toBeLessThanOrEqual(1);
  });

  it('reschedules and shows every change in the audit trail', async () => {
    const { secretKey, made } = await accountWithBookings();
    const id = made[0]!.id;

    const moved = await admin(`/bookings/${id}/reschedule`, secretKey, {
      start: '2027-03-01T13:00:00Z',
    });
    await admin(`/bookings/${id}/cancel`, secretKey, { reason: 'Closed' });

    expect(await moved.json()).toMatchObject({ start: '2027-03-01T13:00:00Z', sequence: 1 });
    const events = await (
      await admin(`/bookings/${id}/events`, secretKey)
    ).json<{
      data: { type: string; actor: string; data: Record<string, unknown> }[];
    }>();
    expect(events.data.map((event) => [event.type, event.actor])).toEqual([
      ['created', 'visitor'],
      ['rescheduled', 'admin'],
      ['cancelled', 'admin'],
    ]);
    expect(events.data[2]!.data).toEqual({ reason: 'Closed' });
  });

  it("cannot see or change another account's bookings", async () => {
    const mine = await accountWithBookings();
    const theirs = await accountWithBookings();
    const id = theirs.made[0]!.id;

    expect((await admin(`/bookings/${id}`, mine.secretKey)).status).toBe(404);
    expect((await admin(`/bookings/${id}/cancel`, mine.secretKey, {})).status).toBe(404);
    expect((await admin(`/bookings/${id}/events`, mine.secretKey)).status).toBe(404);
    const list = await (await admin('/bookings', mine.secretKey)).json<{ data: Booking[] }>();
    expect(list.data.map((booking) => booking.id)).not.toContain(id);
  });
});
