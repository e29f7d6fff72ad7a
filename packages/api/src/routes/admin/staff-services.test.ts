import { describe, expect, it } from 'vitest';

import { createAdminAccount, offeredStarts, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

// Friday before Monday 2027-03-01: Berlin (CET) staff work 08:00Z–16:00Z on Mondays, New York
// (EST) staff 14:00Z–22:00Z.
pinClock('2027-02-26T12:00:00Z');

interface Problem {
  code: string;
  errors?: { path: string; message: string }[];
}

const send = (path: string, key: string, method: string, body?: unknown) =>
  request(path, { method, key, body: body === undefined ? undefined : JSON.stringify(body) });

const setServices = (key: string, staffId: string, serviceIds: unknown) =>
  send(`/admin/staff/${staffId}/services`, key, 'PUT', { serviceIds });

/** The staff ids of every service of the account, archived ones too, by service id. */
async function linksOf(secretKey: string) {
  const response = await request('/admin/services?includeArchived=true', { key: secretKey });
  const { data } = await response.json<{ data: { id: string; staffIds: string[] }[] }>();
  return Object.fromEntries(data.map((service) => [service.id, service.staffIds]));
}

/**
 * An account whose Consultation is offered by Berlin and New York staff, with a Massage
 * (position 1) and a Facial (position 2) nobody offers yet.
 */
async function studio() {
  const account = await createAdminAccount({ staffZones: ['Europe/Berlin', 'America/New_York'] });
  const create = async (name: string, position: number) => {
    const response = await send('/admin/services', account.secretKey, 'POST', {
      name,
      durationMinutes: 30,
      position,
    });
    return (await response.json<{ id: string }>()).id;
  };
  const [berlin, newYork] = account.staffIds as [string, string];
  return {
    ...account,
    berlin,
    newYork,
    massage: await create('Massage', 1),
    facial: await create('Facial', 2),
  };
}

describe('PUT /v1/admin/staff/{staffId}/services', () => {
  it('replaces the services a member offers, and visitors book them for those only', async () => {
    const { publishableKey, secretKey, serviceId, berlin, newYork, massage, facial } =
      await studio();

    const response = await setServices(secretKey, newYork, [facial, massage]);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ serviceIds: [massage, facial] });
    expect(await linksOf(secretKey)).toEqual({
      [serviceId]: [berlin],
      [massage]: [newYork],
      [facial]: [newYork],
    });
    // The consultation is Berlin's 08:00Z–16:00Z alone; the massage New York's 14:00Z–22:00Z.
    expect((await offeredStarts(publishableKey, serviceId)).at(-1)).toBe('2027-03-01T15:30:00Z');
    const massageStarts = await offeredStarts(publishableKey, massage);
    expect([massageStarts[0], massageStarts.at(-1)]).toEqual([
      '2027-03-01T14:00:00Z',
      '2027-03-01T21:30:00Z',
    ]);

    const again = await setServices(secretKey, newYork, [facial, massage]);
    const none = await setServices(secretKey, newYork, []);
    expect(await again.json()).toEqual({ serviceIds: [massage, facial] });
    expect(await none.json()).toEqual({ serviceIds: [] });
    expect(await offeredStarts(publishableKey, massage)).toEqual([]);
  });

  it('changes no link when one id is unknown, archived or of another account', async () => {
    const { publishableKey, secretKey, serviceId, berlin, newYork, massage, facial } =
      await studio();
    const other = await createAdminAccount();
    await send(`/admin/services/${facial}`, secretKey, 'DELETE');
    const before = await linksOf(secretKey);

    const response = await setServices(secretKey, newYork, [
      massage,
      'svc_unknown0000000000',
      facial,
      other.serviceId,
    ]);

    expect(response.status).toBe(422);
    const problem = await response.json<Problem>();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors!.map((error) => error.path)).toEqual([
      'serviceIds.1',
      'serviceIds.2',
      'serviceIds.3',
    ]);
    expect(await linksOf(secretKey)).toEqual(before);
    expect(before).toEqual({ [serviceId]: [berlin, newYork], [massage]: [], [facial]: [] });
    expect(await offeredStarts(publishableKey, massage)).toEqual([]);
    expect(await linksOf(other.secretKey)).toEqual({ [other.serviceId]: other.staffIds });
  });

  it('refuses a service named twice and an id that is not a service id', async () => {
    const { secretKey, newYork, massage } = await studio();

    const twice = await setServices(secretKey, newYork, [massage, massage]);
    const malformed = await setServices(secretKey, newYork, [massage, 'stf_notaservice']);

    for (const [response, path] of [
      [twice, 'serviceIds'],
      [malformed, 'serviceIds.1'],
    ] as const) {
      expect(response.status).toBe(400);
      const problem = await response.json<Problem>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.errors!.map((error) => error.path)).toEqual([path]);
    }
  });

  it('keeps links to archived services, which come back when the service is restored', async () => {
    const { secretKey, serviceId, berlin, newYork, massage } = await studio();
    await send(`/admin/services/${serviceId}`, secretKey, 'DELETE');

    const response = await setServices(secretKey, newYork, [massage]);
    await send(`/admin/services/${serviceId}/restore`, secretKey, 'POST');

    expect(await response.json()).toEqual({ serviceIds: [massage] });
    expect((await linksOf(secretKey))[serviceId]).toEqual([berlin, newYork]);
  });

  it('refuses an archived member as linking a service to them is refused', async () => {
    const { secretKey, newYork, massage } = await studio();
    await send(`/admin/staff/${newYork}`, secretKey, 'DELETE');

    const response = await setServices(secretKey, newYork, [massage]);

    expect(response.status).toBe(422);
    const problem = await response.json<Problem>();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors!.map((error) => error.path)).toEqual(['staffId']);
    expect((await linksOf(secretKey))[massage]).toEqual([]);
  });

  it("answers 404 for another account's staff member and leaves their services", async () => {
    const mine = await studio();
    const theirs = await createAdminAccount();

    const stolen = await setServices(mine.secretKey, theirs.staffIds[0]!, [mine.massage]);
    const unknown = await setServices(mine.secretKey, 'stf_unknown0000000000', [mine.massage]);

    for (const response of [stolen, unknown]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await linksOf(theirs.secretKey)).toEqual({ [theirs.serviceId]: theirs.staffIds });
    expect((await linksOf(mine.secretKey))[mine.massage]).toEqual([]);
  });
});
