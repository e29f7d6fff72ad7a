/**
 * Starts `scripts/dev.mjs` (widget build, migrations, seed, wrangler dev) on a free loopback
 * port with its own database folder, for test runners that need the real Worker: the
 * end-to-end suite and the widget's browser tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { root } from './wrangler.mjs';

/** A port that nothing listens on right now, chosen by the kernel. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url, server, log) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The dev server exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The dev server did not answer within two minutes:\n${log()}`);
}

/**
 * Resolves once `/v1/health` answers, with the server's base URL, its D1 folder, what it has
 * printed so far (the banner with the demo's keys and owner login among it) and a `stop` that
 * ends the whole process group and removes the folder.
 *
 * @returns {Promise<{ baseUrl: string, persistTo: string, printed: string, stop: () => void }>}
 */
export async function startDevServer() {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), 'bookafy-dev-'));
  let output = '';
  const server = spawn(
    process.execPath,
    ['scripts/dev.mjs', '--port', String(port), '--persist-to', persistTo],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, () => output);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, persistTo, printed: output, stop };
}
