import { describe, expect, it } from 'vitest';

import { createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01, when the Berlin (CET) staff member works 08:00Z–16:00Z.
const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

const addTimeOff = (staffId: string, key: string, body: Record<string, unknown>) =>
  request(`/admin/staff/${staffId}/time-off`, { method: 'POST', key, body: JSON.stringify(body) });

describe('/v1/admin/staff/{staffId}/time-off', () => {
  it('removes the slots it overlaps, and deleting it brings them back', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    const response = await addTimeOff(staffId, secretKey, {
      start: '2027-03-01T08:00:00Z',
      end: '2027-03-01T12:15:00Z',
      reason: 'Dentist',
    });

    expect(response.status).toBe(201);
    const timeOff = await response.json<{ id: string }>();
    expect(timeOff).toEqual({
      id: expect.stringMatching(/^off_/),
      start: '2027-03-01T08:00:00Z',
      end: '2027-03-01T12:15:00Z',
      reason: 'Dentist',
    });
    const starts = await offeredStarts(publishableKey, serviceId);
    expect(starts).toHaveLength(7);
    expect(starts[0]).toBe('2027-03-01T12:30:00Z');

    const removed = await request(`/admin/staff/${staffId}/time-off/${timeOff.id}`, {
      method: 'DELETE',
      key: secretKey,
    });
    expect(removed.status).toBe(204);
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(16);
  });

  it('lists the time off that overlaps a range, by start', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    const spans = [
      ['2027-03-10T00:00:00Z', '2027-03-11T00:00:00Z'],
      ['2027-03-01T00:00:00Z', '2027-03-03T00:00:00Z'],
      ['2027-02-20T00:00:00Z', '2027-02-21T00:00:00Z'],
    ];
    for (const [start, end] of spans) await addTimeOff(staffId, secretKey, { start, end });

    const response = await request(
      `/admin/staff/${staffId}/time-off?start=2027-03-02T00:00:00Z&end=2027-03-10T00:00:00Z`,
      { key: secretKey },
    );
    const all = await request(`/admin/staff/${staffId}/time-off`, { key: secretKey });

    expect(response.status).toBe(200);
    expect((await response.json<{ data: unknown[] }>()).data).toEqual([
      expect.objectContaining({ start: '2027-03-01T00:00:00Z', reason: '' }),
    ]);
    const starts = (await all.json<{ data: { start: string }[] }>()).data.map((row) => row.start);
    expect(starts).toEqual([
      '2027-02-20T00:00:00Z',
      '2027-03-01T00:00:00Z',
      '2027-03-10T00:00:00Z',
    ]);
  });

  it('refuses an end that is not after the start and instants that are not UTC', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;

    const empty = await addTimeOff(staffId, secretKey, {
      start: '2027-03-01T10:00:00Z',
      end: '2027-03-01T10:00:00Z',
    });
    const zoned = await addTimeOff(staffId, secretKey, {
      start: '2027-03-01T10:00:00+01:00',
      end: '2027-03-01T12:00:00Z',
    });

    for (const [response, paths] of [
      [empty, ['end']],
      [zoned, ['start']],
    ] as const) {
      expect(response.status).toBe(400);
      const problem = await response.json<{ code: string; errors: { path: string }[] }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.errors.map((error) => error.path)).toEqual(paths);
    }
  });

  it("answers 404 for another account's time off and leaves it in place", async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount();
    const staffId = theirs.staffIds[0]!;
    const created = await addTimeOff(staffId, theirs.secretKey, {
      start: '2027-03-01T08:00:00Z',
      end: '2027-03-01T16:00:00Z',
    });
    const { id } = await created.json<{ id: string }>();

    const listed = await request(`/admin/staff/${staffId}/time-off`, { key: mine.secretKey });
    const added = await addTimeOff(staffId, mine.secretKey, {
      start: '2027-03-02T08:00:00Z',
      end: '2027-03-02T16:00:00Z',
    });
    const removed = await request(`/admin/staff/${staffId}/time-off/${id}`, {
      method: 'DELETE',
      key: mine.secretKey,
    });

    for (const response of [listed, added, removed]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await offeredStarts(theirs.publishableKey, theirs.serviceId)).toEqual([]);
    const tuesday = { start: '2027-03-02T00:00:00Z', end: '2027-03-03T00:00:00Z' };
    expect(await offeredStarts(theirs.publishableKey, theirs.serviceId, tuesday)).toHaveLength(16);
  });
});
