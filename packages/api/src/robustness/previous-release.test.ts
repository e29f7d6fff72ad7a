import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { apiRequest } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import { workerFetch } from '../../test/settled-fetch.js';
import { PREVIOUS_RELEASE, previousReleaseRows } from './previous-release-data.js';

pinClock('2027-02-26T12:00:00Z');

const db = env.MIGRATION_DB;
/** The schema of the release before this one: migrations 0000 to 0002. */
const RELEASED = ['0000', '0001', '0002'];
const released = (name: string) => RELEASED.some((prefix) => name.startsWith(prefix));
const previous = env.TEST_MIGRATIONS.filter((migration) => released(migration.name));
const newest = env.TEST_MIGRATIONS.filter((migration) => !released(migration.name));
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';
const { publishableKey, secretKey, manageToken, serviceId, staffIds } = PREVIOUS_RELEASE;

/** Calls the current Worker against the migrated database instead of the usual one. */
const call = (path: string, init: RequestInit & { key?: string } = {}) =>
  workerFetch(apiRequest(path, init), { ...env, DB: db });

async function tableNames(): Promise<string[]> {
  const { results } = await db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
    .all<{ name: string }>();
  return results.map((row) => row.name);
}

async function offeredStarts(staffId: string): Promise<string[]> {
  const response = await call(`/slots?serviceId=${serviceId}&staffId=${staffId}&${DAY}`, {
    key: publishableKey,
  });
  expect(response.status).toBe(200);
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

describe('data written by the previous release, after the newest migration', () => {
  it('serves slots, bookings, moves, cancellations and the admin list', async () => {
    await applyD1Migrations(db, previous);
    expect(previous).toHaveLength(RELEASED.length);
    expect(await tableNames()).not.toContain('webhook_endpoints');
    await db.batch(await previousReleaseRows(db));

    await applyD1Migrations(db, newest);

    // Events of the previous release were delivered by it, so none is delivered again.
    const event = await db
      .prepare('SELECT created_at, processed_at FROM outbox_events WHERE id = ?')
      .bind('msg_created')
      .first<{ created_at: number; processed_at: number | null }>();
    expect(event?.processed_at).toBe(event?.created_at);

    const miraStarts = await offeredStarts(staffIds[0]);
    expect(miraStarts).not.toContain(PREVIOUS_RELEASE.bookedStart);
    expect(miraStarts).not.toContain(PREVIOUS_RELEASE.heldStart);
    expect(miraStarts).toContain('2027-03-01T12:00:00Z');
    // Jonas's booking at that time was cancelled, so it no longer blocks him.
    expect(await offeredStarts(staffIds[1])).toContain(PREVIOUS_RELEASE.bookedStart);

    const booked = await call('/bookings', {
      method: 'POST',
      key: publishableKey,
      headers: { Origin: 'https://harbour.example' },
      body: JSON.stringify({
        serviceId,
        staffId: staffIds[0],
        start: '2027-03-01T12:00:00Z',
        customer: { name: 'Grace Hopper', email: 'grace@example.com', timeZone: 'UTC' },
      }),
    });
    expect(booked.status).toBe(201);
    const fresh = await booked.json<{ id: string; manageToken: string }>();

    const kept = await call('/bookings/bkg_kept', {
      headers: { 'Bookafy-Manage-Token': manageToken },
    });
    expect(await kept.json()).toMatchObject({
      status: 'confirmed',
      start: PREVIOUS_RELEASE.bookedStart,
      customer: { name: 'Ada Lovelace', phone: '+49 30 1234567' },
      metadata: { crm_id: '8812' },
      answers: {},
    });

    const moved = await call('/bookings/bkg_kept/reschedule', {
      method: 'POST',
      headers: { 'Bookafy-Manage-Token': manageToken },
      body: JSON.stringify({ start: '2027-03-01T13:00:00Z' }),
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ start: '2027-03-01T13:00:00Z', sequence: 1 });

    const cancelled = await call(`/bookings/${fresh.id}/cancel`, {
      method: 'POST',
      headers: { 'Bookafy-Manage-Token': fresh.manageToken },
      body: JSON.stringify({ reason: 'Changed plans' }),
    });
    expect(cancelled.status).toBe(200);

    const listed = await call(`/admin/bookings?from=2027-03-01T00:00:00Z&to=2027-03-02T00:00:00Z`, {
      key: secretKey,
    });
    expect(listed.status).toBe(200);
    const { data } = await listed.json<{ data: { id: string; status: string; start: string }[] }>();
    expect(data.map(({ id, status, start }) => ({ id, status, start }))).toEqual(
      expect.arrayContaining([
        { id: 'bkg_kept', status: 'confirmed', start: '2027-03-01T13:00:00Z' },
        { id: 'bkg_cancelled', status: 'cancelled', start: PREVIOUS_RELEASE.bookedStart },
        { id: fresh.id, status: 'cancelled', start: '2027-03-01T12:00:00Z' },
      ]),
    );
    expect(data).toHaveLength(3);
  });
});
