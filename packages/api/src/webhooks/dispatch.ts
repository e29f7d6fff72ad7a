import { drizzle } from 'drizzle-orm/d1';
import type { Context } from 'hono';

import * as schema from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { sendDueMessages } from '../notifications/send-due-messages.js';
import { processOutbox } from '../outbox/process-outbox.js';
import { deliverDueWebhooks } from './deliver-due.js';

/** How much one dispatch does at most. */
export interface DispatchLimits {
  events?: number;
  deliveries?: number;
}

/** What one dispatch did. */
export interface DispatchResult {
  processedEvents: number;
  attemptedDeliveries: number;
  sentMessages: number;
}

/**
 * Processes the outbox (fanning events out to webhook endpoints and booking messages), then
 * attempts every webhook delivery and sends every message due at `now`, within `limits`. A
 * booking write runs it right after the write; the cron job runs it every minute for retries
 * and anything missed.
 *
 * @example
 * ctx.waitUntil(dispatch(env, Date.now()));
 */
export async function dispatch(
  env: Env,
  now: number,
  limits: DispatchLimits = {},
): Promise<DispatchResult> {
  const db = drizzle(env.DB, { schema });
  const processedEvents = await processOutbox(env, db, now, { limit: limits.events });
  const attemptedDeliveries = await deliverDueWebhooks(env, db, now, limits.deliveries);
  // Last: a misconfigured mailer throws, and must not hold up the webhooks.
  const sentMessages = await sendDueMessages(env, db, now);
  return { processedEvents, attemptedDeliveries, sentMessages };
}

/**
 * Runs {@link dispatch} after the response of a successful booking write, without delaying
 * it; a failure is logged once and the cron job tries again.
 */
export function dispatchAfterWrite(c: Context<AppEnv>, now: number): void {
  const running = dispatch(c.env, now).catch((error: unknown) => {
    console.error(
      JSON.stringify({
        requestId: c.get('requestId'),
        level: 'error',
        message: 'dispatch after write failed',
        cause: String(error),
      }),
    );
  });
  c.executionCtx.waitUntil(running);
}
