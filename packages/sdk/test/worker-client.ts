import { createClient } from '../src/client.js';
import { workerFetch, type Exchange } from './injected-fetch.js';

/** A public client of the Worker under test that records every exchange in `exchanges`. */
export function connect(publishableKey: string, exchanges: Exchange[] = []) {
  return createClient({
    baseUrl: 'http://127.0.0.1',
    publishableKey,
    fetch: workerFetch(exchanges),
  });
}
