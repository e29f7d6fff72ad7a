import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../..', import.meta.url));
const root = join(packages, '..');
let project: string;

/** Builds and packs a workspace package, then unpacks it where a consumer would have it. */
function install(name: 'core' | 'sdk') {
  const dir = join(packages, name);
  execFileSync('pnpm', ['run', 'build'], { cwd: dir, stdio: 'pipe' });
  const packed = join(project, 'packs');
  mkdirSync(packed, { recursive: true });
  execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: dir, stdio: 'pipe' });
  const tarball = readdirSync(packed).find((file) => file.startsWith(`bookafy-${name}-`))!;
  const target = join(project, 'node_modules', '@bookafy', name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, tarball), '-C', target, '--strip-components=1']);
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'bookafy-consumer-'));
  install('core');
  install('sdk');
  // The one runtime dependency, as the registry would have installed it.
  symlinkSync(
    realpathSync(join(packages, 'core/node_modules/luxon')),
    join(project, 'node_modules/luxon'),
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
}, 120_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('the packed @bookafy/sdk', () => {
  it('loads as plain ESM in Node, public and admin entry points alike', () => {
    writeFileSync(
      join(project, 'consumer.mjs'),
      `import { createClient, SlotTakenError, formatTime } from '@bookafy/sdk';
       import { createAdminClient } from '@bookafy/sdk/admin';
       const client = createClient({ baseUrl: 'https://example.com', publishableKey: 'pk_x' });
       console.log(JSON.stringify({
         client: typeof client.createBooking,
         admin: typeof createAdminClient,
         error: typeof SlotTakenError,
         time: formatTime(Date.UTC(2027, 2, 1, 14), {
           locale: 'en-US',
           timeZone: 'America/New_York',
         }),
       }));`,
    );

    const output = execFileSync(process.execPath, ['consumer.mjs'], { cwd: project }).toString();

    expect(JSON.parse(output)).toEqual({
      client: 'function',
      admin: 'function',
      error: 'function',
      time: '9:00 AM',
    });
  });

  it('ships declaration files that type-check a strict consumer', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { createClient, type Booking } from '@bookafy/sdk';
       import { createAdminClient } from '@bookafy/sdk/admin';
       const client = createClient({ baseUrl: 'https://example.com', publishableKey: 'pk_x' });
       export const booking: Promise<Booking> = client.createBooking({
         serviceId: 'svc_1',
         start: '2027-03-01T09:00:00Z',
         customer: { name: 'Ada', email: 'ada@example.com', timeZone: 'UTC' },
       });
       export const admin = createAdminClient({
         baseUrl: 'https://example.com',
         secretKey: 'sk_x',
       });`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2023', 'dom'],
          noEmit: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );

    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('keeps tests and test helpers out of the tarball', () => {
    const files = readdirSync(join(project, 'node_modules/@bookafy/sdk/src'), { recursive: true });

    expect(files.filter((file) => String(file).endsWith('.test.ts'))).toEqual([]);
    expect(readdirSync(join(project, 'node_modules/@bookafy/sdk/dist'))).toContain('index.d.ts');
  });
});
