import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import * as schema from '../db/schema/index.js';
import { bookingBody, createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const db = drizzle(env.DB, { schema });
const NOW = '2027-02-26T12:00:00Z';
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

pinClock(NOW);

const hold = (key: string, serviceId: string, extra: Record<string, unknown> = {}) =>
  request('/holds', {
    method: 'POST',
    key,
    body: JSON.stringify({ serviceId, start: TEN_IN_BERLIN, ...extra }),
  });

async function starts(serviceId: string, key: string) {
  const response = await request(`/slots?serviceId=${serviceId}&${DAY}`, { key });
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

describe('POST /v1/holds', () => {
  it('holds a slot for five minutes, during which nobody else gets it', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const response = await hold(publishableKey, serviceId);

    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      start: TEN_IN_BERLIN,
      end: '2027-03-01T09:30:00Z',
      expiresAt: '2027-02-26T12:05:00Z',
    });
    expect(await starts(serviceId, publishableKey)).not.toContain(TEN_IN_BERLIN);
    const other = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });
    expect(other.status).toBe(409);
    expect((await hold(publishableKey, serviceId)).status).toBe(409);
  });

  it('frees the slot again when the hold expires', async () => {
    const { publishableKey, serviceId } = await createAccount();
    await hold(publishableKey, serviceId, { minutes: 2 });

    vi.setSystemTime(new Date('2027-02-26T12:02:00Z'));

    expect(await starts(serviceId, publishableKey)).toContain(TEN_IN_BERLIN);
    expect((await hold(publishableKey, serviceId)).status).toBe(201);
  });

  it('is taken over by the booking that names it, which releases it', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const { id: holdId } = await (await hold(publishableKey, serviceId)).json<{ id: string }>();

    const booked = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN, { holdId }),
    });

    expect(booked.status).toBe(201);
    expect(await db.select().from(schema.holds).where(eq(schema.holds.id, holdId))).toEqual([]);
    expect(await starts(serviceId, publishableKey)).not.toContain(TEN_IN_BERLIN);
  });

  it('refuses a booking that names an expired hold', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const { id: holdId } = await (
      await hold(publishableKey, serviceId, { minutes: 1 })
    ).json<{
      id: string;
    }>();
    vi.setSystemTime(new Date('2027-02-26T12:01:00Z'));

    const booked = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN, { holdId }),
    });

    expect(booked.status).toBe(409);
    expect(await booked.json()).toMatchObject({ code: 'hold_not_found' });
  });
});
