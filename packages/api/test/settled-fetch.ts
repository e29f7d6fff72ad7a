import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

import worker from '../src/index.js';

/**
 * A `fetch` that hands each request to the Worker under test and returns its response only
 * once the work the request left to `waitUntil` (the webhook dispatch after a write) is done.
 */
export function settledFetch(): typeof fetch {
  return async (input, init) => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(new Request(input, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
}
