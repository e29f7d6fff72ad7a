import { defineConfig } from 'vitest/config';

// Checks of the console's sources in Node; the elements' own tests run in Chromium (wtr).
export default defineConfig({
  test: {
    include: ['test/**/*.node.test.ts'],
    environment: 'node',
  },
});
