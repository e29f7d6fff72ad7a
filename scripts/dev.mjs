/**
 * `pnpm dev`: builds the widget, migrates and seeds the local D1 database, and serves the
 * demo on http://127.0.0.1:8787 with wrangler dev.
 *
 * Options: `--port <n>` (default 8787) and `--persist-to <dir>` (default .wrangler/state), so
 * that a test can run its own instance beside a developer's.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

import { buildSite } from './build-site.mjs';
import { demoAccount, demoOwner } from './demo-account.mjs';
import { persistArgs, seedDemo } from './seed-demo.mjs';
import { quietWranglerEnv, root, wrangler } from './wrangler.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, 'persist-to': { type: 'string' } },
});
const persistTo = values['persist-to'];
const url = `http://127.0.0.1:${values.port}/`;

console.log('Building the widget…');
await buildSite();
console.log('Applying D1 migrations to the local database…');
await wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(persistTo)]);
console.log('Seeding the demo business…');
await seedDemo({ persistTo });

const server = spawn(
  'pnpm',
  [
    'exec',
    'wrangler',
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    values.port,
    '--show-interactive-dev-session=false',
    ...persistArgs(persistTo),
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: quietWranglerEnv },
);

server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('Ready on')) {
    console.log(`
  Bookafy demo      ${url}
  API               ${url}v1/health
  Publishable key   ${demoAccount.publishableKey}
  Secret key        ${demoAccount.secretKey}
  Owner console     ${url}console/
  Owner login       ${demoOwner.email} / ${demoOwner.password}
`);
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
