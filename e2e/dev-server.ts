import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The dev server's local D1 folder, for tests that read the database itself. */
    persistTo: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** A port that nothing listens on right now, chosen by the kernel. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
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
 * Starts `pnpm dev` exactly as a developer would (widget build, migrations, seed, wrangler
 * dev) on a free loopback port with its own database folder, and stops its whole process
 * group afterwards.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), 'bookafy-e2e-'));
  let output = '';
  const server = spawn(
    process.execPath,
    ['scripts/dev.mjs', '--port', String(port), '--persist-to', persistTo],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
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

  project.provide('baseUrl', baseUrl);
  project.provide('persistTo', persistTo);
  return stop;
}
