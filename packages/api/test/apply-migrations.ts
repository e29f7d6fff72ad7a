import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Runs before every test file; applying is idempotent, so each file sees the current schema.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
