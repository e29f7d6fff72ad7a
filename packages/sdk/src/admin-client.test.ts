import { describe, expect, it } from 'vitest';

import { pinClock } from '../../api/test/pin-clock.js';
import { createAccount, createAdminAccount } from '../../api/test/fixtures.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { createAdminClient } from './admin-client.js';
import { createClient } from './client.js';
import { BookafyError } from './errors/bookafy-error.js';
import { HttpError } from './errors/http-error.js';
import { SlotTakenError } from './errors/slot-taken-error.js';
import { ValidationError } from './errors/validation-error.js';

const NOW = '2027-02-26T12:00:00Z';
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

pinClock(NOW);

function connect(secretKey: string, exchanges: Exchange[] = []) {
  return createAdminClient({
    baseUrl: 'http://127.0.0.1',
    secretKey,
    fetch: workerFetch(exchanges),
  });
}

/** A public client as a visitor's booking page has it, on the Worker under test. */
function visitorOf(publishableKey: string) {
  return createClient({ baseUrl: 'http://127.0.0.1', publishableKey, fetch: workerFetch() });
}

describe('createAdminClient', () => {
  it('creates, updates, lists and archives services, with the key in a header', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const exchanges: Exchange[] = [];
    const admin = connect(secretKey, exchanges);

    const created = await admin.services.create({
      name: 'Haircut',
      durationMinutes: 45,
      staffIds,
    });
    const updated = await admin.services.update(created.id, { capacity: 2 });
    await admin.services.archive(created.id);
    const active = await admin.services.list();
    const all = await admin.services.list({ includeArchived: true });

    expect(created).toMatchObject({ name: 'Haircut', durationMinutes: 45, staffIds });
    expect(updated).toMatchObject({ id: created.id, capacity: 2 });
    expect(active.data.map((service) => service.id)).not.toContain(created.id);
    expect(all.data.find((service) => service.id === created.id)?.archivedAt).toBe(NOW);
    for (const { url, headers } of exchanges) {
      expect(url.searchParams.has('key')).toBe(false);
      expect(headers.get('Authorization')).toBe(`Bearer ${secretKey}`);
    }
  });

  it('restores an archived service and staff member, refused with 402 on a full plan', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'Europe/Berlin'],
    });
    const exchanges: Exchange[] = [];
    const admin = connect(secretKey, exchanges);
    const [first, second] = staffIds as [string, string];
    await admin.services.archive(serviceId);
    await admin.staff.archive(second);

    const service = await admin.services.restore(serviceId);
    const restored = await admin.staff.restore(second);
    await admin.staff.archive(second);
    await admin.staff.create({ name: 'Ola', timeZone: 'Europe/Oslo' });
    const refused = await rejectionOf(admin.staff.restore(second));

    expect(service).toMatchObject({ id: serviceId, staffIds: [first], archivedAt: null });
    expect(restored).toMatchObject({ id: second, archivedAt: null });
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 402, code: 'plan_limit_staff' });
    expect((await admin.staff.get(second)).archivedAt).toBe(NOW);
    const restores = exchanges.filter(({ url }) => url.pathname.endsWith('/restore'));
    expect(restores.map(({ method, url }) => `${method} ${url.pathname}`)).toEqual([
      `POST /v1/admin/services/${serviceId}/restore`,
      `POST /v1/admin/staff/${second}/restore`,
      `POST /v1/admin/staff/${second}/restore`,
    ]);
    const { slots } = await visitorOf(publishableKey).listSlots({
      serviceId,
      start: '2027-03-01T00:00:00Z',
      end: '2027-03-02T00:00:00Z',
    });
    expect(slots[0]).toMatchObject({ start: '2027-03-01T08:00:00Z', staffIds: [first] });
  });

  it('rejects an invalid service with ValidationError naming the field', async () => {
    const { secretKey } = await createAdminAccount();

    const error = await rejectionOf(
      connect(secretKey).services.create({ name: 'Too short', durationMinutes: 1 }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.map((field) => field.path)).toEqual([
      'durationMinutes',
    ]);
  });

  it('answers a service of another account with 404', async () => {
    const { secretKey } = await createAdminAccount();
    const other = await createAccount();

    const error = await rejectionOf(connect(secretKey).services.get(other.serviceId));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('rejects an unknown secret key with 401, and refuses a publishable key up front', async () => {
    const error = await rejectionOf(connect('sk_test_unknown').account.get());

    expect(error).toMatchObject({ name: 'HttpError', status: 401, code: 'unauthorized' });
    expect(() => connect('pk_test_unused')).toThrow(BookafyError);
  });

  it('adds staff and sets their working hours, date overrides and time off', async () => {
    const { secretKey } = await createAdminAccount();
    const admin = connect(secretKey);
    const mira = await admin.staff.create({ name: 'Mira', timeZone: 'Asia/Tokyo' });
    const monday = { weekday: 1, startMinute: 540, endMinute: 1020 };

    const hours = await admin.workingHours.set(mira.id, [monday]);
    const override = await admin.dateOverrides.set(mira.id, '2027-03-02', []);
    const timeOff = await admin.timeOff.create(mira.id, {
      start: new Date('2027-03-08T00:00:00Z'),
      end: '2027-03-09T00:00:00Z',
      reason: 'Holiday',
    });

    expect(hours.data).toEqual([monday]);
    expect((await admin.workingHours.get(mira.id)).data).toEqual([monday]);
    expect(override).toEqual({ date: '2027-03-02', intervals: [] });
    expect((await admin.dateOverrides.list(mira.id)).data).toEqual([override]);
    expect((await admin.timeOff.list(mira.id)).data).toEqual([timeOff]);
    await admin.dateOverrides.remove(mira.id, '2027-03-02');
    await admin.timeOff.remove(mira.id, timeOff.id);
    expect((await admin.dateOverrides.list(mira.id)).data).toEqual([]);
    expect((await admin.timeOff.list(mira.id)).data).toEqual([]);
    expect((await admin.staff.get(mira.id)).name).toBe('Mira');
  });

  it('lists bookings page by page, and listAll follows nextCursor to the end', async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const visitor = visitorOf(publishableKey);
    const starts = ['2027-03-01T09:00:00Z', '2027-03-01T10:00:00Z', '2027-03-01T11:00:00Z'];
    for (const start of starts) await visitor.createBooking({ serviceId, start, customer });
    const exchanges: Exchange[] = [];
    const admin = connect(secretKey, exchanges);

    const firstPage = await admin.bookings.list({ limit: 2 });
    const everything: string[] = [];
    for await (const booking of admin.bookings.listAll({ limit: 2 }))
      everything.push(booking.start);

    expect(firstPage.data.map((booking) => booking.start)).toEqual(starts.slice(0, 2));
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    expect(everything).toEqual(starts);
    expect(exchanges.at(-1)?.url.searchParams.get('cursor')).toBe(firstPage.nextCursor);
  });

  it('reschedules and cancels a booking, records both, and refuses a taken time', async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const visitor = visitorOf(publishableKey);
    const booking = await visitor.createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    await visitor.createBooking({ serviceId, start: '2027-03-01T11:00:00Z', customer });
    const admin = connect(secretKey);

    const moved = await admin.bookings.reschedule(booking.id, { start: '2027-03-01T10:00:00Z' });
    const taken = await rejectionOf(
      admin.bookings.reschedule(booking.id, { start: '2027-03-01T11:00:00Z' }),
    );
    const cancelled = await admin.bookings.cancel(booking.id, { reason: 'Closed' });
    const events = await admin.bookings.events(booking.id);

    expect(moved).toMatchObject({ start: '2027-03-01T10:00:00Z', sequence: 1 });
    expect(taken).toBeInstanceOf(SlotTakenError);
    expect((taken as SlotTakenError).problem?.alternatives?.length).toBeGreaterThan(0);
    expect(cancelled.status).toBe('cancelled');
    expect((await admin.bookings.get(booking.id)).status).toBe('cancelled');
    expect(events.data.map((event) => [event.type, event.actor])).toEqual([
      ['created', 'visitor'],
      ['rescheduled', 'admin'],
      ['cancelled', 'admin'],
    ]);
  });

  it('lists where a booking can move, its own time included, and moves it there', async () => {
    const account = await createAdminAccount({
      durationMinutes: 60,
      service: { intervalMinutes: 30 },
    });
    const visitor = visitorOf(account.publishableKey);
    const booking = await visitor.createBooking({
      serviceId: account.serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    const exchanges: Exchange[] = [];
    const admin = connect(account.secretKey, exchanges);
    const monday = { start: new Date('2027-03-01T00:00:00Z'), end: '2027-03-02T00:00:00Z' };

    const { slots } = await admin.bookings.movableSlots(booking.id, monday);
    const moved = await admin.bookings.reschedule(booking.id, { start: '2027-03-01T09:30:00Z' });

    expect(slots.map((slot) => slot.start)).toContain('2027-03-01T09:30:00Z');
    expect(exchanges[0]!.url.pathname).toBe(`/v1/admin/bookings/${booking.id}/slots`);
    expect(exchanges[0]!.url.searchParams.get('start')).toBe('2027-03-01T00:00:00Z');
    expect(moved.start).toBe('2027-03-01T09:30:00Z');
  });

  it('confirms a booking of a service that requires confirmation', async () => {
    const account = await createAdminAccount({ service: { requiresConfirmation: true } });
    const visitor = visitorOf(account.publishableKey);
    const booking = await visitor.createBooking({
      serviceId: account.serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });

    const confirmed = await connect(account.secretKey).bookings.confirm(booking.id);

    expect(booking.status).toBe('pending');
    expect(confirmed).toMatchObject({ id: booking.id, status: 'confirmed' });
  });

  it('updates the account and creates, rotates and revokes API keys', async () => {
    const { secretKey } = await createAdminAccount();
    const admin = connect(secretKey);

    const account = await admin.account.update({ allowedOrigins: ['https://shop.example'] });
    const created = await admin.apiKeys.create('publishable');
    const rotated = await admin.apiKeys.rotate(created.id);
    await admin.apiKeys.revoke(rotated.id);
    const keys = await admin.apiKeys.list();

    expect(account.allowedOrigins).toEqual(['https://shop.example']);
    expect((await admin.account.get()).allowedOrigins).toEqual(['https://shop.example']);
    expect(created.key).toMatch(/^pk_/);
    expect(rotated.key).toMatch(/^pk_/);
    expect(keys.data.find((key) => key.id === rotated.id)?.revokedAt).toBe(NOW);
    expect(await admin.health()).toEqual({ status: 'ok', database: 'ok' });
  });
});
