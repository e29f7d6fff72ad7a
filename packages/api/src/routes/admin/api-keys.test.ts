import { describe, expect, it } from 'vitest';

import { createAdminAccount, createSecretKey, request } from '../../../test/fixtures.js';

interface WireKey {
  id: string;
  kind: 'publishable' | 'secret';
  prefix: string;
  revokedAt: string | null;
  key?: string;
}

async function listKeys(secretKey: string): Promise<WireKey[]> {
  const response = await request('/admin/api-keys', { key: secretKey });
  expect(response.status).toBe(200);
  return (await response.json<{ data: WireKey[] }>()).data;
}

/** The id of `key` in its account's list, found by the prefix that the list shows. */
async function idOf(secretKey: string, key: string): Promise<string> {
  const match = (await listKeys(secretKey)).find((listed) => key.startsWith(listed.prefix));
  if (!match) throw new Error(`no listed key starts like ${key.slice(0, 12)}`);
  return match.id;
}

function createKey(secretKey: string, kind: string) {
  return request('/admin/api-keys', {
    method: 'POST',
    key: secretKey,
    body: JSON.stringify({ kind }),
  });
}

describe('/v1/admin/api-keys', () => {
  it('lists every key by its prefix and never shows the key or its hash', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();

    const response = await request('/admin/api-keys', { key: secretKey });

    const text = await response.text();
    expect(text).not.toContain(publishableKey);
    expect(text).not.toContain(secretKey);
    const { data } = JSON.parse(text) as { data: Record<string, unknown>[] };
    expect(data.map((key) => key.kind).sort()).toEqual(['publishable', 'secret']);
    for (const key of data) {
      expect(Object.keys(key).sort()).toEqual(['createdAt', 'id', 'kind', 'prefix', 'revokedAt']);
    }
  });

  it('creates a key shown once in full that works for its kind of call', async () => {
    const { secretKey } = await createAdminAccount();

    const publishable = await createKey(secretKey, 'publishable');
    const secret = await createKey(secretKey, 'secret');

    expect(publishable.status).toBe(201);
    const newPublishable = await publishable.json<WireKey>();
    const newSecret = await secret.json<WireKey>();
    expect(newPublishable.key).toMatch(/^pk_live_[0-9a-z]{32}$/);
    expect(newSecret.key).toMatch(/^sk_live_[0-9a-z]{32}$/);
    expect(newPublishable.key!.startsWith(newPublishable.prefix)).toBe(true);
    expect((await request('/bootstrap', { key: newPublishable.key })).status).toBe(200);
    expect((await request('/admin/account', { key: newSecret.key })).status).toBe(200);
    expect((await listKeys(secretKey)).find((key) => key.id === newSecret.id)?.key).toBe(undefined);
  });

  it('refuses an unknown kind', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await createKey(secretKey, 'admin');

    expect(response.status).toBe(400);
  });

  it('refuses publishable keys and calls without a key', async () => {
    const { publishableKey } = await createAdminAccount();

    expect((await request('/admin/api-keys', { key: publishableKey })).status).toBe(401);
    expect((await createKey(publishableKey, 'secret')).status).toBe(401);
    expect((await request('/admin/api-keys')).status).toBe(401);
  });

  it("keeps one account's keys out of another account's reach", async () => {
    const owner = await createAdminAccount();
    const stranger = await createAdminAccount();
    const ownerKeyId = await idOf(owner.secretKey, owner.publishableKey);

    const listed = await listKeys(stranger.secretKey);
    const rotated = await request(`/admin/api-keys/${ownerKeyId}/rotate`, {
      method: 'POST',
      key: stranger.secretKey,
    });
    const revoked = await request(`/admin/api-keys/${ownerKeyId}`, {
      method: 'DELETE',
      key: stranger.secretKey,
    });

    expect(listed.map((key) => key.id)).not.toContain(ownerKeyId);
    expect(rotated.status).toBe(404);
    expect(revoked.status).toBe(404);
    expect((await request('/bootstrap', { key: owner.publishableKey })).status).toBe(200);
  });

  it('rotates a key: the old one stops working, the new one of its kind works', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();
    const keyId = await idOf(secretKey, publishableKey);

    const response = await request(`/admin/api-keys/${keyId}/rotate`, {
      method: 'POST',
      key: secretKey,
    });

    expect(response.status).toBe(201);
    const rotated = await response.json<WireKey>();
    expect(rotated).toMatchObject({ kind: 'publishable', revokedAt: null });
    expect(rotated.id).not.toBe(keyId);
    expect((await request('/bootstrap', { key: publishableKey })).status).toBe(401);
    expect((await request('/bootstrap', { key: rotated.key })).status).toBe(200);
    const old = (await listKeys(secretKey)).find((key) => key.id === keyId);
    expect(old?.revokedAt).toEqual(expect.any(String));
  });

  it('rotates the only secret key without locking the account out', async () => {
    const { secretKey } = await createAdminAccount();
    const keyId = await idOf(secretKey, secretKey);

    const response = await request(`/admin/api-keys/${keyId}/rotate`, {
      method: 'POST',
      key: secretKey,
    });

    const rotated = await response.json<WireKey>();
    expect(rotated.kind).toBe('secret');
    expect((await request('/admin/account', { key: secretKey })).status).toBe(401);
    expect((await request('/admin/account', { key: rotated.key })).status).toBe(200);
  });

  it('refuses to rotate a revoked key a second time', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();
    const keyId = await idOf(secretKey, publishableKey);
    const rotate = () =>
      request(`/admin/api-keys/${keyId}/rotate`, { method: 'POST', key: secretKey });

    const [first, second] = [await rotate(), await rotate()];

    expect(first.status).toBe(201);
    expect(second.status).toBe(404);
    expect((await listKeys(secretKey)).filter((key) => key.revokedAt === null)).toHaveLength(2);
  });

  it('revokes a key, which then no longer authorises anything', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();
    const keyId = await idOf(secretKey, publishableKey);

    const response = await request(`/admin/api-keys/${keyId}`, {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(204);
    expect((await request('/bootstrap', { key: publishableKey })).status).toBe(401);
    const again = await request(`/admin/api-keys/${keyId}`, { method: 'DELETE', key: secretKey });
    expect(again.status).toBe(204);
  });

  it('refuses to revoke the last live secret key, but allows it beside another', async () => {
    const { accountId, secretKey } = await createAdminAccount();
    const keyId = await idOf(secretKey, secretKey);
    const revoke = () => request(`/admin/api-keys/${keyId}`, { method: 'DELETE', key: secretKey });

    const refused = await revoke();

    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'last_secret_key' });
    expect((await request('/admin/account', { key: secretKey })).status).toBe(200);

    const spare = await createSecretKey(accountId);
    expect((await revoke()).status).toBe(204);
    expect((await request('/admin/account', { key: secretKey })).status).toBe(401);
    expect((await request('/admin/account', { key: spare })).status).toBe(200);
  });

  it('answers 404 for a key id no account has', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await request('/admin/api-keys/key_doesnotexist0000000', {
      method: 'DELETE',
      key: secretKey,
    });

    expect(response.status).toBe(404);
  });
});
