import type { ServiceQuestion } from '@bookafy/core';
import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import { storeBookings } from '../../data/booking-rows.test-support.js';
import { parseCsv } from '../../data/parse-csv.test-support.js';

pinClock('2027-02-26T12:00:00Z');

const MARCH = 'from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z';

const questions: ServiceQuestion[] = [
  { id: 'reason', label: 'Reason, in short', kind: 'longText', required: false },
  { id: 'first', label: 'First visit?', kind: 'checkbox', required: false },
  { id: 'code', label: 'Referral code', kind: 'text', required: false },
];

const exportCsv = (query: string, key: string) =>
  request(`/admin/bookings/export.csv?${query}`, { key });

/** The records of an export, header first, read as a spreadsheet program reads them. */
async function records(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  return parseCsv(await response.text());
}

describe('GET /v1/admin/bookings/export.csv', () => {
  it('sends a CSV attachment with a byte order mark and the header row', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await exportCsv(MARCH, secretKey);

    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="bookings-2027-03-01-2027-04-01.csv"',
    );
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await records(response)).toEqual([
      [
        'Booking ID',
        'Status',
        'Service',
        'Staff member',
        'Start (UTC)',
        'End (UTC)',
        'Start (local)',
        'End (local)',
        'Time zone',
        'Customer name',
        'Customer email',
        'Customer phone',
        'Answers',
        'Created at (UTC)',
      ],
    ]);
  });

  it('writes a booking with quoting that survives commas, quotes and line breaks', async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount({
      service: { name: 'Massage, deep tissue', questions },
    });
    const made = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, '2027-03-01T09:00:00Z', {
        customer: {
          name: 'Zoë "Z" Müller',
          email: 'zoe@example.com',
          phone: '+49 30 1234567',
          timeZone: 'Asia/Tokyo',
        },
        answers: { reason: 'Back pain\nsince Monday, "bad"', first: true, code: 'SPRING' },
      }),
    });
    const { id } = await made.json<{ id: string }>();

    const [, row] = await records(await exportCsv(MARCH, secretKey));

    expect(row).toEqual([
      id,
      'confirmed',
      'Massage, deep tissue',
      'Staff 1',
      '2027-03-01T09:00:00Z',
      '2027-03-01T09:30:00Z',
      '2027-03-01 10:00',
      '2027-03-01 10:30',
      'Europe/Berlin',
      'Zoë "Z" Müller',
      'zoe@example.com',
      "'+49 30 1234567",
      'Reason, in short: Back pain\nsince Monday, "bad"; First visit?: yes; Referral code: SPRING',
      '2027-02-26T12:00:00Z',
    ]);
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount();
    const names = ['=HYPERLINK("http://evil.example","x")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'];
    await storeBookings(
      accountId,
      names.map((name, index) => ({
        serviceId,
        staffId: staffIds[0]!,
        start: `2027-03-0${index + 1}T09:00:00Z`,
        customer: { name, email: `${index}@example.com` },
      })),
    );

    const [, ...rows] = await records(await exportCsv(MARCH, secretKey));

    expect(rows.map((row) => row[9])).toEqual(names.map((name) => `'${name}`));
  });

  it('pages through every booking, far more than one page of the list', async () => {
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount();
    // Two bookings share each start, so the order must also hold among equal starts.
    const stored = Array.from({ length: 620 }, (_, index) => ({
      serviceId,
      staffId: staffIds[0]!,
      start: new Date(Date.parse('2027-03-01T00:00:00Z') + Math.floor(index / 2) * 3_600_000)
        .toISOString()
        .replace('.000Z', 'Z'),
    }));
    const ids = await storeBookings(accountId, stored);

    const [, ...rows] = await records(await exportCsv(MARCH, secretKey));

    expect(rows).toHaveLength(620);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(ids));
    const order = rows.map((row) => `${row[4]} ${row[0]}`);
    expect(order).toEqual([...order].sort());
  });

  it('keeps to the range of starts, the staff member and the status asked for', async () => {
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });
    const [, first, second, cancelled] = await storeBookings(accountId, [
      { serviceId, staffId: staffIds[0]!, start: '2027-02-28T23:59:00Z' },
      { serviceId, staffId: staffIds[0]!, start: '2027-03-01T00:00:00Z' },
      { serviceId, staffId: staffIds[1]!, start: '2027-03-10T15:00:00Z' },
      { serviceId, staffId: staffIds[1]!, start: '2027-03-11T15:00:00Z', status: 'cancelled' },
      { serviceId, staffId: staffIds[0]!, start: '2027-04-01T00:00:00Z' },
    ]);
    const idsOf = async (query: string) =>
      (await records(await exportCsv(query, secretKey))).slice(1).map((row) => row[0]);

    expect(await idsOf(MARCH)).toEqual([first, second, cancelled]);
    expect(await idsOf(`${MARCH}&staffId=${staffIds[1]}`)).toEqual([second, cancelled]);
    expect(await idsOf(`${MARCH}&status=cancelled`)).toEqual([cancelled]);
  });

  it('refuses a reversed range and one longer than 366 days, as problems', async () => {
    const { secretKey } = await createAdminAccount();

    for (const query of [
      'from=2027-03-02T00:00:00Z&to=2027-03-01T00:00:00Z',
      'from=2027-03-01T00:00:00Z&to=2027-03-01T00:00:00Z',
      'from=2027-01-01T00:00:00Z&to=2028-01-02T00:00:01Z',
      'from=2027-03-01T00:00:00Z',
      'from=2027-03-01&to=2027-04-01',
    ]) {
      const response = await exportCsv(query, secretKey);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      const problem = await response.json<{ code: string; requestId: string }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.requestId).toBe(response.headers.get('X-Request-Id'));
    }
    const leapYear = await exportCsv(
      'from=2028-01-01T00:00:00Z&to=2029-01-01T00:00:00Z',
      secretKey,
    );
    expect(leapYear.status).toBe(200);
  });

  it('answers a publishable key with 401', async () => {
    const { publishableKey } = await createAdminAccount();

    const response = await exportCsv(MARCH, publishableKey);

    expect(response.status).toBe(401);
    expect((await response.json<{ code: string }>()).code).toBe('unauthorized');
  });
});
