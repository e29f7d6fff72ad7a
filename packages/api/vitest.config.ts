import { defineConfig } from 'vitest/config';

import { applyMigrationsSetup, workerUnderTest } from './test/worker-under-test.js';

export default defineConfig({
  plugins: [await workerUnderTest()],
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: [applyMigrationsSetup],
  },
});
