import { describe, expect, it } from 'vitest';

import { createAdminAccount } from '../../api/test/fixtures.js';
import { pinClock } from '../../api/test/pin-clock.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { connect as connectVisitor } from '../test/worker-client.js';
import { createAdminClient } from './admin-client.js';
import { ValidationError } from './errors/validation-error.js';

// A Friday; the test account's zone is Europe/Berlin, an hour ahead of UTC in winter.
const NOW = '2027-02-26T12:00:00Z';
const MARCH = { from: '2027-03-01T00:00:00Z', to: new Date('2027-04-01T00:00:00Z') };
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

pinClock(NOW);

function connect(secretKey: string, exchanges: Exchange[] = []) {
  return createAdminClient({
    baseUrl: 'http://127.0.0.1',
    secretKey,
    fetch: workerFetch(exchanges),
  });
}

describe('createAdminClient bookings.exportCsv', () => {
  it("returns the range's bookings as CSV text with UTC and local times", async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const booking = await connectVisitor(publishableKey).createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });

    const csv = await connect(secretKey).bookings.exportCsv(MARCH);

    const [header, record, ...rest] = csv.split('\r\n');
    expect(header!.split(',').slice(0, 4)).toEqual([
      'Booking ID',
      'Status',
      'Service',
      'Staff member',
    ]);
    expect(record!.split(',').slice(0, 12)).toEqual([
      booking.id,
      'confirmed',
      'Consultation',
      'Staff 1',
      '2027-03-01T09:00:00Z',
      '2027-03-01T09:30:00Z',
      '2027-03-01 10:00',
      '2027-03-01 10:30',
      'Europe/Berlin',
      'Ada Lovelace',
      'ada@example.com',
      '',
    ]);
    expect(rest.filter((line) => line !== '')).toEqual([]);
  });

  it('sends the filters in the query and keeps to the status asked for', async () => {
    const { secretKey, publishableKey, serviceId, staffIds } = await createAdminAccount();
    await connectVisitor(publishableKey).createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    const exchanges: Exchange[] = [];
    const admin = connect(secretKey, exchanges);

    const cancelled = await admin.bookings.exportCsv({
      ...MARCH,
      staffId: staffIds[0]!,
      status: 'cancelled',
    });

    expect(cancelled.split('\r\n').filter((line) => line !== '')).toHaveLength(1);
    expect(Object.fromEntries(exchanges[0]!.url.searchParams)).toEqual({
      from: '2027-03-01T00:00:00Z',
      to: '2027-04-01T00:00:00Z',
      staffId: staffIds[0],
      status: 'cancelled',
    });
    expect(exchanges[0]!.headers.get('Authorization')).toBe(`Bearer ${secretKey}`);
  });

  it('refuses a range longer than 366 days with ValidationError', async () => {
    const { secretKey } = await createAdminAccount();

    const error = await rejectionOf(
      connect(secretKey).bookings.exportCsv({
        from: '2027-01-01T00:00:00Z',
        to: '2028-01-03T00:00:00Z',
      }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.map((field) => field.path)).toEqual(['to']);
  });
});

describe('createAdminClient insights', () => {
  it("counts today's bookings, cancellations and busiest hour in the account's zone", async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const visitor = connectVisitor(publishableKey);
    const admin = connect(secretKey);
    // 15:00 in Berlin today, inside the range insights cover.
    await visitor.createBooking({ serviceId, start: '2027-02-26T14:00:00Z', customer });
    const cancelled = await visitor.createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    await admin.bookings.cancel(cancelled.id);
    const exchanges: Exchange[] = [];

    const insights = await connect(secretKey, exchanges).insights({ days: 7 });

    expect(exchanges[0]!.url.searchParams.get('days')).toBe('7');
    expect(insights).toMatchObject({
      timeZone: 'Europe/Berlin',
      from: '2027-02-19T23:00:00Z',
      to: '2027-02-26T23:00:00Z',
    });
    expect(insights.days.map((day) => day.date)).toEqual([
      '2027-02-20',
      '2027-02-21',
      '2027-02-22',
      '2027-02-23',
      '2027-02-24',
      '2027-02-25',
      '2027-02-26',
    ]);
    expect(insights.days.at(-1)).toEqual({ date: '2027-02-26', booked: 2, cancelled: 1 });
    expect(insights.days.slice(0, -1).every((day) => day.booked + day.cancelled === 0)).toBe(true);
    // Friday is row 4 (Monday is 0); the cancelled booking and next week's starts count not.
    expect(insights.busiestHours[4]![15]).toBe(1);
    expect(insights.busiestHours.flat().reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('covers the last 90 local days when no days are asked for', async () => {
    const { secretKey } = await createAdminAccount();
    const exchanges: Exchange[] = [];

    const insights = await connect(secretKey, exchanges).insights();

    expect(exchanges[0]!.url.searchParams.has('days')).toBe(false);
    expect(insights.days).toHaveLength(90);
    expect(insights.days[0]!.date).toBe('2026-11-29');
    expect(insights.busiestHours).toHaveLength(7);
    expect(insights.busiestHours.every((hours) => hours.length === 24)).toBe(true);
  });
});
