import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { countsReporter } from '../../scripts/wtr-counts-reporter.mjs';
import { consolePolicyMiddleware } from './test/console-policy.mjs';
import { workerProxy } from './test/worker-proxy.mjs';

const resultsFile = process.env.BOOKAFY_RESULTS_FILE;
const worker = workerProxy();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  // One browser shares one cookie jar: files that sign in and out run one after another.
  concurrency: 1,
  // The test page runs under the console page's own policy (inline style attributes blocked),
  // with only `script-src` widened to the runner's own inline scripts: see console-policy.mjs.
  middleware: [await consolePolicyMiddleware(), worker.middleware],
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
  testRunnerHtml: (testFramework) =>
    '<!doctype html><html><head>' +
    '<script type="module" src="/packages/console/test/policy-violations.js"></script>' +
    `</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(resultsFile ? [countsReporter(resultsFile)] : []),
  ],
};
