/**
 * Creates a Bookafy account and its first publishable and secret keys straight in D1, for an
 * operator at a terminal (`POST /v1/operator/accounts` does the same over HTTP). The keys are
 * printed once; only their hashes are stored.
 *
 * @example
 * node scripts/create-account.mjs --name "Harbour Wellness" --time-zone Europe/Berlin \
 *   --plan pro --origin https://harbour.example --origin https://www.harbour.example --remote
 *
 * The account's slug, the address of its hosted booking page (`/book/<slug>`), comes from the
 * name (`Café Zürich` → `cafe-zurich`), with a short random suffix when another account has it;
 * `--slug` sets it instead, and a taken one stops the script before anything is written.
 *
 * Options: `--name`, `--slug`, `--time-zone` (IANA), `--plan free|pro` (default free),
 * `--origin` (any number, each an exact origin), `--local` (the default: the database `pnpm dev`
 * uses) or `--remote`, and `--persist-to <dir>` for a local database kept elsewhere.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { wrangler } from './wrangler.mjs';

// The alphabet and lengths of packages/api/src/internal/ids.ts, src/internal/slug.ts and
// src/data/api-keys.ts, which this plain-Node script cannot import.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const KEY_PREFIXES = { publishable: 'pk_live_', secret: 'sk_live_' };
const SHOWN_PREFIX_LENGTH = 12;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX_LENGTH = 40;

const randomBase32 = (length) =>
  [...randomBytes(length)].map((byte) => ALPHABET[byte & 31]).join('');
const newId = (prefix) => `${prefix}_${randomBase32(20)}`;
const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');
const quote = (value) =>
  value === null
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;

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

/** The slug the API's slugFromName gives `name`: lower-case ASCII words joined by hyphens. */
function slugFromName(name) {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = ascii.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
  return slug.length >= 3 ? slug : 'booking';
}

/** `slug` with a hyphen and four random characters, within the 40-character limit. */
const withSuffix = (slug) =>
  `${slug.slice(0, SLUG_MAX_LENGTH - 5).replace(/-+$/, '')}-${randomBase32(4)}`;

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
      slug: { type: 'string' },
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
  const slug = values.slug;
  if (slug !== undefined && !(SLUG_PATTERN.test(slug) && slug.length >= 3 && slug.length <= 40)) {
    fail('--slug takes 3 to 40 lower-case letters, digits and single hyphens between them.');
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
    slug,
    timeZone,
    plan: values.plan,
    allowedOrigins: [...new Set(origins)],
    remote: values.remote,
    persistTo: values['persist-to'] && resolve(values['persist-to']),
  };
}

/** A value written into SQL as it is, such as an expression, instead of quoted. */
const raw = (sql) => ({ sql });

/** One INSERT of `rows`, objects keyed by column name, into `table`. */
function insert(table, rows) {
  const columns = Object.keys(rows[0]);
  const value = (item) => (typeof item === 'object' ? item.sql : quote(item));
  const tuples = rows.map((row) => `(${columns.map((column) => value(row[column])).join(', ')})`);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')};`;
}

/**
 * The slug column's value: the chosen slug, which the unique index guards, or the one from the
 * name, suffixed in the statement itself when another account has it already.
 */
function slugValue(name, slug) {
  if (slug) return slug;
  const base = slugFromName(name);
  return raw(
    `CASE WHEN EXISTS (SELECT 1 FROM accounts WHERE slug = ${quote(base)}) ` +
      `THEN ${quote(withSuffix(base))} ELSE ${quote(base)} END`,
  );
}

/** The account and its keys as SQL, ending with a query of the slug, and the keys themselves. */
function accountSql({ name, slug, timeZone, plan, allowedOrigins }) {
  const now = Date.now();
  const accountId = newId('acc');
  const keys = Object.entries(KEY_PREFIXES).map(([kind, prefix]) => ({
    id: newId('key'),
    kind,
    key: `${prefix}${randomBase32(32)}`,
  }));
  const account = {
    id: accountId,
    slug: slugValue(name, slug),
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
    publishable_key: kind === 'publishable' ? key : null,
    created_at: now,
  }));
  // The keys' statement comes last: if it fails, the account exists without keys and can be
  // deleted by id, but a key never exists without its account.
  const sql = [
    insert('accounts', [account]),
    insert('api_keys', keyRows),
    `SELECT slug FROM accounts WHERE id = ${quote(accountId)};`,
  ].join('\n');
  return { sql, accountId, keys: Object.fromEntries(keys.map(({ kind, key }) => [kind, key])) };
}

const options = readOptions();
const { sql, accountId, keys } = accountSql(options);
const folder = mkdtempSync(join(tmpdir(), 'bookafy-account-'));
const file = join(folder, 'account.sql');
writeFileSync(file, sql);
let slug;
try {
  const output = await wrangler([
    'd1',
    'execute',
    'DB',
    options.remote ? '--remote' : '--local',
    '--yes',
    '--json',
    '--file',
    file,
    ...(options.persistTo ? ['--persist-to', options.persistTo] : []),
  ]);
  const results = JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1));
  slug = results.at(-1).results[0].slug;
} catch (error) {
  if (/UNIQUE constraint failed: accounts\.slug/.test(error.message)) {
    fail(`the slug ${options.slug} is taken; nothing was written.`);
  }
  fail(`wrangler d1 execute failed; check the database before trying again.\n${error.message}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(
  `Created account ${accountId} (${options.name}, ${options.timeZone}, ${options.plan}).`,
);
console.log(`Booking page: /book/${slug}`);
console.log(`Allowed origins: ${options.allowedOrigins.join(', ') || 'none yet'}`);
console.log('');
console.log(`Publishable key: ${keys.publishable}`);
console.log(`Secret key:      ${keys.secret}`);
console.log('');
console.log('These keys are shown only now; Bookafy keeps only their hashes. Store the secret');
console.log('key in a password manager; the publishable key goes into the web page.');
