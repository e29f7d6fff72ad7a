import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { inject } from 'vitest';

import { scheduled } from '../src/index.js';
import { newId } from '../src/internal/ids.js';
import { apiRequest } from './fixtures.js';
import { workerFetch } from './settled-fetch.js';
import type { ReceivedRequest, ReceiverMode } from './webhook-receiver.js';

/** A path of its own on the loopback receiver, with its full URL. */
export function receiverPath(): { path: string; url: string } {
  const path = `/hooks/${newId('t')}`;
  return { path, url: `${inject('webhookReceiverUrl')}${path}` };
}

/** Sets how the receiver answers `path`: a status (such as 503 or 410) or no answer ('drop'). */
export async function setReceiverMode(path: string, mode: ReceiverMode): Promise<void> {
  await fetch(`${inject('webhookControlUrl')}/mode`, {
    method: 'POST',
    body: JSON.stringify({ path, mode }),
  });
}

/** Makes `path` accept deliveries again (204). */
export const receiverUp = (path: string) =>
  setReceiverMode(path, { answer: 'status', status: 204 });

/** Every request the receiver answered on `path`, oldest first. */
export async function receivedAt(path: string): Promise<ReceivedRequest[]> {
  const response = await fetch(`${inject('webhookControlUrl')}/requests?path=${path}`);
  return response.json<ReceivedRequest[]>();
}

/** Sends a request to the Worker under test as `settledFetch` does. */
export function requestAndSettle(
  path: string,
  init: RequestInit & { key?: string } = {},
): Promise<Response> {
  return workerFetch(apiRequest(path, init));
}

/** Runs the cron job once as if scheduled at `iso`. */
export async function runCron(iso: string): Promise<void> {
  await scheduled(createScheduledController({ scheduledTime: new Date(iso) }), env);
}
