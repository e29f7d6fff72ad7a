import { describe, expect, it } from 'vitest';

import { createAccount, createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

pinClock('2027-02-26T12:00:00Z');

const json = (body: unknown) => JSON.stringify(body);

async function createEndpoint(secretKey: string, body: Record<string, unknown> = {}) {
  return request('/admin/webhook-endpoints', {
    method: 'POST',
    key: secretKey,
    body: json({ url: 'https://example.com/hooks', events: ['booking.created'], ...body }),
  });
}

describe('/v1/admin/webhook-endpoints', () => {
  it('shows the signing secret when the endpoint is made and never when it is read', async () => {
    const { secretKey } = await createAdminAccount();

    const created = await createEndpoint(secretKey, { description: 'CRM' });
    const endpoint = await created.json<Record<string, unknown>>();
    const read = await request(`/admin/webhook-endpoints/${String(endpoint.id)}`, {
      key: secretKey,
    });
    const listed = await request('/admin/webhook-endpoints', { key: secretKey });

    expect(created.status).toBe(201);
    expect(endpoint).toMatchObject({
      url: 'https://example.com/hooks',
      events: ['booking.created'],
      description: 'CRM',
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      createdAt: '2027-02-26T12:00:00Z',
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await read.json()).not.toHaveProperty('secret');
    expect((await listed.json<{ data: object[] }>()).data).toEqual([
      expect.not.objectContaining({ secret: expect.anything() }),
    ]);
  });

  it('accepts https anywhere and http only on 127.0.0.1 or localhost', async () => {
    const { secretKey } = await createAdminAccount();

    const statuses = await Promise.all(
      [
        'https://example.com/a',
        'http://127.0.0.1:8788/a',
        'http://localhost:3000/a',
        'http://example.com/a',
        'ftp://example.com/a',
        'https://user:pass@example.com/a',
      ].map(async (url) => (await createEndpoint(secretKey, { url })).status),
    );
    const noEvents = await createEndpoint(secretKey, { events: [] });
    const unknownEvent = await createEndpoint(secretKey, { events: ['booking.deleted'] });

    expect(statuses).toEqual([201, 201, 201, 400, 400, 400]);
    expect(noEvents.status).toBe(400);
    expect(unknownEvent.status).toBe(400);
    expect(unknownEvent.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('disables by PATCH, re-enables, changes events, and rotates the secret', async () => {
    const { secretKey } = await createAdminAccount();
    const endpoint = await (await createEndpoint(secretKey)).json<{ id: string; secret: string }>();
    const path = `/admin/webhook-endpoints/${endpoint.id}`;
    const patch = (body: unknown) =>
      request(path, { method: 'PATCH', key: secretKey, body: json(body) });

    const disabled = await (await patch({ enabled: false })).json();
    const enabled = await (
      await patch({ enabled: true, events: ['booking.cancelled', 'booking.created'] })
    ).json();
    const rotated = await request(`${path}/rotate-secret`, { method: 'POST', key: secretKey });
    const rotatedBody = await rotated.json<{ secret: string }>();

    expect(disabled).toMatchObject({
      enabled: false,
      disabledAt: '2027-02-26T12:00:00Z',
      disabledReason: 'manual',
    });
    expect(enabled).toMatchObject({
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      events: ['booking.cancelled', 'booking.created'],
    });
    expect(rotated.status).toBe(201);
    expect(rotatedBody.secret).toMatch(/^whsec_/);
    expect(rotatedBody.secret).not.toBe(endpoint.secret);
  });

  it('answers an empty change with the endpoint as it is', async () => {
    const { secretKey } = await createAdminAccount();
    const created = await (await createEndpoint(secretKey)).json<{ id: string }>();

    const answer = await request(`/admin/webhook-endpoints/${created.id}`, {
      method: 'PATCH',
      key: secretKey,
      body: '{}',
    });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ id: created.id, enabled: true });
  });

  it('hides a deleted endpoint from every read', async () => {
    const { secretKey } = await createAdminAccount();
    const endpoint = await (await createEndpoint(secretKey)).json<{ id: string }>();
    const path = `/admin/webhook-endpoints/${endpoint.id}`;

    const deleted = await request(path, { method: 'DELETE', key: secretKey });
    const read = await request(path, { key: secretKey });
    const deliveries = await request(`${path}/deliveries`, { key: secretKey });
    const listed = await request('/admin/webhook-endpoints', { key: secretKey });

    expect(deleted.status).toBe(204);
    expect(read.status).toBe(404);
    expect(deliveries.status).toBe(404);
    expect(await listed.json()).toEqual({ data: [] });
  });

  it("answers another account's endpoint with 404 on every route", async () => {
    const { secretKey } = await createAdminAccount();
    const other = await createAdminAccount();
    const endpoint = await (await createEndpoint(other.secretKey)).json<{ id: string }>();
    const path = `/admin/webhook-endpoints/${endpoint.id}`;

    const answers = await Promise.all([
      request(path, { key: secretKey }),
      request(path, { method: 'PATCH', key: secretKey, body: json({ enabled: false }) }),
      request(path, { method: 'DELETE', key: secretKey }),
      request(`${path}/rotate-secret`, { method: 'POST', key: secretKey }),
      request(`${path}/deliveries`, { key: secretKey }),
    ]);
    const stillThere = await request(path, { key: other.secretKey });

    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    expect(await stillThere.json()).toMatchObject({ enabled: true });
  });

  it('refuses calls without a secret key', async () => {
    const { publishableKey } = await createAccount();

    const answer = await request('/admin/webhook-endpoints', { key: publishableKey });

    expect(answer.status).toBe(401);
  });
});
