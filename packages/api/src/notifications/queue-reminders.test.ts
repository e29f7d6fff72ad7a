import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { pinClock } from '../../test/pin-clock.js';
import { queueReminders } from './queue-reminders.js';
import { bookedScenario, db, manage } from './scenario.test-support.js';

pinClock('2027-02-26T12:00:00Z');

/** The booking's reminders, oldest first. */
async function remindersOf(bookingId: string) {
  return db
    .select()
    .from(schema.messages)
    .where(and(eq(schema.messages.bookingId, bookingId), eq(schema.messages.kind, 'reminder')))
    .orderBy(schema.messages.createdAt, schema.messages.recipient);
}

// The booking starts on Monday 1 March 2027 at 09:00 UTC.
const DAY_BEFORE = Date.parse('2027-02-28T10:00:00Z');

describe('queueReminders', () => {
  it('reminds the customer and the staff member once, within 24 hours of the start', async () => {
    const { id } = await bookedScenario({ start: '2027-03-01T09:00:00Z' });

    await queueReminders(env, db, Date.parse('2027-02-28T08:59:00Z'));
    expect(await remindersOf(id)).toEqual([]);
    await queueReminders(env, db, DAY_BEFORE);
    await queueReminders(env, db, DAY_BEFORE);
    await queueReminders(env, db, DAY_BEFORE + 3_600_000);

    const reminders = await remindersOf(id);
    expect(reminders.map((reminder) => reminder.recipient)).toEqual(['customer', 'staff']);
    expect(reminders[0]).toMatchObject({
      subject: 'Reminder: your booking with Test Studio',
      status: 'pending',
      ics: null,
    });
    expect(reminders[0]!.text).toContain('Monday, 1 March 2027, 4:00 (Eastern Standard Time)');
    expect(reminders[1]!.text).toContain('10:00 (Central European Standard Time)');
  });

  it('reminds again for the new time after a reschedule to another day', async () => {
    const { id, manageToken } = await bookedScenario({ start: '2027-03-01T10:00:00Z' });
    await queueReminders(env, db, DAY_BEFORE);

    const moved = await manage(`/bookings/${id}/reschedule`, manageToken, {
      start: '2027-03-02T10:00:00Z',
    });
    expect(moved.status).toBe(200);
    await queueReminders(env, db, DAY_BEFORE + 3_600_000);
    expect(await remindersOf(id)).toHaveLength(2);
    await queueReminders(env, db, Date.parse('2027-03-01T11:00:00Z'));

    const reminders = await remindersOf(id);
    expect(reminders).toHaveLength(4);
    expect(reminders[2]!.text).toContain('Tuesday, 2 March 2027');
  });

  it('reminds no cancelled booking and none that has started', async () => {
    const cancelled = await bookedScenario({ start: '2027-03-01T11:00:00Z' });
    await manage(`/bookings/${cancelled.id}/cancel`, cancelled.manageToken, {});
    const started = await bookedScenario({ start: '2027-03-01T12:00:00Z' });

    // 26 hours before the second booking's start, then once it has started.
    await queueReminders(env, db, DAY_BEFORE);
    await queueReminders(env, db, Date.parse('2027-03-01T12:30:00Z'));

    expect(await remindersOf(cancelled.id)).toEqual([]);
    expect(await remindersOf(started.id)).toEqual([]);
  });
});
