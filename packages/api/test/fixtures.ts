import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env, exports } from 'cloudflare:workers';

import * as schema from '../src/db/schema/index.js';
import { sha256Hex } from '../src/internal/hash.js';
import { newId, randomBase32 } from '../src/internal/ids.js';

const db = drizzle(env.DB, { schema });

const hours = (weekday: number, start: number, end: number) => ({ weekday, start, end });

/** Options of a test account; every test builds its own, so tests never share rows. */
export interface AccountOptions {
  durationMinutes?: number;
  bufferAfterMinutes?: number;
  /** Any other service settings, such as capacity or limits. */
  service?: Partial<typeof schema.services.$inferInsert>;
  /** Zones of the staff members offering the service, each working Mon–Fri 09:00–17:00. */
  staffZones?: string[];
}

/** A fresh account with a publishable key, one service and its staff members. */
export async function createAccount(options: AccountOptions = {}) {
  const accountId = newId('acc');
  const publishableKey = `pk_test_${randomBase32(24)}`;
  const serviceId = newId('svc');
  const staffIds = (options.staffZones ?? ['Europe/Berlin']).map(() => newId('stf'));
  const zones = options.staffZones ?? ['Europe/Berlin'];
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => hours(weekday, 9 * 60, 17 * 60));

  await db.batch([
    db.insert(schema.accounts).values({
      id: accountId,
      slug: accountId.replace('_', '-'),
      name: 'Test Studio',
      timeZone: 'Europe/Berlin',
      createdAt: 0,
    }),
    db.insert(schema.apiKeys).values({
      id: newId('key'),
      accountId,
      kind: 'publishable',
      keyHash: await sha256Hex(publishableKey),
      keyPrefix: publishableKey.slice(0, 12),
      createdAt: 0,
    }),
    db.insert(schema.services).values({
      id: serviceId,
      accountId,
      name: 'Consultation',
      durationMinutes: options.durationMinutes ?? 30,
      bufferAfterMinutes: options.bufferAfterMinutes ?? 0,
      createdAt: 0,
      ...options.service,
    }),
    db.insert(schema.staff).values(
      staffIds.map((id, position) => ({
        id,
        accountId,
        name: `Staff ${position + 1}`,
        timeZone: zones[position]!,
        position,
        createdAt: 0,
      })),
    ),
    db
      .insert(schema.serviceStaff)
      .values(staffIds.map((staffId) => ({ accountId, serviceId, staffId }))),
    db.insert(schema.workingHours).values(
      staffIds.flatMap((staffId) =>
        weekdays.map((day) => ({
          id: newId('wh'),
          accountId,
          staffId,
          weekday: day.weekday,
          startMinute: day.start,
          endMinute: day.end,
        })),
      ),
    ),
  ]);

  return { accountId, publishableKey, serviceId, staffIds };
}

/** A request to `/v1<path>` as a browser or the SDK sends it, with `key` as its bearer token. */
export function apiRequest(path: string, init: RequestInit & { key?: string } = {}): Request {
  const { key, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key) headers.set('Authorization', `Bearer ${key}`);
  if (rest.body) headers.set('Content-Type', 'application/json');
  return new Request(`http://127.0.0.1/v1${path}`, { ...rest, headers });
}

/** Sends a request to the Worker under test, as a browser or the SDK would. */
export function request(path: string, init: RequestInit & { key?: string } = {}) {
  return exports.default.fetch(apiRequest(path, init));
}

/** A booking body for `start`, with a visitor in New York. */
export function bookingBody(serviceId: string, start: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    serviceId,
    start,
    customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' },
    ...extra,
  });
}

/** Gives a staff member time off over `[start, end)` (UTC strings). */
export async function addTimeOff(accountId: string, staffId: string, start: string, end: string) {
  await db.insert(schema.timeOff).values({
    id: newId('off'),
    accountId,
    staffId,
    startsAt: Date.parse(start),
    endsAt: Date.parse(end),
  });
}

/** Replaces a staff member's hours on one local date; no intervals closes the day. */
export async function addDateOverride(
  accountId: string,
  staffId: string,
  date: string,
  intervals: { startMinute: number; endMinute: number }[],
) {
  await db.insert(schema.dateOverrides).values({
    id: newId('ovr'),
    accountId,
    staffId,
    date,
    intervals,
  });
}

/** Gives an account a live secret key (`sk_…`) for admin calls and returns the key. */
export async function createSecretKey(accountId: string): Promise<string> {
  const secretKey = `sk_test_${randomBase32(24)}`;
  await db.insert(schema.apiKeys).values({
    id: newId('key'),
    accountId,
    kind: 'secret',
    keyHash: await sha256Hex(secretKey),
    keyPrefix: secretKey.slice(0, 12),
    createdAt: 0,
  });
  return secretKey;
}

/** A fresh account as `createAccount` makes it, plus a secret key for its admin calls. */
export async function createAdminAccount(options: AccountOptions = {}) {
  const account = await createAccount(options);
  return { ...account, secretKey: await createSecretKey(account.accountId) };
}

/** The UTC starts of the slots a visitor is offered for a service over `[start, end)`. */
export async function offeredStarts(
  publishableKey: string,
  serviceId: string,
  range = { start: '2027-03-01T00:00:00Z', end: '2027-03-02T00:00:00Z' },
): Promise<string[]> {
  const response = await request(
    `/slots?serviceId=${serviceId}&start=${range.start}&end=${range.end}`,
    { key: publishableKey },
  );
  if (response.status !== 200) throw new Error(`GET /slots answered ${response.status}`);
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

/** Lets pages on `origins` call the public API with the account's publishable key. */
export async function allowOrigins(accountId: string, origins: string[]) {
  await db
    .update(schema.accounts)
    .set({ allowedOrigins: origins })
    .where(eq(schema.accounts.id, accountId));
}

/** Moves an account to `plan`, as an operator would. */
export async function setPlan(accountId: string, plan: 'free' | 'pro') {
  await db.update(schema.accounts).set({ plan }).where(eq(schema.accounts.id, accountId));
}
