/**
 * Creates a Bookafy account and its first publishable and secret keys straight in D1, for an
 * operator at a terminal (`POST /v1/operator/accounts` does the same over HTTP). The keys are
 * printed once; only their hashes are stored.
 *
 * @example
 * node scripts/create-account.mjs --name "Harbour Wellness" --time-zone Europe/Berlin \
 *   --plan pro --origin https://harbour.example --origin https://www.harbour.example --remote
 *
 * Options: `--name`, `--time-zone` (IANA), `--plan free|pro` (default free), `--origin` (any
 * number, each an exact origin), `--local` (the default: the database `pnpm dev` uses) or
 * `--remote`, and `--persist-to <dir>` for a local database kept elsewhere.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { wrangler } from './wrangler.mjs';

// The alphabet and lengths of packages/api/src/internal/ids.ts and src/data/api-keys.ts, which
// this plain-Node script cannot import.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const KEY_PREFIXES = { publishable: 'pk_live_', secret: 'sk_live_' };
const SHOWN_PREFIX_LENGTH = 12;

const randomBase32 = (length) =>
  [...randomBytes(length)].map((byte) => ALPHABET[byte & 31]).join('');
const newId = (prefix) => `${prefix}_${randomBase32(20)}`;
const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');
const quote = (value) =>
  typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;

/** Stops with a message that says what to fix; nothing has been written yet. */
function fail(message) {
  console.error(`create-account: ${message}`);
  process.exit(1);
}

/** The origin as browsers send it, or `undefined`; the rules of the API's normalizeOrigin. */
function normalizeOrigin(text) {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+\/?$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether this Node knows `timeZone`, by the same Intl check the API's luxon makes. */
function isValidTimeZone(timeZone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The options, checked as strictly as the HTTP route checks its body. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'time-zone': { type: 'string' },
      plan: { type: 'string', default: 'free' },
      origin: { type: 'string', multiple: true, default: [] },
      local: { type: 'boolean', default: false },
      remote: { type: 'boolean', default: false },
      'persist-to': { type: 'string' },
    },
  });
  const name = values.name?.trim() ?? '';
  const timeZone = values['time-zone'] ?? '';
  if (!name || name.length > 200) fail('--name is required (at most 200 characters).');
  if (!isValidTimeZone(timeZone)) {
    fail('--time-zone must be an IANA zone such as Europe/Berlin.');
  }
  if (values.plan !== 'free' && values.plan !== 'pro') fail('--plan must be free or pro.');
  if (values.local && values.remote) fail('Pass --local or --remote, not both.');
  if (values.remote && values['persist-to']) fail('--persist-to is for local databases only.');
  const origins = values.origin.map(
    (text) =>
      normalizeOrigin(text) ?? fail(`${text} is not an origin such as https://shop.example.`),
  );
  return {
    name,
    timeZone,
    plan: values.plan,
    allowedOrigins: [...new Set(origins)],
    remote: values.remote,
    persistTo: values['persist-to'] && resolve(values['persist-to']),
  };
}

/** One INSERT of `rows`, objects keyed by column name, into `table`. */
function insert(table, rows) {
  const columns = Object.keys(rows[0]);
  const tuples = rows.map((row) => `(${columns.map((column) => quote(row[column])).join(', ')})`);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')};`;
}

/** The account and its keys as SQL, and the keys themselves. */
function accountSql({ name, timeZone, plan, allowedOrigins }) {
  const now = Date.now();
  const accountId = newId('acc');
  const keys = Object.entries(KEY_PREFIXES).map(([kind, prefix]) => ({
    id: newId('key'),
    kind,
    key: `${prefix}${randomBase32(32)}`,
  }));
  const account = {
    id: accountId,
    name,
    time_zone: timeZone,
    plan,
    allowed_origins: JSON.stringify(allowedOrigins),
    branding: '{}',
    created_at: now,
  };
  const keyRows = keys.map(({ id, kind, key }) => ({
    id,
    account_id: accountId,
    kind,
    key_hash: sha256Hex(key),
    key_prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
    created_at: now,
  }));
  // The keys' statement comes last: if it fails, the account exists without keys and can be
  // deleted by id, but a key never exists without its account.
  const sql = `${insert('accounts', [account])}\n${insert('api_keys', keyRows)}`;
  return { sql, accountId, keys: Object.fromEntries(keys.map(({ kind, key }) => [kind, key])) };
}

const options = readOptions();
const { sql, accountId, keys } = accountSql(options);
const folder = mkdtempSync(join(tmpdir(), 'bookafy-account-'));
const file = join(folder, 'account.sql');
writeFileSync(file, sql);
try {
  await wrangler([
    'd1',
    'execute',
    'DB',
    options.remote ? '--remote' : '--local',
    '--yes',
    '--file',
    file,
    ...(options.persistTo ? ['--persist-to', options.persistTo] : []),
  ]);
} catch (error) {
  fail(`wrangler d1 execute failed; check the database before trying again.\n${error.message}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(
  `Created account ${accountId} (${options.name}, ${options.timeZone}, ${options.plan}).`,
);
console.log(`Allowed origins: ${options.allowedOrigins.join(', ') || 'none yet'}`);
console.log('');
console.log(`Publishable key: ${keys.publishable}`);
console.log(`Secret key:      ${keys.secret}`);
console.log('');
console.log('These keys are shown only now; Bookafy keeps only their hashes. Store the secret');
console.log('key in a password manager; the publishable key goes into the web page.');
