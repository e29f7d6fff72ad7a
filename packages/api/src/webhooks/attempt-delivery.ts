import { and, eq, gte } from 'drizzle-orm';

import {
  webhookAttempts,
  webhookDeliveries,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';
import { disableEndpoint } from './disable-endpoint.js';
import { GIVE_UP_AFTER_MS, retryDelay } from './retry-schedule.js';
import { signedHeaders } from './sign-delivery.js';
import { buildWebhookEvent, type OutboxEvent } from './webhook-event.js';

/** How long a receiver has to answer one attempt. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** The most of a receiver's answer kept with an attempt. */
const DETAIL_LENGTH = 500;

/** A due delivery with what it takes to send it. */
export interface DueDelivery {
  delivery: WebhookDelivery;
  endpoint: WebhookEndpoint;
  event: OutboxEvent;
}

/** What came back from the receiver, or why nothing did. */
interface Answer {
  statusCode: number | null;
  detail: string;
  durationMs: number;
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  // Only the duration of the exchange reads the real clock; every decision uses `now`.
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const detail = (await response.text()).slice(0, DETAIL_LENGTH);
    return { statusCode: response.status, detail, durationMs: elapsed() };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const detail = timedOut ? `No answer within ${ATTEMPT_TIMEOUT_MS / 1000} s.` : String(error);
    return { statusCode: null, detail: detail.slice(0, DETAIL_LENGTH), durationMs: elapsed() };
  }
}

/** Whether any delivery to the endpoint succeeded in the last {@link GIVE_UP_AFTER_MS}. */
async function deliveredLately(db: Database, endpointId: string, now: number): Promise<boolean> {
  const [delivered] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        gte(webhookDeliveries.deliveredAt, now - GIVE_UP_AFTER_MS),
      ),
    )
    .limit(1);
  return delivered !== undefined;
}

/**
 * Sends one delivery and records the attempt: a 2xx answer delivers it; 410 disables the
 * endpoint as gone; anything else schedules the next attempt by the retry schedule, or gives
 * the delivery up after about three days, disabling the endpoint when nothing reached it in
 * all that time.
 */
export async function attemptDelivery(
  env: Env,
  db: Database,
  { delivery, endpoint, event }: DueDelivery,
  now: number,
): Promise<void> {
  const body = JSON.stringify(await buildWebhookEvent(db, event));
  const answer = await post(
    endpoint.url,
    signedHeaders(endpoint.secret, event.id, body, now),
    body,
  );

  const attempts = delivery.attempts + 1;
  const succeeded =
    answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
  const gone = answer.statusCode === 410;
  const delay = succeeded || gone ? null : retryDelay(attempts);
  const status = succeeded ? 'delivered' : gone || delay === null ? 'failed' : 'pending';

  await db.batch([
    db.insert(webhookAttempts).values({
      id: newId('wha'),
      accountId: delivery.accountId,
      deliveryId: delivery.id,
      attemptedAt: now,
      ...answer,
    }),
    db
      .update(webhookDeliveries)
      .set({
        status,
        attempts,
        nextAttemptAt: delay === null ? null : now + delay,
        deliveredAt: succeeded ? now : null,
      })
      .where(eq(webhookDeliveries.id, delivery.id)),
  ]);

  if (gone) await disableEndpoint(env, db, endpoint, 'gone', now);
  if (status === 'failed' && !gone && !(await deliveredLately(db, endpoint.id, now))) {
    await disableEndpoint(env, db, endpoint, 'failing', now);
  }
}
