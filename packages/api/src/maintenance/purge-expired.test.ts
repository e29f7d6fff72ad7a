import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';

import { bookingBody, createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import { createConsoleUser, fromConsole } from '../auth/console-user.test-support.js';
import { throttleKey } from '../auth/sign-in.js';
import * as schema from '../db/schema/index.js';
import { scheduled } from '../index.js';

const db = drizzle(env.DB, { schema });

pinClock('2027-03-01T09:00:00Z');

/** Runs the Worker's cron job as Cloudflare would at `iso`. */
const tick = (iso: string) =>
  scheduled(createScheduledController({ scheduledTime: new Date(iso) }), env);

const post = (path: string, body: Record<string, unknown>) =>
  fromConsole(path, { method: 'POST', body: JSON.stringify(body) });

async function consoleRowsOf(userId: string, email: string) {
  const [sessions, links, throttles, networks] = await db.batch([
    db.select().from(schema.sessions).where(eq(schema.sessions.userId, userId)),
    db.select().from(schema.passwordResets).where(eq(schema.passwordResets.userId, userId)),
    db
      .select()
      .from(schema.signInThrottles)
      .where(eq(schema.signInThrottles.emailHash, await throttleKey(email))),
    db.select().from(schema.signInNetworkThrottles),
  ]);
  return {
    sessions: sessions.length,
    links: links.length,
    throttles: throttles.length,
    networks: networks.length,
  };
}

describe('the cron job', () => {
  it('deletes sessions, reset links and failed sign-ins once they no longer count', async () => {
    const { accountId } = await createAccount();
    const user = await createConsoleUser(accountId);
    await post('/console/sign-in', { email: user.email, password: user.password });
    await post('/console/password-reset', { email: user.email });
    await post('/console/sign-in', { email: user.email, password: 'guess' });
    const everyRow = { sessions: 1, links: 1, throttles: 1, networks: 1 };
    expect(await consoleRowsOf(user.id, user.email)).toEqual(everyRow);

    await tick('2027-03-01T09:59:59Z');
    expect(await consoleRowsOf(user.id, user.email)).toEqual(everyRow);

    await tick('2027-03-01T10:00:00Z');
    expect(await consoleRowsOf(user.id, user.email)).toEqual({
      sessions: 1,
      links: 0,
      throttles: 1,
      networks: 0,
    });

    await tick('2027-03-02T09:00:00Z');
    expect(await consoleRowsOf(user.id, user.email)).toEqual({
      sessions: 1,
      links: 0,
      throttles: 0,
      networks: 0,
    });

    await tick('2027-03-08T09:00:00Z');
    expect((await consoleRowsOf(user.id, user.email)).sessions).toBe(0);
  });

  it('deletes an idempotency record after 24 hours and keeps its booking', async () => {
    const { accountId, publishableKey, serviceId } = await createAccount();
    const booked = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      headers: { 'Idempotency-Key': 'purge-1' },
      body: bookingBody(serviceId, '2027-03-03T09:00:00Z'),
    });
    expect(booked.status).toBe(201);
    const records = () =>
      db
        .select()
        .from(schema.idempotencyRecords)
        .where(eq(schema.idempotencyRecords.accountId, accountId));

    await tick('2027-03-02T08:59:59Z');
    expect(await records()).toHaveLength(1);

    await tick('2027-03-02T09:00:00Z');
    expect(await records()).toEqual([]);
    const { id } = await booked.json<{ id: string }>();
    const [booking] = await db.select().from(schema.bookings).where(eq(schema.bookings.id, id));
    expect(booking?.status).toBe('confirmed');
  });
});
