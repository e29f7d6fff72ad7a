import type { WebhookDelivery, WebhookEndpointWithSecret, WebhookEvent } from '@bookafy/core';
import { Webhook } from 'standardwebhooks';
import { vi } from 'vitest';

import { bookingBody, createAdminAccount, type AccountOptions } from './fixtures.js';
import { receivedAt, receiverPath, requestAndSettle } from './webhook-receiver-client.js';
import type { ReceivedRequest } from './webhook-receiver.js';

/** An admin account with one webhook endpoint on a receiver path of its own. */
export async function accountWithEndpoint(
  events: string[] = ['booking.created', 'booking.rescheduled', 'booking.cancelled'],
  options: AccountOptions = {},
) {
  const account = await createAdminAccount(options);
  const { path, url } = receiverPath();
  const response = await requestAndSettle('/admin/webhook-endpoints', {
    method: 'POST',
    key: account.secretKey,
    body: JSON.stringify({ url, events }),
  });
  const endpoint = await response.json<WebhookEndpointWithSecret>();
  return { ...account, path, endpoint };
}

/** Books `start` as a visitor in New York and returns the booking with its manage token. */
export async function book(
  account: { publishableKey: string; serviceId: string },
  start: string,
): Promise<{ id: string; manageToken: string }> {
  const response = await requestAndSettle('/bookings', {
    method: 'POST',
    key: account.publishableKey,
    body: bookingBody(account.serviceId, start),
  });
  if (response.status !== 201) throw new Error(`POST /bookings answered ${response.status}`);
  return response.json();
}

/** The endpoint's deliveries, newest first, as `GET …/deliveries` lists them. */
export async function deliveriesOf(account: {
  secretKey: string;
  endpoint: { id: string };
}): Promise<WebhookDelivery[]> {
  const response = await requestAndSettle(
    `/admin/webhook-endpoints/${account.endpoint.id}/deliveries?limit=100`,
    { key: account.secretKey },
  );
  return (await response.json<{ data: WebhookDelivery[] }>()).data;
}

/**
 * The events the receiver accepted on `path`, each verified with the standardwebhooks library
 * against `secret` as of the instant it was signed; a bad signature throws.
 */
export async function verifiedEvents(
  path: string,
  secret: string,
): Promise<{ request: ReceivedRequest; event: WebhookEvent }[]> {
  const accepted = (await receivedAt(path)).filter((request) => request.status < 300);
  const pinned = Date.now();
  try {
    return accepted.map((request) => {
      vi.setSystemTime(Number(request.headers['webhook-timestamp']) * 1000);
      const event = new Webhook(secret).verify(request.body, request.headers) as WebhookEvent;
      return { request, event };
    });
  } finally {
    vi.setSystemTime(pinned);
  }
}
