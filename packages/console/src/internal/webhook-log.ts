import type { WebhookDelivery } from './embed-api.js';

/** How a delivery stands, as its log row shows it. */
export type DeliveryOutcome = 'delivered' | 'retrying' | 'waiting' | 'failed';

/** One row of an endpoint's delivery log, ready to show. */
export interface DeliveryLogRow {
  id: string;
  eventId: string;
  eventType: string;
  /** When the event was queued, in the viewer's zone. */
  time: string;
  outcome: DeliveryOutcome;
  /** The latest attempt's HTTP status, `null` when there was no answer or no attempt yet. */
  statusCode: number | null;
  /** How many attempts were made. */
  attempts: number;
  /** What the latest attempt met ("Network connection lost."), empty before any attempt. */
  detail: string;
  /** When the next attempt is due, in the viewer's zone, while one is. */
  nextAttempt: string | undefined;
}

/**
 * A delivery as a log row, with its instants shown in `timeZone` (the viewer's IANA zone) and
 * `locale`: `retrying` once an attempt failed and another is due, `waiting` before the first.
 */
export function deliveryLogRow(
  delivery: WebhookDelivery,
  timeZone: string,
  locale: string,
): DeliveryLogRow {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const last = delivery.attempts.at(-1);
  const outcome: DeliveryOutcome =
    delivery.status === 'delivered'
      ? 'delivered'
      : delivery.status === 'failed'
        ? 'failed'
        : last
          ? 'retrying'
          : 'waiting';
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    time: format.format(new Date(delivery.createdAt)),
    outcome,
    statusCode: last?.statusCode ?? null,
    attempts: delivery.attempts.length,
    detail: last?.detail ?? '',
    nextAttempt:
      delivery.status === 'pending' && delivery.nextAttemptAt
        ? format.format(new Date(delivery.nextAttemptAt))
        : undefined,
  };
}
