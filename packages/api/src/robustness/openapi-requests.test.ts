import fc from 'fast-check';
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { pinClock } from '../../test/pin-clock.js';
import { createFuzzAccount, type FuzzAccount } from './fuzz-fixture.js';
import { invalidRequest } from './invalid-requests.js';
import {
  operationsOf,
  validRequest,
  type ApiRequest,
  type OpenApiDocument,
  type Operation,
} from './operations.js';

const SEED = 20270301;
const VALID_RUNS = 20;
const INVALID_RUNS = 35;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

let clientCount = 0;

/** Sends `request` from an address of its own, so the public write limit never applies. */
async function send(request: ApiRequest): Promise<Response> {
  clientCount += 1;
  const url = new URL(`http://127.0.0.1/v1${request.path}`);
  for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
  const headers = new Headers(request.headers);
  headers.set(
    'CF-Connecting-IP',
    `10.${(clientCount >> 16) & 255}.${(clientCount >> 8) & 255}.${clientCount & 255}`,
  );
  return exports.default.fetch(
    new Request(url, { method: request.method, headers, body: request.body }),
  );
}

/** The response's failures of the API's promises, empty when it keeps them all. */
async function brokenPromises(response: Response, valid: boolean): Promise<string[]> {
  const broken: string[] = [];
  const text = await response.text();
  if (response.status >= 500) broken.push(`answered ${response.status}: ${text.slice(0, 300)}`);
  if (valid && response.status === 400) broken.push(`refused a valid request: ${text}`);
  if (response.status >= 400 && response.status < 500) {
    if (response.headers.get('Content-Type') !== 'application/problem+json') {
      broken.push(`answered ${response.status} as ${response.headers.get('Content-Type')}`);
    } else {
      const problem = JSON.parse(text) as { code?: unknown; requestId?: unknown };
      if (typeof problem.code !== 'string') broken.push('a problem without code');
      if (typeof problem.requestId !== 'string') broken.push('a problem without requestId');
    }
  }
  return broken;
}

async function keepsPromises(request: ApiRequest, valid: boolean): Promise<void> {
  const broken = await brokenPromises(await send(request), valid);
  if (broken.length > 0) {
    throw new Error(`${request.method} ${request.path}: ${broken.join('; ')}`);
  }
}

const document = await (
  await exports.default.fetch(new Request('http://127.0.0.1/v1/openapi.json'))
).json<OpenApiDocument>();
const operations = operationsOf(document);
const key = (operation: Operation) => `${operation.method} ${operation.path}`;

describe('every operation of /v1/openapi.json', () => {
  let account: FuzzAccount;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
    account = await createFuzzAccount();
    vi.useRealTimers();
  });

  function arbitraries(operation: Operation) {
    const hints = { ...account.hints, ...account.operationHints[key(operation)] };
    const credentials = { ...account.credentials, ...account.operationCredentials[key(operation)] };
    const valid = validRequest(operation, document.components.schemas, credentials, hints);
    const served = operations.filter((other) => other.path === operation.path);
    const otherMethods = METHODS.filter((method) => !served.some((o) => o.method === method));
    return { valid, invalid: invalidRequest(operation, valid, otherMethods, credentials) };
  }

  it('lists the operations the public widget and the admin depend on', () => {
    expect(operations.map(key)).toEqual(
      expect.arrayContaining([
        'GET /slots',
        'POST /bookings',
        'POST /holds',
        'GET /bookings/{bookingId}',
        'POST /bookings/{bookingId}/reschedule',
        'GET /admin/bookings',
      ]),
    );
  });

  it.each(operations.map((operation) => [key(operation), operation] as const))(
    '%s never fails on the server and refuses only invalid requests, as problems',
    async (_, operation) => {
      const { valid, invalid } = arbitraries(operation);

      await fc.assert(
        fc.asyncProperty(valid, (request) => keepsPromises(request, true)),
        { seed: SEED, numRuns: VALID_RUNS },
      );
      await fc.assert(
        fc.asyncProperty(invalid, (request) => keepsPromises(request, false)),
        { seed: SEED, numRuns: INVALID_RUNS },
      );
    },
    30_000,
  );
});
