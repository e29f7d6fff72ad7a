import { and, eq, isNull } from 'drizzle-orm';

import { webhookDeliveries, webhookEndpoints } from '../db/schema/index.js';
import { chunks, rowsPerInsert } from '../internal/chunks.js';
import { newId } from '../internal/ids.js';
import type { OutboxConsumer } from '../outbox/consumers.js';
import { subscribedTo } from './endpoint-store.js';

/** The columns of a delivery row, which bounds how many rows one insert may carry. */
export const DELIVERY_COLUMNS = 9;

/**
 * The outbox consumer of webhooks: one delivery, due at once, for every enabled endpoint of
 * the event's account subscribed to its type. Running it again for the same event adds
 * nothing, so an outbox run that is retried never delivers an event twice.
 */
export const fanOutWebhooks: OutboxConsumer = async ({ db, event, now }) => {
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.accountId, event.accountId),
        isNull(webhookEndpoints.disabledAt),
        subscribedTo(event.type),
      ),
    );
  if (endpoints.length === 0) return;

  // D1 binds at most 100 values a statement: accounts with many endpoints take several.
  for (const run of chunks(endpoints, rowsPerInsert(DELIVERY_COLUMNS))) {
    await db
      .insert(webhookDeliveries)
      .values(
        run.map((endpoint) => ({
          id: newId('whd'),
          accountId: event.accountId,
          eventId: event.id,
          endpointId: endpoint.id,
          status: 'pending' as const,
          nextAttemptAt: now,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: [webhookDeliveries.eventId, webhookDeliveries.endpointId] });
  }
};
