import { describe, expect, it, vi } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import {
  setAccountZone,
  storeBookings,
  storeCancellation,
} from '../../data/booking-rows.test-support.js';

pinClock('2027-04-02T10:00:00Z');

type Insights = {
  from: string;
  to: string;
  days: { date: string; booked: number; cancelled: number }[];
  busiestHours: number[][];
};

/** An account in `timeZone` with bookings made at `created` and starting at `starts`. */
async function accountWith(timeZone: string, created: string[], starts: string[] = []) {
  const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount();
  await setAccountZone(accountId, timeZone);
  const staffId = staffIds[0]!;
  const ids = await storeBookings(accountId, [
    ...created.map((createdAt) => ({
      serviceId,
      staffId,
      start: '2028-01-10T09:00:00Z',
      createdAt,
    })),
    ...starts.map((start) => ({ serviceId, staffId, start, createdAt: '2026-01-01T00:00:00Z' })),
  ]);
  return { accountId, secretKey, ids };
}

async function insights(key: string, days: number): Promise<Insights> {
  const response = await request(`/admin/insights?days=${days}`, { key });
  expect(response.status).toBe(200);
  return response.json<Insights>();
}

const busyCells = (answer: Insights) =>
  answer.busiestHours.flatMap((hours, weekday) =>
    hours.flatMap((count, hour) => (count > 0 ? [`${weekday}/${hour}: ${count}`] : [])),
  );

describe('insights across DST changes', () => {
  it('counts the 23-hour day on which Berlin springs forward on the wall clock', async () => {
    const { accountId, secretKey, ids } = await accountWith(
      'Europe/Berlin',
      [
        '2027-03-27T22:59:00Z', // 23:59 CET on the 27th
        '2027-03-27T23:00:00Z', // 00:00 CET on the 28th
        '2027-03-28T21:59:00Z', // 23:59 CEST on the 28th
        '2027-03-28T22:00:00Z', // 00:00 CEST on the 29th
      ],
      [
        '2027-03-26T22:59:00Z', // Friday 23:59 CET, the day before the range
        '2027-03-26T23:30:00Z', // Saturday 00:30 CET
        '2027-03-28T00:30:00Z', // Sunday 01:30 CET
        '2027-03-28T01:00:00Z', // Sunday 03:00 CEST, an hour of wall clock later
        '2027-03-29T07:00:00Z', // Monday 09:00 CEST
      ],
    );
    await storeCancellation(accountId, ids[0]!, '2027-03-28T00:30:00Z');
    await storeCancellation(accountId, ids[1]!, '2027-03-28T22:30:00Z');

    const answer = await insights(secretKey, 7);

    expect(answer.from).toBe('2027-03-26T23:00:00Z');
    expect(answer.to).toBe('2027-04-02T22:00:00Z');
    expect(answer.days.slice(0, 3)).toEqual([
      { date: '2027-03-27', booked: 1, cancelled: 0 },
      { date: '2027-03-28', booked: 2, cancelled: 1 },
      { date: '2027-03-29', booked: 1, cancelled: 1 },
    ]);
    expect(answer.days.map((day) => day.date).slice(3)).toEqual([
      '2027-03-30',
      '2027-03-31',
      '2027-04-01',
      '2027-04-02',
    ]);
    expect(busyCells(answer)).toEqual(['0/9: 1', '5/0: 1', '6/1: 1', '6/3: 1']);
  });

  it('counts the 25-hour day on which Berlin falls back, both 02:30s in one cell', async () => {
    vi.setSystemTime(new Date('2027-11-01T12:00:00Z'));
    const { secretKey } = await accountWith(
      'Europe/Berlin',
      [
        '2027-10-30T21:59:00Z', // 23:59 CEST on the 30th
        '2027-10-30T22:00:00Z', // 00:00 CEST on the 31st
        '2027-10-31T22:59:00Z', // 23:59 CET on the 31st
        '2027-10-31T23:00:00Z', // 00:00 CET on 1 November
      ],
      ['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z'],
    );

    const answer = await insights(secretKey, 2);

    expect(answer.from).toBe('2027-10-30T22:00:00Z');
    expect(answer.to).toBe('2027-11-01T23:00:00Z');
    expect(answer.days).toEqual([
      { date: '2027-10-31', booked: 2, cancelled: 0 },
      { date: '2027-11-01', booked: 1, cancelled: 0 },
    ]);
    expect(busyCells(answer)).toEqual(['6/2: 2']);
  });

  it('splits days and hours at a quarter past in Kathmandu (UTC+05:45)', async () => {
    vi.setSystemTime(new Date('2027-03-29T06:00:00Z'));
    const { secretKey } = await accountWith(
      'Asia/Kathmandu',
      ['2027-03-28T18:14:00Z', '2027-03-28T18:15:00Z'],
      ['2027-03-28T18:14:00Z', '2027-03-28T18:15:00Z', '2027-03-29T03:14:00Z'],
    );

    const answer = await insights(secretKey, 2);

    expect(answer.from).toBe('2027-03-27T18:15:00Z');
    expect(answer.days).toEqual([
      { date: '2027-03-28', booked: 1, cancelled: 0 },
      { date: '2027-03-29', booked: 1, cancelled: 0 },
    ]);
    expect(busyCells(answer)).toEqual(['0/0: 1', '0/8: 1', '6/23: 1']);
  });
});
