import { describe, expect, it } from 'vitest';

import { createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01; Berlin is on CET (+01:00), New York on EST (-05:00).
const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

interface StaffBody {
  id: string;
  name: string;
  archivedAt: string | null;
}

const send = (path: string, key: string, method: string, body: unknown) =>
  request(path, { method, key, body: JSON.stringify(body) });

describe('/v1/admin/staff', () => {
  it('adds a staff member who takes bookings once given hours and a service', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();

    const response = await send('/admin/staff', secretKey, 'POST', {
      name: 'Noor',
      timeZone: 'America/New_York',
      position: 1,
    });
    expect(response.status).toBe(201);
    const member = await response.json<StaffBody>();
    expect(member).toMatchObject({
      name: 'Noor',
      timeZone: 'America/New_York',
      position: 1,
      archivedAt: null,
      createdAt: NOW,
    });
    expect(response.headers.get('Location')).toBe(`/v1/admin/staff/${member.id}`);

    await send(`/admin/staff/${member.id}/working-hours`, secretKey, 'PUT', {
      intervals: [{ weekday: 1, startMinute: 17 * 60, endMinute: 19 * 60 }],
    });
    await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      staffIds: [staffIds[0], member.id],
    });

    const bootstrap = await request('/bootstrap', { key: publishableKey });
    expect(await bootstrap.json()).toMatchObject({
      staff: [{ id: staffIds[0] }, { id: member.id, name: 'Noor', timeZone: 'America/New_York' }],
    });
    // New York 17:00–19:00 is 22:00Z–24:00Z, after Berlin's 08:00Z–16:00Z.
    const starts = await offeredStarts(publishableKey, serviceId);
    expect(starts).toHaveLength(20);
    expect(starts.at(-1)).toBe('2027-03-01T23:30:00Z');
  });

  it('lists staff members by position and reads one by id', async () => {
    const { secretKey, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'Asia/Tokyo'],
    });

    const list = await request('/admin/staff', { key: secretKey });
    const one = await request(`/admin/staff/${staffIds[1]}`, { key: secretKey });

    expect((await list.json<{ data: StaffBody[] }>()).data.map((member) => member.id)).toEqual(
      staffIds,
    );
    expect(await one.json()).toMatchObject({ id: staffIds[1], timeZone: 'Asia/Tokyo' });
  });

  it('moves the slots when a staff member changes zone', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();

    const response = await send(`/admin/staff/${staffIds[0]}`, secretKey, 'PATCH', {
      timeZone: 'America/New_York',
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Staff 1', timeZone: 'America/New_York' });
    expect((await offeredStarts(publishableKey, serviceId))[0]).toBe('2027-03-01T14:00:00Z');
  });

  it('refuses a zone that is not an IANA name and an empty name, naming each field', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const created = await send('/admin/staff', secretKey, 'POST', {
      name: '',
      timeZone: 'CEST',
    });
    const changed = await send(`/admin/staff/${staffIds[0]}`, secretKey, 'PATCH', {
      timeZone: 'Europe/Atlantis',
    });

    for (const [response, paths] of [
      [created, ['name', 'timeZone']],
      [changed, ['timeZone']],
    ] as const) {
      expect(response.status).toBe(400);
      const problem = await response.json<{ code: string; errors: { path: string }[] }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.errors.map((error) => error.path)).toEqual(paths);
    }
  });

  it('archives a staff member, who then offers nothing and cannot be linked again', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });

    const response = await request(`/admin/staff/${staffIds[1]}`, {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(204);
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(16);
    const service = await request(`/admin/services/${serviceId}`, { key: secretKey });
    expect(await service.json()).toMatchObject({ staffIds: [staffIds[0]] });
    const active = await request('/admin/staff', { key: secretKey });
    expect((await active.json<{ data: StaffBody[] }>()).data).toHaveLength(1);
    const all = await request('/admin/staff?includeArchived=true', { key: secretKey });
    expect((await all.json<{ data: StaffBody[] }>()).data[1]).toMatchObject({
      id: staffIds[1],
      archivedAt: NOW,
    });
    const relinked = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      staffIds,
    });
    expect(relinked.status).toBe(422);
  });

  it('restores an archived staff member, who offers services again once linked', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });
    await request(`/admin/staff/${staffIds[1]}`, { method: 'DELETE', key: secretKey });

    const response = await request(`/admin/staff/${staffIds[1]}/restore`, {
      method: 'POST',
      key: secretKey,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: staffIds[1],
      name: 'Staff 2',
      timeZone: 'America/New_York',
      email: null,
      position: 1,
      archivedAt: null,
      createdAt: '1970-01-01T00:00:00Z',
    });
    const active = await request('/admin/staff', { key: secretKey });
    expect((await active.json<{ data: StaffBody[] }>()).data.map((member) => member.id)).toEqual(
      staffIds,
    );
    // Archiving removed the member's links, so only Berlin's 08:00Z–16:00Z is offered.
    expect((await offeredStarts(publishableKey, serviceId)).at(-1)).toBe('2027-03-01T15:30:00Z');
    const relinked = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      staffIds,
    });
    expect(relinked.status).toBe(200);
    // The member's New York hours came back with them: 09:00–17:00 EST is 14:00Z–22:00Z.
    expect((await offeredStarts(publishableKey, serviceId)).at(-1)).toBe('2027-03-01T21:30:00Z');
  });

  it('answers 404 for a staff member of another account and leaves them unchanged', async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount({ staffZones: ['Europe/Berlin', 'Europe/Berlin'] });
    const path = `/admin/staff/${theirs.staffIds[0]}`;
    const archivedPath = `/admin/staff/${theirs.staffIds[1]}`;
    await request(archivedPath, { method: 'DELETE', key: theirs.secretKey });

    const read = await request(path, { key: mine.secretKey });
    const patched = await send(path, mine.secretKey, 'PATCH', { name: 'Poached' });
    const archived = await request(path, { method: 'DELETE', key: mine.secretKey });
    const restored = await request(`${archivedPath}/restore`, {
      method: 'POST',
      key: mine.secretKey,
    });
    const unknown = await request('/admin/staff/stf_unknown0000000000/restore', {
      method: 'POST',
      key: mine.secretKey,
    });

    for (const response of [read, patched, archived, restored, unknown]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
    const untouched = await request(path, { key: theirs.secretKey });
    expect(await untouched.json()).toMatchObject({ name: 'Staff 1', archivedAt: null });
    const stillArchived = await request(archivedPath, { key: theirs.secretKey });
    expect(await stillArchived.json()).toMatchObject({ name: 'Staff 2', archivedAt: NOW });
  });
});
