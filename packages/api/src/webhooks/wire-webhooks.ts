import { toUtcString, type WebhookDelivery, type WebhookEndpoint } from '@bookafy/core';

import type {
  WebhookAttempt as AttemptRow,
  WebhookDelivery as DeliveryRow,
  WebhookEndpoint as EndpointRow,
} from '../db/schema/index.js';

const utcOrNull = (epochMs: number | null) => (epochMs === null ? null : toUtcString(epochMs));

/** A stored endpoint as its account sees it, never with its secret. */
export function toWireEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    enabled: row.disabledAt === null,
    disabledAt: utcOrNull(row.disabledAt),
    disabledReason: row.disabledAt === null ? null : row.disabledReason,
    createdAt: toUtcString(row.createdAt),
  };
}

/** A stored delivery with its attempts (oldest first) and its event's type. */
export function toWireDelivery(
  row: DeliveryRow,
  eventType: WebhookDelivery['eventType'],
  attempts: AttemptRow[],
): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType,
    status: row.status,
    nextAttemptAt: utcOrNull(row.nextAttemptAt),
    deliveredAt: utcOrNull(row.deliveredAt),
    createdAt: toUtcString(row.createdAt),
    attempts: attempts.map((attempt) => ({
      attemptedAt: toUtcString(attempt.attemptedAt),
      statusCode: attempt.statusCode,
      detail: attempt.detail,
      durationMs: attempt.durationMs,
    })),
  };
}
