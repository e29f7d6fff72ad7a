import { describe, expect, it } from 'vitest';

import {
  allowOrigins,
  bookingBody,
  createAccount,
  offeredStarts,
  request,
} from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01 10:00 in Berlin (CET, +01:00).
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';

pinClock(NOW);

/** A fresh account and its slug, which the test fixtures derive from the id. */
async function accountWithSlug() {
  const account = await createAccount();
  return { ...account, slug: account.accountId.replace('_', '-') };
}

describe('publishableKey', () => {
  it("admits the account's slug from the Worker's own pages instead of a key", async () => {
    const { accountId, slug, publishableKey, serviceId } = await accountWithSlug();

    const bootstrap = await request(`/bootstrap?account=${slug}`);
    const slots = await request(
      `/slots?account=${slug}&serviceId=${serviceId}` +
        '&start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z',
      { headers: { Origin: 'http://127.0.0.1' } },
    );
    const booking = await request(`/bookings?account=${slug}`, {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1' },
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });

    expect(bootstrap.status).toBe(200);
    expect(await bootstrap.json()).toMatchObject({ account: { id: accountId, slug } });
    expect(slots.status).toBe(200);
    expect(booking.status).toBe(201);
    expect(await offeredStarts(publishableKey, serviceId)).not.toContain(TEN_IN_BERLIN);
  });

  it('refuses the slug from other origins, even allowed ones: 401 same_origin_only', async () => {
    const { accountId, slug, publishableKey, serviceId } = await accountWithSlug();
    await allowOrigins(accountId, ['https://shop.example']);

    const read = await request(`/bootstrap?account=${slug}`, {
      headers: { Origin: 'https://shop.example' },
    });
    const write = await request(`/bookings?account=${slug}`, {
      method: 'POST',
      headers: { Origin: 'https://shop.example' },
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });

    for (const response of [read, write]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'same_origin_only' });
    }
    expect(await offeredStarts(publishableKey, serviceId)).toContain(TEN_IN_BERLIN);
  });

  it('refuses a slug no account has, and calls that name no account at all', async () => {
    const unknown = await request('/bootstrap?account=no-such-studio-anywhere');
    const malformed = await request('/bootstrap?account=Not%20A%20Slug');
    const nothing = await request('/bootstrap');

    for (const response of [unknown, malformed, nothing]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('is described in the OpenAPI document as a third way to call public routes', async () => {
    const document = await (
      await request('/openapi.json')
    ).json<{
      paths: Record<string, { get?: { security?: unknown } }>;
      components: { securitySchemes: Record<string, unknown> };
    }>();

    expect(document.components.securitySchemes['accountSlugQuery']).toMatchObject({
      type: 'apiKey',
      in: 'query',
      name: 'account',
    });
    expect(document.paths['/bootstrap']?.get?.security).toContainEqual({ accountSlugQuery: [] });
  });
});
