import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { templates as de } from '../src/i18n/translations/de.js';
import { templates as es } from '../src/i18n/translations/es.js';

const sourceDir = fileURLToPath(new URL('../src', import.meta.url));

/** Every console source file that ships, tests and translations left out. */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'translations' ? [] : shippedSources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|test-support/.test(path) ? [path] : [];
  });
}

/** The message ids the sources use, with how many `${…}` each English text carries. */
function messages(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of shippedSources(sourceDir)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(
      /\bmsg\(\s*(str`[^`]*`|'(?:[^'\\]|\\.)*'(?:\s*\+\s*'(?:[^'\\]|\\.)*')*|"[^"]*")/g,
    )) {
      const after = text.slice(call.index + call[0].length, call.index + call[0].length + 200);
      const id = /^\s*,\s*\{\s*id:\s*'([^']+)'/.exec(after)?.[1];
      if (!id) throw new Error(`${file}: a msg() call without an id: ${call[0]}`);
      found.set(id, (call[1]?.match(/\$\{/g) ?? []).length);
    }
  }
  return found;
}

const placeholders = (template: unknown): number =>
  typeof template === 'string'
    ? 0
    : ((template as { values?: unknown[] }).values?.length ?? Number.NaN);

describe('the console translations', () => {
  const used = messages();

  it('find the messages in the sources', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  for (const [locale, templates] of [
    ['es', es],
    ['de', de],
  ] as const) {
    it(`translate every message into ${locale}, with the same placeholders`, () => {
      const missing = [...used.keys()].filter((id) => !(id in templates));
      expect(missing, `ids without a ${locale} text`).toEqual([]);
      const mismatched = [...used].filter(([id, count]) => placeholders(templates[id]) !== count);
      expect(mismatched, `ids whose ${locale} text has other placeholders`).toEqual([]);
    });

    it(`carry no ${locale} text that no source uses`, () => {
      expect(Object.keys(templates).filter((id) => !used.has(id))).toEqual([]);
    });
  }
});
