import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { scheduled } from '../index.js';
import { pinClock } from '../../test/pin-clock.js';
import { bookedScenario, db } from './scenario.test-support.js';

pinClock('2027-02-26T12:00:00Z');

/** Runs the Worker's cron job as Cloudflare would at `iso`. */
const tick = (iso: string) =>
  scheduled(createScheduledController({ scheduledTime: new Date(iso) }), env);

describe('the cron job', () => {
  it('sends the reminders of the next day once, through the configured mailer', async () => {
    const { id } = await bookedScenario({ start: '2027-03-01T09:00:00Z' });

    await tick('2027-02-28T09:30:00Z');
    await tick('2027-02-28T09:31:00Z');

    const reminders = await db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.bookingId, id))
      .orderBy(schema.messages.recipient);
    const sent = reminders.filter((message) => message.kind === 'reminder');
    expect(sent.map((message) => [message.recipient, message.status])).toEqual([
      ['customer', 'sent'],
      ['staff', 'sent'],
    ]);
    const outbox = await db.select().from(schema.devMail);
    const ids = new Set(sent.map((message) => message.id));
    expect(outbox.filter((mail) => ids.has(mail.messageId))).toHaveLength(2);
  });
});
