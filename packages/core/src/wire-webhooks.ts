/** Wire types of webhook endpoints, their deliveries and the events they carry. */
import type { Booking, UtcString } from './wire.js';

/** The booking events a webhook endpoint can subscribe to. */
export type WebhookEventType =
  'booking.created' | 'booking.confirmed' | 'booking.rescheduled' | 'booking.cancelled';

/** What an owner sends to register a webhook endpoint. */
export interface WebhookEndpointInput {
  /** An https URL; plain http only on 127.0.0.1 or localhost, for development. */
  url: string;
  /** The event types delivered to this endpoint; at least one. */
  events: WebhookEventType[];
  description?: string;
}

/** A change to a webhook endpoint; `enabled: true` re-enables one that was disabled. */
export interface WebhookEndpointUpdate extends Partial<WebhookEndpointInput> {
  enabled?: boolean;
}

/** A webhook endpoint as its account sees it, without its signing secret. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string;
  enabled: boolean;
  /** When deliveries stopped: by the owner, a 410 answer, or lasting failure. */
  disabledAt: UtcString | null;
  disabledReason: 'manual' | 'gone' | 'failing' | null;
  createdAt: UtcString;
}

/** A webhook endpoint with its signing secret, returned on creation and secret rotation only. */
export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  /** `whsec_` and a base64 key: verify each delivery with it (Standard Webhooks). */
  secret: string;
}

/** One try at delivering an event to an endpoint. */
export interface WebhookAttempt {
  attemptedAt: UtcString;
  /** The receiver's HTTP status; `null` when no answer came (refused, timed out). */
  statusCode: number | null;
  /** Why the attempt failed without an answer, or the start of the answer's body. */
  detail: string;
  durationMs: number;
}

/** One event owed to one endpoint, with every attempt so far, oldest first. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  /** The outbox event; it is the `webhook-id` header of every attempt. */
  eventId: string;
  eventType: WebhookEventType;
  status: 'pending' | 'delivered' | 'failed';
  /** When the next attempt is due; `null` once delivered or given up. */
  nextAttemptAt: UtcString | null;
  deliveredAt: UtcString | null;
  createdAt: UtcString;
  attempts: WebhookAttempt[];
}

/** What `POST /admin/events/{eventId}/replay` takes: one endpoint, or every subscribed one. */
export interface EventReplayRequest {
  endpointId?: string;
}

/** A booking's start and end as wall-clock times with their offset, and the zone they are in. */
export interface ZonedTimes {
  /** RFC 3339 with the zone's offset at that instant, e.g. `2027-03-01T09:00:00+01:00`. */
  start: string;
  end: string;
  timeZone: string;
}

/** The booking a webhook event carries: the wire booking plus its times in both zones. */
export interface WebhookBooking extends Omit<Booking, 'manageToken'> {
  /** The staff member's zone, in which the business states the time. */
  staffTimeZone: string;
  /** The times in the staff member's zone. */
  local: ZonedTimes;
  /** The times in the customer's zone. */
  customerLocal: ZonedTimes;
}

/**
 * The JSON body of every webhook delivery. Its `id` is also the `webhook-id` header, the same
 * across retries and replays, so receivers can drop duplicates.
 */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  createdAt: UtcString;
  data: {
    booking: WebhookBooking;
    /** The times before a reschedule; only on `booking.rescheduled`. */
    previous?: { start: UtcString; end: UtcString; local: ZonedTimes };
  };
}
