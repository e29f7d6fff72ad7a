import { describe, expect, it } from 'vitest';

import { allowOrigins, createAccount, createAdminAccount, request } from '../../test/fixtures.js';

const SHOP = 'https://shop.example';

/** A fresh account whose pages on `SHOP` may call the public API. */
async function shopAccount() {
  const account = await createAdminAccount();
  await allowOrigins(account.accountId, [SHOP, 'http://localhost:3000']);
  return account;
}

function preflight(path: string, origin: string, method = 'POST') {
  return request(path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
    },
  });
}

describe('cors', () => {
  it('echoes exactly an allowed origin, with Vary: Origin and the readable headers', async () => {
    const { publishableKey } = await shopAccount();

    const response = await request(`/bootstrap?key=${publishableKey}`, {
      headers: { Origin: SHOP },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Vary')).toContain('Origin');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Bookafy-Bookmark');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('grants nothing to an origin the account does not list; a read still runs', async () => {
    const { publishableKey } = await shopAccount();
    const strangers = [
      'https://evil.example',
      'http://shop.example',
      'https://shop.example:8443',
      'https://shop.example.evil.example',
      'null',
    ];

    for (const origin of strangers) {
      const response = await request(`/bootstrap?key=${publishableKey}`, {
        headers: { Origin: origin },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(response.headers.get('Vary')).toContain('Origin');
    }
  });

  it("judges the origin by the key's account, not by any account's list", async () => {
    await shopAccount();
    const other = await createAccount();

    const response = await request(`/bootstrap?key=${other.publishableKey}`, {
      headers: { Origin: SHOP },
    });

    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers a preflight for an allowed origin, cacheable for a day', async () => {
    const { publishableKey } = await shopAccount();

    const response = await preflight(`/bookings?key=${publishableKey}`, SHOP);

    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Access-Control-Max-Age')).toBe('86400');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    const allowed = response.headers.get('Access-Control-Allow-Headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'bookafy-bookmark']) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('refuses a preflight from another origin or without the key in the URL', async () => {
    const { publishableKey } = await shopAccount();

    const stranger = await preflight(`/bookings?key=${publishableKey}`, 'https://evil.example');
    const keyless = await preflight('/bookings', SHOP);

    for (const response of [stranger, keyless]) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(response.headers.get('Access-Control-Max-Age')).toBeNull();
    }
  });

  it('lets an allowed page read a refusal, such as an invalid booking', async () => {
    const { publishableKey } = await shopAccount();

    const response = await request(`/bookings?key=${publishableKey}`, {
      method: 'POST',
      headers: { Origin: SHOP, 'CF-Connecting-IP': '192.0.2.10' },
      body: JSON.stringify({}),
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
  });

  it('refuses a write from an origin the account does not list before it runs', async () => {
    const { publishableKey } = await shopAccount();

    const response = await request(`/bookings?key=${publishableKey}`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'CF-Connecting-IP': '192.0.2.11' },
      body: JSON.stringify({}),
    });

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'origin_not_allowed' });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('needs nothing for same-origin calls, with or without an Origin header', async () => {
    const { publishableKey } = await shopAccount();

    const own = await request(`/bootstrap?key=${publishableKey}`, {
      headers: { Origin: 'http://127.0.0.1' },
    });
    const bare = await request(`/bootstrap?key=${publishableKey}`);

    expect([own.status, bare.status]).toEqual([200, 200]);
    expect(own.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(bare.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('never grants admin or operator routes, even to an allowed origin', async () => {
    const { publishableKey, secretKey } = await shopAccount();

    const adminPreflight = await preflight(`/admin/account?key=${publishableKey}`, SHOP, 'GET');
    const operatorPreflight = await preflight(`/operator/accounts?key=${publishableKey}`, SHOP);
    const adminRead = await request('/admin/account', {
      key: secretKey,
      headers: { Origin: SHOP },
    });

    expect(adminRead.status).toBe(200);
    for (const response of [adminPreflight, operatorPreflight, adminRead]) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });
});
