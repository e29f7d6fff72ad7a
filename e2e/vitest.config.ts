import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./dev-server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One dev server and one browser: files run one after another.
    fileParallelism: false,
  },
});
