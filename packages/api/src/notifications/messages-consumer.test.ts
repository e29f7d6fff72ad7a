import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { pinClock } from '../../test/pin-clock.js';
import {
  bookedScenario,
  consumeEvents,
  db,
  manage,
  messagesOf,
  MONDAY_TEN_IN_BERLIN,
  parseCalendar,
} from './scenario.test-support.js';

const NOW = Date.parse('2027-02-26T12:00:00Z');
pinClock('2027-02-26T12:00:00Z');

describe('messagesConsumer', () => {
  it('queues a new booking’s messages to customer and staff, each in their zone', async () => {
    const { id } = await bookedScenario();

    await consumeEvents(id, NOW);

    const { customer, staff } = await messagesOf(id, 'confirmation');
    expect(customer).toMatchObject({
      toAddress: 'ada@example.com',
      toName: 'Ada Lovelace',
      status: 'pending',
      subject: 'Your booking with Test Studio is confirmed',
    });
    expect(customer!.text).toContain('Monday, 1 March 2027, 4:00 (Eastern Standard Time)');
    expect(customer!.text).toContain('What: Consultation');
    expect(customer!.text).toContain('With: Mira');
    expect(customer!.text).toContain('Business: Test Studio');
    expect(staff).toMatchObject({ toAddress: 'mira@studio.example', toName: 'Mira' });
    expect(staff!.text).toContain('Monday, 1 March 2027, 10:00 (Central European Standard Time)');
    expect(staff!.text).toContain('With: Ada Lovelace');
    expect(staff!.text).not.toContain('/manage/');
    const calendar = parseCalendar(customer!.ics!);
    expect(calendar).toMatchObject({ method: 'REQUEST', uid: `${id}@bookafy`, sequence: 0 });
    expect(calendar.start).toBe(new Date(MONDAY_TEN_IN_BERLIN).toISOString());
  });

  it('queues each message once however often the same events are consumed', async () => {
    const { id } = await bookedScenario();

    await consumeEvents(id, NOW);
    await consumeEvents(id, NOW + 60_000);

    const rows = await db.select().from(schema.messages).where(eq(schema.messages.bookingId, id));
    expect(rows.map((row) => row.recipient).sort()).toEqual(['customer', 'staff']);
  });

  it('writes to the customer only while the staff member has no email address', async () => {
    const { id } = await bookedScenario({ staffEmail: null });

    await consumeEvents(id, NOW);

    expect(Object.keys(await messagesOf(id, 'confirmation'))).toEqual(['customer']);
  });

  it('states an in-person booking in the business’s zone', async () => {
    const { id } = await bookedScenario({ service: { timeZoneDisplay: 'business' } });

    await consumeEvents(id, NOW);

    const { customer } = await messagesOf(id, 'confirmation');
    expect(customer!.text).toContain(
      'Monday, 1 March 2027, 10:00 (Central European Standard Time)',
    );
  });

  it('escapes the customer’s words in the HTML body', async () => {
    const { id } = await bookedScenario({ customerName: '<b>Ada</b>' });

    await consumeEvents(id, NOW);

    const { staff } = await messagesOf(id, 'confirmation');
    expect(staff!.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(staff!.html).not.toContain('<b>Ada');
    expect(staff!.text).toContain('<b>Ada</b>');
  });

  it('sends a moved booking’s invitation with a higher SEQUENCE under the same UID', async () => {
    const { id, manageToken } = await bookedScenario();
    const moved = await manage(`/bookings/${id}/reschedule`, manageToken, {
      start: '2027-03-02T09:00:00Z',
    });
    expect(moved.status).toBe(200);

    await consumeEvents(id, NOW);

    const { customer, staff } = await messagesOf(id, 'rescheduled');
    expect(customer!.subject).toBe('Your booking with Test Studio has moved');
    expect(customer!.text).toContain('Tuesday, 2 March 2027, 4:00 (Eastern Standard Time)');
    const first = parseCalendar((await messagesOf(id, 'confirmation')).customer!.ics!);
    const second = parseCalendar(customer!.ics!);
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1 });
    expect(Number(second.sequence)).toBeGreaterThan(Number(first.sequence));
    expect(second.start).toBe('2027-03-02T09:00:00.000Z');
    expect(parseCalendar(staff!.ics!).sequence).toBe(1);
  });

  it('sends a cancellation as METHOD:CANCEL with STATUS:CANCELLED', async () => {
    const { id, manageToken, slug } = await bookedScenario();
    expect((await manage(`/bookings/${id}/cancel`, manageToken, {})).status).toBe(200);

    await consumeEvents(id, NOW);

    const { customer, staff } = await messagesOf(id, 'cancelled');
    const calendar = parseCalendar(customer!.ics!);
    expect(calendar).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `${id}@bookafy` });
    expect(parseCalendar(staff!.ics!).method).toBe('CANCEL');
    expect(customer!.text).toContain(`Book again: http://127.0.0.1:8787/book/${slug}\n`);
  });
});
