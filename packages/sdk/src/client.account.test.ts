import { describe, expect, it } from 'vitest';

import { pinClock } from '../../api/test/pin-clock.js';
import { createAccount } from '../../api/test/fixtures.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { BookafyError } from './errors/bookafy-error.js';
import { HttpError } from './errors/http-error.js';
import { ValidationError } from './errors/validation-error.js';
import { createClient } from './client.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01 10:00 in Berlin (CET, +01:00).
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'Europe/London' };

pinClock(NOW);

/** A `fetch` to the Worker under test that sends every request from the page at `origin`. */
function fetchFrom(origin: string, exchanges: Exchange[] = []): typeof fetch {
  const send = workerFetch(exchanges);
  return (input, init) => {
    const request = new Request(input, init);
    request.headers.set('Origin', origin);
    return send(request);
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('createClient with an account slug', () => {
  it("books on the Worker's own origin with the slug, sending no key", async () => {
    const { accountId, serviceId } = await createAccount();
    const slug = accountId.replace('_', '-');
    const exchanges: Exchange[] = [];
    const client = createClient({
      baseUrl: 'http://127.0.0.1',
      account: slug,
      fetch: fetchFrom('http://127.0.0.1', exchanges),
    });

    const bootstrap = await client.bootstrap();
    const { slots } = await client.listSlots({
      serviceId,
      start: '2027-03-01T00:00:00Z',
      end: '2027-03-02T00:00:00Z',
    });
    const booking = await client.createBooking({
      serviceId,
      start: TEN_IN_BERLIN,
      customer: { ...customer, phone: '+44 20 7946 0958' },
      metadata: { source: 'hosted-page' },
    });

    expect(bootstrap.account).toMatchObject({ id: accountId, slug });
    expect(slots.map((slot) => slot.start)).toContain(TEN_IN_BERLIN);
    expect(booking).toMatchObject({
      start: TEN_IN_BERLIN,
      customer: { phone: '+44 20 7946 0958' },
      answers: {},
      metadata: { source: 'hosted-page' },
    });
    for (const { url, headers } of exchanges) {
      expect(url.searchParams.get('account')).toBe(slug);
      expect(url.searchParams.has('key')).toBe(false);
      expect(headers.has('Authorization')).toBe(false);
    }
  });

  it('fails with 401 same_origin_only when another site sends the slug', async () => {
    const { accountId } = await createAccount();
    const client = createClient({
      baseUrl: 'http://127.0.0.1',
      account: accountId.replace('_', '-'),
      fetch: fetchFrom('https://elsewhere.example'),
    });

    const error = await rejectionOf(client.bootstrap());

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: 'same_origin_only' });
  });

  it('turns answers that do not fit the questions into a ValidationError by answer', async () => {
    const { accountId, serviceId } = await createAccount({
      service: { questions: [{ id: 'reason', label: 'Reason', kind: 'text', required: true }] },
    });
    const client = createClient({
      baseUrl: 'http://127.0.0.1',
      account: accountId.replace('_', '-'),
      fetch: workerFetch(),
    });

    const error = await rejectionOf(
      client.createBooking({ serviceId, start: TEN_IN_BERLIN, customer, answers: { why: 'x' } }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('invalid_answers');
    expect((error as ValidationError).fieldErrors.map((field) => field.path).sort()).toEqual([
      'answers.reason',
      'answers.why',
    ]);
  });

  it('takes exactly one of publishableKey and account', () => {
    const baseUrl = 'http://127.0.0.1';

    // @ts-expect-error a key and a slug together are refused by the types too
    expect(() => createClient({ baseUrl, publishableKey: 'pk_x', account: 'studio' })).toThrow(
      BookafyError,
    );
    // @ts-expect-error one of the two is required
    expect(() => createClient({ baseUrl })).toThrow(BookafyError);
  });
});
