import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The widget's promise to site owners: the script tag costs at most this, min+gzip. */
const BUDGET_BYTES = 36 * 1024;

describe('the script-tag bundle', () => {
  it('stays within its 36 KB min+gzip budget', () => {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'pipe' });
    const bundle = readFileSync(`${packageDir}/dist/bookafy.js`);

    const gzipped = gzipSync(bundle, { level: 9 }).length;

    expect(gzipped).toBeGreaterThan(1024);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('registers the elements without eval or inline styles a strict CSP would block', () => {
    const bundle = readFileSync(`${packageDir}/dist/bookafy.js`, 'utf8');

    expect(bundle).not.toMatch(/\beval\(|new Function\(/);
    expect(bundle).toContain('bookafy-widget');
  });
});
