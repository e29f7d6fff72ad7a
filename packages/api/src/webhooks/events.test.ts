import type { WebhookDelivery } from '@bookafy/core';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { addDateOverride, createAdminAccount } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import {
  accountWithEndpoint,
  book,
  deliveriesOf,
  verifiedEvents,
} from '../../test/webhook-fixtures.js';
import { requestAndSettle } from '../../test/webhook-receiver-client.js';

const NOW = '2027-02-26T12:00:00Z';
const MONDAY_NINE_BERLIN = '2027-03-01T08:00:00Z';

pinClock(NOW);

const post = (path: string, init: { key?: string; token?: string; body?: unknown }) =>
  requestAndSettle(path, {
    method: 'POST',
    ...(init.key ? { key: init.key } : {}),
    headers: init.token ? { 'Bookafy-Manage-Token': init.token } : {},
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

describe('webhook events of booking changes', () => {
  it('reaches every endpoint when there are more than one insert may carry', async () => {
    const account = await accountWithEndpoint();
    const urls = Array.from({ length: 14 }, (_, index) => `${account.endpoint.url}-${index}`);
    for (const url of urls) {
      await post('/admin/webhook-endpoints', {
        key: account.secretKey,
        body: { url, events: ['booking.created'] },
      });
    }

    await book(account, MONDAY_NINE_BERLIN);

    expect(await deliveriesOf(account)).toHaveLength(1);
    const { results } = await env.DB.prepare(
      'SELECT COUNT(*) AS count FROM webhook_deliveries WHERE account_id = ?',
    )
      .bind(account.accountId)
      .all<{ count: number }>();
    expect(results[0]!.count).toBe(15);
  });

  it('sends one booking.rescheduled with the times before and after', async () => {
    const account = await accountWithEndpoint();
    const booking = await book(account, MONDAY_NINE_BERLIN);

    const moved = await post(`/bookings/${booking.id}/reschedule`, {
      token: booking.manageToken,
      body: { start: '2027-03-02T13:00:00Z' },
    });
    const events = (await verifiedEvents(account.path, account.endpoint.secret)).map(
      ({ event }) => event,
    );

    expect(moved.status).toBe(200);
    expect(events.map((event) => event.type)).toEqual(['booking.created', 'booking.rescheduled']);
    expect(events[1]!.data).toMatchObject({
      booking: {
        id: booking.id,
        start: '2027-03-02T13:00:00Z',
        sequence: 1,
        local: { start: '2027-03-02T14:00:00+01:00', end: '2027-03-02T14:30:00+01:00' },
      },
      previous: {
        start: MONDAY_NINE_BERLIN,
        end: '2027-03-01T08:30:00Z',
        local: {
          start: '2027-03-01T09:00:00+01:00',
          end: '2027-03-01T09:30:00+01:00',
          timeZone: 'Europe/Berlin',
        },
      },
    });
  });

  it('sends booking.cancelled when the business cancels, with the cancelled status', async () => {
    const account = await accountWithEndpoint();
    const booking = await book(account, MONDAY_NINE_BERLIN);

    await post(`/admin/bookings/${booking.id}/cancel`, {
      key: account.secretKey,
      body: { reason: 'Closed' },
    });
    const events = await verifiedEvents(account.path, account.endpoint.secret);

    expect(events.map(({ event }) => [event.type, event.data.booking.status])).toEqual([
      ['booking.created', 'confirmed'],
      ['booking.cancelled', 'cancelled'],
    ]);
  });

  it('sends only the event types an endpoint subscribes to', async () => {
    const account = await accountWithEndpoint(['booking.cancelled']);
    const booking = await book(account, MONDAY_NINE_BERLIN);

    await post(`/bookings/${booking.id}/cancel`, { token: booking.manageToken, body: {} });
    const events = await verifiedEvents(account.path, account.endpoint.secret);

    expect(events.map(({ event }) => event.type)).toEqual(['booking.cancelled']);
  });

  it('replays an event with the same webhook-id, to the account only', async () => {
    const account = await accountWithEndpoint();
    const other = await createAdminAccount();
    await book(account, MONDAY_NINE_BERLIN);
    const [first] = await verifiedEvents(account.path, account.endpoint.secret);
    const eventId = first!.event.id;

    const foreign = await post(`/admin/events/${eventId}/replay`, { key: other.secretKey });
    const replayed = await post(`/admin/events/${eventId}/replay`, {
      key: account.secretKey,
      body: { endpointId: account.endpoint.id },
    });
    const queued = await replayed.json<{ data: WebhookDelivery[] }>();
    const received = await verifiedEvents(account.path, account.endpoint.secret);
    const [delivery] = await deliveriesOf(account);

    expect(foreign.status).toBe(404);
    expect(replayed.status).toBe(202);
    expect(queued.data).toMatchObject([{ eventId, endpointId: account.endpoint.id }]);
    expect(received.map(({ request }) => request.headers['webhook-id'])).toEqual([
      eventId,
      eventId,
    ]);
    expect(received[1]!.request.body).toBe(received[0]!.request.body);
    expect(delivery).toMatchObject({ status: 'delivered' });
    expect(delivery!.attempts).toHaveLength(2);
  });

  it('states local times with the offset of each date around the spring DST change', async () => {
    const account = await accountWithEndpoint(['booking.created']);
    // A Sunday session on the day Berlin moves its clocks forward (02:00 → 03:00).
    await addDateOverride(account.accountId, account.staffIds[0]!, '2027-03-28', [
      { startMinute: 9 * 60, endMinute: 12 * 60 },
    ]);

    await book(account, '2027-03-26T08:00:00Z');
    await book(account, '2027-03-28T07:00:00Z');
    const events = (await verifiedEvents(account.path, account.endpoint.secret)).map(
      ({ event }) => event.data.booking,
    );

    expect(events.map((booking) => booking.local)).toEqual([
      {
        start: '2027-03-26T09:00:00+01:00',
        end: '2027-03-26T09:30:00+01:00',
        timeZone: 'Europe/Berlin',
      },
      {
        start: '2027-03-28T09:00:00+02:00',
        end: '2027-03-28T09:30:00+02:00',
        timeZone: 'Europe/Berlin',
      },
    ]);
    // New York moved two weeks earlier, so both dates are in its summer time.
    expect(events.map((booking) => booking.customerLocal.start)).toEqual([
      '2027-03-26T04:00:00-04:00',
      '2027-03-28T03:00:00-04:00',
    ]);
  });
});
