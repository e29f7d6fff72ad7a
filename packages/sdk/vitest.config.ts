import { fileURLToPath } from 'node:url';

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// The SDK is tested against the real Worker of packages/api, in workerd with a local D1.
const migrations = await readD1Migrations(
  fileURLToPath(new URL('../api/migrations', import.meta.url)),
);

export default defineConfig({
  plugins: [
    cloudflareTest({
      remoteBindings: false,
      wrangler: { configPath: '../../wrangler.toml' },
      miniflare: {
        bindings: { TEST_MIGRATIONS: migrations, REQUEST_LOG: 'off' },
      },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../api/test/apply-migrations.ts'],
  },
});
