import { describe, expect, inject, it } from 'vitest';

import { demoAccount } from '../scripts/demo-account.mjs';
import { seedDemo } from '../scripts/seed-demo.mjs';
import { wrangler } from '../scripts/wrangler.mjs';

const persistTo = inject('persistTo');
const baseUrl = inject('baseUrl');
const demoId = `'${demoAccount.id}'`;

/**
 * The demo account's rows of each table the seed writes. Other tests share the database and
 * sign up businesses of their own, whose rows are left out.
 */
const TABLES = {
  accounts: `id = ${demoId}`,
  api_keys: `account_id = ${demoId}`,
  services: `account_id = ${demoId}`,
  staff: `account_id = ${demoId}`,
  service_staff: `service_id IN (SELECT id FROM services WHERE account_id = ${demoId})`,
  working_hours: `staff_id IN (SELECT id FROM staff WHERE account_id = ${demoId})`,
} as const;

/** The demo's rows in the dev server's local D1, read with one wrangler call. */
async function dump(): Promise<Record<string, Record<string, string | number>[]>> {
  const output = await wrangler([
    'd1',
    'execute',
    'DB',
    '--local',
    '--persist-to',
    persistTo,
    '--json',
    '--command',
    Object.entries(TABLES)
      .map(([table, demoRows]) => `SELECT * FROM ${table} WHERE ${demoRows} ORDER BY 1, 2;`)
      .join(' '),
  ]);
  const results = JSON.parse(output.slice(output.indexOf('['))) as {
    results: Record<string, string | number>[];
  }[];
  return Object.fromEntries(
    Object.keys(TABLES).map((table, index) => [table, results[index]!.results]),
  );
}

describe('the demo seed of pnpm dev', () => {
  it('changes nothing when it runs a second time', async () => {
    const before = await dump();

    await seedDemo({ persistTo });

    expect(await dump()).toEqual(before);
    expect(before['accounts']).toHaveLength(1);
  });

  it('has two services of different lengths and two staff members in non-UTC zones', async () => {
    const { services, staff, working_hours: hours } = await dump();

    expect(new Set(services!.map((service) => service['duration_minutes'])).size).toBe(2);
    const zones = staff!.map((member) => member['time_zone']);
    expect(new Set(zones).size).toBe(2);
    expect(zones).not.toContain('UTC');
    for (const member of staff!) {
      expect(hours!.some((row) => row['staff_id'] === member['id'])).toBe(true);
    }
  });
});

describe('what pnpm dev prints', () => {
  it("names the demo's keys and an owner login that signs in to the console", async () => {
    const printed = inject('devServerPrinted');
    const login = /Owner login\s+(\S+) \/ (\S+)/.exec(printed);
    expect(printed).toContain(`Publishable key   ${demoAccount.publishableKey}`);
    expect(printed).toContain(`Owner console     ${baseUrl}console/`);
    expect(login).not.toBeNull();

    const [, email, password] = login!;
    const signIn = await fetch(new URL('v1/console/sign-in', baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const me = await fetch(new URL('v1/console/me', baseUrl), { headers: { Cookie: cookie } });

    expect(signIn.status).toBe(200);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ account: { name: 'Harbour Wellness' } });
  });
});
