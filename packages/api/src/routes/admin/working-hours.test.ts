import { describe, expect, it } from 'vitest';

import { createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01; the fixture's staff member works in Berlin (CET, +01:00).
const NOW = '2027-02-26T12:00:00Z';
const TUESDAY = { start: '2027-03-02T00:00:00Z', end: '2027-03-03T00:00:00Z' };

pinClock(NOW);

const putWeek = (staffId: string, key: string, intervals: unknown[]) =>
  request(`/admin/staff/${staffId}/working-hours`, {
    method: 'PUT',
    key,
    body: JSON.stringify({ intervals }),
  });

async function errorPaths(response: Response): Promise<string[]> {
  expect(response.status).toBe(400);
  const problem = await response.json<{ code: string; errors: { path: string }[] }>();
  expect(problem.code).toBe('invalid_request');
  return problem.errors.map((error) => error.path);
}

describe('/v1/admin/staff/{staffId}/working-hours', () => {
  it("reads a staff member's week ordered by weekday", async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const response = await request(`/admin/staff/${staffIds[0]}/working-hours`, {
      key: secretKey,
    });

    expect(response.status).toBe(200);
    const week = (await response.json<{ data: { weekday: number }[] }>()).data;
    expect(week.map((interval) => interval.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(week[0]).toEqual({ weekday: 1, startMinute: 540, endMinute: 1020 });
  });

  it('replaces the whole week, and the slots follow', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();

    const response = await putWeek(staffIds[0]!, secretKey, [
      { weekday: 1, startMinute: 14 * 60, endMinute: 15 * 60 },
      { weekday: 1, startMinute: 10 * 60, endMinute: 11 * 60 },
    ]);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: [
        { weekday: 1, startMinute: 600, endMinute: 660 },
        { weekday: 1, startMinute: 840, endMinute: 900 },
      ],
    });
    expect(await offeredStarts(publishableKey, serviceId)).toEqual([
      '2027-03-01T09:00:00Z',
      '2027-03-01T09:30:00Z',
      '2027-03-01T13:00:00Z',
      '2027-03-01T13:30:00Z',
    ]);
    expect(await offeredStarts(publishableKey, serviceId, TUESDAY)).toEqual([]);
  });

  it('accepts an interval that crosses midnight into the next day', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();

    // Monday 23:00 to Tuesday 01:00 in Berlin.
    const response = await putWeek(staffIds[0]!, secretKey, [
      { weekday: 1, startMinute: 23 * 60, endMinute: 25 * 60 },
    ]);

    expect(response.status).toBe(200);
    expect(await offeredStarts(publishableKey, serviceId)).toEqual([
      '2027-03-01T22:00:00Z',
      '2027-03-01T22:30:00Z',
      '2027-03-01T23:00:00Z',
      '2027-03-01T23:30:00Z',
    ]);
  });

  it('refuses overlapping intervals, across midnight and the week end too', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    const sameDay = await putWeek(staffId, secretKey, [
      { weekday: 2, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 720, endMinute: 780 },
      { weekday: 2, startMinute: 660, endMinute: 900 },
    ]);
    const pastMidnight = await putWeek(staffId, secretKey, [
      { weekday: 1, startMinute: 1320, endMinute: 1560 },
      { weekday: 2, startMinute: 60, endMinute: 180 },
    ]);
    const sundayNight = await putWeek(staffId, secretKey, [
      { weekday: 1, startMinute: 0, endMinute: 60 },
      { weekday: 7, startMinute: 1380, endMinute: 1500 },
    ]);

    expect(await errorPaths(sameDay)).toEqual(['intervals.2']);
    expect(await errorPaths(pastMidnight)).toEqual(['intervals.1']);
    expect(await errorPaths(sundayNight)).toEqual(['intervals.1']);
    const week = await request(`/admin/staff/${staffId}/working-hours`, { key: secretKey });
    expect((await week.json<{ data: unknown[] }>()).data).toHaveLength(5);
  });

  it('refuses a weekday or minutes out of range, naming each field', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const response = await putWeek(staffIds[0]!, secretKey, [
      { weekday: 8, startMinute: 540, endMinute: 600 },
      { weekday: 1, startMinute: 600, endMinute: 600 },
      { weekday: 1, startMinute: 700, endMinute: 700 + 1441 },
      { weekday: 3, startMinute: 1440, endMinute: 1500 },
    ]);

    expect(await errorPaths(response)).toEqual([
      'intervals.0.weekday',
      'intervals.1.endMinute',
      'intervals.2.endMinute',
      'intervals.3.startMinute',
    ]);
  });

  it('leaves no weekly hours when the week is empty', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();

    const response = await putWeek(staffIds[0]!, secretKey, []);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: [] });
    expect(await offeredStarts(publishableKey, serviceId)).toEqual([]);
  });

  it("answers 404 for another account's staff member and leaves their week alone", async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount();
    const path = `/admin/staff/${theirs.staffIds[0]}/working-hours`;

    const read = await request(path, { key: mine.secretKey });
    const replaced = await putWeek(theirs.staffIds[0]!, mine.secretKey, []);

    expect(read.status).toBe(404);
    expect(replaced.status).toBe(404);
    expect(await replaced.json()).toMatchObject({ code: 'not_found' });
    expect(await offeredStarts(theirs.publishableKey, theirs.serviceId)).toHaveLength(16);
  });
});
