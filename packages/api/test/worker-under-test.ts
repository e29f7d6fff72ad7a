import { fileURLToPath } from 'node:url';

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';

/**
 * The vitest plugin that runs tests inside workerd beside the Bookafy Worker of the root
 * wrangler.toml, with a local D1 that `apply-migrations.ts` migrates before each file. The
 * API's tests and the SDK's tests both use it.
 */
export async function workerUnderTest() {
  const migrations = await readD1Migrations(
    fileURLToPath(new URL('../migrations', import.meta.url)),
  );
  return cloudflareTest({
    remoteBindings: false,
    wrangler: { configPath: fileURLToPath(new URL('../../../wrangler.toml', import.meta.url)) },
    miniflare: {
      // An empty database of its own for the test that migrates step by step.
      d1Databases: { MIGRATION_DB: 'bookafy-migration-test' },
      bindings: {
        TEST_MIGRATIONS: migrations,
        REQUEST_LOG: 'off',
        // A Worker secret in production; tests of the operator routes send this value.
        OPERATOR_SECRET: 'test-operator-secret',
      },
    },
  });
}

/** The setup file that applies the migrations; list it in `test.setupFiles`. */
export const applyMigrationsSetup = fileURLToPath(
  new URL('./apply-migrations.ts', import.meta.url),
);
