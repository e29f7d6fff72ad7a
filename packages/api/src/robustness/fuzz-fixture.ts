import fc from 'fast-check';
import { inject } from 'vitest';

import { bookingBody, createAdminAccount, offeredStarts, request } from '../../test/fixtures.js';
import { OMIT, type Credentials } from './operations.js';
import type { Hints } from './schema-arbitrary.js';

/** Zones valid requests use: offsets east and west, half hours, and UTC. */
export const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
  'Pacific/Auckland',
];

/** Instants on a 15-minute grid in the week of Monday 2027-03-01 (UTC). */
export const instantInTestWeek = fc
  .integer({ min: 0, max: 7 * 96 - 1 })
  .map((quarter) => new Date(Date.UTC(2027, 2, 1) + quarter * 15 * 60_000).toISOString())
  .map((iso) => iso.replace('.000Z', 'Z'));

const dateInTestWeek = fc.integer({ min: 1, max: 7 }).map((day) => `2027-03-0${day}`);
const emails = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]$/), fc.constantFrom('example.com'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);
const phones = fc.constantFrom('+49 30 1234567', '212 555-0100', '0171 2345678');
const origins = fc.constantFrom('https://shop.example', 'http://localhost:3000', 'https://a.test');

/** The account every generated request works on, with a booking and its manage token. */
export interface FuzzAccount {
  credentials: Credentials;
  hints: Hints;
  /** Hints that hold for one operation only, by `METHOD /path`. */
  operationHints: Record<string, Hints>;
}

/** A fresh account with two staff members, a booking, a spare key and a webhook endpoint. */
export async function createFuzzAccount(): Promise<FuzzAccount> {
  const account = await createAdminAccount({ staffZones: ['Europe/Berlin', 'America/New_York'] });
  const { publishableKey, secretKey, serviceId, staffIds } = account;
  const admin = (path: string, body: unknown) =>
    request(path, { method: 'POST', key: secretKey, body: JSON.stringify(body) });

  const [start] = await offeredStarts(publishableKey, serviceId);
  const booked = await request('/bookings', {
    method: 'POST',
    key: publishableKey,
    body: bookingBody(serviceId, start!),
  });
  const booking = await booked.json<{ id: string; manageToken: string }>();
  const spareKey = await (
    await admin('/admin/api-keys', { kind: 'publishable' })
  ).json<{
    id: string;
  }>();
  const endpointUrl = `${inject('webhookReceiverUrl')}/hooks/fuzz`;
  const endpoint = await (
    await admin('/admin/webhook-endpoints', { url: endpointUrl, events: ['booking.created'] })
  ).json<{ id: string }>();

  const publicDuration = fc.constantFrom(OMIT, 30);
  const question = fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/),
    label: fc.constantFrom('Reason', 'First visit?'),
    kind: fc.constantFrom('text', 'longText', 'checkbox', 'phone'),
    required: fc.boolean(),
  });
  const publicHints: Hints = { durationMinutes: publicDuration };
  return {
    credentials: {
      publishableKey,
      secretKey,
      manageToken: booking.manageToken,
      operatorSecret: 'test-operator-secret',
    },
    hints: {
      serviceId: fc.constant(serviceId),
      staffId: fc.constantFrom(...staffIds),
      bookingId: fc.constant(booking.id),
      keyId: fc.constant(spareKey.id),
      endpointId: fc.constant(endpoint.id),
      timeZone: fc.constantFrom(...ZONES),
      email: emails,
      phone: phones,
      answers: fc.constant({}),
      metadata: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/), fc.string(), {
        maxKeys: 5,
      }),
      cursor: fc.constant(OMIT),
      holdId: fc.constant(OMIT),
      start: instantInTestWeek,
      end: instantInTestWeek,
      from: instantInTestWeek,
      to: instantInTestWeek,
      slug: fc.stringMatching(/^[a-z0-9]{3,12}(?:-[a-z0-9]{1,8})?$/),
      allowedOrigins: fc.uniqueArray(origins, { maxLength: 3 }),
      branding: fc.record(
        {
          accentColor: fc.constantFrom(null, '#1a73e8', '#ABCDEF'),
          logoUrl: fc.constantFrom(null, 'https://shop.example/logo.svg'),
        },
        { requiredKeys: [] },
      ),
      url: fc.constant(endpointUrl),
      questions: fc.uniqueArray(question, { maxLength: 3, selector: (entry) => entry.id }),
      alternativeDurationsMinutes: fc.uniqueArray(fc.integer({ min: 5, max: 1440 }), {
        maxLength: 3,
      }),
      staffIds: fc.subarray(staffIds),
    },
    operationHints: {
      'GET /slots': publicHints,
      'POST /bookings': publicHints,
      'POST /holds': publicHints,
      'GET /admin/staff/{staffId}/date-overrides': { from: dateInTestWeek, to: dateInTestWeek },
      'PUT /admin/staff/{staffId}/date-overrides/{date}': {
        date: dateInTestWeek,
        intervals: fc.array(localInterval(), { maxLength: 1 }),
      },
      'DELETE /admin/staff/{staffId}/date-overrides/{date}': { date: dateInTestWeek },
      'PUT /admin/staff/{staffId}/working-hours': {
        intervals: fc.uniqueArray(
          fc.tuple(fc.integer({ min: 1, max: 7 }), localInterval(1440)).map(([weekday, span]) => ({
            weekday,
            ...span,
          })),
          { maxLength: 5, selector: (interval) => interval.weekday },
        ),
      },
    },
  };
}

/** One interval inside a local day, ending by `latestEnd` minutes after midnight. */
function localInterval(latestEnd = 1440) {
  return fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
    .map(([a, b]) => ({ startMinute: Math.min(a, b - 1), endMinute: Math.min(latestEnd, b) }))
    .filter((span) => span.endMinute > span.startMinute);
}
