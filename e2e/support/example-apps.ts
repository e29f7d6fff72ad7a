import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { baseUrl } from './pages.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The demo account's secret key, as scripts/demo-account.mjs seeds it. */
export const demoSecretKey = 'sk_demo_harbourwellness0000000000';

/** What the Node examples need to reach the dev server as the demo account. */
export const adminEnv = {
  ...process.env,
  BOOKAFY_API: baseUrl,
  BOOKAFY_SECRET_KEY: demoSecretKey,
};

/** Runs one of examples/node's scripts with `args`; resolves with what it printed. */
export async function runNodeExample(script: string, args: string[] = []): Promise<string> {
  const { stdout } = await run('pnpm', ['--dir', 'examples/node', 'exec', 'tsx', script, ...args], {
    cwd: root,
    env: adminEnv,
  });
  return stdout;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A built front-end example served on a loopback port, as any static host would serve it. */
export interface ServedExample {
  /** The page's address, ending in `/`. */
  url: string;
  /** The page's origin, which the account must allow. */
  origin: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds examples/`name` with Vite against the dev server (`VITE_BOOKAFY_API`), serves the
 * result on 127.0.0.1 and adds that origin to the demo account's allowed origins through the
 * Node example's `allow-origin.ts`.
 */
export async function serveExample(name: 'react' | 'vue'): Promise<ServedExample> {
  const outDir = await mkdtemp(join(tmpdir(), `bookafy-example-${name}-`));
  await run('pnpm', ['--dir', `examples/${name}`, 'exec', 'vite', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, VITE_BOOKAFY_API: baseUrl },
  });

  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    const found = file.startsWith(outDir) && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  await runNodeExample('allow-origin.ts', [origin]);

  return {
    url: `${origin}/`,
    origin,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
