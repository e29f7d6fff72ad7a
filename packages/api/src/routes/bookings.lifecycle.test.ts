import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { sha256Hex } from '../internal/hash.js';
import { bookingBody, createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const db = drizzle(env.DB, { schema });
const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01, 10:00 in Berlin.
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';

pinClock(NOW);

function book(
  key: string,
  serviceId: string,
  init: { idempotencyKey?: string; name?: string } = {},
) {
  const customer = { name: init.name ?? 'Ada', email: 'ada@example.com', timeZone: 'UTC' };
  return request('/bookings', {
    method: 'POST',
    key,
    body: bookingBody(serviceId, TEN_IN_BERLIN, { customer }),
    headers: init.idempotencyKey ? { 'Idempotency-Key': init.idempotencyKey } : {},
  });
}

describe('POST /v1/bookings records', () => {
  it('returns a manage token once and stores only its hash', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const booking = await (
      await book(publishableKey, serviceId)
    ).json<{ id: string; manageToken: string }>();

    expect(booking.manageToken).toMatch(/^mt_[0-9a-z]{40}$/);
    const [row] = await db.select().from(schema.bookings).where(eq(schema.bookings.id, booking.id));
    expect(row?.manageTokenHash).toBe(await sha256Hex(booking.manageToken));
  });

  it('writes the audit row and the outbox event with the booking', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const { id } = await (await book(publishableKey, serviceId)).json<{ id: string }>();

    const audit = await db
      .select()
      .from(schema.bookingEvents)
      .where(eq(schema.bookingEvents.bookingId, id));
    const outbox = await db
      .select()
      .from(schema.outboxEvents)
      .where(eq(schema.outboxEvents.bookingId, id));
    expect(audit.map((event) => [event.type, event.actor])).toEqual([['created', 'visitor']]);
    expect(outbox.map((event) => event.type)).toEqual(['booking.created']);
    expect(outbox[0]?.payload).toMatchObject({
      bookingId: id,
      start: TEN_IN_BERLIN,
      staffTimeZone: 'Europe/Berlin',
    });
  });

  it('writes no audit row or event for a booking that lost the race', async () => {
    const { accountId, publishableKey, serviceId } = await createAccount();
    await book(publishableKey, serviceId);

    expect((await book(publishableKey, serviceId)).status).toBe(409);

    const events = await db
      .select()
      .from(schema.outboxEvents)
      .where(eq(schema.outboxEvents.accountId, accountId));
    expect(events).toHaveLength(1);
  });

  it('answers a taken slot with the nearest free times', async () => {
    const { publishableKey, serviceId } = await createAccount();
    await book(publishableKey, serviceId);

    const problem = await (
      await book(publishableKey, serviceId)
    ).json<{ alternatives: { start: string }[] }>();

    expect(problem.alternatives.map((slot) => slot.start)).toEqual([
      '2027-03-01T08:00:00Z',
      '2027-03-01T08:30:00Z',
      '2027-03-01T09:30:00Z',
    ]);
  });

  it('makes a pending booking that holds its slot when the service needs confirming', async () => {
    const { publishableKey, serviceId } = await createAccount({
      service: { requiresConfirmation: true },
    });

    const first = await book(publishableKey, serviceId);

    expect(await first.json()).toMatchObject({ status: 'pending' });
    expect((await book(publishableKey, serviceId)).status).toBe(409);
  });
});

describe('POST /v1/bookings with an Idempotency-Key', () => {
  it('makes one booking for 20 parallel retries, which all get the same answer', async () => {
    const { accountId, publishableKey, serviceId } = await createAccount();

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        book(publishableKey, serviceId, { idempotencyKey: 'retry-1' }),
      ),
    );

    const created = responses.filter((response) => response.status === 201);
    const inFlight = responses.filter((response) => response.status === 409);
    expect(created.length + inFlight.length).toBe(20);
    const bodies = new Set(await Promise.all(created.map((response) => response.text())));
    expect(bodies.size).toBe(1);
    for (const response of inFlight) {
      expect(await response.json()).toMatchObject({ code: 'idempotency_in_flight' });
    }
    const rows = await db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.accountId, accountId));
    expect(rows).toHaveLength(1);

    const later = await book(publishableKey, serviceId, { idempotencyKey: 'retry-1' });
    expect(later.status).toBe(201);
    expect(later.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await later.text()).toBe([...bodies][0]);
  });

  it('refuses the same key with a different body', async () => {
    const { publishableKey, serviceId } = await createAccount();
    await book(publishableKey, serviceId, { idempotencyKey: 'key-2' });

    const other = await book(publishableKey, serviceId, { idempotencyKey: 'key-2', name: 'Grace' });

    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('scopes keys per account', async () => {
    const mine = await createAccount();
    const theirs = await createAccount();

    expect(
      (await book(mine.publishableKey, mine.serviceId, { idempotencyKey: 'same' })).status,
    ).toBe(201);
    expect(
      (await book(theirs.publishableKey, theirs.serviceId, { idempotencyKey: 'same' })).status,
    ).toBe(201);
  });
});
