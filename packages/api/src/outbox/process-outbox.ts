import { and, asc, eq, isNull, sql } from 'drizzle-orm';

import { outboxEvents } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { outboxConsumers, type OutboxConsumer } from './consumers.js';

/** Options of {@link processOutbox}. */
export interface ProcessOutboxOptions {
  /** The most events handled in one run. @default 50 */
  limit?: number;
  /** @default outboxConsumers */
  consumers?: readonly OutboxConsumer[];
}

/**
 * Hands the unprocessed outbox events, oldest first and at most `limit`, to every consumer,
 * and marks an event processed only once all of them succeeded; an event whose consumer
 * threw stays for the next run, and the consumers that did succeed add nothing then. Returns
 * how many events were processed.
 */
export async function processOutbox(
  env: Env,
  db: Database,
  now: number,
  { limit = 50, consumers = outboxConsumers }: ProcessOutboxOptions = {},
): Promise<number> {
  const events = await db
    .select()
    .from(outboxEvents)
    .where(isNull(outboxEvents.processedAt))
    .orderBy(asc(outboxEvents.createdAt), sql`rowid`)
    .limit(limit);

  let processed = 0;
  for (const event of events) {
    try {
      for (const consumer of consumers) await consumer({ env, db, event, now });
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'error',
          message: 'outbox consumer failed',
          eventId: event.id,
          cause: String(error),
        }),
      );
      continue;
    }
    await db
      .update(outboxEvents)
      .set({ processedAt: now })
      .where(and(eq(outboxEvents.id, event.id), isNull(outboxEvents.processedAt)));
    processed += 1;
  }
  return processed;
}
