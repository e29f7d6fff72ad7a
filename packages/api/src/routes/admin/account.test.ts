import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';

function patchAccount(secretKey: string, body: unknown) {
  return request('/admin/account', {
    method: 'PATCH',
    key: secretKey,
    body: JSON.stringify(body),
  });
}

async function refusedPaths(response: Response): Promise<string[]> {
  expect(response.status).toBe(400);
  const problem = await response.json<{ code: string; errors: { path: string }[] }>();
  expect(problem.code).toBe('invalid_request');
  return problem.errors.map((error) => error.path);
}

describe('/v1/admin/account', () => {
  it('shows the settings of the account whose secret key calls', async () => {
    const { accountId, secretKey } = await createAdminAccount();

    const response = await request('/admin/account', { key: secretKey });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: accountId,
      slug: accountId.replace('_', '-'),
      name: 'Test Studio',
      timeZone: 'Europe/Berlin',
      plan: 'free',
      allowedOrigins: [],
      branding: {},
      contactEmail: null,
      createdAt: '1970-01-01T00:00:00Z',
    });
  });

  it('refuses publishable keys and calls without a key', async () => {
    const { publishableKey } = await createAdminAccount();

    expect((await request('/admin/account', { key: publishableKey })).status).toBe(401);
    expect((await patchAccount(publishableKey, { name: 'Taken over' })).status).toBe(401);
    expect((await request('/admin/account')).status).toBe(401);
  });

  it('changes only the fields sent', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await patchAccount(secretKey, {
      name: '  Harbour Wellness ',
      timeZone: 'America/New_York',
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'Harbour Wellness',
      timeZone: 'America/New_York',
      allowedOrigins: [],
    });
    expect(await (await request('/admin/account', { key: secretKey })).json()).toMatchObject({
      name: 'Harbour Wellness',
    });
  });

  it('stores allowed origins in the form browsers send, each once', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await patchAccount(secretKey, {
      allowedOrigins: [
        'HTTPS://Shop.Example:443/',
        'https://shop.example',
        'http://localhost:3000',
        'https://bücher.example',
      ],
    });

    expect(await response.json()).toMatchObject({
      allowedOrigins: [
        'https://shop.example',
        'http://localhost:3000',
        'https://xn--bcher-kva.example',
      ],
    });
  });

  it('refuses origins with a path, query, credentials, wildcard or other scheme', async () => {
    const { secretKey } = await createAdminAccount();
    const invalid = [
      'https://shop.example/booking',
      'https://shop.example?x=1',
      'https://user@shop.example',
      '*',
      'shop.example',
      'ftp://shop.example',
      'null',
    ];

    const response = await patchAccount(secretKey, { allowedOrigins: invalid });

    expect(await refusedPaths(response)).toEqual(
      invalid.map((_, index) => `allowedOrigins.${index}`),
    );
  });

  it('refuses an unknown zone, a changed plan and any unknown field', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await patchAccount(secretKey, { timeZone: 'Mars/Olympus', plan: 'pro' });

    expect(response.status).toBe(400);
    const { errors } = await response.json<{ errors: { path: string; message: string }[] }>();
    expect(errors.map((error) => error.path)).toContain('timeZone');
    expect(errors.some((error) => error.message.includes('plan'))).toBe(true);
    expect(await (await request('/admin/account', { key: secretKey })).json()).toMatchObject({
      plan: 'free',
      timeZone: 'Europe/Berlin',
    });
  });

  it('merges branding: a field sent replaces, null removes, one left out is kept', async () => {
    const { secretKey } = await createAdminAccount();

    await patchAccount(secretKey, { branding: { accentColor: '#1A73E8' } });
    const both = await patchAccount(secretKey, {
      branding: { logoUrl: 'https://shop.example/logo.svg' },
    });
    const withoutColor = await patchAccount(secretKey, { branding: { accentColor: null } });

    expect((await both.json<{ branding: unknown }>()).branding).toEqual({
      accentColor: '#1a73e8',
      logoUrl: 'https://shop.example/logo.svg',
    });
    expect((await withoutColor.json<{ branding: unknown }>()).branding).toEqual({
      logoUrl: 'https://shop.example/logo.svg',
    });
  });

  it('refuses a colour that is not #rrggbb and a logo that is not an https URL', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await patchAccount(secretKey, {
      branding: { accentColor: 'red', logoUrl: 'http://shop.example/logo.svg' },
    });

    expect((await refusedPaths(response)).sort()).toEqual([
      'branding.accentColor',
      'branding.logoUrl',
    ]);
  });

  it("changes only the calling account's settings", async () => {
    const owner = await createAdminAccount();
    const other = await createAdminAccount();

    await patchAccount(other.secretKey, { name: 'Other Studio' });

    const response = await request('/admin/account', { key: owner.secretKey });
    expect(await response.json()).toMatchObject({ id: owner.accountId, name: 'Test Studio' });
  });
});
