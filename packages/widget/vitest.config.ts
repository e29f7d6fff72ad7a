import { defineConfig } from 'vitest/config';

// Checks of the built bundle, in Node; the components' own tests run in Chromium (wtr).
export default defineConfig({
  test: {
    include: ['test/**/*.node.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
