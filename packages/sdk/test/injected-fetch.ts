import { exports } from 'cloudflare:workers';

/** One request the SDK sent, and the bookmark the Worker answered it with. */
export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  returnedBookmark: string | null;
}

/** A `fetch` that hands each request to the Worker under test and records it in `exchanges`. */
export function workerFetch(exchanges: Exchange[] = []): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const sent = { method: request.method, url: new URL(request.url), headers: request.headers };
    const response = await exports.default.fetch(request);
    exchanges.push({ ...sent, returnedBookmark: response.headers.get('Bookafy-Bookmark') });
    return response;
  };
}

/** A `fetch` standing in for a network that drops every connection, counting the attempts. */
export function failingNetwork(attempts: Request[]): typeof fetch {
  return async (input, init) => {
    attempts.push(new Request(input, init));
    throw new TypeError('fetch failed');
  };
}

/** A `fetch` standing in for a server that never answers; it gives up only when aborted. */
export function silentNetwork(attempts: Request[]): typeof fetch {
  return (input, init) => {
    attempts.push(new Request(input, init));
    return new Promise((_resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}
