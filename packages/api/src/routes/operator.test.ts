import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { request } from '../../test/fixtures.js';
import { app } from '../app.js';

const OPERATOR_SECRET = 'test-operator-secret';

interface CreatedAccount {
  account: { id: string; slug: string; name: string; plan: string; allowedOrigins: string[] };
  publishableKey: { id: string; kind: string; key: string };
  secretKey: { id: string; kind: string; key: string };
}

function createAccount(body: unknown, secret: string | null = OPERATOR_SECRET) {
  return request('/operator/accounts', {
    method: 'POST',
    headers: secret === null ? {} : { Authorization: `Bearer ${secret}` },
    body: JSON.stringify(body),
  });
}

async function expectNoSuchRoute(response: Response) {
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    code: 'not_found',
    detail: 'No route POST /v1/operator/accounts.',
  });
}

describe('POST /v1/operator/accounts', () => {
  it('creates an account whose first keys work for public and admin calls', async () => {
    const response = await createAccount({
      name: 'Harbour Wellness',
      timeZone: 'Europe/Lisbon',
      plan: 'pro',
      allowedOrigins: ['https://Harbour.example/'],
    });

    expect(response.status).toBe(201);
    const created = await response.json<CreatedAccount>();
    expect(created.account).toMatchObject({
      name: 'Harbour Wellness',
      plan: 'pro',
      allowedOrigins: ['https://harbour.example'],
    });
    expect(created.publishableKey).toMatchObject({ kind: 'publishable' });
    expect(created.secretKey).toMatchObject({ kind: 'secret' });

    const bootstrap = await request('/bootstrap', { key: created.publishableKey.key });
    expect(await bootstrap.json()).toMatchObject({
      account: { id: created.account.id, plan: 'pro', features: { removeBranding: true } },
      services: [],
    });
    const settings = await request('/admin/account', { key: created.secretKey.key });
    expect(await settings.json()).toMatchObject({
      id: created.account.id,
      timeZone: 'Europe/Lisbon',
    });
  });

  it('gives each account a slug from its name, with a suffix when another has it', async () => {
    const name = `Café Zürich ${crypto.randomUUID().slice(0, 8)}`;
    const first = await (
      await createAccount({ name, timeZone: 'Europe/Zurich' })
    ).json<CreatedAccount>();
    const second = await (
      await createAccount({ name, timeZone: 'Europe/Zurich' })
    ).json<CreatedAccount>();

    const expected = name.toLowerCase().replace('café zürich ', 'cafe-zurich-');
    expect(first.account.slug).toBe(expected);
    expect(second.account.slug).toMatch(new RegExp(`^${expected}-[0-9a-z]{4}$`));
    const bootstrap = await request('/bootstrap', { key: second.publishableKey.key });
    expect(await bootstrap.json()).toMatchObject({ account: { slug: second.account.slug } });
  });

  it('puts new accounts on the free plan unless told otherwise', async () => {
    const response = await createAccount({ name: 'Corner Barber', timeZone: 'Asia/Kathmandu' });

    expect(await response.json()).toMatchObject({ account: { plan: 'free', allowedOrigins: [] } });
  });

  it('answers like a missing route without the secret or with a wrong one', async () => {
    const body = { name: 'Intruder', timeZone: 'Europe/Berlin' };

    await expectNoSuchRoute(await createAccount(body, null));
    await expectNoSuchRoute(await createAccount(body, 'test-operator-secreT'));
    await expectNoSuchRoute(await createAccount({ not: 'valid' }, 'guess'));
  });

  it('does not exist while OPERATOR_SECRET is unset', async () => {
    const response = await app.request(
      '/v1/operator/accounts',
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${OPERATOR_SECRET}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ name: 'Intruder', timeZone: 'Europe/Berlin' }),
      },
      { ...env, OPERATOR_SECRET: undefined },
    );

    await expectNoSuchRoute(response);
  });

  it('refuses an invalid body from the operator', async () => {
    const response = await createAccount({
      name: '',
      timeZone: 'Europe/Nowhere',
      plan: 'enterprise',
      allowedOrigins: ['https://shop.example/path'],
    });

    expect(response.status).toBe(400);
    const { errors } = await response.json<{ errors: { path: string }[] }>();
    expect(errors.map((error) => error.path).sort()).toEqual([
      'allowedOrigins.0',
      'name',
      'plan',
      'timeZone',
    ]);
  });

  it('is described in the OpenAPI document, behind the operator secret', async () => {
    const document = await (
      await request('/openapi.json')
    ).json<{
      paths: Record<string, { post?: { security?: unknown } }>;
    }>();

    expect(document.paths['/operator/accounts']?.post?.security).toEqual([{ operatorSecret: [] }]);
  });
});
