import { describe, expect, it } from 'vitest';

import { createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01; the fixture's staff member works in Berlin (CET, +01:00).
const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

const putOverride = (staffId: string, date: string, key: string, intervals: unknown[]) =>
  request(`/admin/staff/${staffId}/date-overrides/${date}`, {
    method: 'PUT',
    key,
    body: JSON.stringify({ intervals }),
  });

describe('/v1/admin/staff/{staffId}/date-overrides', () => {
  it('closes a date with no intervals, and removing the override reopens it', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    const closed = await putOverride(staffId, '2027-03-01', secretKey, []);

    expect(closed.status).toBe(200);
    expect(await closed.json()).toEqual({ date: '2027-03-01', intervals: [] });
    expect(await offeredStarts(publishableKey, serviceId)).toEqual([]);

    const removed = await request(`/admin/staff/${staffId}/date-overrides/2027-03-01`, {
      method: 'DELETE',
      key: secretKey,
    });
    expect(removed.status).toBe(204);
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(16);
  });

  it('replaces the hours of a date, and a second PUT replaces the first', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    await putOverride(staffId, '2027-03-01', secretKey, [{ startMinute: 600, endMinute: 720 }]);
    const second = await putOverride(staffId, '2027-03-01', secretKey, [
      { startMinute: 1080, endMinute: 1140 },
    ]);

    expect(second.status).toBe(200);
    // Berlin 18:00–19:00 on Monday is 17:00Z–18:00Z, outside the weekly hours.
    expect(await offeredStarts(publishableKey, serviceId)).toEqual([
      '2027-03-01T17:00:00Z',
      '2027-03-01T17:30:00Z',
    ]);
    const list = await request(`/admin/staff/${staffId}/date-overrides`, { key: secretKey });
    expect(await list.json()).toEqual({
      data: [{ date: '2027-03-01', intervals: [{ startMinute: 1080, endMinute: 1140 }] }],
    });
  });

  it('lists the overrides from one date to another, both included, by date', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    for (const date of ['2027-03-10', '2027-03-01', '2027-03-05', '2027-02-28']) {
      await putOverride(staffId, date, secretKey, []);
    }

    const response = await request(
      `/admin/staff/${staffId}/date-overrides?from=2027-03-01&to=2027-03-05`,
      { key: secretKey },
    );

    expect(response.status).toBe(200);
    const { data } = await response.json<{ data: { date: string }[] }>();
    expect(data.map((override) => override.date)).toEqual(['2027-03-01', '2027-03-05']);
  });

  it('refuses dates that do not exist, reversed ranges and overlapping intervals', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    const badDate = await putOverride(staffId, '2027-02-30', secretKey, []);
    const reversed = await request(
      `/admin/staff/${staffId}/date-overrides?from=2027-03-05&to=2027-03-01`,
      { key: secretKey },
    );
    const overlapping = await putOverride(staffId, '2027-03-01', secretKey, [
      { startMinute: 540, endMinute: 720 },
      { startMinute: 700, endMinute: 800 },
    ]);

    for (const [response, paths] of [
      [badDate, ['date']],
      [reversed, ['to']],
      [overlapping, ['intervals.1']],
    ] as const) {
      expect(response.status).toBe(400);
      const problem = await response.json<{ errors: { path: string }[] }>();
      expect(problem.errors.map((error) => error.path)).toEqual(paths);
    }
  });

  it('answers 404 when the date has no override', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const response = await request(`/admin/staff/${staffIds[0]}/date-overrides/2027-03-01`, {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });

  it("answers 404 for another account's staff member and leaves their dates alone", async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount();
    const staffId = theirs.staffIds[0]!;
    await putOverride(staffId, '2027-03-01', theirs.secretKey, []);

    const read = await request(`/admin/staff/${staffId}/date-overrides`, { key: mine.secretKey });
    const written = await putOverride(staffId, '2027-03-02', mine.secretKey, []);
    const removed = await request(`/admin/staff/${staffId}/date-overrides/2027-03-01`, {
      method: 'DELETE',
      key: mine.secretKey,
    });

    for (const response of [read, written, removed]) {
      expect(response.status).toBe(404);
    }
    const list = await request(`/admin/staff/${staffId}/date-overrides`, {
      key: theirs.secretKey,
    });
    expect(await list.json()).toEqual({ data: [{ date: '2027-03-01', intervals: [] }] });
  });
});
