import type { Database } from '../env.js';
import { messagesConsumer } from '../notifications/messages-consumer.js';
import { fanOutWebhooks } from '../webhooks/fan-out.js';
import type { OutboxEvent } from '../webhooks/webhook-event.js';

/** What a consumer of the outbox is given for one event. */
export interface OutboxContext {
  env: Env;
  db: Database;
  event: OutboxEvent;
  /** The instant of this run; consumers never read the clock themselves. */
  now: number;
}

/**
 * Turns one outbox event into the work it causes (webhook deliveries, messages). It throws to
 * have the event offered again on the next run, so it must add nothing the second time for
 * work it already did.
 */
export type OutboxConsumer = (context: OutboxContext) => Promise<void>;

/** Every consumer of outbox events; an event is processed once each of them has succeeded. */
export const outboxConsumers: readonly OutboxConsumer[] = [fanOutWebhooks, messagesConsumer];
