import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

import worker from '../src/index.js';

/**
 * Hands `request` to the Worker under test with `settings` as its environment (the usual one
 * unless given) and answers once the work the request left to `waitUntil` (the webhook
 * dispatch after a write) is done.
 */
export async function workerFetch(
  request: Request,
  settings: Parameters<typeof worker.fetch>[1] = env,
): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, settings, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A `fetch` that hands each request to the Worker under test as `workerFetch` does. */
export function settledFetch(): typeof fetch {
  return (input, init) => workerFetch(new Request(input, init));
}
