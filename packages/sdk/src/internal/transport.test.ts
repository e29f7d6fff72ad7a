import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAccount } from '../../../api/test/fixtures.js';
import { failingNetwork, silentNetwork, workerFetch } from '../../test/injected-fetch.js';
import { BookafyError } from '../errors/bookafy-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { Transport, type ConnectionOptions } from './transport.js';

const BASE_URL = 'http://127.0.0.1';
const BOOKING = {
  serviceId: 'svc_unused',
  start: '2027-03-01T09:00:00Z',
  customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' },
};

beforeEach(() => {
  // No jitter: retries follow each other at once, so the tests stay fast and deterministic.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function transport(
  fetch: typeof globalThis.fetch,
  options: Partial<ConnectionOptions> & { apiKey?: string } = {},
) {
  return new Transport({ baseUrl: BASE_URL, apiKey: 'pk_test_unused', fetch, ...options });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('Transport', () => {
  it('retries a GET after network errors, then fails with NetworkError', async () => {
    const attempts: Request[] = [];

    const error = await rejectionOf(
      transport(failingNetwork(attempts), { maxRetries: 3 }).call({
        method: 'GET',
        path: '/bootstrap',
      }),
    );

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toBeInstanceOf(BookafyError);
    expect((error as NetworkError).message).toBe('GET /bootstrap could not reach the Bookafy API');
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(attempts).toHaveLength(1 + 3);
  });

  it('retries a GET twice by default', async () => {
    const attempts: Request[] = [];

    const call = transport(failingNetwork(attempts)).call({ method: 'GET', path: '/bootstrap' });

    await expect(call).rejects.toBeInstanceOf(NetworkError);
    expect(attempts).toHaveLength(1 + 2);
  });

  it('returns the answer of a retried GET once the network is back', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const attempts: Request[] = [];
    const dropOnce = failingNetwork(attempts);
    const worker = workerFetch();
    const flakyFetch: typeof fetch = (input, init) =>
      attempts.length === 0 ? dropOnce(input, init) : worker(input, init);

    const bootstrap = await transport(flakyFetch, { apiKey: publishableKey }).call<{
      services: { id: string }[];
    }>({ method: 'GET', path: '/bootstrap' });

    expect(attempts).toHaveLength(1);
    expect(bootstrap.services.map((service) => service.id)).toEqual([serviceId]);
  });

  it('never retries a POST, so a booking cannot be written twice', async () => {
    const attempts: Request[] = [];

    const error = await rejectionOf(
      transport(failingNetwork(attempts), { maxRetries: 3 }).call({
        method: 'POST',
        path: '/bookings',
        body: BOOKING,
      }),
    );

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain('POST /bookings');
    expect(attempts).toHaveLength(1);
  });

  it('fails with TimeoutError when no answer comes within timeoutMs', async () => {
    const attempts: Request[] = [];

    const error = await rejectionOf(
      transport(silentNetwork(attempts), { timeoutMs: 50, maxRetries: 1 }).call({
        method: 'GET',
        path: '/bootstrap',
      }),
    );

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(BookafyError);
    expect((error as TimeoutError).message).toBe('GET /bootstrap timed out after 50 ms');
    expect(attempts).toHaveLength(2);
  });

  it('rejects with the AbortError, without retrying, when the caller aborts', async () => {
    const attempts: Request[] = [];
    const controller = new AbortController();

    const call = transport(silentNetwork(attempts)).call({
      method: 'GET',
      path: '/bootstrap',
      signal: controller.signal,
    });
    controller.abort();
    const error = await rejectionOf(call);

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(BookafyError);
    expect(attempts).toHaveLength(1);
  });
});
