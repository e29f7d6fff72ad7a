import type { D1Migration } from '@cloudflare/vitest-plugin';

import type * as worker from '../src/index.js';

declare global {
  namespace Cloudflare {
    interface Env {
      /** The migrations of packages/api/migrations, read by vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
      /** A database no setup file migrates, for the migration tests. */
      MIGRATION_DB: D1Database;
    }

    interface GlobalProps {
      /** The Worker under test, so that `exports.default` from `cloudflare:workers` is typed. */
      mainModule: typeof worker;
    }
  }
}
