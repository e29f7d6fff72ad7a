import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(packageDir, 'dist');

/** The widget's promise to site owners: the script tag costs at most this, min+gzip. */
const BUDGET_BYTES = 36 * 1024;

describe('the script-tag bundle', () => {
  it('stays within its 36 KB min+gzip budget', () => {
    const bundle = readFileSync(join(dist, 'bookafy.js'));

    const gzipped = gzipSync(bundle, { level: 9 }).length;

    expect(gzipped).toBeGreaterThan(1024);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('registers the elements without eval or inline styles a strict CSP would block', () => {
    const bundle = readFileSync(join(dist, 'bookafy.js'), 'utf8');

    expect(bundle).not.toMatch(/\beval\(|new Function\(/);
    expect(bundle).not.toMatch(/\bstyle="/);
    expect(bundle).toContain('bookafy-widget');
  });

  it('ships each other language as a script that leaves its words where the bundle reads them', () => {
    for (const [file, key] of [
      ['es.js', 'es'],
      ['fr.js', 'fr'],
      ['de.js', 'de'],
      ['pt-BR.js', 'pt_BR'],
      ['ar.js', 'ar'],
    ] as const) {
      const page: { bookafyTranslations?: Record<string, { translation: object }> } = {};
      runInNewContext(readFileSync(join(dist, 'locales', file), 'utf8'), page);

      const translation = page.bookafyTranslations?.[key]?.translation as
        { calendar: { nextMonth: string } } | undefined;
      expect(Object.keys(translation ?? {}), file).toHaveLength(11);
      expect(translation!.calendar.nextMonth, file).not.toBe('Next month');
    }
  });
});

describe('the npm build', () => {
  it('imports Lit and the SDK instead of bundling them, and splits each language off', () => {
    const entry = readFileSync(join(dist, 'esm', 'index.js'), 'utf8');

    expect(entry).toMatch(/from 'lit'/);
    expect(entry).toMatch(/from '@bookafy\/sdk'/);
    expect(entry).not.toContain('class ReactiveElement');
    expect(
      readdirSync(join(dist, 'esm'))
        .filter((file) => file.endsWith('.js'))
        .sort(),
    ).toEqual(['ar.js', 'de.js', 'es.js', 'fr.js', 'index.js', 'pt-BR.js']);
  });
});

/** A manifest with its modules in path order: the analyzer lists files in no fixed order. */
function byPath(manifest: string) {
  const parsed = JSON.parse(manifest) as { modules: { path: string }[] };
  return { ...parsed, modules: parsed.modules.toSorted((a, b) => a.path.localeCompare(b.path)) };
}

describe('custom-elements.json', () => {
  it('matches what the components document today', () => {
    const out = mkdtempSync(join(tmpdir(), 'bookafy-cem-'));
    try {
      // The analyzer takes its output folder relative to the package.
      execFileSync('pnpm', ['exec', 'cem', 'analyze', '--outdir', relative(packageDir, out)], {
        cwd: packageDir,
        stdio: 'pipe',
      });
      const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
      const committed = readFileSync(join(packageDir, 'custom-elements.json'), 'utf8');

      expect(byPath(committed), 'run `pnpm --filter @bookafy/widget analyze`').toEqual(
        byPath(fresh),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
