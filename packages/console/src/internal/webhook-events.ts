/**
 * The booking events a webhook endpoint can subscribe to, as the API's enum lists them
 * (`WebhookEndpointInput.events` in `/v1/openapi.json`); a test compares the two.
 */
export const WEBHOOK_EVENT_TYPES = [
  'booking.created',
  'booking.confirmed',
  'booking.rescheduled',
  'booking.cancelled',
] as const;

/** One booking event type. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
