import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { root, run } from './wrangler.mjs';

/** Where wrangler.toml's `[assets]` points: the static files the Worker serves. */
export const siteDir = join(root, 'packages/api/public');

/**
 * Builds the widget and gathers what the Worker serves besides the API: the demo page from
 * examples/html and the script-tag bundle at `/bookafy.js`.
 */
export async function buildSite() {
  await run('pnpm', ['--filter', '@bookafy/widget', 'build'], { quiet: true });
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  cpSync(join(root, 'examples/html/index.html'), join(siteDir, 'index.html'));
  for (const file of ['bookafy.js', 'bookafy.js.map']) {
    cpSync(join(root, 'packages/widget/dist', file), join(siteDir, file));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSite();
