import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { createAdminAccount } from '../../api/test/fixtures.js';
import { pinClock } from '../../api/test/pin-clock.js';
import { settledFetch } from '../../api/test/settled-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { createAdminClient } from './admin-client.js';
import { createClient } from './client.js';
import { HttpError } from './errors/http-error.js';
import { ValidationError } from './errors/validation-error.js';

const NOW = '2027-02-26T12:00:00Z';
// Nothing listens on the discard port; these tests never let a delivery be attempted there.
const REFUSING_URL = 'http://127.0.0.1:9/hooks';

pinClock(NOW);

const connect = (secretKey: string) =>
  createAdminClient({ baseUrl: 'http://127.0.0.1', secretKey, fetch: settledFetch() });

describe('createAdminClient webhook endpoints', () => {
  it('creates, reads, disables, re-enables, rotates and deletes an endpoint', async () => {
    const { secretKey } = await createAdminAccount();
    const admin = connect(secretKey);

    const created = await admin.webhookEndpoints.create({
      url: REFUSING_URL,
      events: ['booking.created'],
    });
    const read = await admin.webhookEndpoints.get(created.id);
    const disabled = await admin.webhookEndpoints.update(created.id, { enabled: false });
    const enabled = await admin.webhookEndpoints.update(created.id, {
      enabled: true,
      description: 'CRM sync',
    });
    const rotated = await admin.webhookEndpoints.rotateSecret(created.id);
    const listed = await admin.webhookEndpoints.list();
    await admin.webhookEndpoints.delete(created.id);
    const afterDelete = await admin.webhookEndpoints.list();

    expect(created.secret).toMatch(/^whsec_/);
    expect(read).toEqual({ ...created, secret: undefined });
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'manual' });
    expect(enabled).toMatchObject({ enabled: true, description: 'CRM sync' });
    expect(rotated.secret).not.toBe(created.secret);
    expect(listed.data.map((endpoint) => endpoint.id)).toEqual([created.id]);
    expect(afterDelete.data).toEqual([]);
  });

  it('lists deliveries and replays an event, only within the account', async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const admin = connect(secretKey);
    const visitor = createClient({
      baseUrl: 'http://127.0.0.1',
      publishableKey,
      fetch: settledFetch(),
    });
    // Subscribed to cancellations only, so the new booking is never sent anywhere.
    const endpoint = await admin.webhookEndpoints.create({
      url: REFUSING_URL,
      events: ['booking.cancelled'],
    });

    const booking = await visitor.createBooking({
      serviceId,
      start: '2027-03-01T08:00:00Z',
      customer: { name: 'Ada', email: 'ada@example.com', timeZone: 'Europe/London' },
    });
    const event = await env.DB.prepare('SELECT id FROM outbox_events WHERE booking_id = ?')
      .bind(booking.id)
      .first<{ id: string }>();
    const page = await admin.webhookEndpoints.deliveries(endpoint.id, { limit: 10 });
    const replayed = await admin.events.replay(event!.id);
    const other = connect((await createAdminAccount()).secretKey);
    const foreign = await rejectionOf(other.events.replay(event!.id));

    expect(page).toEqual({ data: [], nextCursor: null });
    expect(replayed).toEqual({ data: [] });
    expect(foreign).toMatchObject({ name: 'HttpError', status: 404, code: 'not_found' });
  });

  it("answers another account's endpoint with 404, plain http with ValidationError", async () => {
    const { secretKey } = await createAdminAccount();
    const other = connect((await createAdminAccount()).secretKey);
    const endpoint = await other.webhookEndpoints.create({
      url: 'https://example.com/hooks',
      events: ['booking.cancelled'],
    });

    const foreign = await rejectionOf(connect(secretKey).webhookEndpoints.get(endpoint.id));
    const insecure = await rejectionOf(
      connect(secretKey).webhookEndpoints.create({
        url: 'http://example.com/hooks',
        events: ['booking.created'],
      }),
    );

    expect(foreign).toBeInstanceOf(HttpError);
    expect(foreign).toMatchObject({ status: 404, code: 'not_found' });
    expect(insecure).toBeInstanceOf(ValidationError);
    expect((insecure as ValidationError).fieldErrors.map((field) => field.path)).toEqual(['url']);
  });
});
