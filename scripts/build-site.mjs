import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { root, run } from './wrangler.mjs';

/** Where wrangler.toml's `[assets]` points: the static files the Worker serves. */
export const siteDir = join(root, 'packages/api/public');

/**
 * Headers for the static files (Workers static assets read `_headers`): any site may load the
 * widget's scripts with Subresource Integrity, which makes the browser fetch them in CORS mode
 * (`crossorigin="anonymous"`) and refuse them without this grant. They carry no credentials and
 * no secrets, so every origin may read them.
 */
const ASSET_HEADERS = `/bookafy.js
  Access-Control-Allow-Origin: *
/locales/*
  Access-Control-Allow-Origin: *
/integrity.json
  Access-Control-Allow-Origin: *
`;

/**
 * Builds the widget and gathers what the Worker serves besides the API: every page of
 * examples/html (the demo at `/`, the other embeds beside it), the script-tag bundle at
 * `/bookafy.js` and its other languages at `/locales/<locale>.js` with their integrity hashes at
 * `/integrity.json` and the headers that let any site load them with those hashes, and the
 * owner console's page and script under `/console/`.
 */
export async function buildSite() {
  await run('pnpm', ['--filter', '@bookafy/widget', 'build'], { quiet: true });
  await run('pnpm', ['--filter', '@bookafy/console', 'build'], { quiet: true });
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const examples = join(root, 'examples/html');
  for (const page of readdirSync(examples).filter((name) => name.endsWith('.html'))) {
    cpSync(join(examples, page), join(siteDir, page));
  }
  for (const file of ['bookafy.js', 'bookafy.js.map', 'locales', 'integrity.json']) {
    cpSync(join(root, 'packages/widget/dist', file), join(siteDir, file), { recursive: true });
  }
  writeFileSync(join(siteDir, '_headers'), ASSET_HEADERS);
  const consoleDir = join(root, 'packages/console');
  mkdirSync(join(siteDir, 'console'));
  for (const file of ['index.html', 'console.css', 'dist/console.js', 'dist/console.js.map']) {
    cpSync(join(consoleDir, file), join(siteDir, 'console', file.replace('dist/', '')));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSite();
