/**
 * `pnpm test`: type checks and lints, then runs every suite (core under three host zones,
 * the API and the SDK in workerd, the widget and the owner console in Chromium, the example
 * apps' builds, the end-to-end booking) and ends with one line, `N passed, M failed`, summed over all of them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromiumPath } from './chromium.mjs';
import { root, run } from './wrangler.mjs';

const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const chromium = chromiumPath;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/** Runs one step; a step that breaks without writing its counts counts as one failure. */
async function step(name, command, args, { resultsFile, env } = {}) {
  console.log(`\n── ${name}`);
  let crashed = false;
  try {
    await run(command, args, { env: { ...process.env, ...env } });
  } catch {
    crashed = true;
  }
  const counts = resultsFile && existsSync(resultsFile) ? readCounts(resultsFile) : undefined;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (crashed && !(counts && counts.failed > 0)) totals.failed += 1;
  if (crashed || (counts && counts.failed > 0)) failures.push(name);
}

/** Counts from a vitest JSON report or from the widget runner's counts file. */
function readCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.success ? 0 : report.numFailedTestSuites),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  return report;
}

function vitest(name, packageDir, { env, config } = {}) {
  const resultsFile = join(resultsDir, `${name.replaceAll(/\W+/g, '-')}.json`);
  const args = ['--dir', packageDir, 'exec', 'vitest', 'run'];
  if (config) args.push('--config', config);
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`);
  return step(name, 'pnpm', args, { resultsFile, env });
}

await step('typecheck', 'pnpm', ['-r', '--no-bail', 'typecheck']);
await step('lint', 'pnpm', ['lint']);
for (const zone of ['UTC', 'America/New_York', 'Asia/Kathmandu']) {
  await vitest(`core (TZ=${zone})`, 'packages/core', { env: { TZ: zone } });
}
await vitest('api (workerd + D1)', 'packages/api');
await vitest('sdk (real Worker)', 'packages/sdk');
await vitest('sdk bundle split and packed packages', 'packages/sdk', {
  config: 'vitest.bundle.config.ts',
});

await vitest('widget bundle (size, CSP)', 'packages/widget');
await vitest('console translations', 'packages/console');

await step('examples (Vite builds)', 'pnpm', ['--filter', './examples/*', '--if-present', 'build']);

if (existsSync(chromium)) {
  const widgetResults = join(resultsDir, 'widget.json');
  await step('widget (Chromium)', 'pnpm', ['--dir', 'packages/widget', 'exec', 'web-test-runner'], {
    resultsFile: widgetResults,
    env: { BOOKAFY_RESULTS_FILE: widgetResults, CHROME_PATH: chromium },
  });
  const consoleResults = join(resultsDir, 'console.json');
  await step(
    'console (Chromium)',
    'pnpm',
    ['--dir', 'packages/console', 'exec', 'web-test-runner'],
    {
      resultsFile: consoleResults,
      env: { BOOKAFY_RESULTS_FILE: consoleResults, CHROME_PATH: chromium },
    },
  );
  await vitest('end to end (dev server + Chromium)', 'e2e', { env: { CHROME_PATH: chromium } });
} else {
  console.log(`
Chromium is needed for the widget and end-to-end tests and was not found at ${chromium}.
Install Debian's package, then run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium

(or point CHROME_PATH at another Chromium).`);
  totals.failed += 3;
  failures.push('widget (Chromium)', 'console (Chromium)', 'end to end (dev server + Chromium)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
