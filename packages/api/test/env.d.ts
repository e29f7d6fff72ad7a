import type { D1Migration } from '@cloudflare/vitest-plugin';

declare global {
  interface Env {
    /** The migrations of packages/api/migrations, read by vitest.config.ts. */
    TEST_MIGRATIONS: D1Migration[];
  }
}
