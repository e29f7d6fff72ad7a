import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { countsReporter } from '../../scripts/wtr-counts-reporter.mjs';
import { workerProxy } from './test/worker-proxy.mjs';

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
