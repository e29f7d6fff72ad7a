import type { WebhookDelivery as WireDelivery } from '@bookafy/core';
import { asc, inArray } from 'drizzle-orm';

import {
  outboxEvents,
  webhookAttempts,
  type WebhookAttempt,
  type WebhookDelivery,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { toWireDelivery } from './wire-webhooks.js';

/** Deliveries as the account reads them, each with its event's type and every attempt. */
export async function withHistory(
  db: Database,
  deliveries: WebhookDelivery[],
): Promise<WireDelivery[]> {
  if (deliveries.length === 0) return [];
  const ids = deliveries.map((delivery) => delivery.id);
  const eventIds = [...new Set(deliveries.map((delivery) => delivery.eventId))];
  const [attempts, events] = await Promise.all([
    db
      .select()
      .from(webhookAttempts)
      .where(inArray(webhookAttempts.deliveryId, ids))
      .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id)),
    db
      .select({ id: outboxEvents.id, type: outboxEvents.type })
      .from(outboxEvents)
      .where(inArray(outboxEvents.id, eventIds)),
  ]);

  const typeOf = new Map(events.map((event) => [event.id, event.type]));
  const attemptsOf = new Map<string, WebhookAttempt[]>();
  for (const attempt of attempts) {
    attemptsOf.set(attempt.deliveryId, [...(attemptsOf.get(attempt.deliveryId) ?? []), attempt]);
  }
  return deliveries.map((delivery) =>
    toWireDelivery(delivery, typeOf.get(delivery.eventId)!, attemptsOf.get(delivery.id) ?? []),
  );
}
