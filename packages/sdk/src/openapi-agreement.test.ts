import { exports } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAdminAccount } from '../../api/test/fixtures.js';
import { workerFetch } from '../test/injected-fetch.js';
import { ADMIN_ROUTES } from './admin/admin-routes.js';
import { createAdminClient } from './admin-client.js';
import { createClient } from './client.js';
import { PUBLIC_ROUTES } from './internal/public-routes.js';

interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  properties?: Record<string, unknown>;
  required?: string[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, SchemaObject> };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-02-26T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

async function openApiDocument(): Promise<OpenApiDocument> {
  const response = await exports.default.fetch(new Request('http://127.0.0.1/v1/openapi.json'));
  return response.json<OpenApiDocument>();
}

/** Documented paths that no SDK method calls, each with the reason. */
const NOT_IN_THE_SDK: Record<string, string> = {
  '/openapi.json': 'the document itself, read by tools rather than by apps',
  '/feeds/{token}.ics': 'a secret address that calendar programs subscribe to, not an app call',
};

/** The operator's routes and the console's session routes: no part of an account's client. */
const NOT_IN_THE_SDK_PREFIX = /^\/(operator|console)\//;

/** Every `METHOD /path` of the document that a client of the account should reach. */
function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .filter(([path]) => !NOT_IN_THE_SDK_PREFIX.test(path) && !(path in NOT_IN_THE_SDK))
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
}

/** The keys a schema requires, following `$ref` and `allOf`. */
function requiredKeys(document: OpenApiDocument, schema: SchemaObject): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return requiredKeys(document, document.components.schemas[name]!);
  }
  const own = schema.required ?? [];
  return [...own, ...(schema.allOf ?? []).flatMap((part) => requiredKeys(document, part))];
}

describe('the SDK and the OpenAPI document', () => {
  it('call every documented operation but the operator, console and listed ones', async () => {
    const document = await openApiDocument();
    const sdkRoutes = [...Object.values(PUBLIC_ROUTES), ...Object.values(ADMIN_ROUTES)];

    expect(new Set(sdkRoutes).size).toBe(sdkRoutes.length);
    expect(sdkRoutes.toSorted()).toEqual(documentedRoutes(document).toSorted());
  });

  it('receive every required key of the documented response schemas', async () => {
    const document = await openApiDocument();
    const schemas = document.components.schemas;
    const { secretKey, publishableKey, serviceId, staffIds } = await createAdminAccount();
    const visitor = createClient({
      baseUrl: 'http://127.0.0.1',
      publishableKey,
      fetch: workerFetch(),
    });
    const admin = createAdminClient({
      baseUrl: 'http://127.0.0.1',
      secretKey,
      fetch: workerFetch(),
    });
    const start = '2027-03-01T09:00:00Z';
    const staffId = staffIds[0]!;
    const customer = { name: 'Ada', email: 'ada@example.com', timeZone: 'Europe/London' };

    const samples: [string, object][] = [
      ['Bootstrap', await visitor.bootstrap()],
      ['Hold', await visitor.createHold({ serviceId, start: '2027-03-01T10:00:00Z' })],
      ['Booking', await visitor.createBooking({ serviceId, start, customer })],
      ['Account', await admin.account.get()],
      ['Service', await admin.services.get(serviceId)],
      ['StaffServices', await admin.staff.setServices(staffId, [serviceId])],
      ['BookingList', await admin.bookings.list()],
      ['CreatedApiKey', await admin.apiKeys.create('secret')],
      ['ConsoleUser', await admin.users.invite({ staffId, email: `${staffId}@studio.example` })],
      ['ConsoleUserList', await admin.users.list()],
      ['PlanUsage', await admin.usage()],
      ['CalendarFeedCreated', await admin.calendarFeeds.create(staffId)],
      ['CalendarFeed', await admin.calendarFeeds.get(staffId)],
      ['Insights', await admin.insights({ days: 7 })],
    ];

    for (const [name, body] of samples) {
      const keys = Object.keys(body);
      expect(keys, name).toEqual(expect.arrayContaining(requiredKeys(document, schemas[name]!)));
      const documented = Object.keys(schemas[name]!.properties ?? {});
      if (documented.length > 0) expect(documented, name).toEqual(expect.arrayContaining(keys));
    }
  });
});
