import { describe, expect, it } from 'vitest';

import type { Bootstrap } from '@bookafy/core';

import { createAccount, createAdminAccount, request, setPlan } from '../../test/fixtures.js';

describe('GET /v1/bootstrap', () => {
  it('returns the account, its services and its staff in one call', async () => {
    const { accountId, publishableKey, serviceId, staffIds } = await createAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });

    const response = await request('/bootstrap', { key: publishableKey });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      account: {
        slug: accountId.replace('_', '-'),
        name: 'Test Studio',
        timeZone: 'Europe/Berlin',
      },
      services: [{ id: serviceId, name: 'Consultation', durationMinutes: 30, staffIds }],
      staff: [
        { id: staffIds[0], timeZone: 'Europe/Berlin' },
        { id: staffIds[1], timeZone: 'America/New_York' },
      ],
    });
  });

  it("carries the account's plan, branding and what the plan lets the widget do", async () => {
    const free = await createAdminAccount();
    const pro = await createAccount();
    await setPlan(pro.accountId, 'pro');
    await request('/admin/account', {
      method: 'PATCH',
      key: free.secretKey,
      body: JSON.stringify({ branding: { accentColor: '#0b7a75' } }),
    });

    const freeAccount = (
      await (await request('/bootstrap', { key: free.publishableKey })).json<Bootstrap>()
    ).account;
    const proAccount = (
      await (await request('/bootstrap', { key: pro.publishableKey })).json<Bootstrap>()
    ).account;

    expect(freeAccount).toMatchObject({
      plan: 'free',
      branding: { accentColor: '#0b7a75' },
      features: { removeBranding: false },
    });
    expect(proAccount).toMatchObject({
      plan: 'pro',
      branding: {},
      features: { removeBranding: true },
    });
  });

  it('answers a missing key with a problem carrying the request id', async () => {
    const response = await request('/bootstrap');

    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await response.json<{ code: string; requestId: string }>();
    expect(problem.code).toBe('unauthorized');
    expect(problem.requestId).toMatch(/^req_/);
    expect(response.headers.get('X-Request-Id')).toBe(problem.requestId);
  });

  it('refuses an unknown publishable key and a secret key', async () => {
    expect((await request('/bootstrap', { key: 'pk_test_unknown' })).status).toBe(401);
    expect((await request('/bootstrap', { key: 'sk_test_anything' })).status).toBe(401);
  });
});
