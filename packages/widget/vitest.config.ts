import { defineConfig } from 'vitest/config';

// Checks of the built bundle, in Node; the components' own tests run in Chromium (wtr).
export default defineConfig({
  test: {
    include: ['test/**/*.node.test.ts'],
    environment: 'node',
    // One build for every file: files run side by side and would otherwise overwrite dist/.
    globalSetup: ['test/build-once.ts'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
