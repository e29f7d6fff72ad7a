import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../..', import.meta.url));
const root = join(packages, '..');
const published = ['core', 'sdk', 'widget'] as const;
type Published = (typeof published)[number];

let packs: string;
const tarballs = new Map<Published, string>();

/** Packs a built workspace package as `pnpm publish` would; returns the tarball's path. */
function pack(name: Published): string {
  execFileSync('pnpm', ['pack', '--pack-destination', packs], {
    cwd: join(packages, name),
    stdio: 'pipe',
  });
  const tarball = readdirSync(packs).find((file) => file.startsWith(`bookafy-${name}-`))!;
  return join(packs, tarball);
}

/** One problem that Are the Types Wrong found, as its JSON report states it. */
interface TypesProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/**
 * The packages ship ESM only, so a `require()` of them is expected to fail: node10 resolution
 * (no `exports` support) finds nothing and node16 from CommonJS reaches ESM. Problems in those
 * two modes are what `--profile esm-only` ignores; every other mode must resolve cleanly.
 */
const CJS_ONLY_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

/** The problems Are the Types Wrong reports for `tarball` in the resolution modes that matter. */
function typesProblems(tarball: string): TypesProblem[] {
  const attw = spawnSync(
    'pnpm',
    ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'json', '--no-color'],
    { cwd: root, encoding: 'utf8' },
  );
  const report = JSON.parse(attw.stdout) as { analysis: { problems: TypesProblem[] } };
  return report.analysis.problems.filter(
    (problem) => !CJS_ONLY_RESOLUTIONS.has(problem.resolutionKind ?? ''),
  );
}

/** The paths in `tarball`, without the leading `package/`. */
function packedFiles(tarball: string): Set<string> {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  return new Set(
    listing
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, '')),
  );
}

/**
 * The sources that a packed source map names but neither embeds nor ships, so that a debugger
 * or an editor's go-to-definition would find nothing there.
 */
function missingSources(tarball: string, files: Set<string>): string[] {
  const unpacked = mkdtempSync(join(tmpdir(), 'bookafy-unpacked-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    const missing: string[] = [];
    for (const map of [...files].filter((path) => path.endsWith('.map'))) {
      const { sources, sourcesContent, sourceRoot } = JSON.parse(
        readFileSync(join(unpacked, map), 'utf8'),
      ) as { sources: string[]; sourcesContent?: (string | null)[]; sourceRoot?: string };
      sources.forEach((source, index) => {
        if (typeof sourcesContent?.[index] === 'string') return;
        const path = normalize(join(dirname(map), sourceRoot ?? '', source));
        if (!files.has(path)) missing.push(`${map} → ${source}`);
      });
    }
    return missing;
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

beforeAll(() => {
  packs = mkdtempSync(join(tmpdir(), 'bookafy-packs-'));
  // The widget's declarations are built against those of the sdk and core, so order matters.
  execFileSync('pnpm', ['--filter', '@bookafy/core', 'build'], { cwd: root, stdio: 'pipe' });
  execFileSync('pnpm', ['--filter', '@bookafy/sdk', 'build'], { cwd: root, stdio: 'pipe' });
  execFileSync('pnpm', ['--filter', '@bookafy/widget', 'build'], { cwd: root, stdio: 'pipe' });
  execFileSync('pnpm', ['--filter', '@bookafy/widget', 'build:types'], {
    cwd: root,
    stdio: 'pipe',
  });
  for (const name of published) tarballs.set(name, pack(name));
}, 300_000);

afterAll(() => {
  rmSync(packs, { recursive: true, force: true });
});

describe.each(published)('the packed @bookafy/%s', (name) => {
  it('has a package.json that publint finds no error in', async () => {
    const tarball = readFileSync(tarballs.get(name)!);
    const { messages, pkg } = await publint({
      pack: { tarball: new Uint8Array(tarball).buffer },
      level: 'error',
    });

    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it('ships its license, source maps for its code, and every source those maps name', () => {
    const tarball = tarballs.get(name)!;
    const files = packedFiles(tarball);
    const built = [...files].filter((path) => /^dist\/.*\.(js|d\.ts)$/.test(path));
    // The script tag's language files are plain word lists, built without source maps.
    const unmapped = built.filter(
      (path) => !files.has(`${path}.map`) && !path.startsWith('dist/locales/'),
    );

    expect(files.has('LICENSE')).toBe(true);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(built.length).toBeGreaterThan(0);
    expect(unmapped).toEqual([]);
    expect([...files].filter((path) => path.endsWith('.test.ts'))).toEqual([]);
    expect(missingSources(tarball, files)).toEqual([]);
  });

  it('has declarations that resolve for every ESM consumer', () => {
    expect(typesProblems(tarballs.get(name)!)).toEqual([]);
  }, 60_000);
});
