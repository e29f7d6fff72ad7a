import fc from 'fast-check';
import { inject } from 'vitest';

import { bookingBody, createAdminAccount, request, setPlan } from '../../test/fixtures.js';
import { INTERVAL_HINTS, instantInTestWeek, SEMANTIC_HINTS } from './fuzz-hints.js';
import { OMIT, type Credentials } from './operations.js';
import type { Hints } from './schema-arbitrary.js';

/** The account every generated request works on, with bookings and their manage tokens. */
export interface FuzzAccount {
  credentials: Credentials;
  hints: Hints;
  /** Hints that hold for one operation only, by `METHOD /path`. */
  operationHints: Record<string, Hints>;
  /** Credentials that hold for one operation only, by `METHOD /path`. */
  operationCredentials: Record<string, Partial<Credentials>>;
}

const WEEK = { start: '2027-03-01T00:00:00Z', end: '2027-03-08T00:00:00Z' };

/**
 * A fresh pro account with two staff members, bookings, a spare key and a webhook endpoint. The
 * calls that archive, revoke, cancel or move get rows of their own, so that every other
 * operation still finds what it works on.
 */
export async function createFuzzAccount(): Promise<FuzzAccount> {
  const account = await createAdminAccount({ staffZones: ['Europe/Berlin', 'America/New_York'] });
  // A third, spare staff member and every generated booking go beyond the free plan's limits.
  await setPlan(account.accountId, 'pro');
  const { publishableKey, secretKey, serviceId, staffIds } = account;
  const admin = async (path: string, body: unknown) => {
    const response = await request(path, {
      method: 'POST',
      key: secretKey,
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}`);
    return response.json<{ id: string; manageToken: string }>();
  };

  const slots = await request(`/slots?serviceId=${serviceId}&start=${WEEK.start}&end=${WEEK.end}`, {
    key: publishableKey,
  });
  const starts = (await slots.json<{ slots: { start: string }[] }>()).slots.map((s) => s.start);
  const book = (index: number) =>
    request('/bookings', {
      method: 'POST',
      key: publishableKey,
      headers: { 'CF-Connecting-IP': `10.1.0.${index}` },
      body: bookingBody(serviceId, starts[index]!),
    }).then((response) => response.json<{ id: string; manageToken: string }>());
  const [viewed, cancelled, managed, moved] = await Promise.all([0, 2, 4, 6].map(book));
  const spareKey = await admin('/admin/api-keys', { kind: 'publishable' });
  const revokedKey = await admin('/admin/api-keys', { kind: 'publishable' });
  const spareService = await admin('/admin/services', { name: 'Spare', durationMinutes: 30 });
  const spareStaff = await admin('/admin/staff', { name: 'Spare', timeZone: 'UTC' });
  const url = `${inject('webhookReceiverUrl')}/hooks/fuzz`;
  const endpoint = await admin('/admin/webhook-endpoints', { url, events: ['booking.created'] });
  const deleted = await admin('/admin/webhook-endpoints', { url, events: ['booking.created'] });

  const startOrSlot = fc.oneof(fc.constantFrom(...starts), instantInTestWeek);
  const publicHints: Hints = { durationMinutes: fc.constantFrom(OMIT, 30), start: startOrSlot };
  const bookingId = (booking: { id: string }): Hints => ({ bookingId: fc.constant(booking.id) });
  const onSpareService: Hints = { serviceId: fc.constant(spareService.id) };
  const onSpareStaff: Hints = { staffId: fc.constant(spareStaff.id) };
  const staffPaths = ['', '/working-hours', '/date-overrides/{date}', '/time-off/{timeOffId}'];
  const staffHints = Object.fromEntries(
    ['PATCH', 'DELETE', 'PUT'].flatMap((method) =>
      staffPaths.map((path) => [`${method} /admin/staff/{staffId}${path}`, onSpareStaff]),
    ),
  );
  staffHints['POST /admin/staff/{staffId}/time-off'] = onSpareStaff;
  return {
    credentials: {
      publishableKey,
      secretKey,
      manageToken: viewed!.manageToken,
      operatorSecret: 'test-operator-secret',
    },
    hints: {
      ...SEMANTIC_HINTS,
      serviceId: fc.constant(serviceId),
      staffId: fc.constantFrom(...staffIds),
      staffIds: fc.subarray(staffIds),
      bookingId: fc.constant(viewed!.id),
      keyId: fc.constant(spareKey.id),
      endpointId: fc.constant(endpoint.id),
      url: fc.constant(url),
    },
    operationHints: mergeHints(INTERVAL_HINTS, staffHints, {
      'GET /slots': publicHints,
      'POST /bookings': publicHints,
      'POST /holds': publicHints,
      'POST /bookings/{bookingId}/reschedule': { start: startOrSlot },
      'POST /bookings/{bookingId}/cancel': bookingId(cancelled!),
      'POST /admin/bookings/{bookingId}/reschedule': { ...bookingId(moved!), start: startOrSlot },
      'GET /admin/bookings/{bookingId}': bookingId(managed!),
      'GET /admin/bookings/{bookingId}/events': bookingId(managed!),
      'POST /admin/bookings/{bookingId}/confirm': bookingId(managed!),
      'POST /admin/bookings/{bookingId}/cancel': bookingId(managed!),
      'PATCH /admin/services/{serviceId}': onSpareService,
      'DELETE /admin/services/{serviceId}': onSpareService,
      'DELETE /admin/api-keys/{keyId}': { keyId: fc.constant(revokedKey.id) },
      'DELETE /admin/webhook-endpoints/{endpointId}': { endpointId: fc.constant(deleted.id) },
    }),
    operationCredentials: {
      'POST /bookings/{bookingId}/cancel': { manageToken: cancelled!.manageToken },
    },
  };
}

/** Hints by operation, merged key by key, later maps winning. */
function mergeHints(...maps: Record<string, Hints>[]): Record<string, Hints> {
  const merged: Record<string, Hints> = {};
  for (const map of maps) {
    for (const [operation, hints] of Object.entries(map)) {
      merged[operation] = { ...merged[operation], ...hints };
    }
  }
  return merged;
}
