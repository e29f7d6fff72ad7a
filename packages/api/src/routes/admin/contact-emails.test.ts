import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';

pinClock('2027-02-26T12:00:00Z');

const send = (path: string, key: string, method: string, body?: unknown) =>
  request(path, { method, key, body: body === undefined ? undefined : JSON.stringify(body) });

describe('staff email in /v1/admin/staff', () => {
  it('stores, returns, changes and clears a staff member’s email address', async () => {
    const { secretKey } = await createAdminAccount();

    const created = await send('/admin/staff', secretKey, 'POST', {
      name: 'Noor',
      timeZone: 'Europe/Berlin',
      email: ' noor@studio.example ',
    });
    expect(created.status).toBe(201);
    const { id, email } = await created.json<{ id: string; email: string | null }>();
    expect(email).toBe('noor@studio.example');

    const changed = await send(`/admin/staff/${id}`, secretKey, 'PATCH', {
      email: 'noor.k@studio.example',
    });
    expect(await changed.json()).toMatchObject({ email: 'noor.k@studio.example' });
    await send(`/admin/staff/${id}`, secretKey, 'PATCH', { email: null });
    const read = await send(`/admin/staff/${id}`, secretKey, 'GET');
    expect(await read.json()).toMatchObject({ id, name: 'Noor', email: null });
  });

  it('adds a staff member without an email, and refuses one that is not an address', async () => {
    const { secretKey } = await createAdminAccount();

    const created = await send('/admin/staff', secretKey, 'POST', {
      name: 'Sam',
      timeZone: 'Europe/Berlin',
    });
    expect(await created.json()).toMatchObject({ email: null });
    const refused = await send('/admin/staff', secretKey, 'POST', {
      name: 'Sam',
      timeZone: 'Europe/Berlin',
      email: 'sam at studio',
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'invalid_request',
      errors: [{ path: 'email' }],
    });
  });
});

describe('contactEmail in /v1/admin/account', () => {
  it('is null until set, then stored, returned and removable', async () => {
    const { secretKey } = await createAdminAccount();

    expect(await (await send('/admin/account', secretKey, 'GET')).json()).toMatchObject({
      contactEmail: null,
    });
    const changed = await send('/admin/account', secretKey, 'PATCH', {
      contactEmail: 'hello@studio.example',
    });
    expect(await changed.json()).toMatchObject({ contactEmail: 'hello@studio.example' });
    expect(await (await send('/admin/account', secretKey, 'GET')).json()).toMatchObject({
      contactEmail: 'hello@studio.example',
    });
    await send('/admin/account', secretKey, 'PATCH', { contactEmail: null });
    expect(await (await send('/admin/account', secretKey, 'GET')).json()).toMatchObject({
      contactEmail: null,
    });
  });

  it('refuses a contact address that is not an email address', async () => {
    const { secretKey } = await createAdminAccount();

    const refused = await send('/admin/account', secretKey, 'PATCH', { contactEmail: 'nope' });

    expect(refused.status).toBe(400);
  });
});
