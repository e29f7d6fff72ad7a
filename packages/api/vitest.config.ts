import { defineConfig } from 'vitest/config';

import { applyMigrationsSetup, workerUnderTest } from './test/worker-under-test.js';

export default defineConfig({
  plugins: [await workerUnderTest()],
  test: {
    include: ['src/**/*.test.ts'],
    // The loopback receiver that webhook deliveries are posted to.
    globalSetup: ['./test/webhook-receiver.ts'],
    setupFiles: [applyMigrationsSetup],
  },
});
