import { Webhook } from 'standardwebhooks';

/** The headers of one delivery attempt, signed as Standard Webhooks with the endpoint's secret. */
export function signedHeaders(
  secret: string,
  eventId: string,
  body: string,
  now: number,
): Record<string, string> {
  const timestamp = new Date(now);
  return {
    'content-type': 'application/json',
    'user-agent': 'Bookafy-Webhooks/1',
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(now / 1000)),
    'webhook-signature': new Webhook(secret).sign(eventId, timestamp, body),
  };
}
