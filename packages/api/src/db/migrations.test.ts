import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/** The tables the current schema defines, read from the database itself. */
async function tables(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_%' ESCAPE '\\'
         AND name <> 'd1_migrations'
       ORDER BY name`,
    )
    .all<{ name: string }>();
  return results.map((row) => row.name);
}

describe('migrations', () => {
  it('move a database holding data from the first release to the current schema', async () => {
    const db = env.MIGRATION_DB;
    const [first, ...later] = env.TEST_MIGRATIONS;
    await applyD1Migrations(db, [first!]);
    await db.batch([
      db.prepare(
        `INSERT INTO accounts (id, name, time_zone, plan, created_at)
         VALUES ('acc_old', 'Old Studio', 'Europe/Berlin', 'free', 1)`,
      ),
      db.prepare(
        `INSERT INTO accounts (id, name, time_zone, plan, created_at)
         VALUES ('acc_Older', 'Older Studio', 'UTC', 'pro', 2)`,
      ),
      db.prepare(
        `INSERT INTO services (id, account_id, name, duration_minutes, created_at)
         VALUES ('svc_old', 'acc_old', 'Cut', 30, 1)`,
      ),
      db.prepare(
        `INSERT INTO staff (id, account_id, name, time_zone, created_at)
         VALUES ('stf_old', 'acc_old', 'Ana', 'Europe/Berlin', 1)`,
      ),
      db.prepare(
        `INSERT INTO bookings (id, account_id, service_id, staff_id, status, starts_at, ends_at,
           blocked_from, blocked_until, customer_name, customer_email, customer_time_zone,
           created_at)
         VALUES ('bkg_old', 'acc_old', 'svc_old', 'stf_old', 'confirmed', 100, 200, 100, 200,
           'Ada', 'ada@example.com', 'UTC', 1)`,
      ),
    ]);

    await applyD1Migrations(db, later);

    const booking = await db
      .prepare('SELECT * FROM bookings WHERE id = ?')
      .bind('bkg_old')
      .first<Record<string, unknown>>();
    expect(booking).toMatchObject({
      customer_name: 'Ada',
      starts_at: 100,
      status: 'confirmed',
      manage_token_hash: '',
      sequence: 0,
      metadata: '{}',
      customer_phone: null,
      answers: '{}',
    });
    const { results: accounts } = await db
      .prepare('SELECT id, name, slug, allowed_origins, branding FROM accounts ORDER BY id')
      .all();
    expect(accounts).toEqual([
      {
        id: 'acc_Older',
        name: 'Older Studio',
        slug: 'acc-older',
        allowed_origins: '[]',
        branding: '{}',
      },
      { id: 'acc_old', name: 'Old Studio', slug: 'acc-old', allowed_origins: '[]', branding: '{}' },
    ]);
    const service = await db
      .prepare('SELECT name, questions, time_zone_display FROM services WHERE id = ?')
      .bind('svc_old')
      .first();
    expect(service).toEqual({ name: 'Cut', questions: '[]', time_zone_display: 'visitor' });
    expect(await tables(db)).toEqual(await tables(env.DB));
  });

  it('keep slugs unique: a second account with a taken slug is refused', async () => {
    const db = env.MIGRATION_DB;
    await applyD1Migrations(db, env.TEST_MIGRATIONS);
    const insert = (id: string, slug: string) =>
      db
        .prepare(
          `INSERT INTO accounts (id, slug, name, time_zone, plan, created_at)
           VALUES (?, ?, 'Studio', 'UTC', 'free', 1)`,
        )
        .bind(id, slug)
        .run();

    await insert('acc_first', 'same-studio');

    await expect(insert('acc_second', 'same-studio')).rejects.toThrow(/UNIQUE/);
  });

  it('apply in full to an empty database, and again without effect', async () => {
    await applyD1Migrations(env.MIGRATION_DB, env.TEST_MIGRATIONS);
    await applyD1Migrations(env.MIGRATION_DB, env.TEST_MIGRATIONS);

    expect(await tables(env.MIGRATION_DB)).toEqual(await tables(env.DB));
    expect(await tables(env.DB)).toContain('idempotency_records');
  });
});
