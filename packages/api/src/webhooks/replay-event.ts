import { and, eq, isNull } from 'drizzle-orm';

import { webhookDeliveries, webhookEndpoints, type WebhookDelivery } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { chunks, rowsPerInsert } from '../internal/chunks.js';
import { newId } from '../internal/ids.js';
import { notDeleted, subscribedTo } from './endpoint-store.js';
import { DELIVERY_COLUMNS } from './fan-out.js';
import type { OutboxEvent } from './webhook-event.js';

/**
 * Queues `event` again, due at `now`, for the enabled endpoints given (all of them subscribed
 * to its type when `endpointId` is not set). An endpoint that already had a delivery of the
 * event gets that delivery back as pending with a fresh retry schedule; its earlier attempts
 * stay in its history. Returns the queued deliveries.
 */
export async function replayEvent(
  db: Database,
  event: OutboxEvent,
  now: number,
  endpointId?: string,
): Promise<WebhookDelivery[]> {
  const targets = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.accountId, event.accountId),
        isNull(webhookEndpoints.disabledAt),
        notDeleted,
        endpointId === undefined ? subscribedTo(event.type) : eq(webhookEndpoints.id, endpointId),
      ),
    );
  if (targets.length === 0) return [];

  const queued: WebhookDelivery[] = [];
  for (const run of chunks(targets, rowsPerInsert(DELIVERY_COLUMNS))) {
    queued.push(
      ...(await db
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
        .onConflictDoUpdate({
          target: [webhookDeliveries.eventId, webhookDeliveries.endpointId],
          set: { status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null },
        })
        .returning()),
    );
  }
  return queued;
}
