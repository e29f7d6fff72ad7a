import { defineConfig } from 'vitest/config';

// Checks that run in Node rather than workerd, such as bundling the entry points with esbuild.
export default defineConfig({
  test: {
    include: ['test/**/*.node.test.ts'],
    environment: 'node',
    // Two files build core and the SDK into the same dist folders: one at a time.
    fileParallelism: false,
  },
});
