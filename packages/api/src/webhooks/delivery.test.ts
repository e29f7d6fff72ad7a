import { HOUR_MS, toUtcString } from '@bookafy/core';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { accounts, devMail } from '../db/schema/index.js';
import { request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import {
  accountWithEndpoint,
  book,
  deliveriesOf,
  verifiedEvents,
} from '../../test/webhook-fixtures.js';
import {
  receivedAt,
  receiverUp,
  runCron,
  setReceiverMode,
} from '../../test/webhook-receiver-client.js';

const NOW = '2027-02-26T12:00:00Z';
const MONDAY_NINE_BERLIN = '2027-03-01T08:00:00Z';
const MONDAY_TEN_BERLIN = '2027-03-01T09:00:00Z';
const db = drizzle(env.DB);

pinClock(NOW);

const later = (ms: number) => toUtcString(Date.parse(NOW) + ms);

describe('webhook delivery', () => {
  it('delivers a new booking once, signed for the endpoint, right after the write', async () => {
    const account = await accountWithEndpoint();

    const booking = await book(account, MONDAY_NINE_BERLIN);
    const [delivered, ...others] = await verifiedEvents(account.path, account.endpoint.secret);
    const [delivery] = await deliveriesOf(account);

    expect(others).toEqual([]);
    expect(delivered!.request.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Bookafy-Webhooks/1',
      'webhook-id': delivered!.event.id,
      'webhook-timestamp': String(Date.parse(NOW) / 1000),
    });
    expect(delivered!.event).toMatchObject({
      type: 'booking.created',
      createdAt: NOW,
      data: {
        booking: {
          id: booking.id,
          status: 'confirmed',
          start: MONDAY_NINE_BERLIN,
          end: '2027-03-01T08:30:00Z',
          staffTimeZone: 'Europe/Berlin',
          local: {
            start: '2027-03-01T09:00:00+01:00',
            end: '2027-03-01T09:30:00+01:00',
            timeZone: 'Europe/Berlin',
          },
          customerLocal: {
            start: '2027-03-01T03:00:00-05:00',
            end: '2027-03-01T03:30:00-05:00',
            timeZone: 'America/New_York',
          },
        },
      },
    });
    expect(delivered!.event.data.booking).not.toHaveProperty('manageToken');
    expect(delivered!.event.data).not.toHaveProperty('previous');
    expect(delivery).toMatchObject({
      eventId: delivered!.event.id,
      eventType: 'booking.created',
      status: 'delivered',
      deliveredAt: NOW,
      nextAttemptAt: null,
      attempts: [{ attemptedAt: NOW, statusCode: 204, detail: '' }],
    });
  });

  it('retries with growing waits while the receiver is down, then delivers each once', async () => {
    const account = await accountWithEndpoint();
    await setReceiverMode(account.path, { answer: 'status', status: 503 });

    await book(account, MONDAY_NINE_BERLIN);
    await runCron(later(20_000)); // not due yet
    const afterFirst = await deliveriesOf(account);
    await runCron(later(30_000));
    const afterSecond = await deliveriesOf(account);
    await setReceiverMode(account.path, { answer: 'status', status: 502 });
    await book(account, MONDAY_TEN_BERLIN);
    await runCron(later(150_000));
    const whileBadGateway = await deliveriesOf(account);
    await receiverUp(account.path);
    await runCron(later(HOUR_MS));
    await runCron(later(2 * HOUR_MS));
    const delivered = await verifiedEvents(account.path, account.endpoint.secret);
    const final = await deliveriesOf(account);

    expect(afterFirst[0]).toMatchObject({
      status: 'pending',
      nextAttemptAt: later(30_000),
      attempts: [{ attemptedAt: NOW, statusCode: 503 }],
    });
    expect(afterSecond[0]).toMatchObject({ nextAttemptAt: later(150_000) });
    expect(afterSecond[0]!.attempts.map((attempt) => attempt.attemptedAt)).toEqual([
      NOW,
      later(30_000),
    ]);
    expect(whileBadGateway.map((delivery) => delivery.attempts.at(-1)?.statusCode)).toEqual([
      502, 502,
    ]);
    // Both were booked at the pinned instant: the second booking's delivery has failed twice
    // (next in 2 min), the first one's three times (next in 10 min).
    expect(whileBadGateway.map((delivery) => delivery.nextAttemptAt).toSorted()).toEqual([
      later(150_000 + 2 * 60_000),
      later(150_000 + 10 * 60_000),
    ]);
    expect(delivered.map(({ event }) => event.type)).toEqual([
      'booking.created',
      'booking.created',
    ]);
    expect(new Set(delivered.map(({ event }) => event.id)).size).toBe(2);
    expect(final.map((delivery) => delivery.status)).toEqual(['delivered', 'delivered']);
  });

  it('records an attempt the receiver never answered without a status, and retries it', async () => {
    const account = await accountWithEndpoint();
    // The receiver closes the connection unanswered; workerd logs the lost connection itself.
    await setReceiverMode(account.path, { answer: 'drop' });

    await book(account, MONDAY_NINE_BERLIN);
    const [dropped] = await deliveriesOf(account);
    await receiverUp(account.path);
    await runCron(later(30_000));
    const [delivered] = await deliveriesOf(account);

    expect(dropped).toMatchObject({
      status: 'pending',
      deliveredAt: null,
      nextAttemptAt: later(30_000),
      attempts: [{ attemptedAt: NOW, statusCode: null }],
    });
    expect(dropped!.attempts[0]!.detail).not.toBe('');
    expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: later(30_000) });
    expect(delivered!.attempts.map((attempt) => attempt.statusCode)).toEqual([null, 204]);
    expect(await verifiedEvents(account.path, account.endpoint.secret)).toHaveLength(1);
  });

  it('disables an endpoint that answers 410 Gone and stops sending to it', async () => {
    const account = await accountWithEndpoint();
    await setReceiverMode(account.path, { answer: 'status', status: 410 });

    await book(account, MONDAY_NINE_BERLIN);
    await book(account, MONDAY_TEN_BERLIN);
    await runCron(later(HOUR_MS));
    const endpoint = await request(`/admin/webhook-endpoints/${account.endpoint.id}`, {
      key: account.secretKey,
    });

    expect(await endpoint.json()).toMatchObject({
      enabled: false,
      disabledReason: 'gone',
      disabledAt: NOW,
    });
    expect(await receivedAt(account.path)).toHaveLength(1);
    expect((await deliveriesOf(account)).map((delivery) => delivery.status)).toEqual(['failed']);
  });

  it('gives up after about three days, disables the endpoint and emails the account', async () => {
    const account = await accountWithEndpoint();
    const contactEmail = `ops+${account.accountId}@example.com`;
    await db.update(accounts).set({ contactEmail }).where(eq(accounts.id, account.accountId));
    await setReceiverMode(account.path, { answer: 'status', status: 500 });

    await book(account, MONDAY_NINE_BERLIN);
    for (let tick = 0; tick < 20; tick += 1) {
      const [delivery] = await deliveriesOf(account);
      if (delivery!.nextAttemptAt === null) break;
      await runCron(delivery!.nextAttemptAt);
    }
    const [delivery] = await deliveriesOf(account);
    const attemptTimes = delivery!.attempts.map((attempt) => Date.parse(attempt.attemptedAt));
    const lastAttempt = attemptTimes.at(-1)!;
    const endpoint = await request(`/admin/webhook-endpoints/${account.endpoint.id}`, {
      key: account.secretKey,
    });
    const mail = await db
      .select()
      .from(devMail)
      .where(eq(devMail.toAddress, `Test Studio <${contactEmail}>`));

    expect(delivery).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(attemptTimes).toHaveLength(15);
    expect(lastAttempt - attemptTimes[0]!).toBeGreaterThanOrEqual(72 * HOUR_MS);
    expect(lastAttempt - attemptTimes[0]!).toBeLessThan(80 * HOUR_MS);
    expect(await endpoint.json()).toMatchObject({ enabled: false, disabledReason: 'failing' });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`Bookafy disabled your webhook endpoint ${account.endpoint.url}`);
    expect(mail[0]!.text).toContain(account.endpoint.id);
  });
});
