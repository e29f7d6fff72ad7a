/**
 * Subresource Integrity for the script-tag build: `dist/integrity.json` maps each shipped
 * script (`bookafy.js`, `locales/<locale>.js`) to its `sha384-…` hash, so a page can load it
 * with `integrity` and `crossorigin="anonymous"`, and the hashes of the language files are
 * baked into `bookafy.js`, which sets them on the language scripts it adds. The Worker serves
 * only the latest build at `/bookafy.js`, so a page that pins it must take the new hash after
 * each build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module whose empty map the script-tag build replaces with the language files' hashes. */
const LOCALE_INTEGRITY_MODULE = /[\\/]src[\\/]i18n[\\/]locale-integrity\.ts$/;

/** The `sha384-<base64>` integrity value of `contents`, as browsers check it. */
export function sriHash(contents) {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/** The language files in `dist/locales`, keyed by locale (`pt-BR`), in name order. */
function localeHashes(dist) {
  const folder = join(dist, 'locales');
  if (!existsSync(folder)) return {};
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort();
  return Object.fromEntries(
    files.map((name) => [name.slice(0, -'.js'.length), sriHash(readFileSync(join(folder, name)))]),
  );
}

/**
 * Every shipped script of `dist` with its hash, keyed by its path relative to `dist`:
 * `bookafy.js` first, then `locales/<locale>.js` in name order.
 */
export function integrityOf(dist) {
  const locales = Object.entries(localeHashes(dist)).map(([locale, hash]) => [
    `locales/${locale}.js`,
    hash,
  ]);
  return {
    'bookafy.js': sriHash(readFileSync(join(dist, 'bookafy.js'))),
    ...Object.fromEntries(locales),
  };
}

/**
 * A rollup plugin for the `bookafy.js` build, which runs after the language files are built:
 * it bakes their hashes into `src/i18n/locale-integrity.ts`, then writes `integrity.json`
 * once `bookafy.js` is on disk. A hash of `bookafy.js` inside itself would be circular, so the
 * page that embeds it carries that one.
 */
export function integrity({ dist }) {
  return {
    name: 'bookafy-integrity',
    transform(code, id) {
      if (!LOCALE_INTEGRITY_MODULE.test(id)) return null;
      const hashes = JSON.stringify(localeHashes(dist));
      return { code: `export const localeIntegrity = Object.freeze(${hashes});`, map: null };
    },
    writeBundle() {
      writeFileSync(
        join(dist, 'integrity.json'),
        `${JSON.stringify(integrityOf(dist), null, 2)}\n`,
      );
    },
  };
}
