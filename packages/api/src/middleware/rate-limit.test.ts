import { describe, expect, it } from 'vitest';

import { allowOrigins, createAccount, request } from '../../test/fixtures.js';
import { clientNetwork } from './rate-limit.js';

/** The `PUBLIC_WRITES` limit of wrangler.toml. */
const LIMIT = 30;

/** An invalid booking: refused with 400 after the limiter has counted it, so nothing is written. */
function write(publishableKey: string, address: string, origin?: string) {
  return request(`/bookings?key=${publishableKey}`, {
    method: 'POST',
    headers: { 'CF-Connecting-IP': address, ...(origin && { Origin: origin }) },
    body: JSON.stringify({}),
  });
}

async function writeTimes(count: number, publishableKey: string, address: string) {
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) {
    statuses.push((await write(publishableKey, address)).status);
  }
  return statuses;
}

/**
 * The limiter counts in whole minutes of the real clock, so writes that straddle the turn of a
 * minute start a new count: such a run is tried once more, from the second set of addresses.
 */
async function pastTheLimit(attempt: (round: 0 | 1) => Promise<Response>): Promise<Response> {
  const first = await attempt(0);
  return first.status === 429 ? first : attempt(1);
}

// The limiter's counts outlive a test, so every test uses its own key and addresses.
describe('publicWriteLimit', () => {
  it('answers 429 rate_limited with Retry-After past the limit of a key and address', async () => {
    const { publishableKey } = await createAccount();

    let statuses: number[] = [];
    const over = await pastTheLimit(async (round) => {
      const address = ['198.51.100.1', '198.51.100.11'][round]!;
      statuses = await writeTimes(LIMIT, publishableKey, address);
      return write(publishableKey, address);
    });

    expect(statuses.filter((status) => status === 429)).toEqual([]);
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe('60');
    expect(await over.json()).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('counts each client address on its own, and never counts reads', async () => {
    const { publishableKey } = await createAccount();
    await writeTimes(LIMIT + 1, publishableKey, '198.51.100.2');

    const otherAddress = await write(publishableKey, '198.51.100.3');
    const read = await request(`/bootstrap?key=${publishableKey}`, {
      headers: { 'CF-Connecting-IP': '198.51.100.2' },
    });

    expect(otherAddress.status).toBe(400);
    expect(read.status).toBe(200);
  });

  it('counts one IPv6 /64 as one client', async () => {
    const { publishableKey } = await createAccount();
    const sameNetwork = await pastTheLimit(async (round) => {
      await writeTimes(LIMIT, publishableKey, `2001:db8:0:${7 + round}::1`);
      return write(publishableKey, `2001:db8:0:${7 + round}:abcd::2`);
    });

    expect(sameNetwork.status).toBe(429);
  });

  it('lets an allowed page read the 429 and its Retry-After', async () => {
    const { accountId, publishableKey } = await createAccount();
    await allowOrigins(accountId, ['https://shop.example']);
    const over = await pastTheLimit(async (round) => {
      const address = ['198.51.100.4', '198.51.100.14'][round]!;
      await writeTimes(LIMIT, publishableKey, address);
      return write(publishableKey, address, 'https://shop.example');
    });

    expect(over.status).toBe(429);
    expect(over.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(over.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});

describe('clientNetwork', () => {
  it('keeps an IPv4 address whole and reduces IPv6 to its /64', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('2001:0DB8:0000:0007:1:2:3:4')).toBe('2001:db8:0:7::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });
});
