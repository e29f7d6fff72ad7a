import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

/** What a browser compares an `integrity="sha384-…"` attribute against. */
const sha384 = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;

const integrity = () =>
  JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8')) as Record<string, string>;

describe('dist/integrity.json', () => {
  it('lists the bundle and every language file the script tag ships', () => {
    const languages = readdirSync(join(dist, 'locales')).map((file) => `locales/${file}`);

    expect(Object.keys(integrity()).sort()).toEqual(['bookafy.js', ...languages].sort());
    expect(languages).toContain('locales/pt-BR.js');
  });

  it('gives each script the sha384 hash of its bytes on disk', () => {
    for (const [file, hash] of Object.entries(integrity())) {
      expect(hash, file).toBe(sha384(file));
    }
  });
});

describe('the script-tag bundle', () => {
  it('carries the hash of each language file it loads, keyed by locale', () => {
    const bundle = readFileSync(join(dist, 'bookafy.js'), 'utf8');
    const languages = Object.entries(integrity()).filter(([file]) => file !== 'bookafy.js');

    expect(languages).toHaveLength(5);
    for (const [file, hash] of languages) {
      const locale = file.slice('locales/'.length, -'.js'.length);
      // The minifier drops the quotes around keys that are plain names, such as `de`.
      const keyed = [`"${locale}":"${hash}"`, `${locale}:"${hash}"`];
      expect(
        keyed.some((entry) => bundle.includes(entry)),
        file,
      ).toBe(true);
    }
  });
});
