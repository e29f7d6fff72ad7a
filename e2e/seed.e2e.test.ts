import { describe, expect, inject, it } from 'vitest';

import { seedDemo } from '../scripts/seed-demo.mjs';
import { wrangler } from '../scripts/wrangler.mjs';

const persistTo = inject('persistTo');
const TABLES = ['accounts', 'api_keys', 'services', 'staff', 'service_staff', 'working_hours'];

/** Every row of the demo's tables in the dev server's local D1, read with one wrangler call. */
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
    TABLES.map((table) => `SELECT * FROM ${table} ORDER BY 1, 2;`).join(' '),
  ]);
  const results = JSON.parse(output.slice(output.indexOf('['))) as {
    results: Record<string, string | number>[];
  }[];
  return Object.fromEntries(TABLES.map((table, index) => [table, results[index]!.results]));
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
