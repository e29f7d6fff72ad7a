import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';

function patchAccount(secretKey: string, body: unknown) {
  return request('/admin/account', {
    method: 'PATCH',
    key: secretKey,
    body: JSON.stringify(body),
  });
}

/** A slug no other test uses. */
const freshSlug = (stem: string) => `${stem}-${crypto.randomUUID().slice(0, 8)}`;

describe('the slug of /v1/admin/account', () => {
  it('changes, and the new slug is what the account and its bootstrap show', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();
    const slug = freshSlug('harbour-studio');

    const response = await patchAccount(secretKey, { slug });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ slug, name: 'Test Studio' });
    const bootstrap = await request('/bootstrap', { key: publishableKey });
    expect(await bootstrap.json()).toMatchObject({ account: { slug } });
  });

  it("refuses another account's slug with 409 slug_taken and keeps its own", async () => {
    const owner = await createAdminAccount();
    const other = await createAdminAccount();
    const slug = freshSlug('taken');
    await patchAccount(owner.secretKey, { slug });

    const response = await patchAccount(other.secretKey, { slug, name: 'Other Studio' });

    expect(response.status).toBe(409);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'slug_taken' });
    const settings = await request('/admin/account', { key: other.secretKey });
    expect(await settings.json()).toMatchObject({
      slug: other.accountId.replace('_', '-'),
      name: 'Test Studio',
    });
  });

  it('accepts its own slug again', async () => {
    const { secretKey } = await createAdminAccount();
    const slug = freshSlug('same');
    await patchAccount(secretKey, { slug });

    const response = await patchAccount(secretKey, { slug });

    expect(response.status).toBe(200);
  });

  it('refuses slugs other than 3–40 lower-case letters, digits and single hyphens', async () => {
    const { secretKey } = await createAdminAccount();
    const invalid = ['ab', 'a'.repeat(41), 'Harbour', 'harbour--wellness', '-harbour', 'café'];

    for (const slug of invalid) {
      const response = await patchAccount(secretKey, { slug });

      expect(response.status).toBe(400);
      const problem = await response.json<{ code: string; errors: { path: string }[] }>();
      expect(problem.code).toBe('invalid_request');
      expect(problem.errors.map((error) => error.path)).toEqual(['slug']);
    }
  });
});
