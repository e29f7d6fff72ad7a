import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01, when Berlin (CET) staff work 08:00Z–16:00Z.
const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

interface ServiceBody {
  id: string;
  staffIds: string[];
  archivedAt: string | null;
}

const send = (path: string, key: string, method: string, body: unknown) =>
  request(path, { method, key, body: JSON.stringify(body) });

async function bootstrapServices(publishableKey: string) {
  const response = await request('/bootstrap', { key: publishableKey });
  return (await response.json<{ services: { id: string; staffIds: string[] }[] }>()).services;
}

describe('/v1/admin/services', () => {
  it('creates a service that the widget lists and offers slots for', async () => {
    const { publishableKey, secretKey, staffIds } = await createAdminAccount();

    const response = await send('/admin/services', secretKey, 'POST', {
      name: 'Deep tissue massage',
      durationMinutes: 60,
      staffIds: [staffIds[0]],
    });

    expect(response.status).toBe(201);
    const service = await response.json<ServiceBody>();
    expect(service).toMatchObject({
      name: 'Deep tissue massage',
      description: '',
      durationMinutes: 60,
      intervalMinutes: null,
      capacity: 1,
      horizonDays: 60,
      maxPerDay: null,
      requiresConfirmation: false,
      staffIds: [staffIds[0]],
      questions: [],
      timeZoneDisplay: 'visitor',
      archivedAt: null,
      createdAt: NOW,
    });
    expect(response.headers.get('Location')).toBe(`/v1/admin/services/${service.id}`);
    expect(await bootstrapServices(publishableKey)).toContainEqual(
      expect.objectContaining({ id: service.id, staffIds: [staffIds[0]] }),
    );
    const starts = await offeredStarts(publishableKey, service.id);
    expect(starts).toHaveLength(8);
    expect(starts[0]).toBe('2027-03-01T08:00:00Z');
  });

  it('changes engine settings, and null clears an optional one', async () => {
    const { publishableKey, secretKey, serviceId } = await createAdminAccount();

    const hourly = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      intervalMinutes: 60,
      maxPerDay: 3,
    });
    expect(hourly.status).toBe(200);
    expect(await hourly.json()).toMatchObject({ intervalMinutes: 60, maxPerDay: 3 });
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(8);

    await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', { intervalMinutes: null });
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(16);
  });

  it('replaces the staff members who offer a service', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });

    const response = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      staffIds: [staffIds[1]],
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Consultation', staffIds: [staffIds[1]] });
    expect(await bootstrapServices(publishableKey)).toEqual([
      expect.objectContaining({ id: serviceId, staffIds: [staffIds[1]] }),
    ]);
    expect((await offeredStarts(publishableKey, serviceId))[0]).toBe('2027-03-01T14:00:00Z');
  });

  it('refuses staff members of another account with 422 and names each one', async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount();

    const response = await send('/admin/services', mine.secretKey, 'POST', {
      name: 'Group class',
      durationMinutes: 45,
      staffIds: [mine.staffIds[0], theirs.staffIds[0]],
    });

    expect(response.status).toBe(422);
    const problem = await response.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors.map((error) => error.path)).toEqual(['staffIds.1']);
    const list = await request('/admin/services', { key: mine.secretKey });
    expect((await list.json<{ data: unknown[] }>()).data).toHaveLength(1);
  });

  it('answers invalid settings with 400 and the path of each field', async () => {
    const { secretKey, serviceId } = await createAdminAccount();

    const created = await send('/admin/services', secretKey, 'POST', {
      name: ' ',
      durationMinutes: 3,
      capacity: 0,
      alternativeDurationsMinutes: [45, 45],
    });
    const changed = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      durationMinutes: 1441,
      staffIds: ['bob'],
    });

    for (const [response, paths] of [
      [created, ['name', 'durationMinutes', 'alternativeDurationsMinutes', 'capacity']],
      [changed, ['durationMinutes', 'staffIds.0']],
    ] as const) {
      expect(response.status).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      const problem = await response.json<{ code: string; errors: { path: string }[] }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.errors.map((error) => error.path).sort()).toEqual([...paths].sort());
    }
  });

  it('archives a service: gone for visitors, listed for admins only when asked', async () => {
    const { publishableKey, secretKey, serviceId } = await createAdminAccount();

    const response = await request(`/admin/services/${serviceId}`, {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(204);
    expect(await bootstrapServices(publishableKey)).toEqual([]);
    const slots = await request(
      `/slots?serviceId=${serviceId}&start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z`,
      { key: publishableKey },
    );
    expect(slots.status).toBe(404);
    const booking = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, '2027-03-01T09:00:00Z'),
    });
    expect(booking.status).toBe(404);

    const list = await request('/admin/services', { key: secretKey });
    expect((await list.json<{ data: unknown[] }>()).data).toEqual([]);
    const all = await request('/admin/services?includeArchived=true', { key: secretKey });
    expect((await all.json<{ data: ServiceBody[] }>()).data).toEqual([
      expect.objectContaining({ id: serviceId, archivedAt: NOW }),
    ]);
    const one = await request(`/admin/services/${serviceId}`, { key: secretKey });
    expect(await one.json()).toMatchObject({ id: serviceId, archivedAt: NOW });
  });

  it('restores an archived service, which visitors can book again', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();
    await request(`/admin/services/${serviceId}`, { method: 'DELETE', key: secretKey });

    const response = await request(`/admin/services/${serviceId}/restore`, {
      method: 'POST',
      key: secretKey,
    });

    expect(response.status).toBe(200);
    const restored = await response.json<ServiceBody>();
    const read = await request(`/admin/services/${serviceId}`, { key: secretKey });
    expect(restored).toEqual(await read.json());
    expect(restored).toMatchObject({ id: serviceId, staffIds, archivedAt: null });
    expect(await bootstrapServices(publishableKey)).toEqual([
      expect.objectContaining({ id: serviceId }),
    ]);
    expect(await offeredStarts(publishableKey, serviceId)).toHaveLength(16);
    const booking = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, '2027-03-01T09:00:00Z'),
    });
    expect(booking.status).toBe(201);
  });

  it('answers a restore of a service that is not archived with the service unchanged', async () => {
    const { secretKey, serviceId } = await createAdminAccount();
    const before = await (await request(`/admin/services/${serviceId}`, { key: secretKey })).json();

    const response = await request(`/admin/services/${serviceId}/restore`, {
      method: 'POST',
      key: secretKey,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(before);
  });

  it('answers 404 for a service of another account and leaves it unchanged', async () => {
    const mine = await createAdminAccount();
    const theirs = await createAdminAccount();
    const path = `/admin/services/${theirs.serviceId}`;
    await request(path, { method: 'DELETE', key: theirs.secretKey });

    const patched = await send(path, mine.secretKey, 'PATCH', { name: 'Taken over' });
    const archived = await request(path, { method: 'DELETE', key: mine.secretKey });
    const restored = await request(`${path}/restore`, { method: 'POST', key: mine.secretKey });
    const unknown = await request('/admin/services/svc_unknown0000000000/restore', {
      method: 'POST',
      key: mine.secretKey,
    });

    for (const response of [patched, archived, restored, unknown]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
    const untouched = await request(path, { key: theirs.secretKey });
    expect(await untouched.json()).toMatchObject({ name: 'Consultation', archivedAt: NOW });
  });
});
