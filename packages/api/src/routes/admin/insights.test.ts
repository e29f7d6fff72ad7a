import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import { storeBookings, storeCancellation } from '../../data/booking-rows.test-support.js';

// A Friday; 13:00 in Berlin.
pinClock('2027-02-26T12:00:00Z');

type Insights = {
  timeZone: string;
  from: string;
  to: string;
  days: { date: string; booked: number; cancelled: number }[];
  busiestHours: number[][];
};

async function insights(key: string, query = ''): Promise<Insights> {
  const response = await request(`/admin/insights${query}`, { key });
  expect(response.status).toBe(200);
  return response.json<Insights>();
}

/** The days of an answer that count anything. */
const busyDays = (answer: Insights) =>
  answer.days.filter((day) => day.booked > 0 || day.cancelled > 0);

/** The cells of the heat map that count anything, as `weekday/hour: count`. */
const busyCells = (answer: Insights) =>
  answer.busiestHours.flatMap((hours, weekday) =>
    hours.flatMap((count, hour) => (count > 0 ? [`${weekday}/${hour}: ${count}`] : [])),
  );

describe('GET /v1/admin/insights', () => {
  it("covers the last 90 local days of the account's zone by default, zeros included", async () => {
    const { secretKey } = await createAdminAccount();

    const answer = await insights(secretKey);

    expect(answer.timeZone).toBe('Europe/Berlin');
    expect(answer.from).toBe('2026-11-28T23:00:00Z');
    expect(answer.to).toBe('2027-02-26T23:00:00Z');
    expect(answer.days).toHaveLength(90);
    expect(answer.days[0]).toEqual({ date: '2026-11-29', booked: 0, cancelled: 0 });
    expect(answer.days.at(-1)).toEqual({ date: '2027-02-26', booked: 0, cancelled: 0 });
    expect(answer.busiestHours).toEqual(Array.from({ length: 7 }, () => Array(24).fill(0)));
  });

  it('counts bookings by the local day they were made and cancellations by theirs', async () => {
    const { accountId, secretKey, publishableKey, serviceId, staffIds } =
      await createAdminAccount();
    const staffId = staffIds[0]!;
    const [early] = await storeBookings(accountId, [
      // 23:59 on 23 February in Berlin: before the three days asked for.
      { serviceId, staffId, start: '2027-03-10T09:00:00Z', createdAt: '2027-02-23T22:59:00Z' },
      // 00:30 on 24 February in Berlin, still the 23rd in UTC.
      { serviceId, staffId, start: '2027-03-10T10:00:00Z', createdAt: '2027-02-23T23:30:00Z' },
      { serviceId, staffId, start: '2027-03-10T11:00:00Z', createdAt: '2027-02-25T08:00:00Z' },
    ]);
    await storeCancellation(accountId, early!, '2027-02-25T09:00:00Z');
    const made = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, '2027-03-01T09:00:00Z'),
    });
    const { id } = await made.json<{ id: string }>();
    await request(`/admin/bookings/${id}/cancel`, { method: 'POST', key: secretKey, body: '{}' });
    const other = await createAdminAccount();
    await storeBookings(other.accountId, [
      {
        serviceId: other.serviceId,
        staffId: other.staffIds[0]!,
        start: '2027-03-10T09:00:00Z',
        createdAt: '2027-02-25T08:00:00Z',
      },
    ]);

    const answer = await insights(secretKey, '?days=3');

    expect(answer.from).toBe('2027-02-23T23:00:00Z');
    expect(answer.days).toEqual([
      { date: '2027-02-24', booked: 1, cancelled: 0 },
      { date: '2027-02-25', booked: 1, cancelled: 1 },
      { date: '2027-02-26', booked: 1, cancelled: 1 },
    ]);
  });

  it('counts non-cancelled starts in the range by local weekday and hour', async () => {
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });
    await storeBookings(accountId, [
      // Mondays 09:00 in Berlin, one per staff member.
      { serviceId, staffId: staffIds[0]!, start: '2027-02-22T08:00:00Z' },
      { serviceId, staffId: staffIds[1]!, start: '2027-02-22T08:00:00Z' },
      { serviceId, staffId: staffIds[0]!, start: '2027-02-22T08:45:00Z' },
      { serviceId, staffId: staffIds[0]!, start: '2027-02-22T09:00:00Z', status: 'cancelled' },
      { serviceId, staffId: staffIds[0]!, start: '2027-02-23T13:30:00Z', status: 'pending' },
      // Friday 18:00 in Berlin, later today.
      { serviceId, staffId: staffIds[0]!, start: '2027-02-26T17:00:00Z' },
      // Before the seven days asked for, and after today.
      { serviceId, staffId: staffIds[0]!, start: '2027-02-19T08:00:00Z' },
      { serviceId, staffId: staffIds[0]!, start: '2027-02-26T23:00:00Z' },
    ]);

    const answer = await insights(secretKey, '?days=7');

    expect(answer.busiestHours).toHaveLength(7);
    expect(answer.busiestHours.every((hours) => hours.length === 24)).toBe(true);
    expect(busyCells(answer)).toEqual(['0/9: 3', '1/14: 1', '4/18: 1']);
    expect(busyDays(answer)).toEqual([
      { date: '2027-02-22', booked: 4, cancelled: 0 },
      { date: '2027-02-23', booked: 1, cancelled: 0 },
      { date: '2027-02-26', booked: 1, cancelled: 0 },
    ]);
  });

  it('refuses days outside 1–366 as a problem', async () => {
    const { secretKey } = await createAdminAccount();

    for (const days of ['0', '367', '1.5', 'many']) {
      const response = await request(`/admin/insights?days=${days}`, { key: secretKey });
      expect(response.status, days).toBe(400);
      const problem = await response.json<{ code: string; requestId: string }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.requestId).toBe(response.headers.get('X-Request-Id'));
    }
    expect((await insights(secretKey, '?days=366')).days).toHaveLength(366);
    expect((await insights(secretKey, '?days=1')).days).toHaveLength(1);
  });

  it('answers a publishable key with 401', async () => {
    const { publishableKey } = await createAdminAccount();

    expect((await request('/admin/insights', { key: publishableKey })).status).toBe(401);
  });
});
