import { defineConfig } from 'vitest/config';

import { applyMigrationsSetup, workerUnderTest } from '../api/test/worker-under-test.js';

// The SDK is tested against the real Worker of packages/api, in workerd with a local D1.
export default defineConfig({
  plugins: [await workerUnderTest()],
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: [applyMigrationsSetup],
  },
});
