import { createAdminClient, type AdminClient } from '@bookafy/sdk/admin';

/**
 * An admin client for the account whose secret key is in `BOOKAFY_SECRET_KEY`, calling the
 * API at `BOOKAFY_API` (by default `pnpm dev`'s http://127.0.0.1:8787). Exits with a message
 * when the key is missing.
 */
export function adminClientFromEnv(): AdminClient {
  const secretKey = process.env['BOOKAFY_SECRET_KEY'];
  if (!secretKey) {
    console.error('Set BOOKAFY_SECRET_KEY to a secret key of the account (sk_…).');
    process.exit(2);
  }
  const baseUrl = process.env['BOOKAFY_API'] ?? 'http://127.0.0.1:8787';
  return createAdminClient({ baseUrl, secretKey });
}
