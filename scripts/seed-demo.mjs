import { createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { demoAccount, demoOwner, demoServices, demoStaff } from './demo-account.mjs';
import { wrangler } from './wrangler.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** A console password as the API stores it (packages/api/src/auth/password.ts). */
function passwordHash(password) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, 100_000, 32, 'sha256');
  return `pbkdf2$100000$${salt.toString('base64')}$${hash.toString('base64')}`;
}
const quote = (value) =>
  value === null
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;

/** One idempotent insert: a row that exists already (by primary key) is left as it is. */
function insert(table, row) {
  const columns = Object.keys(row);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns
    .map((column) => quote(row[column]))
    .join(', ')}) ON CONFLICT DO NOTHING;`;
}

/** The SQL that creates the demo business; running it again changes nothing. */
export function demoSeedSql() {
  const { id: accountId } = demoAccount;
  const statements = [
    insert('accounts', {
      id: accountId,
      slug: demoAccount.slug,
      name: demoAccount.name,
      time_zone: demoAccount.timeZone,
      plan: 'free',
      created_at: demoAccount.createdAt,
    }),
    // A demo account seeded before accounts had slugs has the one its migration derived.
    `UPDATE accounts SET slug = ${quote(demoAccount.slug)} WHERE id = ${quote(accountId)}` +
      ` AND slug = ${quote(accountId.replace('_', '-'))};`,
    ...[
      ['key_demopublishable00000', 'publishable', demoAccount.publishableKey],
      ['key_demosecret0000000000', 'secret', demoAccount.secretKey],
    ].map(([id, kind, key]) =>
      insert('api_keys', {
        id,
        account_id: accountId,
        kind,
        key_hash: sha256(key),
        key_prefix: key.slice(0, 12),
        publishable_key: kind === 'publishable' ? key : null,
        created_at: demoAccount.createdAt,
      }),
    ),
    // A demo key seeded before publishable keys were kept in full gets its key back.
    `UPDATE api_keys SET publishable_key = ${quote(demoAccount.publishableKey)}` +
      ` WHERE id = 'key_demopublishable00000' AND publishable_key IS NULL;`,
    // Demo keys seeded with no creation time, which the console listed as made in 1970.
    `UPDATE api_keys SET created_at = ${demoAccount.createdAt}` +
      ` WHERE account_id = ${quote(accountId)} AND created_at = 0;`,
    insert('users', {
      id: demoOwner.id,
      account_id: accountId,
      email: demoOwner.email,
      name: demoOwner.name,
      role: 'owner',
      password_hash: passwordHash(demoOwner.password),
      created_at: demoAccount.createdAt,
    }),
    ...demoStaff.flatMap((member, position) => [
      insert('staff', {
        id: member.id,
        account_id: accountId,
        name: member.name,
        time_zone: member.timeZone,
        position,
        created_at: demoAccount.createdAt,
      }),
      ...member.hours.map((hours) =>
        insert('working_hours', {
          id: `wh_${member.id.slice(4, 16)}${hours.weekday}`,
          account_id: accountId,
          staff_id: member.id,
          weekday: hours.weekday,
          start_minute: hours.start,
          end_minute: hours.end,
        }),
      ),
    ]),
    ...demoServices.flatMap((service, position) => [
      insert('services', {
        id: service.id,
        account_id: accountId,
        name: service.name,
        description: service.description,
        duration_minutes: service.durationMinutes,
        buffer_after_minutes: service.bufferAfterMinutes ?? 0,
        time_zone_display: service.timeZoneDisplay ?? 'visitor',
        questions: JSON.stringify(service.questions ?? []),
        position,
        created_at: demoAccount.createdAt,
      }),
      ...service.staffIds.map((staffId) =>
        insert('service_staff', {
          account_id: accountId,
          service_id: service.id,
          staff_id: staffId,
        }),
      ),
    ]),
  ];
  return statements.join('\n');
}

/** Writes the demo business into the local D1 database under `persistTo` (or the default). */
export async function seedDemo({ persistTo } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'bookafy-seed-'));
  const file = join(folder, 'seed.sql');
  writeFileSync(file, demoSeedSql());
  try {
    await wrangler(['d1', 'execute', 'DB', '--local', '--file', file, ...persistArgs(persistTo)]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const persistArgs = (persistTo) => (persistTo ? ['--persist-to', persistTo] : []);
