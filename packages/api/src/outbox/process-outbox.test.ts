import { eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

import { createAccount } from '../../test/fixtures.js';
import * as schema from '../db/schema/index.js';
import { newId } from '../internal/ids.js';
import type { OutboxConsumer } from './consumers.js';
import { processOutbox } from './process-outbox.js';

const db = drizzle(env.DB, { schema });
const NOW = Date.parse('2027-02-26T12:00:00Z');

async function writeEvents(count: number): Promise<string[]> {
  const { accountId } = await createAccount();
  const ids = Array.from({ length: count }, () => newId('msg'));
  await db.insert(schema.outboxEvents).values(
    ids.map((id, index) => ({
      id,
      accountId,
      type: 'booking.created' as const,
      bookingId: newId('bkg'),
      payload: {},
      createdAt: NOW - 1_000 + index,
    })),
  );
  return ids;
}

async function processedAt(ids: string[]) {
  const rows = await db
    .select({ id: schema.outboxEvents.id, processedAt: schema.outboxEvents.processedAt })
    .from(schema.outboxEvents)
    .where(inArray(schema.outboxEvents.id, ids));
  return Object.fromEntries(rows.map((row) => [row.id, row.processedAt]));
}

describe('processOutbox', () => {
  it('hands events to every consumer oldest first and marks them processed', async () => {
    const ids = await writeEvents(3);
    const seen: string[] = [];
    const record: OutboxConsumer = async ({ event }) => {
      if (ids.includes(event.id)) seen.push(event.id);
    };

    await processOutbox(env, db, NOW, { consumers: [record, record], limit: 1000 });

    expect(seen).toEqual(ids.flatMap((id) => [id, id]));
    expect(await processedAt(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, NOW])));
  });

  it('keeps an event for the next run while one of its consumers fails', async () => {
    const [failing, passing] = await writeEvents(2);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let failures = 1;
    const flaky: OutboxConsumer = async ({ event }) => {
      if (event.id === failing && failures-- > 0) throw new Error('mailer unreachable');
    };

    await processOutbox(env, db, NOW, { consumers: [flaky], limit: 1000 });
    const afterFirst = await processedAt([failing!, passing!]);
    await processOutbox(env, db, NOW + 60_000, { consumers: [flaky], limit: 1000 });
    const [row] = await db
      .select()
      .from(schema.outboxEvents)
      .where(eq(schema.outboxEvents.id, failing!));

    const logged = log.mock.calls.map(([line]) => JSON.parse(String(line)) as object);
    log.mockRestore();

    expect(logged).toEqual([expect.objectContaining({ eventId: failing })]);
    expect(afterFirst).toEqual({ [failing!]: null, [passing!]: NOW });
    expect(row!.processedAt).toBe(NOW + 60_000);
  });
});
