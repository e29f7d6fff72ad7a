import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { countsReporter } from '../../scripts/wtr-counts-reporter.mjs';
import { realWorkerPlugin } from './test/real-worker-plugin.mjs';

const resultsFile = process.env.BOOKAFY_RESULTS_FILE;

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [
    realWorkerPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <body>
        <script type="module" src="/packages/widget/src/test-support/all-translations.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(resultsFile ? [countsReporter(resultsFile)] : []),
  ],
};
