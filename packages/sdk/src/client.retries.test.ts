import { exports } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAccount } from '../../api/test/fixtures.js';
import { failingNetwork, workerFetch } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { createClient } from './client.js';
import { NetworkError } from './errors/network-error.js';

const NOW = '2027-02-26T12:00:00Z';
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  // No jitter: retries follow each other at once.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** What the wrapper around the Worker saw of one attempt. */
interface Attempt {
  idempotencyKey: string | null;
  status: number | 'dropped';
  replayed: string | null;
}

/**
 * A network that lets the Worker handle the first request in full, then loses its answer,
 * as a connection that drops on the way back would; later requests get their answers.
 */
function losesFirstAnswer(attempts: Attempt[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await exports.default.fetch(request);
    const idempotencyKey = request.headers.get('Idempotency-Key');
    const replayed = response.headers.get('Idempotent-Replayed');
    if (attempts.length === 0) {
      attempts.push({ idempotencyKey, status: 'dropped', replayed });
      throw new TypeError('fetch failed');
    }
    attempts.push({ idempotencyKey, status: response.status, replayed });
    return response;
  };
}

function connect(publishableKey: string, fetch: typeof globalThis.fetch) {
  return createClient({ baseUrl: 'http://127.0.0.1', publishableKey, fetch });
}

describe('createClient: retries', () => {
  it('retries a booking whose answer was lost under the same key, and books once', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const attempts: Attempt[] = [];
    const client = connect(publishableKey, losesFirstAnswer(attempts));

    const booking = await client.createBooking({ serviceId, start: TEN_IN_BERLIN, customer });
    const seen = await client.getBooking(booking.id, booking.manageToken!);
    const { slots } = await client.listSlots({
      serviceId,
      start: '2027-03-01T00:00:00Z',
      end: '2027-03-02T00:00:00Z',
    });

    const [lost, replay] = attempts;
    expect(lost).toMatchObject({ status: 'dropped', replayed: null });
    expect(lost?.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(replay).toEqual({ idempotencyKey: lost?.idempotencyKey, status: 201, replayed: 'true' });
    expect(seen.id).toBe(booking.id);
    // 15 of 16 slots: the replay did not book a second staff member or time.
    expect(slots).toHaveLength(15);
  });

  it('sends the key the caller chose, and a new key per call otherwise', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const keys: (string | null)[] = [];
    const worker = workerFetch();
    const client = connect(publishableKey, (input, init) => {
      keys.push(new Request(input, init).headers.get('Idempotency-Key'));
      return worker(input, init);
    });

    const chosen = await client.createBooking(
      { serviceId, start: TEN_IN_BERLIN, customer },
      { idempotencyKey: 'order-42' },
    );
    const replayed = await client.createBooking(
      { serviceId, start: TEN_IN_BERLIN, customer },
      { idempotencyKey: 'order-42' },
    );
    await client.createBooking({ serviceId, start: '2027-03-01T10:00:00Z', customer });
    await client.createBooking({ serviceId, start: '2027-03-01T11:00:00Z', customer });

    expect(replayed.id).toBe(chosen.id);
    expect(keys.slice(0, 2)).toEqual(['order-42', 'order-42']);
    expect(keys[2]).not.toBe(keys[3]);
  });

  it('retries a booking that the API reports as still in flight', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const worker = workerFetch();
    let calls = 0;
    const client = connect(publishableKey, async (input, init) => {
      calls += 1;
      if (calls > 1) return worker(input, init);
      const problem = { status: 409, code: 'idempotency_in_flight', title: 'In flight' };
      return Response.json(problem, {
        status: 409,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' },
      });
    });

    const booking = await client.createBooking({ serviceId, start: TEN_IN_BERLIN, customer });

    expect(calls).toBe(2);
    expect(booking.start).toBe(TEN_IN_BERLIN);
  });

  it('never retries a hold, a cancel or a reschedule after a network error', async () => {
    const attempts: Request[] = [];
    const client = createClient({
      baseUrl: 'http://127.0.0.1',
      publishableKey: 'pk_test_unused',
      fetch: failingNetwork(attempts),
      maxRetries: 3,
    });

    const errors = [
      await rejectionOf(client.createHold({ serviceId: 'svc_x', start: TEN_IN_BERLIN })),
      await rejectionOf(client.cancelBooking('bkg_x', 'mt_x')),
      await rejectionOf(client.rescheduleBooking('bkg_x', 'mt_x', { start: TEN_IN_BERLIN })),
    ];

    for (const error of errors) expect(error).toBeInstanceOf(NetworkError);
    expect(attempts.map((attempt) => new URL(attempt.url).pathname)).toEqual([
      '/v1/holds',
      '/v1/bookings/bkg_x/cancel',
      '/v1/bookings/bkg_x/reschedule',
    ]);
  });

  it('retries a booking after network errors as often as maxRetries allows', async () => {
    const attempts: Request[] = [];
    const client = createClient({
      baseUrl: 'http://127.0.0.1',
      publishableKey: 'pk_test_unused',
      fetch: failingNetwork(attempts),
    });

    const error = await rejectionOf(
      client.createBooking({ serviceId: 'svc_x', start: TEN_IN_BERLIN, customer }),
    );

    expect(error).toBeInstanceOf(NetworkError);
    expect(attempts).toHaveLength(1 + 2);
    expect(new Set(attempts.map((attempt) => attempt.headers.get('Idempotency-Key'))).size).toBe(1);
  });
});
