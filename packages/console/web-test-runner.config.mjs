import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { workerProxy } from './test/worker-proxy.mjs';

/** Counts passed and failed tests into the file `pnpm test` reads for its closing line. */
function countsReporter(file) {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load runs no test: count it as one failure.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        ) {
          totals.failed++;
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

const resultsFile = process.env.BOOKAFY_RESULTS_FILE;
const worker = workerProxy();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  // One browser shares one cookie jar: files that sign in and out run one after another.
  concurrency: 1,
  middleware: [worker.middleware],
  plugins: [
    worker.plugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(resultsFile ? [countsReporter(resultsFile)] : []),
  ],
};
